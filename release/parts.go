package release

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gutskin/cite"
	"gutskin/jsonld"
	"gutskin/kg"
	"gutskin/kgx"
	"gutskin/seed"
)

// SeedFiles writes the graph as the seed files it loads from (seed/data/*.yaml), in the
// order of the seed files in reference: `-seed-dir` loads a release's graph back.
func SeedFiles(g kg.Graph, reference fs.FS) Part {
	return Part{Name: "seed files", Write: func(_ context.Context, dir string) ([]File, error) {
		files, err := seed.Export(g, reference)
		if err != nil {
			return nil, err
		}
		var out []File
		for name, b := range files {
			path := "seed/data/" + name
			if err := writeFile(dir, path, b); err != nil {
				return nil, err
			}
			out = append(out, File{Path: path, Name: "Seed file " + name + " (load with -seed-dir)", Format: "application/yaml"})
		}
		return out, nil
	}}
}

// Tables writes every list as a CSV table: one per kind of entity, with its properties as
// columns, and one of relationships.
func Tables(g kg.Graph) Part {
	return Part{Name: "CSV tables", Write: func(_ context.Context, dir string) ([]File, error) {
		var out []File
		for _, spec := range kg.KindSpecs {
			header := []string{"id", "label"}
			for _, p := range spec.Props {
				header = append(header, p.Name)
			}
			header = append(header, "xrefs", "provenance")
			rows := [][]string{header}
			for _, n := range g.Nodes {
				if n.Kind != spec.Kind {
					continue
				}
				row := []string{n.ID, cell(n.Props["label"])}
				for _, p := range spec.Props {
					row = append(row, cell(n.Props[p.Name]))
				}
				rows = append(rows, append(row, xrefCURIEs(n.Props["xrefs"]), cell(n.Props["provenance"])))
			}
			slices.SortFunc(rows[1:], func(a, b []string) int { return strings.Compare(a[0], b[0]) })
			name := strings.ToLower(spec.Label)
			path := "tables/" + name + ".csv"
			if err := writeCSV(dir, path, rows); err != nil {
				return nil, err
			}
			out = append(out, File{Path: path, Name: "Every " + name + " of the graph, one per row", Format: "text/csv"})
		}
		cols := []string{"effect", "maturity", "stance", "position", "number", "note"}
		rows := [][]string{append(append([]string{"kind", "from", "to"}, cols...), "studies", "provenance")}
		for _, r := range g.Relations {
			row := []string{string(r.Kind), r.From, r.To}
			for _, c := range cols {
				row = append(row, cell(r.Props[c]))
			}
			rows = append(rows, append(row, cell(r.Props["studyIds"]), cell(r.Props["provenance"])))
		}
		slices.SortFunc(rows[1:], func(a, b []string) int { return strings.Compare(strings.Join(a[:3], "|"), strings.Join(b[:3], "|")) })
		if err := writeCSV(dir, "tables/relationships.csv", rows); err != nil {
			return nil, err
		}
		return append(out, File{Path: "tables/relationships.csv", Name: "Every relationship of the graph, one per row", Format: "text/csv"}), nil
	}}
}

// cell writes a stored value as text: lists joined with "; ", numbers as Go writes them.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []string:
		return strings.Join(x, "; ")
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cell(e)
		}
		return strings.Join(parts, "; ")
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case *int:
		if x == nil {
			return ""
		}
		return strconv.Itoa(*x)
	}
	return fmt.Sprint(v)
}

// xrefCURIEs lists an entity's verified identifiers as "CURIE (predicate)".
func xrefCURIEs(v any) string {
	text, _ := v.(string)
	var xrefs []kg.Xref
	if text == "" || json.Unmarshal([]byte(text), &xrefs) != nil {
		return ""
	}
	out := make([]string, len(xrefs))
	for i, x := range xrefs {
		out[i] = x.Curie + " (" + x.Predicate + ")"
	}
	return strings.Join(out, "; ")
}

func writeCSV(dir, path string, rows [][]string) error {
	var b strings.Builder
	w := csv.NewWriter(&b)
	if err := w.WriteAll(rows); err != nil {
		return err
	}
	return writeFile(dir, path, []byte(b.String()))
}

func writeFile(dir, path string, b []byte) error {
	full := filepath.Join(dir, filepath.FromSlash(path))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	return os.WriteFile(full, b, 0o644)
}

