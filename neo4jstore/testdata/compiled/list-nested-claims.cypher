WITH -1 AS total
CALL {
  MATCH (n:Claim) WHERE n.sortName IS NOT NULL
  WITH n ORDER BY n.sortName ASC, n.id ASC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind, .statement, source: COLLECT { MATCH (r1:Entity {id: n.source}) RETURN r1 {.id, .kind, .title} }[0], subjects: COLLECT { MATCH (n)-[l2:ABOUT]->(m3:Entity) WITH n, l2, m3 ORDER BY m3.sortName, m3.id RETURN m3 {.id, .kind, .label} }, evidenceSummary: COLLECT { MATCH (n)-[l4:HAS_EVIDENCE]->(m5:Entity) WITH n, l4, m5 ORDER BY m5.sortName, m5.id RETURN {stance: l4.stance, design: m5.design} }, evidence: COLLECT { MATCH (n)-[l6:HAS_EVIDENCE]->(m7:Entity) WITH n, l6, m7 ORDER BY m7.sortName, m7.id RETURN {type: type(l6), stance: l6.stance, to: m7 {.id, .kind, .title, strains: COLLECT { MATCH (m7)-[l8:EXAMINED]->(m9:Entity) WITH m7, l8, m9 ORDER BY m9.sortName, m9.id RETURN m9 {.id, .kind, .label} }}} }}}) AS scanned
}
RETURN total, true AS exact, scanned AS rows
// parameters
{
  "limit": 61
}
