package neo4jstore

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"gutskin/kg"
)

// Search runs a ranked, typo-tolerant full-text search. It returns one page of hits and
// whether more follow.
func (s *Store) Search(ctx context.Context, text string, kinds []kg.Kind, first int, after *kg.Cursor) ([]kg.SearchHit, bool, error) {
	lucene, terms, err := luceneQuery(text)
	if err != nil {
		return nil, false, err
	}
	params := map[string]any{"lucene": lucene, "kinds": kindParam(kinds), "limit": first + 1, "afterScore": nil, "afterId": nil}
	if after != nil {
		score, ok := after.Key.(float64)
		if !ok {
			return nil, false, kg.Errorf(kg.EINVALID, "the cursor does not belong to a search")
		}
		params["afterScore"], params["afterId"] = score, after.ID
	}
	recs, err := s.read(ctx, query("search"), params)
	if err != nil {
		return nil, false, err
	}
	more := len(recs) > first
	if more {
		recs = recs[:first]
	}
	hits := make([]kg.SearchHit, 0, len(recs))
	for _, rec := range recs {
		nodeV, _ := rec.Get("node")
		scoreV, _ := rec.Get("score")
		e, err := entityFrom(nodeV)
		if err != nil {
			return nil, false, err
		}
		score, _ := scoreV.(float64)
		hits = append(hits, kg.SearchHit{Entity: e, Score: score, Matched: bestMatch(e, terms)})
	}
	return hits, more, nil
}

// SearchCount counts the entities a search matches.
func (s *Store) SearchCount(ctx context.Context, text string, kinds []kg.Kind) (int, error) {
	lucene, _, err := luceneQuery(text)
	if err != nil {
		return 0, err
	}
	recs, err := s.read(ctx, query("search_count"), map[string]any{"lucene": lucene, "kinds": kindParam(kinds)})
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	v, _ := recs[0].Get("total")
	n, _ := v.(int64)
	return int(n), nil
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

// Pathways returns simple paths between two entities, strongest first.
func (s *Store) Pathways(ctx context.Context, from, to string, maxHops int, minMaturity kg.Maturity, rels []kg.RelationKind, directed bool, first int) ([]kg.Path, error) {
	types := make([]string, 0, len(rels))
	for _, r := range rels {
		if !r.IsValid() {
			return nil, kg.Errorf(kg.EINVALID, "unknown relationship kind %q", r)
		}
		types = append(types, string(r))
	}
	if maxHops < 1 || maxHops > 5 {
		return nil, kg.Errorf(kg.EINVALID, "maxHops must be between 1 and 5")
	}
	arrow := ""
	if directed {
		arrow = ">"
	}
	pattern := fmt.Sprintf("-[rels:%s*1..%d]-%s", strings.Join(types, "|"), maxHops, arrow)
	cypher := strings.ReplaceAll(query("pathways"), "{{PATTERN}}", pattern)
	recs, err := s.read(ctx, cypher, map[string]any{"from": from, "to": to, "minRank": minMaturity.Rank(), "first": first})
	if err != nil {
		return nil, err
	}
	paths := make([]kg.Path, 0, len(recs))
	for _, rec := range recs {
		nodesV, _ := rec.Get("nodes")
		relsV, _ := rec.Get("rels")
		strengthV, _ := rec.Get("strength")
		nodes, err := entitiesFrom(nodesV)
		if err != nil {
			return nil, err
		}
		relations, err := relationsFrom(relsV)
		if err != nil {
			return nil, err
		}
		p := kg.Path{Nodes: nodes}
		for i, r := range relations {
			p.Hops = append(p.Hops, kg.Hop{Relation: r, Forward: r.From == nodes[i].ID})
		}
		strength, _ := strengthV.(int64)
		p.Strength = kg.MaturityOfRank(int(strength))
		paths = append(paths, p)
	}
	return paths, nil
}

// Neighbourhood returns the entities within depth hops of id (breadth first, at most limit
// besides the centre) and the relationships among them.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int, kinds []kg.Kind, limit int) (kg.Subgraph, error) {
	if depth < 1 || depth > 3 {
		return kg.Subgraph{}, kg.Errorf(kg.EINVALID, "depth must be between 1 and 3")
	}
	cypher := query("neighbourhood_head") + strings.Repeat(query("neighbourhood_step"), depth) + query("neighbourhood_tail")
	recs, err := s.read(ctx, cypher, map[string]any{"id": id, "kinds": kindParam(kinds), "limit": limit})
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
	center, err := entityFrom(centerV)
	if err != nil {
		return kg.Subgraph{}, err
	}
	nodes, err := entitiesFrom(keptV)
	if err != nil {
		return kg.Subgraph{}, err
	}
	edges, err := relationsFrom(relsV)
	if err != nil {
		return kg.Subgraph{}, err
	}
	truncated, _ := truncV.(bool)
	return kg.Subgraph{Center: center, Nodes: nodes, Edges: edges, Truncated: truncated}, nil
}
