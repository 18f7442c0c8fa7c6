package memstore

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gutskin/kg"
)

// The searches and walks below are simple and exhaustive: right on small graphs, which is
// all a fake needs. Their ranking is not the Neo4j store's; tests that compare the two stick
// to query plans.

// Search reads the text as the Neo4j store does (kg.ParseSearch: content words, citation
// numbers, DOIs) and matches every content word, by the prefix of its stem or through a
// synonym, against the words of the label, names or text, scoring label matches highest; a
// DOI or citation number asked for outweighs all.
func (s *Store) Search(ctx context.Context, text string, kinds []kg.Kind, first int, after *kg.Cursor, withTotal bool, sel *kg.Selection) (kg.SearchResult, error) {
	if err := s.called(ctx, "Search"); err != nil {
		return kg.SearchResult{}, err
	}
	q, err := kg.ParseSearch(text)
	if err != nil {
		return kg.SearchResult{}, err
	}
	hits := s.search(q, kinds)
	var out []kg.SearchHit
	for i, h := range hits {
		h.Pos = i + 1
		if after != nil {
			score, _ := after.Key.(float64)
			if h.Score > score || (h.Score == score && h.Entity.ID <= after.ID) {
				continue
			}
		}
		out = append(out, h)
	}
	more := len(out) > first
	if more {
		out = out[:first]
	}
	hitSel := kg.SearchHitSelection(sel)
	for i, h := range out {
		out[i].Entity.Props = s.project(h.Entity.ID, hitSel)
	}
	res := kg.SearchResult{Hits: out, More: more, Total: -1}
	if withTotal {
		res.Total, res.TotalExact = min(len(hits), kg.SearchCountLimit), len(hits) < kg.SearchCountLimit
	}
	return res, nil
}

func (s *Store) search(q kg.SearchQuery, kinds []kg.Kind) []kg.SearchHit {
	var hits []kg.SearchHit
	for _, id := range s.order {
		n := s.nodes[id]
		if len(kinds) > 0 && !onKind(kinds, n["kind"]) {
			continue
		}
		score := 0.0
		for _, t := range q.Terms {
			forms := append([]string{kg.SearchStem(t)}, kg.SearchSynonyms(t)...)
			for weight, field := range map[float64]string{3: "label", 2: "searchNames", 1: "searchText"} {
				if slices.ContainsFunc(forms, func(f string) bool { return hasPrefixWords(n[field], f) }) {
					score += weight
				}
			}
		}
		matched, _ := n["label"].(string)
		if doi, _ := n["doi"].(string); doi != "" && slices.Contains(q.DOIs, strings.ToLower(doi)) {
			score, matched = score+100, doi
		}
		refs, _ := n["searchRefs"].(string)
		for _, c := range q.Citations {
			if slices.Contains(strings.Fields(refs), kg.CitationToken(c)) {
				score, matched = score+100, "cited as "+strconv.Itoa(c)
			}
		}
		if score > 0 {
			hits = append(hits, kg.SearchHit{Entity: s.entity(id), Score: score, Matched: matched})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Entity.ID < hits[j].Entity.ID
	})
	return hits
}

// hasPrefixWords reports whether the words of phrase start, in a row, words of the text.
func hasPrefixWords(v any, phrase string) bool {
	text, _ := v.(string)
	words, want := kg.SearchWords(text), kg.SearchWords(phrase)
	for i := 0; i+len(want) <= len(words); i++ {
		ok := len(want) > 0
		for j, w := range want {
			ok = ok && strings.HasPrefix(words[i+j], w)
		}
		if ok {
			return true
		}
	}
	return false
}

