CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(m:Entity)
  WHERE NOT m IN seen AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH DISTINCT m
  ORDER BY m.sortName, m.id
  RETURN collect(m) AS next
}
WITH c, seen + next AS seen, next AS frontier
