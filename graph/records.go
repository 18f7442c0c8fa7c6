package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"reflect"
	"strings"

	"gutskin/graph/model"
	"gutskin/kg"
	"gutskin/seed"
)

// Creating and updating entities of every kind takes one path: the mutation's input becomes
// the fields of a seed record (the input's fields are the record's, by name), the seed's
// own rules check the record as it would be, and the store writes what the seed's own
// builder makes of it. An update starts from the record rebuilt from the store, so every
// rule sees the whole record, and writes only the differences: changed properties, and the
// relationships the record states (a strain's species, a claim's subjects) added or removed.

// recordInput is a create or update input taken apart: what the audit record says, and the
// record's fields under their YAML names.
type recordInput struct {
	reason          string
	source          *string
	expectedVersion int
	fields          map[string]any
}

// inputRenames maps a kind's input field names to its record's where they differ: a claim's
// record names its source document `source`, a name every input gives to the change's own
// source.
var inputRenames = map[kg.Kind]map[string]string{
	kg.KindClaim: {"madeBy": "source"},
}

// recordInputOf reads a generated input struct by its JSON names. A nil pointer or slice is
// a field not given; everything else becomes plain data (strings, numbers, lists, maps).
func recordInputOf(kind kg.Kind, in any) (recordInput, error) {
	v := reflect.ValueOf(in)
	t := v.Type()
	out := recordInput{fields: map[string]any{}}
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		f := v.Field(i)
		if (f.Kind() == reflect.Pointer || f.Kind() == reflect.Slice) && f.IsNil() {
			continue
		}
		switch name {
		case "reason":
			out.reason = f.String()
			continue
		case "source":
			s := reflect.Indirect(f).String()
			out.source = &s
			continue
		case "expectedVersion":
			out.expectedVersion = int(f.Int())
			continue
		case "clientMutationId":
			continue
		}
		value, err := plain(f.Interface())
		if err != nil {
			return out, err
		}
		if r, ok := inputRenames[kind][name]; ok {
			name = r
		}
		out.fields[name] = value
	}
	return out, nil
}

// plain turns a value of a generated type into plain data, through its JSON form.
func plain(x any) (any, error) {
	b, err := json.Marshal(x)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return numbers(v), nil
}

// numbers gives JSON numbers the Go type YAML writes as a number.
func numbers(v any) any {
	switch x := v.(type) {
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return n
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = numbers(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = numbers(x[k])
		}
	}
	return v
}

// payloadField is the name of the field holding the entity in a kind's payloads.
func payloadField(kind kg.Kind) string {
	l := kind.Label()
	return strings.ToLower(l[:1]) + l[1:]
}

// createRecord checks and stores a new entity of the kind; prepare, when given, adjusts the
// fields first (a study's DOI).
func (r *Resolver) createRecord(ctx context.Context, kind kg.Kind, mutation string, in any, prepare func(map[string]any) error) (model.Entity, kg.Change, error) {
	ri, err := recordInputOf(kind, in)
	if err != nil {
		return nil, kg.Change{}, err
	}
	meta, err := r.beginSourced(ctx, mutation, ri.reason, ri.source)
	if err != nil {
		return nil, kg.Change{}, err
	}
	stampFields(ri.fields, meta.Curator, nil)
	if prepare != nil {
		if err := prepare(ri.fields); err != nil {
			return nil, kg.Change{}, err
		}
	}
	g, err := r.checkFields(ctx, kind, ri.fields, seed.Creating)
	if err != nil {
		return nil, kg.Change{}, err
	}
	change, err := r.Curation.Create(ctx, meta, g)
	if err != nil {
		return nil, kg.Change{}, inputPath(err)
	}
	e, err := r.readBack(ctx, g.Nodes[0].ID, kind, payloadField(kind))
	return e, change, err
}

