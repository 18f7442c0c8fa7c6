// Removes seed records that left the seed; what curators made (origin 'curated') stays.
CALL () {
  MATCH (n:Entity) WHERE NOT n.id IN $ids AND coalesce(n.origin, 'seed') = 'seed'
  DETACH DELETE n
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE NOT r.key IN $keys AND coalesce(r.origin, 'seed') = 'seed'
  DELETE r
}
