package neo4jstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"gutskin/kg"
)

// searchPrefetch is how many hits beyond the page a first page asks of the index when no
// total is wanted, so that a tie at the end of the page rarely needs a full read.
const searchPrefetch = 16

// Search runs a ranked, typo-tolerant full-text search. It returns one page of hits, whether
// more follow and, when withTotal is set, how many entities the search matches (counted in
// the same pass over the index; otherwise total is -1).
func (s *Store) Search(ctx context.Context, text string, kinds []kg.Kind, first int, after *kg.Cursor, withTotal bool) (hits []kg.SearchHit, more bool, total int, err error) {
	lucene, terms, err := luceneQuery(text)
	if err != nil {
		return nil, false, 0, err
	}
	params := map[string]any{"lucene": lucene, "kinds": kindParam(kinds), "limit": first + 1,
		"afterScore": nil, "afterId": nil, "options": map[string]any{}}
	if after != nil {
		score, ok := after.Key.(float64)
		if !ok {
			return nil, false, 0, kg.Errorf(kg.EINVALID, "the cursor does not belong to a search")
		}
		params["afterScore"], params["afterId"] = score, after.ID
	} else if !withTotal && len(kinds) == 0 {
		params["options"] = map[string]any{"limit": first + 1 + searchPrefetch}
	}
	recs, err := s.read(ctx, query("search"), params)
	if err != nil {
		return nil, false, 0, err
	}
	if len(recs) != 1 {
		return nil, false, 0, fmt.Errorf("neo4jstore: search returned %d records, want 1", len(recs))
	}
	pageV, _ := recs[0].Get("page")
	page := asList(pageV)
	if more = len(page) > first; more {
		page = page[:first]
	}
	hits = make([]kg.SearchHit, 0, len(page))
	for _, v := range page {
		m, _ := v.(map[string]any)
		e, err := entityFromMap(m["node"])
		if err != nil {
			return nil, false, 0, err
		}
		score, _ := m["score"].(float64)
		hits = append(hits, kg.SearchHit{Entity: e, Score: score, Matched: bestMatch(e, terms)})
	}
	total = -1
	if withTotal {
		n, ok := recs[0].Get("total")
		if count, isInt := n.(int64); ok && isInt {
			total = int(count)
		} else {
			return nil, false, 0, fmt.Errorf("neo4jstore: search returned no total")
		}
	}
	return hits, more, total, nil
}

func kindParam(kinds []kg.Kind) any {
	if len(kinds) == 0 {
		return nil
	}
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}

const maxSearchTerms = 8

// luceneQuery turns free text into a Lucene query of our own making: the user's text is
// reduced to lower-case letter-and-digit terms, so no Lucene syntax of theirs survives.
// Each term matches exactly (boosted), by prefix (for search as you type) and, when long
// enough, with one or two typos; the whole phrase is boosted above all.
func luceneQuery(text string) (string, []string, error) {
	terms := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(terms) == 0 {
		return "", nil, kg.Errorf(kg.EINVALID, "the search text has no letters or digits")
	}
	if len(terms) > maxSearchTerms {
		terms = terms[:maxSearchTerms]
	}
	var groups []string
	for _, t := range terms {
		alts := []string{t + "^2", t + "*"}
		switch n := len([]rune(t)); {
		case n >= 8:
			alts = append(alts, t+"~2")
		case n >= 4:
			alts = append(alts, t+"~1")
		}
		groups = append(groups, "("+strings.Join(alts, " OR ")+")")
	}
	all := strings.Join(groups, " ")
	// Names weigh more than descriptions, and a whole-phrase match more than scattered words.
	parts := []string{"label:(" + all + ")^4", "searchNames:(" + all + ")^3", "searchText:(" + all + ")"}
	if len(terms) > 1 {
		phrase := "\"" + strings.Join(terms, " ") + "\""
		parts = append(parts, "label:"+phrase+"^8", "searchNames:"+phrase+"^6")
	}
	return strings.Join(parts, " OR "), terms, nil
}

