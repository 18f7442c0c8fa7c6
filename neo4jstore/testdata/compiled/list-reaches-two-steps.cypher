CALL {
  MATCH (t:Entity {id: $f0}) MATCH (n:Strain)<-[:EXAMINED]-(:Entity)-[:INVESTIGATES]->(t)
  WITH DISTINCT n 
  WITH n LIMIT $countCap RETURN collect(n) AS members
}
WITH members, size(members) AS matched
CALL {
  WITH members, matched
  UNWIND CASE WHEN matched <= $countLimit THEN members ELSE [] END AS n
  WITH n WHERE n.sortName IS NOT NULL
  WITH n ORDER BY n.sortName DESC, n.id DESC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind}}) AS walked
}
CALL {
  WITH matched
  MATCH (n:Strain) USING INDEX n:Strain(sortName) WHERE ($f0 IN [(n)<-[:EXAMINED]-(:Entity)-[:INVESTIGATES]->(t:Entity) | t.id])
  AND n.sortName IS NOT NULL
  AND n.sortName >= CASE WHEN matched > $countLimit THEN $sortFloor END
  WITH n ORDER BY n.sortName DESC, n.id DESC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind}}) AS scanned
}
RETURN CASE WHEN matched > $countLimit THEN $countLimit ELSE matched END AS total, matched <= $countLimit AS exact, walked + scanned AS rows
// parameters
{
  "countCap": 2001,
  "countLimit": 2000,
  "f0": "condition:acne",
  "limit": 11,
  "sortFloor": ""
}
