// One page of a full-text search and the number of entities it matches, from one pass over
// the index: hits ranked by score, ties broken by id so that keyset cursors are stable.
//
// The index returns hits in descending score order, so the page is a run of the list: it
// starts at the cursor's score (among the hits tied at that score, after the cursor's id),
// and ends with the $limit-th hit from there and every hit tied with it. Only that run is
// sorted by id, so ids are read for it alone, not for every hit. The HIT placeholder below
// is each hit's projection, compiled from the caller's selection (compile.go).
//
// The index is asked for its $read best hits only: enough to reach past the page from where
// the cursor says it stood, and, when a total is wanted, to count up to the count limit.
// They are enough if they are all the hits there are, or if they go on, with a lower score,
// past the furthest the page can end (the cursor's tied hits, then $limit more): no hit tied
// with the page's last one is then left unread. Otherwise the whole index is read. The total
// is exact when every hit was read, a lower bound otherwise. A restriction to kinds is part
// of $lucene (a required clause on the indexed kind), so the index returns only those.
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $read}) YIELD node, score
WITH collect(node) AS nodes, collect(score) AS scores
WITH nodes, scores, size(nodes) < $read AS whole,
     CASE WHEN $afterScore IS NULL THEN 0 ELSE size([s IN scores WHERE s >= $afterScore]) END AS readTieEnd
WITH nodes, scores, whole,
     whole OR size(nodes) > readTieEnd + $limit - 1 AND scores[readTieEnd + $limit - 1] > scores[-1] AS enough
CALL (enough) {
  WITH enough WHERE NOT enough
  CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
  RETURN collect(node) AS allNodes, collect(score) AS allScores
}
WITH CASE WHEN enough THEN nodes ELSE allNodes END AS nodes,
     CASE WHEN enough THEN scores ELSE allScores END AS scores,
     whole OR NOT enough AS exact
// The hits tied at the cursor's score occupy [tieStart, tieEnd).
WITH nodes, scores, exact,
     CASE WHEN $afterScore IS NULL THEN 0 ELSE size([s IN scores WHERE s > $afterScore]) END AS tieStart,
     CASE WHEN $afterScore IS NULL THEN 0 ELSE size([s IN scores WHERE s >= $afterScore]) END AS tieEnd
WITH nodes, scores, exact, tieStart, tieEnd,
     [i IN range(tieStart, tieEnd - 1) WHERE nodes[i].id > $afterId] AS tiedAfter
WITH nodes, scores, exact, tieStart, tieEnd, tiedAfter, $limit - size(tiedAfter) AS wanted
WITH nodes, scores, exact, tieStart, tiedAfter + CASE WHEN wanted <= 0 THEN [] ELSE
       range(tieEnd, size([s IN scores WHERE s >= coalesce(scores[tieEnd + wanted - 1], -1.0)]) - 1) END AS run
CALL (nodes, scores, run) {
  UNWIND run AS i
  WITH nodes[i] AS node, scores[i] AS score
  ORDER BY score DESC, node.id ASC
  LIMIT $limit
  RETURN collect({node: {{HIT}}, score: score}) AS page
}
RETURN size(nodes) AS total, exact, tieStart AS start, page