// Pathways enumerates simple paths depth first, strongest weakest hop first, then shortest.
func (s *Store) Pathways(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	from, to, maxHops, minMaturity, rels, directed, first := q.From, q.To, q.MaxHops, q.MinMaturity, q.Rels, q.Directed, q.First
	if err := s.called(ctx, "Pathways"); err != nil {
		return nil, err
	}
	for _, id := range []string{from, to} {
		if _, ok := s.nodes[id]; !ok {
			return nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
		}
	}
	allowed := map[kg.RelationKind]bool{}
	for _, r := range rels {
		allowed[r] = true
	}
	var paths []kg.Path
	var walk func(at string, visited map[string]bool, nodes []string, hops []kg.Hop)
	walk = func(at string, visited map[string]bool, nodes []string, hops []kg.Hop) {
		if at == to && len(hops) > 0 {
			paths = append(paths, s.path(nodes, hops))
			return
		}
		if len(hops) == maxHops {
			return
		}
		step := func(e edge, next string, forward bool) {
			if !allowed[e.kind] || visited[next] || kg.Maturity(str(e.props["maturity"])).Rank() < minMaturity.Rank() {
				return
			}
			visited[next] = true
			walk(next, visited, append(nodes, next), append(hops, s.hop(e, forward, q.Evidence)))
			delete(visited, next)
		}
		for _, e := range s.out[at] {
			step(e, e.to, true)
		}
		if !directed {
			for _, e := range s.in[at] {
				step(e, e.from, false)
			}
		}
	}
	walk(from, map[string]bool{from: true}, []string{from}, nil)
	sort.SliceStable(paths, func(i, j int) bool {
		a, b := paths[i], paths[j]
		if a.Strength.Rank() != b.Strength.Rank() {
			return a.Strength.Rank() > b.Strength.Rank()
		}
		return len(a.Hops) < len(b.Hops)
	})
	if len(paths) > first {
		paths = paths[:first]
	}
	return paths, nil
}

// hop is one step along e, with evidence: the claims about both of its ends (fewest
// subjects first, then strongest, then by id) and their stances on e's studies.
func (s *Store) hop(e edge, forward, evidence bool) kg.Hop {
	h := kg.Hop{Relation: relation(e), Forward: forward, Claims: []string{}, Stances: []kg.HopStance{}}
	if !evidence {
		return h
	}
	about := func(claim, id string) bool {
		for _, a := range s.out[claim] {
			if a.kind == kg.RelAbout && a.to == id {
				return true
			}
		}
		return false
	}
	subjects := map[string]int{}
	for _, a := range s.in[e.from] {
		if a.kind == kg.RelAbout && about(a.from, e.to) && subjects[a.from] == 0 {
			for _, b := range s.out[a.from] {
				if b.kind == kg.RelAbout {
					subjects[a.from]++
				}
			}
			h.Claims = append(h.Claims, a.from)
		}
	}
	sort.SliceStable(h.Claims, func(i, j int) bool {
		a, b := h.Claims[i], h.Claims[j]
		if subjects[a] != subjects[b] {
			return subjects[a] < subjects[b]
		}
		if ra, rb := kg.Maturity(str(s.nodes[a]["maturity"])).Rank(), kg.Maturity(str(s.nodes[b]["maturity"])).Rank(); ra != rb {
			return ra > rb
		}
		return a < b
	})
	for _, study := range h.Relation.Studies {
		for _, c := range h.Claims {
			for _, ev := range s.out[c] {
				if ev.kind == kg.RelHasEvidence && ev.to == study {
					h.Stances = append(h.Stances, kg.HopStance{Study: study, Claim: c, Stance: kg.Stance(str(ev.props["stance"]))})
				}
			}
		}
	}
	return h
}

func (s *Store) path(ids []string, hops []kg.Hop) kg.Path {
	p := kg.Path{Hops: append([]kg.Hop(nil), hops...)}
	weakest := 5
	for _, id := range ids {
		p.Nodes = append(p.Nodes, s.entity(id))
	}
	for _, h := range hops {
		weakest = min(weakest, h.Relation.Maturity.Rank())
	}
	p.Strength = kg.MaturityOfRank(weakest)
	return p
}

