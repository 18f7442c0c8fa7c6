CALL { MATCH (n:Study) RETURN count(n) AS total }
CALL {
  MATCH (n:Study) WHERE n.year IS NOT NULL
  WITH n ORDER BY n.year ASC, n.id ASC LIMIT $limit
  RETURN collect({key: n.year, row: n {.id, .kind}}) AS scanned
}
RETURN total, true AS exact, scanned AS rows
// parameters
{
  "limit": 11
}
