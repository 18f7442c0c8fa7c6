// Simple paths between two entities, strongest weakest hop first, then shortest, then by the
// ids along the path, without enumerating every path. Ranks run from 5 (ESTABLISHED) to 1
// (NOT_SUPPORTED), 0 for a relationship with no grade; a path's strength is its weakest hop.
//
// The search goes down the ranks. At rank L it follows only relationships ranked L or more,
// so every path it sees has strength L or more, and the paths of strength exactly L are those
// it had not seen at the ranks above. Within a rank it takes the groups of equally long
// shortest paths one length at a time: SHORTEST g GROUPS returns every path of the g shortest
// lengths, of which the longest group is new; its simple paths of strength L, sorted by ids,
// are added. The search stops once $first paths are found, and leaves a rank once no longer
// group exists. $steps lists the (level, group) pairs in that order, from ESTABLISHED down to
// the lowest rank asked for; the reduce below is the loop over them, and its CASE skips the
// remaining steps' searches once they are not needed.
//
// The GROUPS placeholder below holds one branch per group number, WHEN g THEN COLLECT { ... },
// built from pathways_group.cypher (the number of groups in SHORTEST must be written out).
// TYPES and ARROW are those of pathways_group.cypher.
// Both ends are looked up here, so that a missing one is reported from the same round trip.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
WITH a, b, a IS NOT NULL AND b IS NOT NULL AND a <> b AS searchable
// No path is stronger than the strongest relationship its first hop or its last hop can
// take: cap is that rank, read at the end with fewer such relationships (a degree Neo4j
// keeps), and the ranks above it are not searched at all. Those relationships (endLinks,
// each with its far end and rank) are kept for the near paths below. A relationship to a
// retired entity counts here too: cap is an upper bound, and the near paths check the label.
WITH a, b, searchable,
     searchable AND COUNT { (a)-[:{{TYPES}}]-{{ARROW}}() } <= COUNT { ()-[:{{TYPES}}]-{{ARROW}}(b) } AS fromA
WITH a, b, searchable, fromA, CASE
       WHEN NOT searchable THEN []
       WHEN fromA THEN [(a)-[r:{{TYPES}}]-{{ARROW}}(x) | {x: x, r: r, rank: coalesce(r.maturityRank, 0)}]
       ELSE [(x)-[r:{{TYPES}}]-{{ARROW}}(b) | {x: x, r: r, rank: coalesce(r.maturityRank, 0)}]
     END AS endLinks
WITH a, b, searchable, fromA, endLinks, reduce(m = -1, l IN endLinks | CASE WHEN l.rank > m THEN l.rank ELSE m END) AS cap
// Most questions have few walks from one of their ends: a strain's links lead to a few
// mechanisms and conditions, while the condition at the other end may be a hub thousands of
// relationships lead to. So before any shortest-path search, the statement takes from an end
// every walk of up to {{HOPS}} hops over relationships ranked $minLevel or more, through live
// entities only (a retired one has lost its :Entity label), and stops after $walkLimit of
// them. If the walks run out first, those that reach the other end are
// every walk between the two: the simple ones, sorted by strength, length and ids, are the
// answer, and the rank-by-rank search below is skipped. An end is walked from only if its
// walks of two hops (its relationships and its neighbours', degrees Neo4j keeps) number no
// more than $walkLimit, the end with fewer first; if its walks do not run out, the other end
// is tried, and if neither answers, the search runs as if no walk had been taken. An end
// next to a hub is thus never walked from, and an attempt costs at most $walkLimit walks.
OPTIONAL CALL (a, b, searchable) {
  WITH a, b WHERE searchable
  WITH a, b, COUNT { (a)-[:{{TYPES}}]-{{ARROW}}() } AS aDegree, COUNT { ()-[:{{TYPES}}]-{{ARROW}}(b) } AS bDegree
  CALL (a, aDegree) {
    WITH a WHERE aDegree <= $walkLimit
    OPTIONAL MATCH (a)-[:{{TYPES}}]-{{ARROW}}(n)
    RETURN sum(COUNT { (n)-[:{{TYPES}}]-{{ARROW}}() }) AS aNext
  }
  CALL (b, bDegree) {
    WITH b WHERE bDegree <= $walkLimit
    OPTIONAL MATCH (n)-[:{{TYPES}}]-{{ARROW}}(b)
    RETURN sum(COUNT { ()-[:{{TYPES}}]-{{ARROW}}(n) }) AS bNext
  }
  WITH aDegree, bDegree, aDegree + aNext AS aFan, bDegree + bNext AS bFan
  RETURN aDegree <= $walkLimit AND aFan <= $walkLimit AS tryA, bDegree <= $walkLimit AND bFan <= $walkLimit AS tryB,
         aDegree > $walkLimit OR bDegree <= $walkLimit AND bFan < aFan AS bFirst
}
WITH a, b, searchable, fromA, endLinks, cap, coalesce(tryA, false) AND cap >= $minLevel AS tryA, coalesce(tryB, false) AND cap >= $minLevel AS tryB, coalesce(bFirst, false) AS bFirst
CALL (a, b, tryA, bFirst) {
  WITH a, b WHERE tryA AND NOT bFirst
  {{WALKS_FROM_A}}
}
WITH a, b, searchable, fromA, endLinks, cap, tryA, tryB, bFirst, fromAWalks AS firstWalks, tryA AND NOT bFirst AND fromACount <= $walkLimit AS aDone
CALL (a, b, tryB, aDone) {
  WITH a, b WHERE tryB AND NOT aDone
  MATCH p = (x)-[rs:{{TYPES}}*1..{{HOPS}}]-{{ARROW}}(b)
  WHERE all(r IN rs WHERE coalesce(r.maturityRank, 0) >= $minLevel) AND all(n IN nodes(p) WHERE n:Entity)
  WITH a, p, x LIMIT $walkLimit + 1
  RETURN collect(CASE WHEN x = a THEN p END) AS toBWalks, count(p) AS toBCount
}
WITH a, b, searchable, fromA, endLinks, cap, tryA, bFirst, firstWalks, aDone, toBWalks, tryB AND NOT aDone AND toBCount <= $walkLimit AS bDone
CALL (a, b, tryA, bFirst, bDone) {
  WITH a, b WHERE tryA AND bFirst AND NOT bDone
  {{WALKS_FROM_A}}
}
WITH a, b, searchable, fromA, endLinks, cap, CASE
       WHEN aDone THEN firstWalks
       WHEN bDone THEN toBWalks
       WHEN tryA AND bFirst AND fromACount <= $walkLimit THEN fromAWalks
     END AS every
