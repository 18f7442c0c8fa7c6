CALL {
  MATCH (t:Entity {id: $f0})-[:CITES]->(n:Study)
  WITH DISTINCT n 
  WITH n LIMIT $countCap RETURN collect(n) AS members
}
WITH members, size(members) AS matched
CALL {
  WITH members, matched
  UNWIND CASE WHEN matched <= $countLimit THEN members ELSE [] END AS n
  WITH n WHERE n.year IS NOT NULL
  AND n.year <= $cursorKey AND CASE WHEN n.year = $cursorKey THEN n.id > $cursorID ELSE true END
  WITH n ORDER BY n.year DESC, n.id ASC LIMIT $limit
  RETURN collect({key: n.year, row: n {.id, .kind}}) AS walked
}
CALL {
  WITH matched
  MATCH (n:Study) USING INDEX n:Study(year) WHERE EXISTS { (:Entity {id: $f0})-[:CITES]->(n) }
  AND n.year IS NOT NULL
  AND n.year <= $cursorKey AND CASE WHEN n.year = $cursorKey THEN n.id > $cursorID ELSE true END
  AND n.year >= CASE WHEN matched > $countLimit THEN $sortFloor END
  WITH n ORDER BY n.year DESC, n.id ASC LIMIT $limit
  RETURN collect({key: n.year, row: n {.id, .kind}}) AS scanned
}
RETURN CASE WHEN matched > $countLimit THEN $countLimit ELSE matched END AS total, matched <= $countLimit AS exact, walked + scanned AS rows
// parameters
{
  "countCap": 2001,
  "countLimit": 2000,
  "cursorID": "study:x",
  "cursorKey": 2020,
  "f0": "source:gut-skin-evidence",
  "limit": 11,
  "sortFloor": -9223372036854775808
}
