// The neighbourhood statement before its work was bounded, kept as the oracle of its test:
// the head, then the step once per level of depth, then the tail, split at lines holding only
// '// STEP' and '// TAIL'.
// The entities within a few hops of one entity, breadth first, and the relationships among
// them. The expansion step below is repeated once per level of depth.
MATCH (c:Entity {id: $id})
WITH c, [c] AS seen, [c] AS frontier
// STEP
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(m:Entity)
  WHERE NOT m IN seen AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH DISTINCT m
  ORDER BY m.sortName, m.id
  RETURN collect(m) AS next
}
WITH c, seen + next AS seen, next AS frontier
// TAIL
WITH c, seen[1..($limit + 1)] AS kept, size(seen) - 1 > $limit AS truncated
WITH c, kept, truncated, [c] + kept AS shown
CALL (shown) {
  UNWIND shown AS x
  MATCH (x)-[r]->(y:Entity)
  WHERE y IN shown
  RETURN collect({type: type(r), from: x.id, to: y.id, props: properties(r)}) AS rels
}
RETURN c, kept, truncated, rels
