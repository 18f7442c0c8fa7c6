// Simple paths between two entities over allowed relationship types, strongest first.
// {{PATTERN}} is a fixed relationship pattern built from kg.RelationKinds and a validated hop
// count, e.g. -[rels:MODULATES|INFLUENCES*1..3]-.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = (a){{PATTERN}}(b)
WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
WITH p, rels, reduce(s = 5, r IN rels | CASE WHEN coalesce(r.maturityRank, 0) < s THEN coalesce(r.maturityRank, 0) ELSE s END) AS strength
WHERE strength >= $minRank
RETURN nodes(p) AS nodes,
       [r IN rels | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels,
       strength
ORDER BY strength DESC, length(p) ASC, [n IN nodes(p) | n.id] ASC
LIMIT $first
