// Package kgx writes the live graph as KGX files in the Biolink model (kg/biolink.go): KGX
// TSV (nodes.tsv, edges.tsv, with datapackage.json describing both) and KGX JSON Lines
// (nodes.jsonl, edges.jsonl). It reads the graph through kg.ExportReader in keyset batches
// and writes each batch before reading the next, so memory does not grow with the graph.
// The same graph gives the same bytes: nodes by id, edges by subject, relationship kind and
// object, columns and list values in a fixed order. docs/biolink.md documents every column.
package kgx

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gutskin/kg"
)

// Format is a KGX serialisation.
type Format string

const (
	TSV   Format = "kgx-tsv"
	JSONL Format = "kgx-jsonl"
)

// Formats lists the formats, for usage texts.
var Formats = []Format{TSV, JSONL}

// Part is one of the two files of a format.
type Part string

const (
	Nodes Part = "nodes"
	Edges Part = "edges"
)

// FileName is the part's file name in the format ("nodes.tsv", "edges.jsonl").
func FileName(f Format, p Part) string {
	if f == JSONL {
		return string(p) + ".jsonl"
	}
	return string(p) + ".tsv"
}

// ContentType is the media type of the format's files.
func ContentType(f Format) string {
	if f == JSONL {
		return "application/x-ndjson; charset=utf-8"
	}
	return "text/tab-separated-values; charset=utf-8"
}

// BatchSize is how many entities one read brings, and EdgeBatchSize how many relationships
// at most: an entity's relationships are sorted once per batch, so bigger edge batches make
// entities with very many relationships cheaper, at a few megabytes held.
const (
	BatchSize     = 500
	EdgeBatchSize = 2000
)

// A column of a KGX file. List columns are JSON arrays in JSON Lines and "|"-separated
// values in TSV; the others are single values.
type column struct {
	name string
	list bool
	// json: the value is JSON text (our stored records and provenance), kept as text.
	json bool
}

// NodeColumns and EdgeColumns are the columns in the order they are written. Biolink slots
// first, then this graph's own properties (prefixed gutskin_), which carry what a lossless
// round trip needs.
var (
	NodeColumns = []column{{name: "id"}, {name: "category", list: true}, {name: "name"}, {name: "description"},
		{name: "xref", list: true}, {name: "synonym", list: true}, {name: "provided_by", list: true},
		{name: "gutskin_id"}, {name: "gutskin_provenance", json: true}, {name: "gutskin_record", json: true}}
	EdgeColumns = []column{{name: "id"}, {name: "subject"}, {name: "predicate"}, {name: "object"},
		{name: "object_direction_qualifier"}, {name: "negated"}, {name: "knowledge_level"}, {name: "agent_type"},
		{name: "primary_knowledge_source"}, {name: "publications", list: true},
		{name: "gutskin_relation"}, {name: "gutskin_effect"}, {name: "gutskin_maturity"}, {name: "gutskin_stance"},
		{name: "gutskin_position"}, {name: "gutskin_number"}, {name: "gutskin_note"},
		{name: "gutskin_provenance", json: true}, {name: "gutskin_record", json: true}, {name: "gutskin_element", json: true}}
)

// ColumnNames returns a part's column names in order.
func ColumnNames(p Part) []string {
	cols := NodeColumns
	if p == Edges {
		cols = EdgeColumns
	}
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.name
	}
	return out
}

// Row is one node or edge: a value per column, by name. Values are string, []string, bool
// or int64; an absent or empty value is left out (JSON Lines) or empty (TSV).
type Row map[string]any

// NodeRow is the KGX node of an entity read by kg.ExportReader.
func NodeRow(n kg.NodeRecord) (Row, error) {
	cls := n.Kind.Biolink()
	if cls == nil {
		return nil, fmt.Errorf("kgx: %s: kind %q has no Biolink category", n.ID, n.Kind)
	}
	row := Row{
		"id": kg.NodeCURIE(n.ID), "category": []string{cls.Category}, "name": str(n.Props, "label"),
		"provided_by": []string{kg.KnowledgeSource}, "gutskin_id": n.ID,
		"gutskin_provenance": str(n.Props, "provenance"), "gutskin_record": str(n.Props, "seedRecord"),
	}
	if cls.Description != "" {
		if d := str(n.Props, cls.Description); d != row["name"] {
			row["description"] = d
		}
	}
	var synonyms []string
	for _, s := range append(strs(n.Props, "synonyms"), strs(n.Props, "formerNames")...) {
		if s != "" && !slices.Contains(synonyms, s) {
			synonyms = append(synonyms, s)
		}
	}
	row["synonym"] = synonyms
	if text := str(n.Props, "xrefs"); text != "" {
		var xrefs []kg.Xref
		if err := json.Unmarshal([]byte(text), &xrefs); err != nil {
			return nil, fmt.Errorf("kgx: %s: its stored xrefs do not read: %v", n.ID, err)
		}
		var exact []string
		for _, x := range xrefs {
			if x.Predicate == kg.ExactMatch && !slices.Contains(exact, x.Curie) {
				exact = append(exact, x.Curie)
			}
		}
		row["xref"] = exact
	}
	return row, nil
}

