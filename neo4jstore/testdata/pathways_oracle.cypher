// The brute-force pathways statement, kept as the oracle of the property test: it enumerates
// every simple path and sorts them all. The pattern placeholder becomes a relationship pattern such as
// -[rels:MODULATES|INFLUENCES*1..3]-. The last sort key (the relationships' keys) only
// orders paths that pass through the same nodes over different relationships. A path passes
// through live entities only (a retired one has lost its :Entity label).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = (a){{PATTERN}}(b)
WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x) AND x:Entity)
WITH p, rels, reduce(s = 5, r IN rels | CASE WHEN coalesce(r.maturityRank, 0) < s THEN coalesce(r.maturityRank, 0) ELSE s END) AS strength
WHERE strength >= $minRank
RETURN [n IN nodes(p) | n.id] AS ids,
       [r IN rels | [type(r), startNode(r).id, endNode(r).id]] AS hops,
       strength
ORDER BY strength DESC, length(p) ASC, [n IN nodes(p) | n.id] ASC, [r IN rels | r.key] ASC
LIMIT $first
