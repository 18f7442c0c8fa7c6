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
	"strconv"
	"strings"

	"gutskin/cite"
	"gutskin/jsonld"
	"gutskin/kg"
	"gutskin/kgx"
	"gutskin/seed"
)

// Reader is what the parts read the live graph through: the keyset lists and the export's
// batches, which hold one page at a time, and a whole snapshot for the seed files alone.
type Reader interface {
	kg.Store
	kg.ExportReader
	Snapshot(ctx context.Context) (kg.Graph, error)
}

// Standard are the parts of a release, in the order they are written: the seed files (left
// out when reference is nil, for a graph not loaded from seed files), CSV tables, JSON-LD
// with URLs under base, KGX and the bibliography.
func Standard(r Reader, base string, reference fs.FS) []Part {
	var parts []Part
	if reference != nil {
		parts = append(parts, SeedFiles(r, reference))
	}
	return append(parts, Tables(r), LinkedData(r, base), KGX(r), Bibliography(r))
}

// SeedFiles writes the graph as the seed files it loads from (seed/data/*.yaml), in the
// order of the seed files in reference: `-seed-dir` loads a release's graph back. Seed files
// are written from a snapshot of the whole graph, the one part that holds it at once.
func SeedFiles(r Reader, reference fs.FS) Part {
	return Part{Name: "seed files", Write: func(ctx context.Context, dir string) ([]File, error) {
		g, err := r.Snapshot(ctx)
		if err != nil {
			return nil, err
		}
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

// Tables writes every list as a CSV table: one per kind of entity, in id order, with its
// properties as columns, and one of relationships in the order of from, kind and to. Rows
// are written as they are read, a page at a time.
func Tables(r Reader) Part {
	return Part{Name: "CSV tables", Write: func(ctx context.Context, dir string) ([]File, error) {
		var out []File
		for _, spec := range kg.KindSpecs {
			header := []string{"id", "label"}
			for _, p := range spec.Props {
				header = append(header, p.Name)
			}
			header = append(header, "xrefs", "provenance")
			name := strings.ToLower(spec.Label)
			path := "tables/" + name + ".csv"
			err := writeCSV(dir, path, header, func(write func([]string) error) error {
				return eachEntity(ctx, r, spec.Kind, &kg.Selection{Props: header}, propertyPage, func(n kg.Row) error {
					row := []string{cell(n["id"]), cell(n["label"])}
					for _, p := range spec.Props {
						row = append(row, cell(n[p.Name]))
					}
					return write(append(row, xrefCURIEs(n["xrefs"]), cell(n["provenance"])))
				})
			})
			if err != nil {
				return nil, err
			}
			out = append(out, File{Path: path, Name: "Every " + name + " of the graph, one per row", Format: "text/csv"})
		}
		cols := []string{"effect", "maturity", "stance", "position", "number", "note"}
		header := append(append([]string{"kind", "from", "to"}, cols...), "studies", "provenance")
		err := writeCSV(dir, "tables/relationships.csv", header, func(write func([]string) error) error {
			return kgx.EachEdge(ctx, r, func(e kg.RelationRecord) error {
				row := []string{string(e.Kind), e.From, e.To}
				for _, c := range cols {
					row = append(row, cell(e.Props[c]))
				}
				return write(append(row, cell(e.Props["studyIds"]), cell(e.Props["provenance"])))
			})
		})
		if err != nil {
			return nil, err
		}
		return append(out, File{Path: "tables/relationships.csv", Name: "Every relationship of the graph, one per row", Format: "text/csv"}), nil
	}}
}

// Pages the release reads: entities with their properties alone come 500 at a time; with
// their links (JSON-LD) 20, as a source's document holds up to jsonld.CitationLimit others.
const (
	propertyPage = 500
	linkedPage   = 20
)

// eachEntity calls fn with every live entity of a kind, in id order, read first at a time
// through the store's keyset list with the selection.
func eachEntity(ctx context.Context, store kg.Store, kind kg.Kind, sel *kg.Selection, first int, fn func(kg.Row) error) error {
	q := kg.ListQuery{Kind: kind, SortField: "id", Page: kg.Page{First: first}}
	for {
		page, err := store.Page(ctx, q, sel, false)
		if err != nil {
			return err
		}
		for _, row := range page.Rows {
			if err := fn(row); err != nil {
				return err
			}
		}
		if !page.Info.HasNext || len(page.Cursors) == 0 {
			return nil
		}
		last := page.Cursors[len(page.Cursors)-1]
		q.Page.After = &last
	}
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

// writeCSV writes dir/path as a CSV table: header, then each row rows passes to write.
func writeCSV(dir, path string, header []string, rows func(write func([]string) error) error) error {
	return writeStream(dir, path, func(w io.Writer) error {
		cw := csv.NewWriter(w)
		if err := cw.Write(header); err != nil {
			return err
		}
		if err := rows(cw.Write); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	})
}

// writeStream writes a file of the release through a buffer, as write produces it.
func writeStream(dir, path string, write func(io.Writer) error) error {
	full := filepath.Join(dir, filepath.FromSlash(path))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	f, err := os.Create(full)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 64<<10)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
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
			path := "jsonld/" + strings.ToLower(spec.Label) + ".jsonld"
			if err := writeStream(dir, path, func(w io.Writer) error { return writeLinkedData(ctx, store, spec.Kind, base, w) }); err != nil {
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
	err := eachEntity(ctx, store, kind, jsonld.Selection(), linkedPage, func(row kg.Row) error {
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
		_, err := w.Write(bytes.TrimRight(b.Bytes(), "\n"))
		return err
	})
	if err != nil {
		return err
	}
	if !first {
		if _, err := io.WriteString(w, "\n"); err != nil {
			return err
		}
	}
	_, err = io.WriteString(w, "]\n")
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
// (package cite): CSL-JSON, BibTeX and RIS, in id order, as the studies are read.
func Bibliography(r Reader) Part {
	return Part{Name: "bibliography", Write: func(ctx context.Context, dir string) ([]File, error) {
		var out []File
		sel := &kg.Selection{Props: []string{"title", "authors", "year", "journal", "volume", "issue", "pages", "doi", "url", "pmid", "design"}}
		for _, f := range cite.Formats {
			path := "bibliography/studies" + f.Extension()
			err := writeStream(dir, path, func(w io.Writer) error {
				cw, err := cite.NewWriter(w, f)
				if err != nil {
					return err
				}
				var keys cite.KeyRanker
				err = eachEntity(ctx, r, kg.KindStudy, sel, propertyPage, func(p kg.Row) error {
					year, _ := toInt(p["year"])
					s := cite.Study{ID: cell(p["id"]), Title: cell(p["title"]), Authors: kg.Strings(p["authors"]),
						Year: year, Journal: cell(p["journal"]), Volume: cell(p["volume"]), Issue: cell(p["issue"]), Pages: cell(p["pages"]),
						DOI: cell(p["doi"]), URL: cell(p["url"]), PMID: cell(p["pmid"]), Design: cell(p["design"])}
					return cw.Write(s, keys.Key(s))
				})
				if err != nil {
					return err
				}
				return cw.Close()
			})
			if err != nil {
				return nil, err
			}
			out = append(out, File{Path: path, Name: "Every study of the graph as " + string(f), Format: strings.TrimSuffix(f.ContentType(), "; charset=utf-8")})
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
