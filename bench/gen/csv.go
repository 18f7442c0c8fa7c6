package gen

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"gutskin/kg"
)

// ArrayDelimiter separates the elements of a list property in the CSV files: a control
// character that no name or title contains. The import tool is told it with
// --array-delimiter.
const ArrayDelimiter = "\x1f"

// Summary is what WriteCSV wrote: counts by label and type, and the import tool's
// arguments naming each file.
type Summary struct {
	Nodes     map[kg.Kind]int         `json:"nodes"`
	Relations map[kg.RelationKind]int `json:"relations"`
	// EmptyNodeLists and EmptyRelationLists name, by label and by type, the list properties
	// some record stores empty. The import tool cannot write an empty array (it stores
	// nothing), so these are filled in with [] after the import.
	EmptyNodeLists     map[string][]string `json:"emptyNodeLists"`
	EmptyRelationLists map[string][]string `json:"emptyRelationLists"`
	// ImportArgs are the arguments of `neo4j-admin database import full` that read the files.
	ImportArgs []string `json:"-"`
}

// WriteCSV writes the graph of cfg as CSV files for the bulk import tool into dir: one
// node file per kind (labels Entity and the kind's label) and one relationship file per type.
// Each file's header declares every property the kind or type is stored with and its type,
// found by a first pass over the same (deterministic) records.
func WriteCSV(cfg Config, dir string) (Summary, error) {
	cols := &columnSink{nodes: map[kg.Kind]columns{}, rels: map[kg.RelationKind]columns{}}
	if err := Generate(cfg, cols); err != nil {
		return Summary{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Summary{}, err
	}
	w := &csvSink{dir: dir, cols: cols, files: map[string]*csvFile{}, sum: Summary{Nodes: map[kg.Kind]int{}, Relations: map[kg.RelationKind]int{},
		EmptyNodeLists: map[string][]string{}, EmptyRelationLists: map[string][]string{}}}
	err := Generate(cfg, w)
	if cerr := w.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Summary{}, err
	}
	names := make([]string, 0, len(w.files))
	for name := range w.files {
		names = append(names, name)
	}
	sort.Strings(names)
	var multiline []string
	for _, name := range names {
		f := w.files[name]
		w.sum.ImportArgs = append(w.sum.ImportArgs, f.arg)
		if f.multiline {
			multiline = append(multiline, f.path)
		}
	}
	w.sum.ImportArgs = append(w.sum.ImportArgs, "--array-delimiter=U+001F", "--id-type=string")
	if len(multiline) > 0 {
		w.sum.ImportArgs = append(w.sum.ImportArgs, "--multiline-fields-format=v2", "--multiline-fields="+strings.Join(multiline, ","))
	}
	return w.sum, nil
}

// columns are the properties of one label or type with their CSV header types, in a
// fixed order.
type columns struct {
	names []string
	types map[string]string
}

func (c *columns) add(name string, v any) error {
	t, err := csvType(v)
	if err != nil {
		return fmt.Errorf("property %s: %w", name, err)
	}
	if c.types == nil {
		c.types = map[string]string{}
	}
	if old, ok := c.types[name]; ok {
		if old != t {
			return fmt.Errorf("property %s is stored as %s and as %s", name, old, t)
		}
		return nil
	}
	c.types[name] = t
	c.names = append(c.names, name)
	sort.Strings(c.names)
	return nil
}

func csvType(v any) (string, error) {
	switch v.(type) {
	case string:
		return "string", nil
	case int, int64:
		return "long", nil
	case float64:
		return "double", nil
	case bool:
		return "boolean", nil
	case []string:
		return "string[]", nil
	case []int:
		return "long[]", nil
	}
	return "", fmt.Errorf("values of type %T cannot be written to CSV", v)
}

type columnSink struct {
	nodes map[kg.Kind]columns
	rels  map[kg.RelationKind]columns
}

func (s *columnSink) Node(n kg.NodeRecord) error {
	c := s.nodes[n.Kind]
	for k, v := range n.Props {
		if k == "id" {
			continue
		}
		if err := c.add(k, v); err != nil {
			return fmt.Errorf("gen: %s %s: %w", n.Kind, n.ID, err)
		}
	}
	s.nodes[n.Kind] = c
	return nil
}

func (s *columnSink) Relation(r kg.RelationRecord) error {
	c := s.rels[r.Kind]
	for k, v := range r.Props {
		if err := c.add(k, v); err != nil {
			return fmt.Errorf("gen: %s: %w", r.Key, err)
		}
	}
	s.rels[r.Kind] = c
	return nil
}

