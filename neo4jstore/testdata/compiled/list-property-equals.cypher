CALL {
  MATCH (n:Claim) USING INDEX n:Claim(disputed) WHERE n.disputed = $f0
  WITH DISTINCT n 
  WITH n LIMIT $countCap RETURN collect(n) AS members
}
WITH members, size(members) AS matched
CALL {
  WITH members, matched
  UNWIND CASE WHEN matched <= $countLimit THEN members ELSE [] END AS n
  WITH n WHERE n.sortName IS NOT NULL
  WITH n ORDER BY n.sortName ASC, n.id ASC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind}}) AS walked
}
CALL {
  WITH matched
  MATCH (n:Claim) USING INDEX n:Claim(disputed, sortName) WHERE n.disputed = $f0
  AND n.sortName IS NOT NULL
  AND n.sortName >= CASE WHEN matched > $countLimit THEN $sortFloor END
  WITH n ORDER BY n.disputed ASC, n.sortName ASC, n.id ASC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind}}) AS scanned
}
RETURN CASE WHEN matched > $countLimit THEN $countLimit ELSE matched END AS total, matched <= $countLimit AS exact, walked + scanned AS rows
// parameters
{
  "countCap": 2001,
  "countLimit": 2000,
  "f0": true,
  "limit": 11,
  "sortFloor": ""
}
