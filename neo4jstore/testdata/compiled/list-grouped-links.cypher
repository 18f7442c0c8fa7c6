CALL {
  MATCH (t:Entity {id: $f0})<-[:MEMBER_OF]-(n:Strain)
  WITH DISTINCT n 
  WITH n LIMIT $countCap RETURN collect(n) AS members
}
WITH members, size(members) AS matched
CALL {
  WITH members, matched
  UNWIND CASE WHEN matched <= $countLimit THEN members ELSE [] END AS n
  WITH n WHERE n.sortName IS NOT NULL
  WITH n ORDER BY n.sortName ASC, n.id ASC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind, studies: CASE WHEN n:Strain THEN COLLECT { MATCH (n)<-[l1:EXAMINED]-(m2:Entity) WITH n, l1, m2 ORDER BY m2.sortName, m2.id RETURN m2 {.id, .kind} } END, claims: CASE WHEN n:Strain THEN COLLECT { MATCH (n)<-[l3:ABOUT]-(m4:Entity) WITH n, l3, m4 ORDER BY m4.sortName, m4.id RETURN m4 {.id, .kind} } END, mechanisms: CASE WHEN n:Strain THEN COLLECT { MATCH (n)-[l5:MODULATES]->(m6:Entity) WITH n, l5, m6 ORDER BY m6.sortName, m6.id RETURN {type: type(l5), effect: l5.effect, from: n {.id, .kind}, to: m6 {.id, .kind}, studies: COLLECT { UNWIND range(0, size(coalesce(l5.studyIds, [])) - 1) AS i7 MATCH (s8:Entity {id: l5.studyIds[i7]}) WITH s8, i7 ORDER BY i7 RETURN s8 {.id, .kind} }} } END}}) AS walked
}
CALL {
  WITH matched
  MATCH (n:Strain) USING INDEX n:Strain(sortName) WHERE EXISTS { (n)-[:MEMBER_OF]->(:Entity {id: $f0}) }
  AND n.sortName IS NOT NULL
  AND n.sortName >= CASE WHEN matched > $countLimit THEN $sortFloor END
  WITH n ORDER BY n.sortName ASC, n.id ASC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind, studies: CASE WHEN n:Strain THEN COLLECT { MATCH (n)<-[l9:EXAMINED]-(m10:Entity) WITH n, l9, m10 ORDER BY m10.sortName, m10.id RETURN m10 {.id, .kind} } END, claims: CASE WHEN n:Strain THEN COLLECT { MATCH (n)<-[l11:ABOUT]-(m12:Entity) WITH n, l11, m12 ORDER BY m12.sortName, m12.id RETURN m12 {.id, .kind} } END, mechanisms: CASE WHEN n:Strain THEN COLLECT { MATCH (n)-[l13:MODULATES]->(m14:Entity) WITH n, l13, m14 ORDER BY m14.sortName, m14.id RETURN {type: type(l13), effect: l13.effect, from: n {.id, .kind}, to: m14 {.id, .kind}, studies: COLLECT { UNWIND range(0, size(coalesce(l13.studyIds, [])) - 1) AS i15 MATCH (s16:Entity {id: l13.studyIds[i15]}) WITH s16, i15 ORDER BY i15 RETURN s16 {.id, .kind} }} } END}}) AS scanned
}
RETURN -1 AS total, matched <= $countLimit AS exact, walked + scanned AS rows
// parameters
{
  "countCap": 2001,
  "countLimit": 2000,
  "f0": "species:lacticaseibacillus-rhamnosus",
  "limit": 6,
  "sortFloor": ""
}
