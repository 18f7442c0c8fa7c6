// One page of a full-text search and the number of entities it matches, from one pass over
// the index: hits ranked by score, ties broken by id so that keyset cursors are stable.
//
// The index returns hits in descending score order, so the page is a run of the list: it
// starts at the cursor's score (among the hits tied at that score, after the cursor's id),
// and ends with the $limit-th hit from there and every hit tied with it. Only that run is
// sorted by id, so ids are read for it alone, not for every hit.
//
// $options is {} or, when no total is asked for, {limit: n}: the index then returns its n
// best hits only. That is enough unless the last of them ties with the page's last hit (a
// tie may continue past it); then the index is read in full. A restriction to kinds is part
// of $lucene (a required clause on the indexed kind), so the index returns only those.
CALL db.index.fulltext.queryNodes('entity_search', $lucene, $options) YIELD node, score
WITH collect(node) AS nodes, collect(score) AS scores
WITH nodes, scores,
     $options.limit IS NULL OR size(nodes) < $options.limit OR scores[-1] < scores[$limit - 1] AS enough
CALL (enough) {
  WITH enough WHERE NOT enough
  CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
  RETURN collect(node) AS allNodes, collect(score) AS allScores
}
WITH CASE WHEN enough THEN nodes ELSE allNodes END AS nodes,
     CASE WHEN enough THEN scores ELSE allScores END AS scores,
     enough AND $options.limit IS NOT NULL AS limited
// The hits tied at the cursor's score occupy [tieStart, tieEnd).
WITH nodes, scores, limited,
     CASE WHEN $afterScore IS NULL THEN 0 ELSE size([s IN scores WHERE s > $afterScore]) END AS tieStart,
     CASE WHEN $afterScore IS NULL THEN 0 ELSE size([s IN scores WHERE s >= $afterScore]) END AS tieEnd
WITH nodes, scores, limited, tieEnd,
     [i IN range(tieStart, tieEnd - 1) WHERE nodes[i].id > $afterId] AS tiedAfter
WITH nodes, scores, limited, tieEnd, tiedAfter, $limit - size(tiedAfter) AS wanted
WITH nodes, scores, limited, tiedAfter + CASE WHEN wanted <= 0 THEN [] ELSE
       range(tieEnd, size([s IN scores WHERE s >= coalesce(scores[tieEnd + wanted - 1], -1.0)]) - 1) END AS run
CALL (nodes, scores, run) {
  UNWIND run AS i
  WITH nodes[i] AS node, scores[i] AS score
  ORDER BY score DESC, node.id ASC
  LIMIT $limit
  RETURN collect({node: node {.*, searchText: null, searchNames: null, searchSpelling: null}, score: score}) AS page
}
RETURN CASE WHEN limited THEN null ELSE size(nodes) END AS total, page
