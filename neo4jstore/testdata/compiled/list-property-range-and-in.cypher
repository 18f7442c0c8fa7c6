CALL {
  MATCH (n:Study) USING INDEX n:Study(year) WHERE n.year >= $f0
  WITH DISTINCT n WHERE n.year <= $f1
  AND n.design IN $f2
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
  MATCH (n:Study) USING INDEX n:Study(design, sortName) WHERE n.year >= $f0
  AND n.year <= $f1
  AND n.design IN $f2
  AND n.sortName IS NOT NULL
  AND n.sortName >= CASE WHEN matched > $countLimit THEN $sortFloor END
  AND n.design = $orderedValue
  WITH n ORDER BY n.design ASC, n.sortName ASC, n.id ASC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind}}) AS scanned
}
RETURN CASE WHEN matched > $countLimit THEN $countLimit ELSE matched END AS total, matched <= $countLimit AS exact, walked + scanned AS rows
// parameters
{
  "countCap": 2001,
  "countLimit": 2000,
  "f0": 2015,
  "f1": 2020,
  "f2": [
    "META_ANALYSIS"
  ],
  "limit": 11,
  "orderedValue": "META_ANALYSIS",
  "sortFloor": ""
}
