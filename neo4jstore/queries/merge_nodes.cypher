// Upserts a batch of entities of one kind. {{LABEL}} is a label from kg.Kinds.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:{{LABEL}}
