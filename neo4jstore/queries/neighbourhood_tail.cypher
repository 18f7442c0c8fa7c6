WITH c, seen[1..($limit + 1)] AS kept, size(seen) - 1 > $limit AS truncated
WITH c, kept, truncated, [c] + kept AS shown
CALL (shown) {
  UNWIND shown AS x
  MATCH (x)-[r]->(y:Entity)
  WHERE y IN shown
  RETURN collect({type: type(r), from: x.id, to: y.id, props: properties(r)}) AS rels
}
RETURN c, kept, truncated, rels