WITH a, b, searchable, fromA, endLinks, cap, coalesce(every, []) AS every, every IS NOT NULL AS enumerated
CALL (every, enumerated) {
  UNWIND CASE WHEN enumerated THEN every ELSE [] END AS p
  WITH p, reduce(s = 5, r IN relationships(p) | CASE WHEN coalesce(r.maturityRank, 0) < s THEN coalesce(r.maturityRank, 0) ELSE s END) AS strength
  WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
  WITH p ORDER BY strength DESC, length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.key]
  LIMIT $first
  RETURN collect(p) AS sorted
}
// Near paths: when the walks did not answer, the paths of one or two hops every hop of which
// is ranked cap. No path is stronger, and a longer one of the same strength comes after
// them, so if there are $first of them they are the answer and the search below is skipped.
// They are found from the end with fewer relationships (endLinks, already read): a
// relationship ranked cap to the other end is a path of one hop; the other far ends of such
// relationships are taken by id, each checked for a relationship ranked cap to the other end
// (Neo4j expands between two bound nodes from the one with fewer relationships), until
// $first of them have one. Paths of two hops come in the order of their middle entity's id,
// so those $first middles hold the first $first paths. Between two hubs this costs one pass
// over the smaller hub's relationships and a check of its strongest neighbours, where the
// search reads both hubs whole.
CALL (a, b, searchable, enumerated, fromA, endLinks, cap) {
  WITH a, b, fromA, cap, CASE WHEN searchable AND NOT enumerated AND cap >= $minLevel THEN [l IN endLinks WHERE l.rank >= cap] ELSE [] END AS strong
  CALL (a, b, fromA, cap, strong) {
    UNWIND [l IN strong WHERE l.x = CASE WHEN fromA THEN b ELSE a END | l.r] AS r0
    MATCH p = (a)-[r0]-{{ARROW}}(b)
    RETURN p
    UNION
    UNWIND [l IN strong | l.x] AS x
    WITH DISTINCT a, b, fromA, cap, x
    WITH a, b, fromA, cap, x WHERE x:Entity AND x <> a AND x <> b
    WITH a, b, fromA, cap, x ORDER BY x.id
      WHERE fromA AND EXISTS { (x)-[r:{{TYPES}}]-{{ARROW}}(b) WHERE coalesce(r.maturityRank, 0) >= cap }
         OR NOT fromA AND EXISTS { (a)-[r:{{TYPES}}]-{{ARROW}}(x) WHERE coalesce(r.maturityRank, 0) >= cap }
    WITH a, b, cap, x LIMIT $first
    MATCH p = (a)-[r1:{{TYPES}}]-{{ARROW}}(x)-[r2:{{TYPES}}]-{{ARROW}}(b)
    WHERE coalesce(r1.maturityRank, 0) >= cap AND coalesce(r2.maturityRank, 0) >= cap
    RETURN p
  }
  WITH p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.key]
  LIMIT $first
  RETURN collect(p) AS near
}
WITH a, b, searchable, enumerated, cap, sorted, size(near) >= $first AS nearDone, near
WITH a, b, searchable, enumerated, cap, nearDone, CASE WHEN nearDone THEN near ELSE sorted END AS sorted
WITH a, b, CASE WHEN NOT searchable THEN 'none' WHEN enumerated THEN 'walks' WHEN nearDone THEN 'near' ELSE 'search' END AS way,
     reduce(state = {found: sorted, more: false}, step IN $steps |
  CASE
    WHEN NOT searchable OR enumerated OR nearDone OR step.level > cap OR size(state.found) >= $first OR (step.group > 1 AND NOT state.more)
      THEN {found: state.found, more: false}
    // ps: the paths of the step's groups, by length and then ids; the longest group is new
    // if the search found as many groups as it asked for. [x IN [e] | ...][0] names e as x.
    ELSE [ps IN [CASE step.group {{GROUPS}} END] |
      [lengths IN [reduce(ls = [], q IN ps | CASE WHEN length(q) IN ls THEN ls ELSE ls + length(q) END)] |
        [longest IN [reduce(m = 0, l IN lengths | CASE WHEN l > m THEN l ELSE m END)] |
          [complete IN [size(lengths) = step.group] | {
            found: state.found + [q IN ps WHERE complete AND length(q) = longest
              AND all(x IN nodes(q) WHERE single(y IN nodes(q) WHERE y = x))
              AND reduce(s = 5, r IN relationships(q) | CASE WHEN coalesce(r.maturityRank, 0) < s THEN coalesce(r.maturityRank, 0) ELSE s END) = step.level
            ][..($first - size(state.found))],
            more: complete AND longest < $maxHops
          }][0]
        ][0]
      ][0]
    ][0]
  END).found AS found