// updateRecord changes an entity of the kind: the stored record with the given fields
// replaced, checked whole, written as its differences under expectedVersion.
func (r *Resolver) updateRecord(ctx context.Context, kind kg.Kind, mutation, id string, in any, prepare func(map[string]any) error) (model.Entity, int, kg.Change, error) {
	ri, err := recordInputOf(kind, in)
	if err != nil {
		return nil, 0, kg.Change{}, err
	}
	meta, err := r.begin(ctx, mutation, kg.RoleCurator, ri.reason, ri.source)
	if err != nil {
		return nil, 0, kg.Change{}, err
	}
	cur, err := r.current(ctx, id, kind)
	if err != nil {
		return nil, 0, kg.Change{}, err
	}
	// A stale version is a conflict whatever the change (the store checks again, under
	// the entity's lock, when it writes).
	if v := storedVersion(cur); v != ri.expectedVersion {
		return nil, 0, kg.Change{}, kg.Errorf(kg.ECONFLICT, "%s is at version %d, not %d: someone changed it since you read it; reload and apply your change again", id, v, ri.expectedVersion)
	}
	old, err := r.storedFields(ctx, kind, id, cur)
	if err != nil {
		return nil, 0, kg.Change{}, err
	}
	stampFields(ri.fields, meta.Curator, provenanceIn(old["provenance"]))
	fields := maps.Clone(old)
	maps.Copy(fields, ri.fields)
	if prepare != nil {
		if err := prepare(fields); err != nil {
			return nil, 0, kg.Change{}, err
		}
	}
	g, err := r.checkFields(ctx, kind, fields, seed.Updating)
	if err != nil {
		return nil, 0, kg.Change{}, err
	}
	was, err := seed.BuildFields(kind, old)
	if err != nil {
		return nil, 0, kg.Change{}, err
	}
	props := diff(cur, g.Nodes[0].Props)
	link, drop := relationDiff(was.Relations, g.Relations)
	if !changesSomething(props, link, drop, was.Relations) {
		return nil, 0, kg.Change{}, kg.FieldErrorf("input", "changes nothing: every given field already has that value")
	}
	change, err := r.Curation.Update(ctx, meta, id, ri.expectedVersion, props, link, drop)
	if err != nil {
		return nil, 0, kg.Change{}, err
	}
	e, err := r.readBack(ctx, id, kind, payloadField(kind))
	return e, ri.expectedVersion + 1, change, err
}

func storedVersion(props map[string]any) int {
	if v, ok := props["version"].(int64); ok {
		return int(v)
	}
	return 1
}

// relationDiff lists the relationships a record states now that it did not (or stated
// differently), and those it no longer states.
func relationDiff(was, now []kg.RelationRecord) (link, drop []kg.RelationRecord) {
	before := map[string]kg.RelationRecord{}
	for _, r := range was {
		before[r.Key] = r
	}
	stated := map[string]bool{}
	for _, r := range now {
		stated[r.Key] = true
		if old, ok := before[r.Key]; !ok || !sameValue(withoutDerived(old.Props), withoutDerived(r.Props)) {
			link = append(link, r)
		}
	}
	for _, r := range was {
		if !stated[r.Key] {
			drop = append(drop, r)
		}
	}
	return link, drop
}

// checkFields runs the seed's rules on a record's fields against the stored graph; the
// first problem becomes BAD_USER_INPUT naming the input field.
func (r *Resolver) checkFields(ctx context.Context, kind kg.Kind, fields map[string]any, mode seed.Mode) (kg.Graph, error) {
	known, err := r.storedGraph(ctx, seed.FieldReferences(kind, fields, mode))
	if err != nil {
		return kg.Graph{}, err
	}
	g, problems := seed.CheckFields(kind, fields, known, mode)
	if len(problems) == 0 {
		return g, nil
	}
	p := problems[0]
	field := p.Field
	head, rest, _ := strings.Cut(field, "[")
	for in, rec := range inputRenames[kind] {
		if head == rec {
			field = in
			if rest != "" {
				field += "[" + rest
			}
		}
	}
	path := "input"
	if field != "" {
		path += "." + field
	}
	return kg.Graph{}, kg.FieldErrorf(path, "%s", p.Msg)
}

// studyDOI normalises a study's DOI and refuses one another study holds; a new study
// without an id takes "study:" + its DOI. An update that gives no DOI keeps the stored one
// unchecked.
func (r *Resolver) studyDOI(ctx context.Context, self string, given bool) func(map[string]any) error {
	return func(fields map[string]any) error {
		if !given {
			return nil
		}
		doi, _ := fields["doi"].(string)
		if strings.TrimSpace(doi) == "" {
			delete(fields, "doi")
			if self == "" && fields["id"] == nil {
				return kg.FieldErrorf("input.id", "missing: a study without a DOI needs an id, \"study:\" and a lower-case slug")
			}
			return nil
		}
		d, err := r.uniqueDOI(ctx, doi, self)
		if err != nil {
			return err
		}
		fields["doi"] = d
		if self == "" && fields["id"] == nil {
			fields["id"] = "study:" + d
		}
		return nil
	}
}