// LinkedData writes the JSON-LD document of every live entity (package jsonld), one file per
// kind, each a JSON array of documents in id order, with URLs under base. Entities are read
// a page at a time through the store's keyset lists.
func LinkedData(store kg.Store, base string) Part {
	return Part{Name: "JSON-LD", Write: func(ctx context.Context, dir string) ([]File, error) {
		var out []File
		for _, spec := range kg.KindSpecs {
			// Written as read, a page at a time: the documents are never all in memory.
			path := "jsonld/" + strings.ToLower(spec.Label) + ".jsonld"
			full := filepath.Join(dir, filepath.FromSlash(path))
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				return nil, err
			}
			f, err := os.Create(full)
			if err != nil {
				return nil, err
			}
			w := bufio.NewWriterSize(f, 64<<10)
			err = writeLinkedData(ctx, store, spec.Kind, base, w)
			if err == nil {
				err = w.Flush()
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return nil, err
			}
			out = append(out, File{Path: path, Name: "Every " + strings.ToLower(spec.Label) + " as schema.org JSON-LD", Format: "application/ld+json"})
		}
		return out, nil
	}}
}

// writeLinkedData writes a JSON array of the JSON-LD documents of every live entity of a kind,
// in id order, one indented document after another.
func writeLinkedData(ctx context.Context, store kg.Store, kind kg.Kind, base string, w io.Writer) error {
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	first := true
	q := kg.ListQuery{Kind: kind, SortField: "id", Page: kg.Page{First: 100}}
	for {
		page, err := store.Page(ctx, q, jsonld.Selection(), false)
		if err != nil {
			return err
		}
		for _, row := range page.Rows {
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetIndent("  ", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(jsonld.Document(row, base)); err != nil {
				return err
			}
			sep := ",\n  "
			if first {
				sep, first = "\n  ", false
			}
			if _, err := io.WriteString(w, sep); err != nil {
				return err
			}
			if _, err := w.Write(bytes.TrimRight(b.Bytes(), "\n")); err != nil {
				return err
			}
		}
		if !page.Info.HasNext || len(page.Cursors) == 0 {
			break
		}
		last := page.Cursors[len(page.Cursors)-1]
		q.Page.After = &last
	}
	if !first {
		if _, err := io.WriteString(w, "\n"); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "]\n")
	return err
}

// KGX writes the live graph in the Biolink model as KGX TSV (with its frictionless data
// package) under kgx/ and as KGX JSON Lines under kgx-jsonl/, streamed from the store.
func KGX(store kg.ExportReader) Part {
	return Part{Name: "KGX", Write: func(ctx context.Context, dir string) ([]File, error) {
		var out []File
		for _, f := range []struct {
			format kgx.Format
			sub    string
		}{{kgx.TSV, "kgx"}, {kgx.JSONL, "kgx-jsonl"}} {
			names, err := kgx.WriteDir(ctx, store, f.format, filepath.Join(dir, f.sub))
			if err != nil {
				return nil, err
			}
			for _, name := range names {
				format, what := strings.TrimSuffix(kgx.ContentType(f.format), "; charset=utf-8"), "The graph's "+strings.TrimSuffix(name, filepath.Ext(name))+" as KGX ("+string(f.format)+", Biolink model)"
				if name == "datapackage.json" {
					format, what = "application/json", "A frictionless data package describing the KGX TSV files"
				}
				out = append(out, File{Path: f.sub + "/" + name, Name: what, Format: format})
			}
		}
		return out, nil
	}}
}

// Bibliography writes every study of the graph as one bibliography in each citation format
// (package cite): CSL-JSON, BibTeX and RIS, in id order.
func Bibliography(g kg.Graph) Part {
	return Part{Name: "bibliography", Write: func(_ context.Context, dir string) ([]File, error) {
		var studies []cite.Study
		for _, n := range g.Nodes {
			if n.Kind != kg.KindStudy {
				continue
			}
			p := n.Props
			year, _ := toInt(p["year"])
			studies = append(studies, cite.Study{ID: n.ID, Title: cell(p["title"]), Authors: kg.Strings(p["authors"]),
				Year: year, Journal: cell(p["journal"]), Volume: cell(p["volume"]), Issue: cell(p["issue"]), Pages: cell(p["pages"]),
				DOI: cell(p["doi"]), URL: cell(p["url"]), PMID: cell(p["pmid"]), Design: cell(p["design"])})
		}
		slices.SortFunc(studies, func(a, b cite.Study) int { return strings.Compare(a.ID, b.ID) })
		var out []File
		for _, f := range []struct {
			format        cite.Format
			name, format2 string
		}{
			{cite.CSLJSON, "studies.json", "application/vnd.citationstyles.csl+json"},
			{cite.BibTeX, "studies.bib", "application/x-bibtex"},
			{cite.RIS, "studies.ris", "application/x-research-info-systems"},
		} {
			b, err := cite.Write(f.format, studies)
			if err != nil {
				return nil, err
			}
			path := "bibliography/" + f.name
			if err := writeFile(dir, path, b); err != nil {
				return nil, err
			}
			out = append(out, File{Path: path, Name: "Every study of the graph as " + string(f.format), Format: f.format2})
		}
		return out, nil
	}}
}

func toInt(v any) (int, bool) {
	switch x := v.(type) {
	case int64:
		return int(x), true
	case int:
		return x, true
	case float64:
		return int(x), true
	}
	return 0, false
}
