// Package memstore is an in-memory kg.Store over a kg.Graph, for tests that need no Neo4j:
// it answers query plans the way the Neo4j store's compiled statements do (same rows, same
// order), and counts every call, so resolvers, pagination, cursors and the one-statement-per-
// root-field guarantee can be checked in unit tests. Tests against the real Neo4j compare the
// two on the seed, which keeps them honest.
package memstore

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"gutskin/kg"
)

// Store is an in-memory knowledge graph.
type Store struct {
	nodes map[string]kg.Row
	out   map[string][]edge
	in    map[string][]edge
	order []string // node ids in load order

	mu    sync.Mutex
	calls map[string]int
}

type edge struct {
	kind     kg.RelationKind
	from, to string
	props    map[string]any
}

var _ kg.Store = (*Store)(nil)

// New loads a graph; values take the types the Neo4j driver returns (int64, []any, …).
func New(g kg.Graph) *Store {
	s := &Store{nodes: map[string]kg.Row{}, out: map[string][]edge{}, in: map[string][]edge{}, calls: map[string]int{}}
	for _, n := range g.Nodes {
		row := kg.Row{}
		for k, v := range n.Props {
			row[k] = driverValue(v)
		}
		s.nodes[n.ID] = row
		s.order = append(s.order, n.ID)
	}
	for _, r := range g.Relations {
		props := map[string]any{}
		for k, v := range r.Props {
			props[k] = driverValue(v)
		}
		e := edge{kind: r.Kind, from: r.From, to: r.To, props: props}
		s.out[r.From] = append(s.out[r.From], e)
		s.in[r.To] = append(s.in[r.To], e)
	}
	return s
}

// Calls returns how many times each method was called since the last Reset.
func (s *Store) Calls() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.calls))
	for k, v := range s.calls {
		out[k] = v
	}
	return out
}

// TotalCalls is the number of calls of every method since the last Reset: the round trips a
// Neo4j store would have made.
func (s *Store) TotalCalls() int {
	n := 0
	for _, v := range s.Calls() {
		n += v
	}
	return n
}

// Reset forgets the calls counted so far.
func (s *Store) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = map[string]int{}
}

func (s *Store) called(ctx context.Context, method string) error {
	s.mu.Lock()
	s.calls[method]++
	s.mu.Unlock()
	return ctx.Err()
}

// Fetch implements kg.Reader.
func (s *Store) Fetch(ctx context.Context, ids []string, sel *kg.Selection) ([]kg.Row, error) {
	if err := s.called(ctx, "Fetch"); err != nil {
		return nil, err
	}
	out := make([]kg.Row, len(ids))
	for i, id := range ids {
		if _, ok := s.nodes[id]; ok {
			out[i] = s.project(id, sel)
		}
	}
	return out, nil
}

// FetchByDOI implements kg.Reader.
func (s *Store) FetchByDOI(ctx context.Context, doi string, sel *kg.Selection) (kg.Row, error) {
	if err := s.called(ctx, "FetchByDOI"); err != nil {
		return nil, err
	}
	want := strings.ToLower(strings.TrimSpace(doi))
	for _, id := range s.order {
		if n := s.nodes[id]; n["kind"] == string(kg.KindStudy) && n["doiLower"] == want {
			return s.project(id, sel), nil
		}
	}
	return nil, kg.Errorf(kg.ENOTFOUND, "no study has the DOI %q", doi)
}

// FetchMerged implements kg.Reader.
func (s *Store) FetchMerged(ctx context.Context, id string, sel *kg.Selection) (kg.Row, error) {
	if err := s.called(ctx, "FetchMerged"); err != nil {
		return nil, err
	}
	for _, cur := range s.order {
		if n := s.nodes[cur]; n["kind"] == string(kg.KindClaim) && containsValue(n["formerIds"], id) {
			return s.project(cur, sel), nil
		}
	}
	return nil, nil
}

