package seed

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"gutskin/kg"
)

// What the graph keeps of the records it was built from, so that it can be written back
// as seed files (export.go). Every record, read from a file or checked for a mutation,
// leaves itself on what it built: an entity record on its entity, a record of
// relationships.yaml on its relationship. A relationship that one element of a record's
// list makes (a claim's evidence, a study's citedBy) carries that element, so that the
// list can be rebuilt from the links that are live, whichever mutation made or removed
// them. Both are derived from the record types alone: a field added to a record type is
// kept and written back with no further code.
const (
	// RecordProp holds a record (as JSON with its YAML field names).
	RecordProp = "seedRecord"
	// ElementProp holds, likewise, the list element a relationship was made from: its
	// record (an id), the list's field, the element's place in it and its value.
	ElementProp = "seedElement"
)

// element is what ElementProp holds.
type element struct {
	Record string    `yaml:"record"`
	Field  string    `yaml:"field"`
	Index  int       `yaml:"index"`
	Value  yaml.Node `yaml:"value"`
}

// buildOne builds one record and marks what it built with the record and its elements.
func (f *records[T]) buildOne(b *builder, r T) {
	n0, r0 := len(b.g.Nodes), len(b.g.Relations)
	f.buildRecord(b, r)
	text := encodeStored(encodeValue(reflect.ValueOf(r)))
	id := ""
	if f.kind != "" {
		id = fieldString(r, "ID")
		for i := n0; i < len(b.g.Nodes); i++ {
			if b.g.Nodes[i].ID == id {
				b.g.Nodes[i].Props[RecordProp] = text
			}
		}
	}
	made := f.elementsOf(r, id)
	for i := r0; i < len(b.g.Relations); i++ {
		rel := &b.g.Relations[i]
		if e, ok := made[rel.Key]; ok {
			rel.Props[ElementProp] = e
		} else if f.kind == "" {
			rel.Props[RecordProp] = text
		}
	}
}

// listField is a list field of a record type: its index path and YAML name.
type listField struct {
	index []int
	name  string
}

// listFields lists the list fields of a record type, those of inline structs included.
func listFields(t reflect.Type) []listField {
	var out []listField
	var walk func(t reflect.Type, prefix []int)
	walk = func(t reflect.Type, prefix []int) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("yaml")
			path := append(append([]int(nil), prefix...), i)
			switch {
			case strings.Contains(tag, ",inline"):
				walk(f.Type, path)
			case tag != "" && f.Type.Kind() == reflect.Slice:
				out = append(out, listField{index: path, name: strings.Split(tag, ",")[0]})
			}
		}
	}
	walk(t, nil)
	return out
}

// elementsOf returns the ElementProp value of each relationship a list element of r
// makes, by key.
func (f *records[T]) elementsOf(r T, owner string) map[string]string {
	out := map[string]string{}
	for _, lf := range listFields(reflect.TypeOf(r)) {
		list := reflect.ValueOf(r).FieldByIndex(lf.index)
		for i, keys := range f.madeBy(r, lf) {
			for _, key := range keys {
				out[key] = encodeStored(&yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
					scalar("record"), scalar(owner), scalar("field"), scalar(lf.name),
					scalar("index"), {Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(i)},
					scalar("value"), encodeValue(list.Index(i)),
				}})
			}
		}
	}
	return out
}

// madeBy finds which relationships each element of one list of r makes, by building r
// without that element: those that go missing are its. It returns their keys by the
// element's place (nil when no element makes any).
func (f *records[T]) madeBy(r T, lf listField) map[int][]string {
	n := reflect.ValueOf(r).FieldByIndex(lf.index).Len()
	if n == 0 || !f.links(r, lf) {
		return nil
	}
	all := f.build1(r)
	var out map[int][]string
	for i := 0; i < n; i++ {
		without := relationKeys(f.build1(withoutElement(r, lf.index, i)))
		for _, rel := range all {
			if !without[rel.Key] {
				if out == nil {
					out = map[int][]string{}
				}
				out[i] = append(out[i], rel.Key)
			}
		}
	}
	return out
}

// linkingFields remembers, by record type and field, whether a list's elements make
// relationships: a property of the build code, not of the data, so it is found once (on
// the first record whose list is not empty), by building that record without the list.
var linkingFields sync.Map // linkKey → bool

type linkKey struct {
	t     reflect.Type
	field string
}

func (f *records[T]) links(r T, lf listField) bool {
	key := linkKey{reflect.TypeOf(r), lf.name}
	if v, ok := linkingFields.Load(key); ok {
		return v.(bool)
	}
	v := reflect.New(reflect.TypeOf(r)).Elem()
	v.Set(reflect.ValueOf(r))
	v.FieldByIndex(lf.index).Set(reflect.Zero(v.FieldByIndex(lf.index).Type()))
	all, without := relationKeys(f.build1(r)), relationKeys(f.build1(v.Interface().(T)))
	linking := len(all) != len(without)
	linkingFields.Store(key, linking)
	return linking
}