// Each entity and each relationship once.
WITH a, b, way, found, reduce(seen = [], p IN found | seen + [n IN nodes(p) WHERE NOT n IN seen]) AS entities,
     reduce(seen = [], p IN found | seen + [r IN relationships(p) WHERE NOT r IN seen]) AS hopRels
// What stands behind each relationship walked: the live claims about both of its ends (the
// claims that assert its link), those with the fewest subjects first, then the strongest,
// then by id; and the stance each of them takes on each of the relationship's own studies.
// Either end may be a hub that thousands of claims are about, so the way the claims about
// both are found depends on how many claims each end has (a degree Neo4j keeps): from the end
// with far fewer, checking each claim's links for the other end (about ten reads a claim);
// otherwise both ends' claims are read once and joined. The stances come from the studies,
// each cited by a few claims. A retired claim has lost its :Claim label.
CALL (hopRels) {
  UNWIND CASE WHEN $evidence THEN hopRels ELSE [] END AS r
  WITH r, startNode(r) AS x, endNode(r) AS y
  WITH r, x, y, COUNT { (x)<-[:ABOUT]-() } AS xClaims, COUNT { (y)<-[:ABOUT]-() } AS yClaims
  RETURN collect({key: elementId(r),
    claims: COLLECT {
      CALL (x, y, xClaims, yClaims) {
        WITH x, y WHERE xClaims * 8 <= yClaims
        MATCH (x)<-[:ABOUT]-(c:Claim) WHERE (c)-[:ABOUT]->(y)
        RETURN c
        UNION
        WITH x, y WHERE yClaims * 8 <= xClaims
        MATCH (y)<-[:ABOUT]-(c:Claim) WHERE (c)-[:ABOUT]->(x)
        RETURN c
        UNION
        WITH x, y WHERE xClaims * 8 > yClaims AND yClaims * 8 > xClaims
        MATCH (x)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(y) USING JOIN ON c
        RETURN c
      }
      WITH c, COUNT { (c)-[:ABOUT]->() } AS subjects
      ORDER BY subjects, c.maturityRank DESC, c.id
      RETURN c.id
    },
    stances: COLLECT {
      UNWIND coalesce(r.studyIds, []) AS studyId
      MATCH (s:Entity {id: studyId})<-[e:HAS_EVIDENCE]-(c:Claim:Entity)
      WHERE s:Study AND (c)-[:ABOUT]->(x) AND (c)-[:ABOUT]->(y)
      RETURN {claim: c.id, study: s.id, stance: e.stance}
    }
  }) AS hopEvidence
}
// Each entity without the properties that only feed the full-text index or the export (its
// stored record), or, when $brief, as its id, kind and label alone; each relationship walked
// once, with the properties the API shows, named by the element id hopEvidence gives it; and
// each path as the ids of its nodes and the names of its relationships.
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, way,
       [n IN entities | CASE WHEN $brief THEN n {.id, .kind, .label}
                             ELSE n {.*, searchText: null, searchNames: null, searchSpelling: null, seedRecord: null} END] AS entities,
       [r IN hopRels | {type: type(r), from: startNode(r).id, to: endNode(r).id, key: elementId(r),
                        props: r {.effect, .maturity, .stance, .note, .number, .studyIds, .leftOut, .provenance}}] AS rels,
       [p IN found | {
         ids: [n IN nodes(p) | n.id],
         rels: [r IN relationships(p) | elementId(r)],
         strength: reduce(s = 5, r IN relationships(p) | CASE WHEN coalesce(r.maturityRank, 0) < s THEN coalesce(r.maturityRank, 0) ELSE s END)
       }] AS paths,
       hopEvidence
