package neo4jstore

import (
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// Decoding is strict: a value of an unexpected type is an error naming what was read, never
// a silent zero. Absent and null optional properties read as their zero value.

// field reads an optional value of type T from a map: absent or null gives the zero value, any
// other type is an error naming the key.
func field[T any](m map[string]any, key string) (T, error) {
	var zero T
	v, ok := m[key]
	if !ok || v == nil {
		return zero, nil
	}
	t, ok := v.(T)
	if !ok {
		return zero, fmt.Errorf("neo4jstore: %q is a %T, want %T", key, v, zero)
	}
	return t, nil
}

// list reads a value that must be a list (null reads as empty).
func list(v any, what string) ([]any, error) {
	if v == nil {
		return nil, nil
	}
	l, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("neo4jstore: %s is a %T, want a list", what, v)
	}
	return l, nil
}

// asMap reads a value that must be a map.
func asMap(v any, what string) (map[string]any, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("neo4jstore: %s is a %T, want a map", what, v)
	}
	return m, nil
}

// listValue reads a record's value, which must be present and a list (null reads as an
// empty list); what names it in an error.
func listValue(rec *neo4j.Record, key, what string) ([]any, error) {
	v, err := value(rec, key)
	if err != nil {
		return nil, err
	}
	return list(v, what)
}

// value reads a record's value, which must be present (it may be null).
func value(rec *neo4j.Record, key string) (any, error) {
	v, ok := rec.Get(key)
	if !ok {
		return nil, fmt.Errorf("neo4jstore: the record has no value %q", key)
	}
	return v, nil
}

// entityFromMap maps a node's properties returned as a map (a projection of the node) to an
// entity; properties the projection set to null are left out.
func entityFromMap(v any) (kg.Entity, error) {
	m, err := asMap(v, "an entity")
	if err != nil {
		return kg.Entity{}, err
	}
	for k, x := range m {
		if x == nil {
			delete(m, k)
		}
	}
	id, err := field[string](m, "id")
	if err != nil || id == "" {
		return kg.Entity{}, fmt.Errorf("neo4jstore: an entity without a string id: %v", err)
	}
	kind, err := field[string](m, "kind")
	if err != nil || !kg.Kind(kind).IsValid() {
		return kg.Entity{}, fmt.Errorf("neo4jstore: entity %s has no valid kind (%q, %v)", id, kind, err)
	}
	prov, err := provenanceFrom(m["provenance"])
	if err != nil {
		return kg.Entity{}, fmt.Errorf("neo4jstore: entity %s: %w", id, err)
	}
	return kg.Entity{ID: id, Kind: kg.Kind(kind), Props: m, Provenance: prov}, nil
}

func provenanceFrom(v any) ([]kg.Provenance, error) {
	if v == nil {
		return nil, nil
	}
	s, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("provenance is a %T, want its JSON text", v)
	}
	if s == "" {
		return nil, nil
	}
	var prov []kg.Provenance
	if err := json.Unmarshal([]byte(s), &prov); err != nil {
		return nil, fmt.Errorf("bad provenance: %w", err)
	}
	return prov, nil
}

// relationFrom maps the map a query returns for a relationship ({type, from, to, props}) to
// a relation.
func relationFrom(v any) (kg.Relation, error) {
	m, err := asMap(v, "a relationship")
	if err != nil {
		return kg.Relation{}, err
	}
	var r kg.Relation
	var kind string
	errs := []error{}
	read := func(dst *string, mm map[string]any, key string) {
		s, err := field[string](mm, key)
		*dst = s
		errs = append(errs, err)
	}
	read(&kind, m, "type")
	read(&r.From, m, "from")
	read(&r.To, m, "to")
	r.Kind = kg.RelationKind(kind)
	props, err := field[map[string]any](m, "props")
	errs = append(errs, err)
	var maturity string
	read(&r.Effect, props, "effect")
	read(&maturity, props, "maturity")
	read(&r.Stance, props, "stance")
	read(&r.Note, props, "note")
	read(&r.LeftOut, props, "leftOut")
	r.Maturity = kg.Maturity(maturity)
	number, err := field[int64](props, "number")
	r.Number = int(number)
	errs = append(errs, err)
	ids, err := list(props["studyIds"], "studyIds")
	errs = append(errs, err)
	for _, id := range ids {
		s, ok := id.(string)
		if !ok {
			errs = append(errs, fmt.Errorf("neo4jstore: a study id is a %T", id))
		}
		r.Studies = append(r.Studies, s)
	}
	r.Provenance, err = provenanceFrom(props["provenance"])
	errs = append(errs, err)
	for _, err := range errs {
		if err != nil {
			return kg.Relation{}, fmt.Errorf("neo4jstore: relationship %s %s→%s: %w", r.Kind, r.From, r.To, err)
		}
	}
	if !r.Kind.IsValid() {
		return kg.Relation{}, fmt.Errorf("neo4jstore: a relationship of unknown type %q", kind)
	}
	return r, nil
}

func relationsFrom(v any) ([]kg.Relation, error) {
	l, err := list(v, "relationships")
	if err != nil {
		return nil, err
	}
	out := make([]kg.Relation, 0, len(l))
	for _, x := range l {
		if x == nil {
			continue
		}
		r, err := relationFrom(x)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func entitiesFrom(v any, what string) ([]kg.Entity, error) {
	l, err := list(v, what)
	if err != nil {
		return nil, err
	}
	return kg.DecodeEach(l, entityFromMap)
}

func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
