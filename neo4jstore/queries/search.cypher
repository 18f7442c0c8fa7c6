// Full-text search, ranked by score; ties broken by id so that keyset cursors are stable.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE ($kinds IS NULL OR node.kind IN $kinds)
  AND ($afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND node.id > $afterId))
RETURN node, score
ORDER BY score DESC, node.id ASC
LIMIT $limit
