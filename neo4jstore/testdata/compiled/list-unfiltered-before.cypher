WITH -1 AS total
CALL {
  MATCH (n:Claim) WHERE n.sortName IS NOT NULL
  AND n.sortName <= $cursorKey AND CASE WHEN n.sortName = $cursorKey THEN n.id < $cursorID ELSE true END
  WITH n ORDER BY n.sortName DESC, n.id DESC LIMIT $limit
  RETURN collect({key: n.sortName, row: n {.id, .kind}}) AS scanned
}
RETURN total, true AS exact, scanned AS rows
// parameters
{
  "cursorID": "claim:b",
  "cursorKey": "gut",
  "limit": 11
}
