// Relationships of one type leaving each of a batch of entities. {{TYPE}} is replaced by a
// relationship type from kg.RelationKinds, never by user input.
MATCH (n:Entity)-[r:{{TYPE}}]->(m:Entity)
WHERE n.id IN $ids
RETURN n.id AS key, {type: type(r), from: n.id, to: m.id, props: properties(r)} AS rel, m AS other
ORDER BY key, coalesce(r.number, 0), m.sortName, m.id
