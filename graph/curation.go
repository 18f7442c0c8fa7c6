package graph

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"

	"gutskin/graph/model"
	"gutskin/kg"
	"gutskin/seed"
)

// The mutations' logic: who may, the seed's own rules on the record as it would be, the
// store's write with its audit record, then the answer read back like any query.

// authorize returns who makes the request, if their role allows what needs role want.
func authorize(ctx context.Context, want kg.Role) (kg.Principal, error) {
	p, ok := kg.PrincipalFrom(ctx)
	if !ok {
		return p, kg.Errorf(kg.EUNAUTHENTICATED, "send a curator token as \"Authorization: Bearer <token>\" to change the graph")
	}
	if !p.Role.Allows(want) {
		return p, kg.Errorf(kg.EFORBIDDEN, "the token %q has the role %s; this needs %s", p.Name, p.Role, want)
	}
	return p, nil
}

// begin authorizes a mutation and builds what its audit record says besides its effect.
func (r *Resolver) begin(ctx context.Context, mutation string, want kg.Role, reason string, source *string) (kg.ChangeMeta, error) {
	p, err := authorize(ctx, want)
	if err != nil {
		return kg.ChangeMeta{}, err
	}
	if r.Curation == nil {
		return kg.ChangeMeta{}, kg.Errorf(kg.EUNAVAILABLE, "this service does not accept changes")
	}
	if strings.TrimSpace(reason) == "" {
		return kg.ChangeMeta{}, kg.FieldErrorf("input.reason", "missing: say why the change is made")
	}
	m := kg.ChangeMeta{Mutation: mutation, Curator: p.Name, Reason: strings.TrimSpace(reason)}
	if source != nil {
		m.Source = strings.TrimSpace(*source)
	}
	return m, nil
}

// beginSourced begins a curator's change that adds something, which must say where it
// comes from (requireSource).
func (r *Resolver) beginSourced(ctx context.Context, mutation, reason string, source *string) (kg.ChangeMeta, error) {
	meta, err := r.begin(ctx, mutation, kg.RoleCurator, reason, source)
	if err != nil {
		return kg.ChangeMeta{}, err
	}
	if err := requireSource(meta); err != nil {
		return kg.ChangeMeta{}, err
	}
	return meta, nil
}

// requireSource refuses a change that adds something without saying where it comes from.
func requireSource(m kg.ChangeMeta) error {
	if m.Source == "" {
		return kg.FieldErrorf("input.source", "missing: give the document id, DOI or URL behind this change")
	}
	return nil
}

// check runs the seed's rules on one record against the stored graph and returns what
// the loader would build from it; the first problem becomes BAD_USER_INPUT naming the
// input field.
func check[T any](ctx context.Context, r *Resolver, rec T, mode seed.Mode) (kg.Graph, error) {
	known, err := r.storedGraph(ctx, seed.References(rec, mode))
	if err != nil {
		return kg.Graph{}, err
	}
	g, problems := seed.Check(rec, known, mode)
	if len(problems) > 0 {
		p := problems[0]
		field := p.Field
		path := "input"
		if field != "" {
			path += "." + field
		}
		return kg.Graph{}, kg.FieldErrorf(path, "%s", p.Msg)
	}
	return g, nil
}

// stored answers the seed's rules from the stored graph: the kinds of the ids a record
// refers to, and the citation numbers each source it names already uses.
type stored struct {
	seed.Known
	cites map[string]map[int]string
}

func (s stored) CitationsOf(source string) map[int]string { return s.cites[source] }

func (r *Resolver) storedGraph(ctx context.Context, ids []string) (stored, error) {
	kinds, err := r.Curation.Kinds(ctx, ids)
	if err != nil {
		return stored{}, err
	}
	s := stored{Known: seed.Known(kinds), cites: map[string]map[int]string{}}
	for id, kind := range kinds {
		if kind != kg.KindSource {
			continue
		}
		links, err := r.Curation.Links(ctx, id, kg.RelCites)
		if err != nil {
			return stored{}, err
		}
		s.cites[id] = map[int]string{}
		for _, l := range links {
			if n, ok := l.Props["number"].(int64); ok {
				s.cites[id][int(n)] = l.To
			}
		}
	}
	return s, nil
}

