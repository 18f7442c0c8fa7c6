package kgx

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"

	"gutskin/kg"
	"gutskin/seed"
)

// Reading KGX files back (the first half of an import): files in this graph's mapping, as
// the export writes them, become the graph of seed records they carry, which the seed's own
// rules then check (ToSeed). Everything else KGX may hold (other prefixes, other categories
// or predicates than the mapping gives a kind or relationship kind) is refused, with the
// file and line.

// maxLine bounds one line of a KGX file (a stored record is a few KB).
const maxLine = 4 << 20

// ReadDir reads nodes and edges of one format from dir: nodes.tsv and edges.tsv, or
// nodes.jsonl and edges.jsonl (whichever pair is there; both is an error).
func ReadDir(dir string) (kg.Graph, error) {
	var found []Format
	for _, f := range Formats {
		if _, err := os.Stat(filepath.Join(dir, FileName(f, Nodes))); err == nil {
			found = append(found, f)
		}
	}
	if len(found) != 1 {
		return kg.Graph{}, kg.Errorf(kg.EINVALID, "%s must hold nodes.tsv and edges.tsv, or nodes.jsonl and edges.jsonl (found %d kinds of nodes file)", dir, len(found))
	}
	f := found[0]
	var g kg.Graph
	for _, p := range []Part{Nodes, Edges} {
		path := filepath.Join(dir, FileName(f, p))
		file, err := os.Open(path)
		if err != nil {
			return kg.Graph{}, kg.Errorf(kg.EINVALID, "%s: %v", FileName(f, p), err)
		}
		err = readRows(file, f, p, func(line int, row map[string]any) error {
			if p == Nodes {
				n, err := nodeOfRow(row)
				if err != nil {
					return kg.Errorf(kg.EINVALID, "%s line %d: %s", FileName(f, p), line, kg.ErrorMessage(err))
				}
				g.Nodes = append(g.Nodes, n)
				return nil
			}
			r, err := relationOfRow(row)
			if err != nil {
				return kg.Errorf(kg.EINVALID, "%s line %d: %s", FileName(f, p), line, kg.ErrorMessage(err))
			}
			g.Relations = append(g.Relations, r)
			return nil
		})
		file.Close()
		if err != nil {
			return kg.Graph{}, err
		}
	}
	return g, checkEnds(g)
}

// checkEnds refuses an edge whose subject or object is not a node of the files (a
// dangling edge), and a relationship record that names other ends than its edge.
func checkEnds(g kg.Graph) error {
	nodes := make(map[string]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		if nodes[n.ID] {
			return kg.Errorf(kg.EINVALID, "%s is a node twice", n.ID)
		}
		nodes[n.ID] = true
	}
	for _, r := range g.Relations {
		for _, end := range []string{r.From, r.To} {
			if !nodes[end] {
				return kg.Errorf(kg.EINVALID, "the %s edge %s → %s: %s is not a node of the files", r.Kind, r.From, r.To, end)
			}
		}
		if text, ok := r.Props[seed.RecordProp].(string); ok {
			var rec struct{ Type, From, To string }
			if err := json.Unmarshal([]byte(text), &rec); err != nil || rec.Type != string(r.Kind) || rec.From != r.From || rec.To != r.To {
				return kg.Errorf(kg.EINVALID, "the %s edge %s → %s: its gutskin_record states another relationship", r.Kind, r.From, r.To)
			}
		}
	}
	return nil
}

// readRows calls row for each row of a file, with its line number.
func readRows(r io.Reader, f Format, p Part, row func(line int, values map[string]any) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	cols := NodeColumns
	if p == Edges {
		cols = EdgeColumns
	}
	line := 0
	var header []string
	for sc.Scan() {
		line++
		text := sc.Text()
		if f == TSV && line == 1 {
			header = strings.Split(text, "\t")
			for _, h := range header {
				if !slicesContainsColumn(cols, h) {
					return kg.Errorf(kg.EINVALID, "%s line 1: unknown column %q", FileName(f, p), h)
				}
			}
			continue
		}
		values := map[string]any{}
		if f == TSV {
			fields := strings.Split(text, "\t")
			if len(fields) != len(header) {
				return kg.Errorf(kg.EINVALID, "%s line %d: %d fields where the header has %d", FileName(f, p), line, len(fields), len(header))
			}
			for i, h := range header {
				if fields[i] == "" {
					continue
				}
				c := columnOf(cols, h)
				switch {
				case c.list:
					values[h] = strings.Split(fields[i], "|")
				case c.json:
					values[h] = strings.ReplaceAll(fields[i], `\u007c`, "|")
				default:
					values[h] = fields[i]
				}
			}
		} else {
			dec := json.NewDecoder(strings.NewReader(text))
			dec.UseNumber()
			if err := dec.Decode(&values); err != nil {
				return kg.Errorf(kg.EINVALID, "%s line %d: not a JSON object: %v", FileName(f, p), line, err)
			}
			for k := range values {
				if !slicesContainsColumn(cols, k) {
					return kg.Errorf(kg.EINVALID, "%s line %d: unknown field %q", FileName(f, p), line, k)
				}
			}
		}
		if err := row(line, values); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return kg.Errorf(kg.EINVALID, "%s: %v", FileName(f, p), err)
	}
	return nil
}