// Neighbourhood gathers entities breadth first, nearer ones first, then by label.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int, kinds []kg.Kind, limit int) (kg.Subgraph, error) {
	if err := s.called(ctx, "Neighbourhood"); err != nil {
		return kg.Subgraph{}, err
	}
	if _, ok := s.nodes[id]; !ok {
		return kg.Subgraph{}, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	sg := kg.Subgraph{Center: s.entity(id)}
	kept := map[string]bool{id: true}
	frontier := []string{id}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, at := range frontier {
			for _, e := range append(append([]edge(nil), s.out[at]...), s.in[at]...) {
				other := e.to
				if other == at {
					other = e.from
				}
				if kept[other] || (len(kinds) > 0 && !onKind(kinds, s.nodes[other]["kind"])) || containsID(next, other) {
					continue
				}
				next = append(next, other)
			}
		}
		sort.SliceStable(next, func(i, j int) bool { return compare(s.nodes[next[i]]["sortName"], s.nodes[next[j]]["sortName"]) < 0 })
		for _, n := range next {
			if len(sg.Nodes) == limit {
				sg.Truncated = true
				break
			}
			kept[n] = true
			sg.Nodes = append(sg.Nodes, s.entity(n))
		}
		frontier = next
	}
	for from := range kept {
		for _, e := range s.out[from] {
			if kept[e.to] {
				sg.Edges = append(sg.Edges, relation(e))
			}
		}
	}
	sort.SliceStable(sg.Edges, func(i, j int) bool {
		a, b := sg.Edges[i], sg.Edges[j]
		return a.From+a.To+string(a.Kind) < b.From+b.To+string(b.Kind)
	})
	return sg, nil
}

func containsID(list []string, id string) bool {
	for _, x := range list {
		if x == id {
			return true
		}
	}
	return false
}

// Stats counts entities by kind and relationships by type, sorted by name.
func (s *Store) Stats(ctx context.Context) (nodes, relations []kg.Count, err error) {
	if err := s.called(ctx, "Stats"); err != nil {
		return nil, nil, err
	}
	byKind, byType := map[string]int{}, map[string]int{}
	for _, n := range s.nodes {
		byKind[str(n["kind"])]++
	}
	for _, edges := range s.out {
		for _, e := range edges {
			byType[string(e.kind)]++
		}
	}
	return counts(byKind), counts(byType), nil
}

func counts(m map[string]int) []kg.Count {
	out := make([]kg.Count, 0, len(m))
	for k, v := range m {
		out = append(out, kg.Count{Kind: k, Count: v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out
}

// Ping always answers.
func (s *Store) Ping(ctx context.Context) error { return s.called(ctx, "Ping") }

// entity is a whole stored entity, as the store methods that return kg.Entity give it.
func (s *Store) entity(id string) kg.Entity {
	n := make(kg.Row, len(s.nodes[id]))
	for k, v := range s.nodes[id] {
		n[k] = v
	}
	var prov []kg.Provenance
	_ = json.Unmarshal([]byte(str(n["provenance"])), &prov)
	return kg.Entity{ID: id, Kind: kg.Kind(str(n["kind"])), Props: n, Provenance: prov}
}

func relation(e edge) kg.Relation {
	r := kg.Relation{Kind: e.kind, From: e.from, To: e.to, Effect: str(e.props["effect"]), Maturity: kg.Maturity(str(e.props["maturity"])),
		Stance: str(e.props["stance"]), Note: str(e.props["note"]), LeftOut: str(e.props["leftOut"])}
	if n, ok := e.props["number"].(int64); ok {
		r.Number = int(n)
	}
	ids, _ := e.props["studyIds"].([]any)
	for _, id := range ids {
		r.Studies = append(r.Studies, str(id))
	}
	_ = json.Unmarshal([]byte(str(e.props["provenance"])), &r.Provenance)
	return r
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
