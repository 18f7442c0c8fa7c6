package seed

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"reflect"
	"sort"
	"strings"
	"testing/fstest"

	"gopkg.in/yaml.v3"

	"gutskin/kg"
)

// Export writes a graph back as seed files, so that curated work can be reviewed as a diff
// and released as data. g is the live graph (entities that are not retired, and the
// relationships between them); reference holds the seed files whose record order and
// header comments the export keeps. It returns each file's name (e.g. "claims.yaml") and
// contents:
//
//   - every file the loader reads, records in the order of the reference files, then
//     records that are not there (curated ones) by id (relationships by type, from, to);
//   - each record as the graph holds it now: the record it was built from (RecordProp),
//     with its lists that make relationships (a claim's subjects and evidence, a study's
//     citedBy) rebuilt from the relationships that are live;
//   - retired entities are left out, and so are list elements and relationships that
//     lead to them: a retired record shows in the diff as removed, which is what loading
//     the export would do.
//
// The files are checked by loading them before they are returned: an export that would
// not load (a record refers to a retired entity through a field that is not a link
// list, say) is an error naming the problems.
func Export(g kg.Graph, reference fs.FS) (map[string][]byte, error) {
	x := newExportIndex(g)
	out := map[string][]byte{}
	var problems []string
	for _, f := range newFiles() {
		name := f.fileName()
		ref := referenceFile(reference, name)
		records, err := f.export(x, ref)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		out[name] = writeFile(ref.header, records)
	}
	if len(problems) > 0 {
		return nil, errors.New("seed export: " + strings.Join(problems, "; "))
	}
	files := fstest.MapFS{}
	for name, b := range out {
		files["data/"+name] = &fstest.MapFile{Data: b}
	}
	if _, err := Load(files); err != nil {
		return nil, fmt.Errorf("seed export: the files written would not load: %w", err)
	}
	return out, nil
}

// exportIndex is the live graph arranged for export.
type exportIndex struct {
	nodes map[kg.Kind][]kg.NodeRecord
	rels  map[string]kg.RelationRecord
	// elements[owner][field] are the list elements live relationships carry.
	elements map[string]map[string][]liveElement
}

func newExportIndex(g kg.Graph) *exportIndex {
	x := &exportIndex{nodes: map[kg.Kind][]kg.NodeRecord{}, rels: map[string]kg.RelationRecord{},
		elements: map[string]map[string][]liveElement{}}
	for _, n := range g.Nodes {
		x.nodes[n.Kind] = append(x.nodes[n.Kind], n)
	}
	for _, r := range g.Relations {
		x.rels[r.Key] = r
		text, ok := r.Props[ElementProp].(string)
		if !ok {
			continue
		}
		var e element
		if yaml.Unmarshal([]byte(text), &e) != nil {
			continue
		}
		if x.elements[e.Record] == nil {
			x.elements[e.Record] = map[string][]liveElement{}
		}
		value := e.Value
		x.elements[e.Record][e.Field] = append(x.elements[e.Record][e.Field], liveElement{key: r.Key, index: e.Index, value: &value})
	}
	return x
}

func (f *records[T]) fileName() string { return f.file }

// export returns the file's records as the graph holds them, in order.
func (f *records[T]) export(x *exportIndex, ref reference) ([]*yaml.Node, error) {
	type entry struct {
		key string
		rec T
	}
	var refs []T
	_ = yaml.Unmarshal(ref.data, &refs) // a reference that does not read gives no order
	order, refByID := map[string]int{}, map[string]T{}
	for i, r := range refs {
		key := ""
		if f.kind != "" {
			key = fieldString(r, "ID")
			refByID[key] = r
		} else {
			key = fieldString(r, "Type") + "|" + fieldString(r, "From") + "|" + fieldString(r, "To")
		}
		if _, dup := order[key]; !dup {
			order[key] = i
		}
	}
	var entries []entry
	if f.kind != "" {
		var missing []string
		for _, n := range x.nodes[f.kind] {
			text, ok := n.Props[RecordProp].(string)
			if !ok {
				missing = append(missing, n.ID)
				continue
			}
			rec, err := decodeRecord[T](text)
			if err != nil {
				return nil, fmt.Errorf("%s: the stored record of %s does not read: %v", f.file, n.ID, err)
			}
			refRec, inRef := refByID[n.ID]
			entries = append(entries, entry{n.ID, f.relink(rec, n.ID, x, refRec, inRef)})
		}
		if len(missing) > 0 {
			sort.Strings(missing)
			more := ""
			if len(missing) > 3 {
				missing, more = missing[:3], ", …"
			}
			return nil, fmt.Errorf("%s: entities without a stored record (%s%s); load the seed again to store them", f.file, strings.Join(missing, ", "), more)
		}
	} else {
		for key, r := range x.rels {
			text, ok := r.Props[RecordProp].(string)
			if !ok {
				continue
			}
			rec, err := decodeRecord[T](text)
			if err != nil {
				return nil, fmt.Errorf("%s: the stored record of %s does not read: %v", f.file, key, err)
			}
			entries = append(entries, entry{key, rec})
		}
	}
	sort.Slice(entries, func(i, j int) bool {
		pi, iKnown := order[entries[i].key]
		pj, jKnown := order[entries[j].key]
		switch {
		case iKnown && jKnown:
			return pi < pj
		case iKnown != jKnown:
			return iKnown
		}
		return entries[i].key < entries[j].key
	})
	out := make([]*yaml.Node, len(entries))
	for i, e := range entries {
		out[i] = encodeValue(reflect.ValueOf(e.rec))
	}
	return out, nil
}

