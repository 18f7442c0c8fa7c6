package graph

import (
	"context"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/graph/model"
	"gutskin/kg"
)

// rootPlan is the plan of the root field being resolved: its selection set and a planner
// over the request's operation.
type rootPlan struct {
	*planner
	sels ast.SelectionSet
}

func planRoot(ctx context.Context) rootPlan {
	p := rootPlan{planner: newPlanner(graphql.GetOperationContext(ctx))}
	if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Field.Field != nil {
		p.sels = fc.Field.Selections
	}
	return p
}

// of plans the entities reached from the root field by a path of field names.
func (p rootPlan) of(kinds []kg.Kind, paths ...[]string) *kg.Selection {
	var sets []ast.SelectionSet
	for _, path := range paths {
		if s := p.fieldSelections(p.sels, path...); s != nil {
			sets = append(sets, s)
		}
	}
	return p.entities(concat(sets), kinds)
}

// fetchOne fetches one entity by id, of a wanted kind when given, projected by sel.
func (r *Resolver) fetchOne(ctx context.Context, p rootPlan, id string, sel *kg.Selection, want ...kg.Kind) (model.Entity, error) {
	rows, err := r.Store.Fetch(ctx, []string{id}, sel)
	if err != nil {
		return nil, err
	}
	if rows[0] == nil && strings.HasPrefix(id, kg.KindClaim.Prefix()) {
		// A claim merged into another answers by its old id with the claim it became.
		if rows[0], err = r.Store.FetchMerged(ctx, id, sel); err != nil {
			return nil, err
		}
	}
	if rows[0] == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	if len(want) > 0 && kg.Kind(rowStr(rows[0], "kind")) != want[0] {
		return nil, kg.Errorf(kg.ENOTFOUND, "nothing of that kind has the id %q", id)
	}
	if err := r.resolveProvenance(ctx, p.planner, rows); err != nil {
		return nil, err
	}
	return model.Wrap(rows[0]), nil
}

// entityOf loads one entity of a wanted kind by id for a root field.
func entityOf[T any](ctx context.Context, r *Resolver, id string, kind kg.Kind) (*T, error) {
	if err := idOf("id", id, kind); err != nil {
		return nil, err
	}
	p := planRoot(ctx)
	e, err := r.fetchOne(ctx, p, id, p.entities(p.sels, []kg.Kind{kind}), kind)
	if err != nil {
		return nil, err
	}
	t := e.(T)
	return &t, nil
}

// rowsOf turns entities a store method returned whole into rows for sel: directly when sel
// follows no links, otherwise by fetching them projected in one more statement.
func (r *Resolver) rowsOf(ctx context.Context, entities []kg.Entity, sel *kg.Selection) (map[string]kg.Row, error) {
	out := make(map[string]kg.Row, len(entities))
	if len(sel.Links) == 0 {
		for _, e := range entities {
			out[e.ID] = e.Props
		}
		return out, nil
	}
	return r.fetchByID(ctx, idsOf(entities), sel)
}

// fetchByID fetches entities projected by sel, each id once, as a map by id (unknown ids
// are absent).
func (r *Resolver) fetchByID(ctx context.Context, ids []string, sel *kg.Selection) (map[string]kg.Row, error) {
	unique := make([]string, 0, len(ids))
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			unique = append(unique, id)
		}
	}
	rows, err := r.Store.Fetch(ctx, unique, sel)
	if err != nil {
		return nil, err
	}
	out := make(map[string]kg.Row, len(unique))
	for i, id := range unique {
		if rows[i] != nil {
			out[id] = rows[i]
		}
	}
	return out, nil
}

func idsOf(entities []kg.Entity) []string {
	ids := make([]string, len(entities))
	for i, e := range entities {
		ids[i] = e.ID
	}
	return ids
}

// relationRow turns a relationship a store method returned into an edge row.
func relationRow(rel kg.Relation, rows map[string]kg.Row) kg.Row {
	studies := make([]any, 0, len(rel.Studies))
	for _, id := range rel.Studies {
		if row, ok := rows[id]; ok {
			studies = append(studies, row)
		}
	}
	row := kg.Row{"type": string(rel.Kind), "maturity": string(rel.Maturity), "provenance": rel.Provenance,
		"from": rows[rel.From], "to": rows[rel.To], "studies": studies}
	if rel.Effect != "" {
		row["effect"] = rel.Effect
	}
	if rel.Note != "" {
		row["note"] = rel.Note
	}
	if rel.LeftOut != "" {
		row["leftOut"] = rel.LeftOut
	}
	return row
}

// resolveProvenance answers the provenance sources and cited studies a plan asked for, for
// every provenance in rows, in one statement per level of nesting.
func (r *Resolver) resolveProvenance(ctx context.Context, p *planner, rows ...any) error {
	for depth := 0; p.needsProvenance() && depth < 4; depth++ {
		next := newPlanner(p.oc)
		source := next.entities(p.provSources, []kg.Kind{kg.KindSource})
		studies := next.entities(p.provStudies, []kg.Kind{kg.KindStudy})
		type holder struct {
			row        kg.Row
			start, end int
		}
		var holders []holder
		var refs []kg.ProvenanceRef
		var walkErr error
		walk(rows, func(m map[string]any) {
			if _, ok := m["provenance"]; !ok || walkErr != nil {
				return
			}
			prov, err := model.ProvenanceOf(m)
			if err != nil {
				walkErr = err
				return
			}
			h := holder{row: m, start: len(refs)}
			for _, e := range prov {
				refs = append(refs, kg.ProvenanceRef{Source: e.SourceID, Citations: e.Citations})
			}
			h.end = len(refs)
			holders = append(holders, h)
		})
		if walkErr != nil {
			return walkErr
		}
		answers, err := r.Store.Provenance(ctx, refs, source, studies)
		if err != nil {
			return err
		}
		var found []any
		for _, h := range holders {
			h.row[model.ResolvedProvenanceKey] = answers[h.start:h.end]
			for _, a := range answers[h.start:h.end] {
				if a.Source != nil {
					found = append(found, a.Source)
				}
				for _, c := range a.Cited {
					found = append(found, c)
				}
			}
		}
		p, rows = next, found
	}
	return nil
}

