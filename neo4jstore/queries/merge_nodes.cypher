// Upserts a batch of entities of one kind. {{LABEL}} is a label from kg.Kinds. A seed
// entity a curator retired stays retired; properties a curator changed (curatedKeys) keep
// the curator's values; the version, and who last changed it and when, are kept.
UNWIND $rows AS row
OPTIONAL MATCH (gone:Retired {id: row.id})
WITH row WHERE gone IS NULL
MERGE (n:Entity {id: row.id})
WITH n, row, properties(n) AS old
SET n = row.props
SET n:{{LABEL}}, n.origin = 'seed', n.version = coalesce(old.version, 1),
    n.updatedBy = old.updatedBy, n.updatedAt = old.updatedAt
WITH n, old
UNWIND coalesce(old.curatedKeys, []) AS k
SET n[k] = old[k], n.curatedKeys = old.curatedKeys
