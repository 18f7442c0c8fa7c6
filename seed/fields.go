package seed

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"

	"gopkg.in/yaml.v3"

	"gutskin/kg"
)

// Records as field maps: the API's create and update mutations of every kind go through
// here, so that one code path turns a mutation's input into a seed record, checks it with
// the loader's rules and builds what to store. A field map holds a record's fields under
// their YAML names (the names of FORMAT.md), with plain values (strings, numbers, lists,
// maps), as a seed file would give them.

// Fields lists the YAML field names of the records of a kind, sorted.
func Fields(kind kg.Kind) []string {
	f := fileOf(kind)
	if f == nil {
		return nil
	}
	var out []string
	for name := range yamlFields(f.recordType()) {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// CheckFields decodes a field map into a record of the kind, checks it as Check does and
// returns what the loader would build from it.
func CheckFields(kind kg.Kind, fields map[string]any, known Lookup, mode Mode) (kg.Graph, []Problem) {
	f := fileOf(kind)
	if f == nil {
		return kg.Graph{}, []Problem{{Msg: fmt.Sprintf("no seed file holds records of kind %s", kind)}}
	}
	return f.checkFields(fields, known, mode)
}

// FieldReferences lists the ids a field map refers to, so that a caller can look up their
// kinds before checking it.
func FieldReferences(kind kg.Kind, fields map[string]any, mode Mode) []string {
	var r recorder
	CheckFields(kind, fields, &r, mode)
	return r.ids
}

// BuildFields builds what the loader would store for a field map, without checking it: a
// caller uses it on a record rebuilt from the store (StoredFields) to learn which
// relationships the record states now.
func BuildFields(kind kg.Kind, fields map[string]any) (kg.Graph, error) {
	f := fileOf(kind)
	if f == nil {
		return kg.Graph{}, fmt.Errorf("seed: no seed file holds records of kind %s", kind)
	}
	return f.buildFields(fields)
}

// Links gives an entity's stored relationships of one type: outgoing, or incoming.
type Links func(rel kg.RelationKind, incoming bool) ([]kg.RelationRecord, error)

// StoredFields rebuilds the field map of an entity's record from what the store holds: its
// properties (as the builder wrote them) and the relationships its record states. It is the
// inverse of building, for the fields the API reads and writes.
func StoredFields(kind kg.Kind, props map[string]any, links Links) (map[string]any, error) {
	f := fileOf(kind)
	if f == nil {
		return nil, fmt.Errorf("seed: no seed file holds records of kind %s", kind)
	}
	out := map[string]any{}
	for name := range yamlFields(f.recordType()) {
		if lf, ok := linkFields[kind][name]; ok {
			rels, err := links(lf.rel, lf.incoming)
			if err != nil {
				return nil, err
			}
			var values []any
			for _, r := range rels {
				values = append(values, lf.value(r))
			}
			if values != nil {
				out[name] = values
			}
			continue
		}
		var v any
		switch name {
		case "provenance":
			v = storedJSON[[]kg.Provenance](props["provenance"])
		case "xrefs":
			v = storedJSON[[]kg.Xref](props["xrefs"])
		case "verified", "recordNote":
			v = fromRecordStatus(name, props["recordStatus"])
		case "mergedFrom":
			v = fromFormerIDs(props)
		case "effectSizeInterval":
			v = fromInterval(props)
		default:
			prop := name
			if p, ok := storedAs[kind][name]; ok {
				prop = p
			}
			v = props[prop]
		}
		if v != nil && !reflect.ValueOf(v).IsZero() {
			out[name] = v
		}
	}
	return out, nil
}

// storedAs names the stored property of a field whose name differs from it.
var storedAs = map[kg.Kind]map[string]string{
	kg.KindSource:    {"kind": "documentKind"},
	kg.KindSpecies:   {"kind": "speciesKind"},
	kg.KindStrain:    {"kind": "strainKind"},
	kg.KindCondition: {"kind": "conditionKind"},
	kg.KindFactor:    {"kind": "factorKind"},
	kg.KindClaim:     {"kind": "claimKind"},
}

// linkField is a field the builder turns into relationships rather than a property.
type linkField struct {
	rel      kg.RelationKind
	incoming bool
	value    func(r kg.RelationRecord) any
}

func linkTo(r kg.RelationRecord) any { return r.To }

var linkFields = map[kg.Kind]map[string]linkField{
	kg.KindStudy: {"citedBy": {kg.RelCites, true, func(r kg.RelationRecord) any {
		return map[string]any{"source": r.From, "number": r.Props["number"]}
	}}},
	kg.KindClaim: {
		"subjects": {kg.RelAbout, false, linkTo},
		"evidence": {kg.RelHasEvidence, false, func(r kg.RelationRecord) any {
			e := map[string]any{"study": r.To, "stance": r.Props["stance"]}
			if n, ok := r.Props["note"].(string); ok && n != "" {
				e["note"] = n
			}
			if r.Props["ownProvenance"] == true {
				e["provenance"] = storedJSON[[]kg.Provenance](r.Props["provenance"])
			}
			return e
		}},
		// Where each source stands; a position's sections are the claim's provenance
		// entries from that source, so they need no field of their own.
		"positions": {kg.RelHasPosition, false, func(r kg.RelationRecord) any {
			return map[string]any{"source": r.To, "position": r.Props["position"], "note": r.Props["note"]}
		}},
	},
	kg.KindFinding: {"measures": {kg.RelMeasures, false, linkTo}},
}

// fromFormerIDs gives back a merged claim's former ids, each with why it was merged as the
// record the claim was built from says (the why is stored nowhere else).
func fromFormerIDs(props map[string]any) any {
	why := map[string]string{}
	if rec, ok := StoredRecord[claim](props); ok {
		for _, f := range rec.MergedFrom {
			why[f.ID] = f.Why
		}
	}
	var out []map[string]any
	add := func(id string) {
		m := map[string]any{"id": id}
		if why[id] != "" {
			m["why"] = why[id]
		}
		out = append(out, m)
	}
	switch ids := props["formerIds"].(type) {
	case []string:
		for _, id := range ids {
			add(id)
		}
	case []any:
		for _, id := range ids {
			if s, ok := id.(string); ok {
				add(s)
			}
		}
	}
	if out == nil {
		return nil
	}
	return out
}

// fromInterval gives back a finding's effect-size interval from the three properties the
// builder stores it as; nil when none is stored.
func fromInterval(props map[string]any) any {
	out := map[string]any{}
	for name, prop := range map[string]string{"lower": "effectSizeLower", "upper": "effectSizeUpper", "level": "effectSizeLevel"} {
		switch v := props[prop].(type) {
		case float64:
			out[name] = v
		case int64:
			out[name] = float64(v)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func storedJSON[T any](x any) any {
	s, _ := x.(string)
	if s == "" {
		return nil
	}
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil
	}
	return v
}

// fromRecordStatus gives back a study's verified fields (grouped by where they were seen)
// or its record note from the record status the builder stored.
func fromRecordStatus(field string, x any) any {
	s, _ := x.(string)
	var st kg.RecordStatus
	if s == "" || json.Unmarshal([]byte(s), &st) != nil {
		return nil
	}
	if field == "recordNote" {
		return st.Note
	}
	var order []string
	fields := map[string][]string{}
	for _, v := range st.Verified {
		for _, where := range v.SeenIn {
			if !slices.Contains(order, where) {
				order = append(order, where)
			}
			fields[where] = append(fields[where], v.Field)
		}
	}
	var out []verification
	for _, where := range order {
		out = append(out, verification{Fields: fields[where], SeenIn: where})
	}
	return out
}

// fieldsFile is what a seed file offers field maps.
type fieldsFile interface {
	recordType() reflect.Type
	checkFields(fields map[string]any, known Lookup, mode Mode) (kg.Graph, []Problem)
	buildFields(fields map[string]any) (kg.Graph, error)
}

func fileOf(kind kg.Kind) fieldsFile {
	for _, f := range registered {
		if r, ok := f.(interface{ entityKind() kg.Kind }); ok && kind != "" && r.entityKind() == kind {
			return f.(fieldsFile)
		}
	}
	return nil
}

func (r *records[T]) entityKind() kg.Kind      { return r.kind }
func (r *records[T]) recordType() reflect.Type { return reflect.TypeOf(*new(T)) }

func (r *records[T]) checkFields(fields map[string]any, known Lookup, mode Mode) (kg.Graph, []Problem) {
	rec, err := decodeFields[T](fields)
	if err != nil {
		return kg.Graph{}, []Problem{{Msg: err.Error()}}
	}
	return Check(rec, known, mode)
}

func (r *records[T]) buildFields(fields map[string]any) (kg.Graph, error) {
	rec, err := decodeFields[T](fields)
	if err != nil {
		return kg.Graph{}, err
	}
	b := &builder{}
	r.buildOne(b, rec)
	return b.g, nil
}

// decodeFields turns a field map into a record the way the loader reads a file: through
// YAML, refusing unknown fields.
func decodeFields[T any](fields map[string]any) (T, error) {
	var rec T
	b, err := yaml.Marshal(fields)
	if err != nil {
		return rec, fmt.Errorf("seed: encoding a record: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&rec); err != nil {
		return rec, fmt.Errorf("seed: a record's fields do not fit its kind: %w", err)
	}
	return rec, nil
}
