CALL (seen, frontier) {
  UNWIND frontier AS f
  CALL (f) {
    MATCH (f)--(m:Entity)
    RETURN m
    LIMIT $scanPerNode
  }
  WITH m
  LIMIT $scanPerStep + 1
  WITH collect(DISTINCT m) AS around, count(*) > $scanPerStep AS stepFull
  CALL (around, seen) {
    UNWIND around AS m
    WITH m
    WHERE NOT m IN seen AND ($kinds IS NULL OR m.kind IN $kinds)
    WITH m
    ORDER BY m.sortName, m.id
    RETURN collect(m) AS fresh
  }
  RETURN fresh[..($limit + 2 - size(seen))] AS next,
         stepFull OR any(f IN frontier WHERE COUNT { (f)--() } > $scanPerNode) AS stepCut
}
WITH c, seen + next AS seen, next AS frontier, cut OR stepCut AS cut
