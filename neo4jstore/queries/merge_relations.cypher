// Upserts a batch of relationships of one type. {{TYPE}} is a type from kg.RelationKinds.
// A seed relationship a curator removed (a RemovedLink under its key) stays removed; one a
// curator restated (origin 'curated') keeps the curator's properties.
UNWIND $rows AS row
OPTIONAL MATCH (gone:RemovedLink {key: row.key})
WITH row WHERE gone IS NULL
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
WITH r, row WHERE coalesce(r.origin, 'seed') = 'seed'
SET r = row.props
