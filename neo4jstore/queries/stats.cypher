// Counts of entities by kind and of relationships by type.
CALL () {
  MATCH (n:Entity)
  WITH n.kind AS kind, count(*) AS count
  ORDER BY kind
  RETURN collect({kind: kind, count: count}) AS nodes
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS kind, count(*) AS count
  ORDER BY kind
  RETURN collect({kind: kind, count: count}) AS relations
}
RETURN nodes, relations