// build1 builds one record on its own, unmarked.
func (f *records[T]) build1(r T) []kg.RelationRecord {
	b := &builder{}
	f.buildRecord(b, r)
	return b.g.Relations
}

func relationKeys(rels []kg.RelationRecord) map[string]bool {
	keys := make(map[string]bool, len(rels))
	for _, r := range rels {
		keys[r.Key] = true
	}
	return keys
}

// withoutElement returns a copy of r whose list at index lacks its element i.
func withoutElement[T any](r T, index []int, i int) T {
	v := reflect.New(reflect.TypeOf(r)).Elem()
	v.Set(reflect.ValueOf(r))
	list := v.FieldByIndex(index)
	shorter := reflect.MakeSlice(list.Type(), 0, list.Len()-1)
	shorter = reflect.AppendSlice(shorter, list.Slice(0, i))
	shorter = reflect.AppendSlice(shorter, list.Slice(i+1, list.Len()))
	list.Set(shorter)
	return v.Interface().(T)
}

// encodeValue writes a record (or part of one) as a YAML node the way the seed files
// read: fields in declaration order by their YAML names, empty ones left out, lists of
// scalars on one line.
func encodeValue(v reflect.Value) *yaml.Node {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return encodeValue(v.Elem())
	case reflect.Struct:
		n := &yaml.Node{Kind: yaml.MappingNode}
		encodeFields(v, n)
		return n
	case reflect.Slice:
		n := &yaml.Node{Kind: yaml.SequenceNode}
		flow := true
		for i := 0; i < v.Len(); i++ {
			item := encodeValue(v.Index(i))
			if item == nil {
				item = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
			}
			if item.Kind != yaml.ScalarNode {
				flow = false
			}
			n.Content = append(n.Content, item)
		}
		if flow {
			n.Style = yaml.FlowStyle
		}
		return n
	case reflect.String:
		return scalar(v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v.Int(), 10)}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatUint(v.Uint(), 10)}
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.Bool())}
	default:
		n := &yaml.Node{}
		if err := n.Encode(v.Interface()); err != nil {
			panic(fmt.Sprintf("seed: cannot write %s as YAML: %v", v.Type(), err))
		}
		return n
	}
}

func encodeFields(v reflect.Value, n *yaml.Node) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		if tag == "" || tag == "-" {
			continue
		}
		if strings.Contains(tag, ",inline") {
			encodeFields(v.Field(i), n)
			continue
		}
		fv := v.Field(i)
		if empty(fv) {
			continue
		}
		value := encodeValue(fv)
		if value == nil {
			continue
		}
		n.Content = append(n.Content, scalar(strings.Split(tag, ",")[0]), value)
	}
}

// empty reports a value the seed files leave out: "", 0, an empty list, a nil pointer.
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	case reflect.Pointer, reflect.Interface:
		return v.IsNil()
	case reflect.Struct:
		return false
	}
	return v.IsZero()
}

func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func encodeYAML(n *yaml.Node) string {
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		panic(fmt.Sprintf("seed: cannot write YAML: %v", err))
	}
	_ = enc.Close()
	return b.String()
}

// encodeStored writes a record or element as it is stored: JSON (which YAML reads), with
// the YAML field names, on one line, so that it survives any property format (the bulk
// importer's CSV among them).
func encodeStored(n *yaml.Node) string {
	var v any
	if err := n.Decode(&v); err != nil {
		panic(fmt.Sprintf("seed: cannot store a record: %v", err))
	}
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("seed: cannot store a record: %v", err))
	}
	return string(b)
}

// StoredRecord returns the record an entity's stored properties carry (RecordProp): a
// change can start from the whole record, with the fields no mutation input names.
func StoredRecord[T any](props map[string]any) (T, bool) {
	text, ok := props[RecordProp].(string)
	if !ok {
		var zero T
		return zero, false
	}
	r, err := decodeRecord[T](text)
	return r, err == nil
}

// decodeRecord reads a record that RecordProp holds.
func decodeRecord[T any](text string) (T, error) {
	var r T
	err := yaml.Unmarshal([]byte(text), &r)
	return r, err
}

// liveElement is an ElementProp read back, with the relationship that holds it.
type liveElement struct {
	key   string
	index int
	value *yaml.Node
}

// sortElements orders elements by their place in their list, then by relationship key.
func sortElements(es []liveElement) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].index != es[j].index {
			return es[i].index < es[j].index
		}
		return es[i].key < es[j].key
	})
}
