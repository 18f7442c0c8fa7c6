// Upserts a batch of relationships of one type. {{TYPE}} is a type from kg.RelationKinds.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
SET r = row.props