// FetchByXref implements kg.Reader.
func (s *Store) FetchByXref(ctx context.Context, curie string, exactOnly bool, sel *kg.Selection) ([]kg.Row, error) {
	if err := s.called(ctx, "FetchByXref"); err != nil {
		return nil, err
	}
	key := kg.XrefKey(curie)
	var exact, other []string
	for _, id := range s.order {
		n := s.nodes[id]
		switch {
		case containsValue(n["xrefExactKeys"], key):
			exact = append(exact, id)
		case !exactOnly && containsValue(n["xrefKeys"], key):
			other = append(other, id)
		}
	}
	out := []kg.Row{}
	for _, group := range [][]string{exact, other} {
		sort.SliceStable(group, func(i, j int) bool { return s.byName(group[i], group[j]) })
		for _, id := range group {
			out = append(out, s.project(id, sel))
		}
	}
	return out, nil
}

// byName orders entities by sort name, then id, as the Neo4j statements do.
func (s *Store) byName(a, b string) bool {
	if c := compare(s.nodes[a]["sortName"], s.nodes[b]["sortName"]); c != 0 {
		return c < 0
	}
	return a < b
}

// containsValue reports whether a stored list holds v.
func containsValue(list any, v string) bool {
	items, _ := list.([]any)
	for _, x := range items {
		if x == v {
			return true
		}
	}
	return false
}

// Page implements kg.Reader.
func (s *Store) Page(ctx context.Context, q kg.ListQuery, sel *kg.Selection, withTotal bool) (kg.RowPage, error) {
	if err := s.called(ctx, "Page"); err != nil {
		return kg.RowPage{}, err
	}
	sortField := q.SortField
	if sortField == "" {
		sortField = "sortName"
	}
	var ids []string
	for _, id := range s.order {
		if s.nodes[id]["kind"] == string(q.Kind) && s.nodes[id][sortField] != nil && s.matches(id, q.Filters) {
			ids = append(ids, id)
		}
	}
	page := kg.RowPage{Total: -1}
	if withTotal {
		// A filtered list is counted up to kg.ListCountLimit, as the Neo4j store counts it.
		page.Total, page.TotalExact = len(ids), true
		if len(q.Filters) > 0 && len(ids) > kg.ListCountLimit {
			page.Total, page.TotalExact = kg.ListCountLimit, false
		}
	}
	backward := q.Page.Last > 0 || q.Page.Before != nil
	desc := q.Descending != backward
	sort.SliceStable(ids, func(i, j int) bool {
		c := compare(s.nodes[ids[i]][sortField], s.nodes[ids[j]][sortField])
		if c == 0 {
			if backward {
				return ids[i] > ids[j]
			}
			return ids[i] < ids[j]
		}
		return (c < 0) != desc
	})
	cursor, limit := q.Page.After, q.Page.First
	if backward {
		cursor, limit = q.Page.Before, q.Page.Last
	}
	var rows []kg.Row
	var cursors []kg.Cursor
	for _, id := range ids {
		key := s.nodes[id][sortField]
		if cursor != nil && !pastCursor(key, id, cursor, desc, backward) {
			continue
		}
		if len(rows) == limit+1 {
			break
		}
		rows = append(rows, s.project(id, sel))
		cursors = append(cursors, kg.Cursor{Key: key, ID: id})
	}
	more := len(rows) > limit
	if more {
		rows, cursors = rows[:limit], cursors[:limit]
	}
	if backward {
		reverse(rows)
		reverse(cursors)
		page.Info = kg.PageInfo{HasPrevious: more, HasNext: q.Page.Before != nil}
	} else {
		page.Info = kg.PageInfo{HasNext: more, HasPrevious: q.Page.After != nil}
	}
	page.Rows, page.Cursors = rows, cursors
	return page, nil
}

// pastCursor reports whether a row sorts after the cursor in the walking direction.
func pastCursor(key any, id string, c *kg.Cursor, desc, backward bool) bool {
	cmp := compare(key, c.Key)
	if desc {
		cmp = -cmp
	}
	if cmp != 0 {
		return cmp > 0
	}
	if backward {
		return id < c.ID
	}
	return id > c.ID
}