// uniqueDOI normalises a DOI and refuses one another study holds.
func (r *Resolver) uniqueDOI(ctx context.Context, doi, self string) (string, error) {
	d, err := seed.NormalizeDOI(doi)
	if err != nil {
		return "", kg.FieldErrorf("input.doi", "%v", err)
	}
	holder, err := r.Curation.StudyWithDOI(ctx, d)
	if err != nil {
		return "", err
	}
	if holder != "" && holder != self {
		return "", kg.FieldErrorf("input.doi", "duplicate: %s already has the DOI %s", holder, d)
	}
	return d, nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// inputPath prefixes the field a store error names with the input's path.
func inputPath(err error) error {
	if e, ok := err.(*kg.Error); ok && e.Field != "" && !strings.HasPrefix(e.Field, "input") {
		c := *e
		c.Field = "input." + e.Field
		return &c
	}
	return err
}

// readBack reads an entity after a change, planned from the payload field that holds it.
func (r *Resolver) readBack(ctx context.Context, id string, kind kg.Kind, field string) (model.Entity, error) {
	p := planRoot(ctx)
	return r.fetchOne(ctx, p, id, p.of([]kg.Kind{kind}, []string{field}), kind)
}

// current returns an entity's stored properties, refusing an unknown or retired one.
func (r *Resolver) current(ctx context.Context, id string, kind kg.Kind) (map[string]any, error) {
	if err := idOf("input.id", id, kind); err != nil {
		return nil, kg.FieldErrorf("input.id", "%s", kg.ErrorMessage(err))
	}
	props, err := r.Curation.Current(ctx, id)
	if err != nil {
		return nil, err
	}
	if props == nil || props["retired"] == true {
		return nil, kg.Errorf(kg.ENOTFOUND, "nothing live has the id %q", id)
	}
	return props, nil
}

func storedString(props map[string]any, key string) string { s, _ := props[key].(string); return s }

// diff lists the properties of a rebuilt node that differ from the stored ones (nil for
// one no longer set), leaving out the store's bookkeeping.
func diff(stored, rebuilt map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range rebuilt {
		if !sameValue(stored[k], v) {
			out[k] = v
		}
	}
	for k := range stored {
		if _, ok := rebuilt[k]; !ok && !kg.BookkeepingProp(k) && k != "retired" {
			out[k] = nil
		}
	}
	return out
}

// changesSomething reports whether an update's differences go beyond derived properties:
// a property a curator can see, a link added or removed, or a link's visible properties.
func changesSomething(props map[string]any, link, drop []kg.RelationRecord, was []kg.RelationRecord) bool {
	for k := range props {
		if !kg.DerivedProp(k) {
			return true
		}
	}
	if len(drop) > 0 {
		return true
	}
	before := map[string]kg.RelationRecord{}
	for _, r := range was {
		before[r.Key] = r
	}
	for _, r := range link {
		old, ok := before[r.Key]
		if !ok || !sameValue(withoutDerived(old.Props), withoutDerived(r.Props)) {
			return true
		}
	}
	return false
}

func withoutDerived(props map[string]any) map[string]any {
	out := make(map[string]any, len(props))
	for k, v := range props {
		if !kg.DerivedProp(k) {
			out[k] = v
		}
	}
	return out
}

func sameValue(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return reflect.DeepEqual(ja, jb)
}

// storedFields rebuilds the fields of an entity's seed record from its stored properties
// cur and the relationships its record states.
func (r *Resolver) storedFields(ctx context.Context, kind kg.Kind, id string, cur map[string]any) (map[string]any, error) {
	return seed.StoredFields(kind, cur, func(rel kg.RelationKind, incoming bool) ([]kg.RelationRecord, error) {
		if incoming {
			return r.Curation.LinksIn(ctx, id, rel)
		}
		return r.Curation.Links(ctx, id, rel)
	})
}

// gradeNames are gradeClaim's input names for the claim record's fields.
var gradeNames = map[string]string{"input.maturityBasis": "input.basis", "input.assessment": "input.rationale"}

const changeCursorPrefix = "change:"