// EdgeID is an edge's id: this graph's prefix and a digest of its relationship kind and
// ends, which identify it (a relationship kind joins two entities at most once).
func EdgeID(kind kg.RelationKind, from, to string) string {
	sum := sha256.Sum256([]byte(string(kind) + "|" + from + "|" + to))
	return kg.CuriePrefix + ":edge_" + hex.EncodeToString(sum[:12])
}

// EdgeRow is the KGX edge of a relationship read by kg.ExportReader.
func EdgeRow(r kg.RelationRecord) (Row, error) {
	m := r.Kind.Biolink()
	if m == nil {
		return nil, fmt.Errorf("kgx: %s: relationship kind %q has no Biolink predicate", r.Key, r.Kind)
	}
	var prov []kg.Provenance
	if text := str(r.Props, "provenance"); text != "" {
		if err := json.Unmarshal([]byte(text), &prov); err != nil {
			return nil, fmt.Errorf("kgx: %s: its stored provenance does not read: %v", r.Key, err)
		}
	}
	studyIDs := strs(r.Props, "studyIds")
	var pubs []string
	studies, _ := r.Props[kg.KGXStudiesProp].([]any)
	for _, s := range studies {
		t, _ := s.([]any)
		if len(t) != 3 {
			continue
		}
		id, _ := t[0].(string)
		doi, _ := t[1].(string)
		pmid, _ := t[2].(string)
		if slices.Contains(studyIDs, id) || m.StudyEndPublishes && (id == r.From || id == r.To) {
			pubs = append(pubs, kg.StudyPublication(doi, pmid))
		}
	}
	ep := kg.BiolinkProvenance(prov, pubs)
	effect := str(r.Props, "effect")
	row := Row{
		"id": EdgeID(r.Kind, r.From, r.To), "subject": kg.NodeCURIE(r.From), "predicate": m.Predicate,
		"object": kg.NodeCURIE(r.To), "knowledge_level": ep.KnowledgeLevel, "agent_type": ep.AgentType,
		"primary_knowledge_source": kg.KnowledgeSource, "publications": ep.Publications,
		"gutskin_relation": string(r.Kind), "gutskin_effect": effect, "gutskin_maturity": str(r.Props, "maturity"),
		"gutskin_stance": str(r.Props, "stance"), "gutskin_position": str(r.Props, "position"),
		"gutskin_note": str(r.Props, "note"), "gutskin_provenance": str(r.Props, "provenance"),
		"gutskin_record": str(r.Props, "seedRecord"), "gutskin_element": str(r.Props, "seedElement"),
	}
	if n, ok := r.Props["number"].(int64); ok {
		row["gutskin_number"] = n
	}
	if m.Directed {
		if d := kg.EffectDirection[effect]; d != "" {
			row["object_direction_qualifier"] = d
		}
		if effect == kg.EffectNegated {
			row["negated"] = true
		}
	}
	return row, nil
}

func str(props map[string]any, key string) string {
	s, _ := props[key].(string)
	return s
}

func strs(props map[string]any, key string) []string { return kg.Strings(props[key]) }

// rowWriter writes rows of one part in one format.
type rowWriter struct {
	w    io.Writer
	f    Format
	cols []column
	buf  bytes.Buffer
}

func newRowWriter(w io.Writer, f Format, p Part) (*rowWriter, error) {
	rw := &rowWriter{w: w, f: f, cols: NodeColumns}
	if p == Edges {
		rw.cols = EdgeColumns
	}
	if f == TSV {
		_, err := io.WriteString(w, strings.Join(ColumnNames(p), "\t")+"\n")
		return rw, err
	}
	return rw, nil
}

