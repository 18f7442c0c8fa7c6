// Removes what the seed no longer holds, so that the graph is exactly the seed.
CALL () {
  MATCH (n:Entity) WHERE NOT n.id IN $ids
  DETACH DELETE n
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE NOT r.key IN $keys
  DELETE r
}