// bestMatch picks the name, synonym or former name that shares most words with the search.
func bestMatch(e kg.Entity, terms []string) string {
	label, _ := e.Props["label"].(string)
	candidates := append([]string{label}, strs(e.Props["synonyms"])...)
	candidates = append(candidates, strs(e.Props["formerNames"])...)
	best, bestScore := label, -1
	for _, c := range candidates {
		words := strings.FieldsFunc(strings.ToLower(c), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		score := 0
		for _, t := range terms {
			for _, w := range words {
				if strings.HasPrefix(w, t) {
					score++
					break
				}
			}
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// Pathways returns simple paths between two entities over the given relationship kinds:
// strongest weakest hop first, then shortest, then by the ids along the path. It reports
// NOT_FOUND when either end does not exist, from the same round trip as the search.
func (s *Store) Pathways(ctx context.Context, from, to string, maxHops int, minMaturity kg.Maturity, rels []kg.RelationKind, directed bool, first int) ([]kg.Path, error) {
	cypher, steps, err := pathwaysQuery(maxHops, minMaturity.Rank(), rels, directed)
	if err != nil {
		return nil, err
	}
	if first < 1 {
		return nil, kg.Errorf(kg.EINVALID, "first must be at least 1")
	}
	recs, err := s.read(ctx, cypher, map[string]any{"from": from, "to": to, "first": first, "steps": steps, "maxHops": maxHops})
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("neo4jstore: pathways returned %d records, want 1", len(recs))
	}
	rec := recs[0]
	for _, end := range []struct{ field, id string }{{"fromFound", from}, {"toFound", to}} {
		if found, _ := rec.Get(end.field); found != true {
			return nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", end.id)
		}
	}
	entitiesV, _ := rec.Get("entities")
	pathsV, _ := rec.Get("paths")
	byID := map[string]kg.Entity{}
	for _, v := range asList(entitiesV) {
		e, err := entityFromMap(v)
		if err != nil {
			return nil, err
		}
		byID[e.ID] = e
	}
	list := asList(pathsV)
	paths := make([]kg.Path, 0, len(list))
	for _, v := range list {
		m, _ := v.(map[string]any)
		relations, err := relationsFrom(m["rels"])
		if err != nil {
			return nil, err
		}
		ids := strs(m["ids"])
		if len(ids) != len(relations)+1 {
			return nil, fmt.Errorf("neo4jstore: a path of %d nodes has %d relationships", len(ids), len(relations))
		}
		p := kg.Path{Nodes: make([]kg.Entity, len(ids))}
		for i, id := range ids {
			e, ok := byID[id]
			if !ok {
				return nil, fmt.Errorf("neo4jstore: path node %s was not returned", id)
			}
			p.Nodes[i] = e
		}
		for i, r := range relations {
			p.Hops = append(p.Hops, kg.Hop{Relation: r, Forward: r.From == ids[i]})
		}
		strength, _ := m["strength"].(int64)
		p.Strength = kg.MaturityOfRank(int(strength))
		paths = append(paths, p)
	}
	return paths, nil
}

// pathwaysQuery assembles the pathways statement for one shape of question and lists the
// (level, group) steps of its search, from the strongest rank down to minRank (see
// queries/pathways.cypher). Only names from kg's allow-list and validated integers are
// written into the statement.
func pathwaysQuery(maxHops, minRank int, rels []kg.RelationKind, directed bool) (string, []map[string]any, error) {
	if len(rels) == 0 {
		return "", nil, kg.Errorf(kg.EINVALID, "at least one relationship kind is needed")
	}
	types := make([]string, 0, len(rels))
	for _, r := range rels {
		if !r.IsValid() {
			return "", nil, kg.Errorf(kg.EINVALID, "unknown relationship kind %q", r)
		}
		types = append(types, string(r))
	}
	if maxHops < 1 || maxHops > 5 {
		return "", nil, kg.Errorf(kg.EINVALID, "maxHops must be between 1 and 5")
	}
	arrow := ""
	if directed {
		arrow = ">"
	}
	group := strings.NewReplacer("{{TYPES}}", strings.Join(types, "|"), "{{ARROW}}", arrow, "{{HOPS}}", strconv.Itoa(maxHops)).
		Replace(query("pathways_group"))
	var groups strings.Builder
	for g := 1; g <= maxHops; g++ {
		groups.WriteString(strings.ReplaceAll(group, "{{GROUP}}", strconv.Itoa(g)))
	}
	strongest := kg.MaturityEstablished.Rank()
	var steps []map[string]any
	for level := strongest; level >= max(0, min(minRank, strongest)); level-- {
		for g := 1; g <= maxHops; g++ {
			steps = append(steps, map[string]any{"level": level, "group": g})
		}
	}
	return strings.ReplaceAll(query("pathways"), "{{GROUPS}}", groups.String()), steps, nil
}

// Bounds on the work of one neighbourhood, whatever the degree of the nodes it meets: the
// relationships read from one node, and in one step of depth; and how many busy nodes (more
// relationships than neighbourScanPerNode) have the relationships among them looked up.
const (
	neighbourScanPerNode = 500
	neighbourScanPerStep = 3000
	neighbourBusyPairs   = 8
)

// Neighbourhood returns the entities within depth hops of id (breadth first, at most limit
// besides the centre, each level by name) and the relationships among them. The work is
// bounded: a node with very many relationships is sampled rather than read in full, and the
// subgraph then says it is truncated, as it does when more entities than limit were found.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int, kinds []kg.Kind, limit int) (kg.Subgraph, error) {
	if depth < 1 || depth > 3 {
		return kg.Subgraph{}, kg.Errorf(kg.EINVALID, "depth must be between 1 and 3")
	}
	if limit < 1 {
		return kg.Subgraph{}, kg.Errorf(kg.EINVALID, "limit must be at least 1")
	}
	cypher := query("neighbourhood_head") + strings.Repeat(query("neighbourhood_step"), depth) + query("neighbourhood_tail")
	recs, err := s.read(ctx, cypher, map[string]any{"id": id, "kinds": kindParam(kinds), "limit": limit,
		"scanPerNode": neighbourScanPerNode, "scanPerStep": neighbourScanPerStep, "busyPairs": neighbourBusyPairs})
	if err != nil {
		return kg.Subgraph{}, err
	}
	if len(recs) == 0 {
		return kg.Subgraph{}, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	rec := recs[0]
	centerV, _ := rec.Get("c")
	keptV, _ := rec.Get("kept")
	truncV, _ := rec.Get("truncated")
	relsV, _ := rec.Get("rels")
	center, err := entityFromMap(centerV)
	if err != nil {
		return kg.Subgraph{}, err
	}
	kept := asList(keptV)
	nodes := make([]kg.Entity, 0, len(kept))
	for _, v := range kept {
		e, err := entityFromMap(v)
		if err != nil {
			return kg.Subgraph{}, err
		}
		nodes = append(nodes, e)
	}
	edges, err := relationsFrom(relsV)
	if err != nil {
		return kg.Subgraph{}, err
	}
	truncated, _ := truncV.(bool)
	return kg.Subgraph{Center: center, Nodes: nodes, Edges: edges, Truncated: truncated}, nil
}