func (rw *rowWriter) write(row Row) error {
	rw.buf.Reset()
	if rw.f == TSV {
		for i, c := range rw.cols {
			if i > 0 {
				rw.buf.WriteByte('\t')
			}
			rw.buf.WriteString(tsvValue(c, row[c.name]))
		}
	} else {
		rw.buf.WriteByte('{')
		n := 0
		for _, c := range rw.cols {
			v := row[c.name]
			if empty(v) {
				continue
			}
			if n > 0 {
				rw.buf.WriteByte(',')
			}
			n++
			k, _ := json.Marshal(c.name)
			rw.buf.Write(k)
			rw.buf.WriteByte(':')
			b, err := json.Marshal(v)
			if err != nil {
				return err
			}
			rw.buf.Write(b)
		}
		rw.buf.WriteByte('}')
	}
	rw.buf.WriteByte('\n')
	_, err := rw.w.Write(rw.buf.Bytes())
	return err
}

func empty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []string:
		return len(x) == 0
	}
	return false
}

// tsvValue writes a value as KGX TSV holds it. KGX TSV has no quoting or escapes: a tab or
// line break would end the field or the row, and KGX splits any value holding "|" into a
// list. So text has its tabs and line breaks made spaces and "|" made "/" (names and
// descriptions: the stored record keeps the exact text), and JSON text has "|" written as
// the JSON escape \u007c, which reads back as the same JSON.
func tsvValue(c column, v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case []string:
		parts := make([]string, len(x))
		for i, s := range x {
			parts[i] = cleanText(s)
		}
		return strings.Join(parts, "|")
	case string:
		if c.json {
			return strings.ReplaceAll(x, "|", `\u007c`)
		}
		return cleanText(x)
	}
	return cleanText(fmt.Sprint(v))
}

var textCleaner = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ", "|", "/")

func cleanText(s string) string { return textCleaner.Replace(s) }

// Write writes one part of the live graph in a format to w, batch by batch. It stops at
// the first error (of reading, of a row, or of w), which it returns.
func Write(ctx context.Context, r kg.ExportReader, f Format, p Part, w io.Writer) error {
	if f != TSV && f != JSONL {
		return kg.Errorf(kg.EINVALID, "unknown KGX format %q: use %s or %s", f, TSV, JSONL)
	}
	rw, err := newRowWriter(w, f, p)
	if err != nil {
		return err
	}
	if p == Edges {
		return EachEdge(ctx, r, func(e kg.RelationRecord) error {
			row, err := EdgeRow(e)
			if err != nil {
				return err
			}
			return rw.write(row)
		})
	}
	for after := ""; ; {
		if err := ctx.Err(); err != nil {
			return err
		}
		nodes, err := r.ExportNodes(ctx, after, BatchSize)
		if err != nil {
			return err
		}
		for _, n := range nodes {
			row, err := NodeRow(n)
			if err != nil {
				return err
			}
			if err := rw.write(row); err != nil {
				return err
			}
		}
		if len(nodes) < BatchSize {
			return nil
		}
		after = nodes[len(nodes)-1].ID
	}
}

// EachEdge calls fn with every live relationship, in the order of subject, kind and object,
// read EdgeBatchSize at most at a time; it stops at the first error.
func EachEdge(ctx context.Context, r kg.ExportReader, fn func(kg.RelationRecord) error) error {
	for cursor := (kg.EdgeCursor{}); !cursor.Done; {
		if err := ctx.Err(); err != nil {
			return err
		}
		edges, next, err := r.ExportEdges(ctx, cursor, EdgeBatchSize)
		if err != nil {
			return err
		}
		for _, e := range edges {
			if err := fn(e); err != nil {
				return err
			}
		}
		cursor = next
	}
	return nil
}

// WriteDir writes the live graph in a format into dir: nodes and edges, and for TSV
// datapackage.json. Each file is written through a temporary file and a rename, so a reader
// never sees half of one. It returns the names written, in order.
func WriteDir(ctx context.Context, r kg.ExportReader, f Format, dir string) ([]string, error) {
	if f != TSV && f != JSONL {
		return nil, kg.Errorf(kg.EINVALID, "unknown KGX format %q: use %s or %s", f, TSV, JSONL)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var names []string
	for _, p := range []Part{Nodes, Edges} {
		name := FileName(f, p)
		if err := writeFile(filepath.Join(dir, name), func(w io.Writer) error { return Write(ctx, r, f, p, w) }); err != nil {
			return names, err
		}
		names = append(names, name)
	}
	if f == TSV {
		if err := writeFile(filepath.Join(dir, "datapackage.json"), func(w io.Writer) error {
			_, err := w.Write(DataPackage())
			return err
		}); err != nil {
			return names, err
		}
		names = append(names, "datapackage.json")
	}
	return names, nil
}

func writeFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(tmp, 64<<10)
	werr := write(bw)
	if werr == nil {
		werr = bw.Flush()
	}
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		_ = os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		_ = os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		_ = os.Remove(tmp.Name())
		return err
	}
	return nil
}
