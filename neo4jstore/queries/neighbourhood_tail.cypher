// The relationships among the entities shown. Each is found from an end with at most
// $scanPerNode relationships, all of which are read; between two busier nodes it is looked
// up directly, for the first $busyPairs busy nodes shown (more would make it truncated).
WITH c, seen[1..($limit + 1)] AS kept, cut OR size(seen) - 1 > $limit AS truncated
WITH c, kept, truncated, [c] + kept AS shown
WITH c, kept, truncated, shown, [x IN shown WHERE COUNT { (x)--() } > $scanPerNode] AS busy
CALL (shown, busy) {
  CALL (shown, busy) {
    UNWIND shown AS x
    WITH x
    WHERE NOT x IN busy
    MATCH (x)-[r]-(y:Entity)
    WHERE y IN shown
    RETURN r
    UNION
    UNWIND busy[..$busyPairs] AS x
    UNWIND busy[..$busyPairs] AS y
    WITH x, y
    WHERE elementId(x) < elementId(y)
    MATCH (x)-[r]-(y)
    RETURN r
  }
  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id,
                  props: r {.effect, .maturity, .stance, .note, .number, .studyIds, .leftOut, .provenance}}) AS rels
}
RETURN c {.*, searchText: null, searchNames: null, searchSpelling: null, seedRecord: null} AS c,
       [n IN kept | n {.*, searchText: null, searchNames: null, searchSpelling: null, seedRecord: null}] AS kept,
       truncated OR size(busy) > $busyPairs AS truncated, rels
