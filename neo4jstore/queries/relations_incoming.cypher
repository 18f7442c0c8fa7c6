// Relationships of one type arriving at each of a batch of entities. {{TYPE}} is replaced by
// a relationship type from kg.RelationKinds, never by user input.
MATCH (m:Entity)-[r:{{TYPE}}]->(n:Entity)
WHERE n.id IN $ids
RETURN n.id AS key, {type: type(r), from: m.id, to: n.id, props: properties(r)} AS rel, m AS other
ORDER BY key, coalesce(r.number, 0), m.sortName, m.id