type csvFile struct {
	path, arg string
	f         *os.File
	buf       *bufio.Writer
	multiline bool
}

type csvSink struct {
	dir   string
	cols  *columnSink
	files map[string]*csvFile
	sum   Summary
	row   []string
}

func (s *csvSink) file(name, arg string, header []string) (*csvFile, error) {
	if f, ok := s.files[name]; ok {
		return f, nil
	}
	path, err := filepath.Abs(filepath.Join(s.dir, name))
	if err != nil {
		return nil, err
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	buf := bufio.NewWriterSize(f, 1<<20)
	cf := &csvFile{path: path, arg: strings.ReplaceAll(arg, "{}", path), f: f, buf: buf}
	s.files[name] = cf
	return cf, cf.write(header)
}

func (s *csvSink) Node(n kg.NodeRecord) error {
	c := s.cols.nodes[n.Kind]
	header := append([]string{"id:ID"}, typed(c)...)
	f, err := s.file("nodes-"+n.Kind.Label()+".csv", "--nodes=Entity:"+n.Kind.Label()+"={}", header)
	if err != nil {
		return err
	}
	s.row = append(s.row[:0], n.ID)
	for _, name := range c.names {
		s.row = append(s.row, s.cell(s.sum.EmptyNodeLists, n.Kind.Label(), name, n.Props[name]))
	}
	s.sum.Nodes[n.Kind]++
	return s.write(f)
}

func (s *csvSink) Relation(r kg.RelationRecord) error {
	c := s.cols.rels[r.Kind]
	header := append([]string{":START_ID", ":END_ID", "key"}, typed(c)...)
	f, err := s.file("rels-"+string(r.Kind)+".csv", "--relationships="+string(r.Kind)+"={}", header)
	if err != nil {
		return err
	}
	s.row = append(s.row[:0], r.From, r.To, r.Key)
	for _, name := range c.names {
		s.row = append(s.row, s.cell(s.sum.EmptyRelationLists, string(r.Kind), name, r.Props[name]))
	}
	s.sum.Relations[r.Kind]++
	return s.write(f)
}

func (s *csvSink) write(f *csvFile) error { return f.write(s.row) }

// cell writes one value, noting an empty list under its label or type.
func (s *csvSink) cell(empty map[string][]string, owner, name string, v any) string {
	c := cell(v)
	if c == emptyList {
		for _, n := range empty[owner] {
			if n == name {
				return ""
			}
		}
		empty[owner] = append(empty[owner], name)
		sort.Strings(empty[owner])
		return ""
	}
	return c
}

// emptyList is what cell returns for an empty list; it is written as an empty field.
// emptyString is an empty string, written as a quoted empty field, which the import tool
// stores as "" where an unquoted empty field stores nothing.
const (
	emptyList   = "\x00empty-list"
	emptyString = "\x00empty-string"
)

// write writes one CSV line (RFC 4180 quoting, which the import tool reads by default).
func (f *csvFile) write(fields []string) error {
	for i, v := range fields {
		if i > 0 {
			f.buf.WriteByte(',')
		}
		switch {
		case v == emptyString:
			f.buf.WriteString(`""`)
		case strings.ContainsAny(v, ",\"\r\n"):
			if strings.ContainsAny(v, "\r\n") {
				f.multiline = true
			}
			f.buf.WriteByte('"')
			f.buf.WriteString(strings.ReplaceAll(v, `"`, `""`))
			f.buf.WriteByte('"')
		default:
			f.buf.WriteString(v)
		}
	}
	_, err := f.buf.WriteString("\n")
	return err
}

func (s *csvSink) close() error {
	var first error
	for _, f := range s.files {
		for _, err := range []error{f.buf.Flush(), f.f.Close()} {
			if err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}

func typed(c columns) []string {
	out := make([]string, len(c.names))
	for i, name := range c.names {
		out[i] = name + ":" + c.types[name]
	}
	return out
}

// cell writes one value; an absent property is an empty cell, which the import tool skips.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		if x == "" {
			return emptyString
		}
		return x
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case []string:
		if len(x) == 0 {
			return emptyList
		}
		return strings.Join(x, ArrayDelimiter)
	case []int:
		if len(x) == 0 {
			return emptyList
		}
		parts := make([]string, len(x))
		for i, n := range x {
			parts[i] = strconv.Itoa(n)
		}
		return strings.Join(parts, ArrayDelimiter)
	}
	return fmt.Sprint(v)
}