func (s *Store) matches(id string, filters []kg.Filter) bool {
	n := s.nodes[id]
	for _, f := range filters {
		v := driverValue(f.Value)
		switch f.Op {
		case kg.FilterEquals:
			if compare(n[f.Prop], v) != 0 || n[f.Prop] == nil {
				return false
			}
		case kg.FilterIn:
			found := false
			for _, x := range v.([]any) {
				if n[f.Prop] != nil && compare(n[f.Prop], x) == 0 {
					found = true
				}
			}
			if !found {
				return false
			}
		case kg.FilterAtLeast:
			if n[f.Prop] == nil || compare(n[f.Prop], v) < 0 {
				return false
			}
		case kg.FilterAtMost:
			if n[f.Prop] == nil || compare(n[f.Prop], v) > 0 {
				return false
			}
		case kg.FilterLinkedFrom, kg.FilterLinksTo:
			found := false
			edges, other := s.out[id], func(e edge) string { return e.to }
			if f.Op == kg.FilterLinkedFrom {
				edges, other = s.in[id], func(e edge) string { return e.from }
			}
			for _, e := range edges {
				if string(e.kind) == f.Prop && other(e) == v {
					found = true
				}
			}
			if !found {
				return false
			}
		case kg.FilterReaches:
			if !s.reaches(id, f, v) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// reaches tells whether one of a filter's paths leads from the entity to one that is the
// target or rolls up to it.
func (s *Store) reaches(id string, f kg.Filter, target any) bool {
	for _, path := range f.Paths {
		ends := map[string]bool{id: true}
		for _, st := range path {
			next := map[string]bool{}
			for at := range ends {
				edges, other := s.out[at], func(e edge) string { return e.to }
				if st.Incoming {
					edges, other = s.in[at], func(e edge) string { return e.from }
				}
				for _, e := range edges {
					if e.kind == st.Rel {
						next[other(e)] = true
					}
				}
			}
			ends = next
		}
		for hop := 0; hop <= kg.MaxRollUp && len(ends) > 0; hop++ {
			next := map[string]bool{}
			for at := range ends {
				if at == target {
					return true
				}
				for _, e := range s.out[at] {
					for _, up := range f.Up {
						if e.kind == up {
							next[e.to] = true
						}
					}
				}
			}
			ends = next
		}
	}
	return false
}

// Provenance implements kg.Reader.
func (s *Store) Provenance(ctx context.Context, refs []kg.ProvenanceRef, source, studies *kg.Selection) ([]kg.ProvenanceAnswer, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	if err := s.called(ctx, "Provenance"); err != nil {
		return nil, err
	}
	out := make([]kg.ProvenanceAnswer, len(refs))
	for i, r := range refs {
		if n, ok := s.nodes[r.Source]; !ok || n["kind"] != string(kg.KindSource) {
			continue
		}
		out[i].Source = s.project(r.Source, source)
		for _, num := range r.Citations {
			for _, e := range s.out[r.Source] {
				if e.kind == kg.RelCites && e.props["number"] == int64(num) {
					out[i].Cited = append(out[i].Cited, s.project(e.to, studies))
				}
			}
		}
	}
	return out, nil
}

// project builds an entity's row for a selection, as the Neo4j store's map projection does:
// absent properties are present as nil.
func (s *Store) project(id string, sel *kg.Selection) kg.Row {
	n := s.nodes[id]
	row := kg.Row{"id": n["id"], "kind": n["kind"]}
	if sel == nil {
		return row
	}
	for _, p := range sel.Props {
		row[p] = n[p]
	}
	for _, l := range sel.Links {
		if len(l.OnKinds) > 0 && !onKind(l.OnKinds, n["kind"]) {
			if _, set := row[l.Key]; !set {
				row[l.Key] = nil
			}
			continue
		}
		row[l.Key] = s.link(id, l)
	}
	return row
}

func onKind(kinds []kg.Kind, kind any) bool {
	for _, k := range kinds {
		if string(k) == kind {
			return true
		}
	}
	return false
}

func (s *Store) link(id string, l kg.LinkSelection) any {
	list := s.linkAll(id, l)
	if rows, ok := list.([]any); ok && l.Limit > 0 && len(rows) > l.Limit {
		return rows[:l.Limit]
	}
	return list
}

func (s *Store) linkAll(id string, l kg.LinkSelection) any {
	switch l.Link.Shape {
	case kg.LinkRef:
		ref, _ := s.nodes[id][l.Link.RefProp].(string)
		if _, ok := s.nodes[ref]; !ok {
			return nil
		}
		return s.project(ref, l.Far)
	case kg.LinkEntities:
		list := []any{}
		for _, e := range s.linked(id, l.Link) {
			list = append(list, s.project(far(e, l.Link.Incoming), l.Far))
		}
		return list
	case kg.LinkEdges:
		list := []any{}
		for _, e := range s.linked(id, l.Link) {
			row := map[string]any{"type": string(e.kind)}
			for _, p := range l.EdgeProps {
				row[p] = e.props[p]
			}
			if l.From != nil {
				row["from"] = s.project(e.from, l.From)
			}
			if l.To != nil {
				row["to"] = s.project(e.to, l.To)
			}
			if l.Studies != nil {
				studies := []any{}
				ids, _ := e.props["studyIds"].([]any)
				for _, sid := range ids {
					if _, ok := s.nodes[sid.(string)]; ok {
						studies = append(studies, s.project(sid.(string), l.Studies))
					}
				}
				row["studies"] = studies
			}
			list = append(list, row)
		}
		return list
	case kg.LinkSummary:
		list := []any{}
		for _, e := range s.linked(id, l.Link) {
			list = append(list, map[string]any{"stance": e.props["stance"], "design": s.nodes[e.to]["design"]})
		}
		return list
	}
	panic(fmt.Sprintf("memstore: unknown link shape %d", l.Link.Shape))
}

func far(e edge, incoming bool) string {
	if incoming {
		return e.from
	}
	return e.to
}

// linked returns an entity's relationships for a link, in the order the Neo4j store gives:
// by the link's relationship types in order, then citation number, far name and far id.
func (s *Store) linked(id string, l kg.FieldLink) []edge {
	edges := s.out[id]
	if l.Incoming {
		edges = s.in[id]
	}
	rank := map[kg.RelationKind]int{}
	for i, k := range l.Rels {
		rank[k] = i + 1
	}
	var out []edge
	for _, e := range edges {
		if rank[e.kind] > 0 {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if rank[a.kind] != rank[b.kind] {
			return rank[a.kind] < rank[b.kind]
		}
		if c := compare(orZero(a.props["number"]), orZero(b.props["number"])); c != 0 {
			return c < 0
		}
		fa, fb := s.nodes[far(a, l.Incoming)], s.nodes[far(b, l.Incoming)]
		if c := compare(fa["sortName"], fb["sortName"]); c != 0 {
			return c < 0
		}
		return compare(fa["id"], fb["id"]) < 0
	})
	return out
}

func orZero(v any) any {
	if v == nil {
		return int64(0)
	}
	return v
}

// compare orders two property values of the same type; nil sorts last, as Neo4j does.
func compare(a, b any) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	switch x := a.(type) {
	case string:
		y, _ := b.(string)
		return strings.Compare(x, y)
	case int64:
		switch y := b.(type) {
		case int64:
			return cmpNum(float64(x), float64(y))
		case float64:
			return cmpNum(float64(x), y)
		}
	case float64:
		switch y := b.(type) {
		case int64:
			return cmpNum(x, float64(y))
		case float64:
			return cmpNum(x, y)
		}
	case bool:
		y, _ := b.(bool)
		switch {
		case x == y:
			return 0
		case !x:
			return -1
		}
		return 1
	}
	return strings.Compare(fmt.Sprint(a), fmt.Sprint(b))
}

func cmpNum(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// driverValue converts a Go value to the type the Neo4j driver would return for it.
func driverValue(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int32:
		return int64(x)
	case float32:
		return float64(x)
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	case []int:
		out := make([]any, len(x))
		for i, n := range x {
			out[i] = int64(n)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = driverValue(e)
		}
		return out
	}
	return v
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