func slicesContainsColumn(cols []column, name string) bool { return columnOf(cols, name).name != "" }

func columnOf(cols []column, name string) column {
	for _, c := range cols {
		if c.name == name {
			return c
		}
	}
	return column{}
}

func text(row map[string]any, key string) string {
	switch v := row[key].(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	}
	return ""
}

func first(row map[string]any, key string) string {
	switch v := row[key].(type) {
	case []string:
		if len(v) == 1 {
			return v[0]
		}
	case []any:
		if len(v) == 1 {
			s, _ := v[0].(string)
			return s
		}
	case string:
		return v
	}
	return ""
}

// canonicalJSON is JSON text as the graph stores it (Go's encoding of the decoded value),
// or an error if it is not JSON.
func canonicalJSON(s string) (string, error) {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return "", err
	}
	if dec.More() {
		return "", errors.New("more than one JSON value")
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

func nodeOfRow(row map[string]any) (kg.NodeRecord, error) {
	curie := text(row, "id")
	id, err := kg.IDOfCURIE(curie)
	if err != nil {
		return kg.NodeRecord{}, err
	}
	if g := text(row, "gutskin_id"); g != "" && g != id {
		return kg.NodeRecord{}, kg.Errorf(kg.EINVALID, "id %s stands for %s, but gutskin_id says %s", curie, id, g)
	}
	kind, _ := kg.KindOfID(id)
	if c := first(row, "category"); c != kind.Biolink().Category {
		return kg.NodeRecord{}, kg.Errorf(kg.EINVALID, "%s: category %q; a %s is %s in this graph's mapping", curie, c, kind.Label(), kind.Biolink().Category)
	}
	rec := text(row, "gutskin_record")
	if rec == "" {
		return kg.NodeRecord{}, kg.Errorf(kg.EINVALID, "%s: no gutskin_record: only KGX files this graph exported can be imported", curie)
	}
	canon, err := canonicalJSON(rec)
	if err != nil {
		return kg.NodeRecord{}, kg.Errorf(kg.EINVALID, "%s: gutskin_record is not JSON: %v", curie, err)
	}
	return kg.NodeRecord{ID: id, Kind: kind, Props: map[string]any{seed.RecordProp: canon}}, nil
}

func relationOfRow(row map[string]any) (kg.RelationRecord, error) {
	from, err1 := kg.IDOfCURIE(text(row, "subject"))
	to, err2 := kg.IDOfCURIE(text(row, "object"))
	if err := errors.Join(err1, err2); err != nil {
		return kg.RelationRecord{}, err
	}
	kind := kg.RelationKind(text(row, "gutskin_relation"))
	m := kind.Biolink()
	if m == nil {
		return kg.RelationRecord{}, kg.Errorf(kg.EINVALID, "gutskin_relation %q is not a relationship kind of this graph", kind)
	}
	if p := text(row, "predicate"); p != m.Predicate {
		return kg.RelationRecord{}, kg.Errorf(kg.EINVALID, "%s: predicate %q; this graph's mapping writes it %s", kind, p, m.Predicate)
	}
	fk, _ := kg.KindOfID(from)
	tk, _ := kg.KindOfID(to)
	if !kind.Spec().Allows(fk, tk) {
		return kg.RelationRecord{}, kg.Errorf(kg.EINVALID, "%s does not join a %s to a %s", kind, fk.Label(), tk.Label())
	}
	props := map[string]any{}
	for col, prop := range map[string]string{"gutskin_record": seed.RecordProp, "gutskin_element": seed.ElementProp} {
		if s := text(row, col); s != "" {
			canon, err := canonicalJSON(s)
			if err != nil {
				return kg.RelationRecord{}, kg.Errorf(kg.EINVALID, "%s %s→%s: %s is not JSON: %v", kind, from, to, col, err)
			}
			props[prop] = canon
		}
	}
	return kg.RelationRecord{Kind: kind, From: from, To: to, Key: string(kind) + "|" + from + "|" + to, Props: props}, nil
}

// ToSeed checks a graph read from KGX files by the seed's own rules: it is written as seed
// files (seed.Export, which keeps the records of the reference files' order) and those
// are loaded (seed.Load), so that what an import would store is exactly what loading those
// seed files stores. It returns the loaded graph and the files.
func ToSeed(g kg.Graph) (kg.Graph, map[string][]byte, error) {
	files, err := seed.Export(g, seed.Data)
	if err != nil {
		return kg.Graph{}, nil, kg.Errorf(kg.EINVALID, "the KGX files do not make valid seed records: %v", err)
	}
	loaded, err := seed.Load(seedFS(files))
	if err != nil {
		return kg.Graph{}, nil, kg.Errorf(kg.EINVALID, "the KGX files do not load as seed records: %v", err)
	}
	return loaded, files, nil
}

func seedFS(files map[string][]byte) fs.FS {
	m := fstest.MapFS{}
	for name, b := range files {
		m["data/"+name] = &fstest.MapFile{Data: b}
	}
	return m
}
