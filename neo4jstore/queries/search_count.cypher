// How many entities a full-text search matches.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node
WHERE ($kinds IS NULL OR node.kind IN $kinds)
RETURN count(node) AS total
