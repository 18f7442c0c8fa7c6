CALL {
  MATCH (t:Entity {id: $f1}) CALL { WITH t MATCH (n:Strain)-[:MODULATES]->(t) RETURN n UNION WITH t MATCH (n:Strain)<-[:EXAMINED]-(:Entity)-[:INVESTIGATES]->(t) RETURN n }
  WITH DISTINCT n WHERE n.strainKind = $f0
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
  MATCH (n:Strain) USING INDEX n:Strain(strainKind, sortName) WHERE n.strainKind = $f0
  AND ($f1 IN [(n)-[:MODULATES]->(t:Entity) | t.id] OR $f1 IN [(n)<-[:EXAMINED]-(:Entity)-[:INVESTIGATES]->(t:Entity) | t.id])
  AND n.sortName IS NOT NULL
  AND n.sortName >= CASE WHEN matched > $countLimit THEN $sortFloor END
  WITH n ORDER BY n.strainKind ASC, n.sortName ASC, n.id ASC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind}}) AS scanned
}
RETURN -1 AS total, matched <= $countLimit AS exact, walked + scanned AS rows
// parameters
{
  "countCap": 2001,
  "countLimit": 2000,
  "f0": "PRODUCT",
  "f1": "mechanism:gut-barrier-integrity",
  "limit": 11,
  "sortFloor": ""
}