// relink rebuilds the lists of rec whose elements make relationships from the live ones:
// an element stays while what it made is live (with the value its relationship carries
// now: a restated stance, say), and elements curators added join it. Elements keep the
// order of the reference record (the seed's), then of the stored one; added ones follow
// in the order they were added.
func (f *records[T]) relink(rec T, id string, x *exportIndex, ref T, inRef bool) T {
	v := reflect.New(reflect.TypeOf(rec)).Elem()
	v.Set(reflect.ValueOf(rec))
	for _, lf := range listFields(reflect.TypeOf(rec)) {
		made := f.madeBy(rec, lf)
		carried := x.elements[id][lf.name]
		if made == nil && carried == nil {
			continue // a list that makes no relationships: kept as stored
		}
		refPos := map[string]int{}
		if inRef {
			for i, keys := range f.madeBy(ref, lf) {
				for _, k := range keys {
					refPos[k] = i
				}
			}
		}
		byKey := map[string]liveElement{}
		for _, e := range carried {
			byKey[e.key] = e
		}
		type placed struct {
			value         reflect.Value
			ref, own, key int
			relation      string
		}
		rank := func(keys []string) int {
			for _, k := range keys {
				if p, ok := refPos[k]; ok {
					return p
				}
			}
			return math.MaxInt
		}
		list := v.FieldByIndex(lf.index)
		elemType := list.Type().Elem()
		var items []placed
		used := map[string]bool{}
		for i := 0; i < list.Len(); i++ {
			keys := made[i]
			live := true
			for _, k := range keys {
				if _, ok := x.rels[k]; !ok {
					live = false
				}
				used[k] = true
			}
			if !live {
				continue
			}
			item := list.Index(i)
			relation := ""
			if len(keys) > 0 {
				relation = keys[0]
				if e, ok := byKey[keys[0]]; ok {
					if fresh, ok := decodeElement(e.value, elemType); ok {
						item = fresh
					}
				}
			}
			items = append(items, placed{value: item, ref: rank(keys), own: i, relation: relation})
		}
		var added []liveElement
		for _, e := range carried {
			if !used[e.key] {
				added = append(added, e)
			}
		}
		sortElements(added)
		for j, e := range added {
			if item, ok := decodeElement(e.value, elemType); ok {
				items = append(items, placed{value: item, ref: rank([]string{e.key}), own: list.Len() + j, relation: e.key})
			}
		}
		sort.SliceStable(items, func(i, j int) bool {
			if items[i].ref != items[j].ref {
				return items[i].ref < items[j].ref
			}
			return items[i].own < items[j].own
		})
		rebuilt := reflect.MakeSlice(list.Type(), 0, len(items))
		for _, it := range items {
			rebuilt = reflect.Append(rebuilt, it.value)
		}
		list.Set(rebuilt)
	}
	return v.Interface().(T)
}

func decodeElement(n *yaml.Node, t reflect.Type) (reflect.Value, bool) {
	p := reflect.New(t)
	if err := n.Decode(p.Interface()); err != nil {
		return reflect.Value{}, false
	}
	return p.Elem(), true
}

// reference is a reference seed file: its contents and leading comment lines.
type reference struct {
	data   []byte
	header []string
}

func referenceFile(fsys fs.FS, name string) reference {
	if fsys == nil {
		return reference{}
	}
	b, err := fs.ReadFile(fsys, "data/"+name)
	if err != nil {
		return reference{}
	}
	ref := reference{data: b}
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		ref.header = append(ref.header, line)
	}
	return ref
}

// writeFile writes records as a YAML list, a blank line between records, under header.
func writeFile(header []string, records []*yaml.Node) []byte {
	var b bytes.Buffer
	for _, h := range header {
		b.WriteString(h + "\n")
	}
	if len(records) == 0 {
		b.WriteString("[]\n")
		return b.Bytes()
	}
	for i, r := range records {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(encodeYAML(&yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{r}}))
	}
	return b.Bytes()
}
