package kgtest

import (
	"context"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"gutskin/kg"
	"gutskin/neo4jstore"
	"gutskin/seed"
)

// ExportOf returns the store's graph as it is now and that graph exported as seed files
// (seed.Export), by file name.
func ExportOf(tb testing.TB, store *neo4jstore.Store) (kg.Graph, map[string][]byte) {
	tb.Helper()
	g, err := store.Snapshot(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	files, err := seed.Export(g, seed.Data)
	if err != nil {
		tb.Fatal(err)
	}
	return g, files
}

// SameFilesAsSeed fails unless exported files (by name, as seed.Export gives them) are the
// seed's: every one of its files, each with the same records (SameSeedRecords).
func SameFilesAsSeed(tb testing.TB, files map[string][]byte) {
	tb.Helper()
	names, _ := fs.Glob(seed.Data, "data/*.yaml")
	if len(names) == 0 || len(files) != len(names) {
		tb.Fatalf("exported %d files, the seed has %d", len(files), len(names))
	}
	for _, path := range names {
		want, _ := fs.ReadFile(seed.Data, path)
		got, ok := files[strings.TrimPrefix(path, "data/")]
		if !ok {
			tb.Errorf("%s was not exported", path)
			continue
		}
		SameSeedRecords(tb, path, want, got)
	}
}

// SameSeedRecords fails unless two seed files hold the same records in the same order,
// field by field as parsed (quoting, line breaks and comments may differ), an empty value
// and an absent one counting as the same, as the loader reads them.
func SameSeedRecords(tb testing.TB, name string, want, got []byte) {
	tb.Helper()
	var w, g []any
	if err := yaml.Unmarshal(want, &w); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	if err := yaml.Unmarshal(got, &g); err != nil {
		tb.Fatalf("%s as exported: %v\n%s", name, err, got)
	}
	if len(w) != len(g) {
		tb.Errorf("%s: %d records, exported %d", name, len(w), len(g))
	}
	for i := range min(len(w), len(g)) {
		if a, b := withoutEmpty(w[i]), withoutEmpty(g[i]); !reflect.DeepEqual(a, b) {
			tb.Errorf("%s: record %d differs:\nwant: %v\ngot:  %v", name, i, a, b)
		}
	}
}

func withoutEmpty(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			if n := withoutEmpty(e); n != nil {
				out[k] = n
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case []any:
		if len(x) == 0 {
			return nil
		}
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = withoutEmpty(e)
		}
		return out
	case string:
		if x == "" {
			return nil
		}
	case int:
		if x == 0 {
			return nil
		}
	}
	return v
}
