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
// keeps), and the ranks above it are not searched at all.
WITH a, b, searchable,
     searchable AND COUNT { (a)-[:{{TYPES}}]-{{ARROW}}() } <= COUNT { ()-[:{{TYPES}}]-{{ARROW}}(b) } AS fromA
WITH a, b, searchable, CASE
       WHEN NOT searchable THEN []
       WHEN fromA THEN [(a)-[r:{{TYPES}}]-{{ARROW}}(:Entity) | coalesce(r.maturityRank, 0)]
       ELSE [(:Entity)-[r:{{TYPES}}]-{{ARROW}}(b) | coalesce(r.maturityRank, 0)]
     END AS endRanks
WITH a, b, searchable, reduce(m = -1, x IN endRanks | CASE WHEN x > m THEN x ELSE m END) AS cap
// When $enumerate is set (directed questions, which have few paths), one search at the lowest
// rank asked for finds every walk of strength $minLevel or more up to {{HOPS}} hops (as many
// groups as lengths), at most $enumLimit of them. Each search costs about the same whatever
// the number of groups, while the loop below searches once per group and per rank; so when
// fewer than $enumLimit walks come back, they are the whole answer: simple ones sorted by
// strength, length and ids, and the loop is skipped. Otherwise the loop runs as if this
// search had not been made.
CALL (a, b, searchable, cap) {
  WITH a, b WHERE searchable AND $enumerate AND cap >= $minLevel
  MATCH p = SHORTEST {{HOPS}} GROUPS (a)((:Entity)-[r:{{TYPES}} WHERE coalesce(r.maturityRank, 0) >= $minLevel]-{{ARROW}}(:Entity)){1,{{HOPS}}}(b)
  WITH p LIMIT $enumLimit
  RETURN collect(p) AS every
}
WITH a, b, searchable, cap, every, $enumerate AND size(every) < $enumLimit AS enumerated
CALL (every, enumerated) {
  UNWIND CASE WHEN enumerated THEN every ELSE [] END AS p
  WITH p, reduce(s = 5, r IN relationships(p) | CASE WHEN coalesce(r.maturityRank, 0) < s THEN coalesce(r.maturityRank, 0) ELSE s END) AS strength
  WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
  WITH p ORDER BY strength DESC, length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.key]
  LIMIT $first
  RETURN collect(p) AS sorted
}
WITH a, b, reduce(state = {found: sorted, more: false}, step IN $steps |
  CASE
    WHEN NOT searchable OR enumerated OR step.level > cap OR size(state.found) >= $first OR (step.group > 1 AND NOT state.more)
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
WITH a, b, found, reduce(seen = [], p IN found | seen + [n IN nodes(p) WHERE NOT n IN seen]) AS entities,
     reduce(seen = [], p IN found | seen + [r IN relationships(p) WHERE NOT r IN seen]) AS hopRels
// What stands behind each relationship walked: the live claims about both of its ends (the
// claims that assert its link), those with the fewest subjects first, then the strongest,
// then by id; and the stance each of them takes on each of the relationship's own studies.
// Either end may be a hub that thousands of claims are about, so the claims are read from
// the end fewer claims are about (an entity's degree is a count Neo4j keeps), and the
// stances from the studies, each cited by a few claims.
CALL (hopRels) {
  UNWIND hopRels AS r
  WITH r, startNode(r) AS x, endNode(r) AS y
  WITH r, x, y, COUNT { (x)<-[:ABOUT]-() } <= COUNT { (y)<-[:ABOUT]-() } AS fromX
  RETURN collect({key: elementId(r),
    claims: COLLECT {
      CALL (x, y, fromX) {
        WITH x, y WHERE fromX
        MATCH (x)<-[:ABOUT]-(c:Claim:Entity) WHERE (c)-[:ABOUT]->(y)
        RETURN c
        UNION
        WITH x, y WHERE NOT fromX
        MATCH (y)<-[:ABOUT]-(c:Claim:Entity) WHERE (c)-[:ABOUT]->(x)
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
// Each entity without the properties that only feed the full-text index; each path as the
// ids of its nodes and its relationships with the properties the API shows, each named by
// the element id hopEvidence gives it.
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       [n IN entities | n {.*, searchText: null, searchNames: null}] AS entities,
       [p IN found | {
         ids: [n IN nodes(p) | n.id],
         rels: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, key: elementId(r),
                props: r {.effect, .maturity, .stance, .note, .number, .studyIds, .leftOut, .provenance}}],
         strength: reduce(s = 5, r IN relationships(p) | CASE WHEN coalesce(r.maturityRank, 0) < s THEN coalesce(r.maturityRank, 0) ELSE s END)
       }] AS paths,
       hopEvidence