// walk calls f on every map reachable from v, depth first.
func walk(v any, f func(map[string]any)) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walk(e, f)
		}
	case []kg.Row:
		for _, e := range x {
			walk(e, f)
		}
	case map[string]any:
		if x == nil {
			return
		}
		f(x)
		for k, e := range x {
			if k == model.ResolvedProvenanceKey {
				continue
			}
			walk(e, f)
		}
	}
}

func rowStr(row kg.Row, key string) string {
	s, _ := row[key].(string)
	return s
}

func wrapRows[T any](rows []kg.Row) []T {
	out := make([]T, 0, len(rows))
	for _, row := range rows {
		if t, ok := model.Wrap(row).(T); ok {
			out = append(out, t)
		}
	}
	return out
}

// rowsWithStudies is rowsOf for entities plus the studies relationships list by id, which
// store methods return as ids only. When the studies' selection asks for nothing but ids,
// their rows are written here and no statement is needed for them.
func (r *Resolver) rowsWithStudies(ctx context.Context, entities []kg.Entity, studyIDs []string, sel, studySel *kg.Selection) (map[string]kg.Row, error) {
	if !idsOnly(studySel) {
		return r.fetchByID(ctx, append(idsOf(entities), studyIDs...), merge(sel, studySel))
	}
	out, err := r.rowsOf(ctx, entities, sel)
	if err != nil {
		return nil, err
	}
	for _, id := range studyIDs {
		if _, ok := out[id]; !ok {
			out[id] = kg.Row{"id": id, "kind": string(kg.KindStudy)}
		}
	}
	return out, nil
}

// entityRefs are entities of one kind a store method returned by id only (the studies a
// relationship lists, the claims asserting a hop), with the selection asked of them.
type entityRefs struct {
	kind kg.Kind
	ids  []string
	sel  *kg.Selection
}

// rowsWithRefs is rowsOf for entities plus entities named by id only. When nothing asked of
// the entities follows a link and nothing asked of the referenced ones goes beyond their
// ids, no statement is needed; otherwise all of them are fetched in one statement by all,
// the selection of every path through which the response reaches them.
func (r *Resolver) rowsWithRefs(ctx context.Context, entities []kg.Entity, sel, all *kg.Selection, refs []entityRefs) (map[string]kg.Row, error) {
	needFetch := len(sel.Links) > 0
	for _, ref := range refs {
		needFetch = needFetch || (len(ref.ids) > 0 && !idsOnly(ref.sel))
	}
	if needFetch {
		ids := idsOf(entities)
		for _, ref := range refs {
			ids = append(ids, ref.ids...)
		}
		return r.fetchByID(ctx, ids, all)
	}
	out := make(map[string]kg.Row, len(entities))
	for _, e := range entities {
		out[e.ID] = e.Props
	}
	for _, ref := range refs {
		for _, id := range ref.ids {
			if _, ok := out[id]; !ok {
				out[id] = kg.Row{"id": id, "kind": string(ref.kind)}
			}
		}
	}
	return out, nil
}

// idsOnly reports whether a selection needs nothing beyond an entity's id and kind.
func idsOnly(sel *kg.Selection) bool {
	return len(sel.Links) == 0 && propsWithin(sel, "id", "kind")
}

// namesEnough reports whether the rows rowsWithRefs makes of entities selected by sel need
// no more of each entity than its id, kind and label: the selection asks for no more, or it
// follows links, and rowsWithRefs then reads the entities again.
func namesEnough(sel *kg.Selection) bool {
	return len(sel.Links) > 0 || propsWithin(sel, "id", "kind", "label")
}

// propsWithin reports whether every property sel asks for is one of names.
func propsWithin(sel *kg.Selection, names ...string) bool {
	for _, p := range sel.Props {
		if !slices.Contains(names, p) {
			return false
		}
	}
	return true
}

// merge is the union of two selections of different entities fetched together: properties
// of both, and links of both (a key present in both keeps the first's).
func merge(a, b *kg.Selection) *kg.Selection {
	out := &kg.Selection{Props: append([]string(nil), a.Props...), Links: append([]kg.LinkSelection(nil), a.Links...)}
	seen := map[string]bool{}
	for _, p := range a.Props {
		seen[p] = true
	}
	for _, p := range b.Props {
		if !seen[p] {
			out.Props = append(out.Props, p)
		}
	}
	keys := map[string]bool{}
	for _, l := range a.Links {
		keys[l.Key] = true
	}
	for _, l := range b.Links {
		if !keys[l.Key] {
			out.Links = append(out.Links, l)
		}
	}
	return out
}

func mapValues(m map[string]kg.Row) []kg.Row {
	out := make([]kg.Row, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
