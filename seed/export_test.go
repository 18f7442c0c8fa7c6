package seed

import (
	"io/fs"
	"reflect"
	"testing"

	"gopkg.in/yaml.v3"
)

// Exporting the graph the seed builds gives back the seed files: the same records, in
// the same order, field by field (as parsed: quoting, line breaks and comments between
// records may differ).
func TestExportOfTheSeedIsTheSeed(t *testing.T) {
	g, err := Load(Data)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Export(g, Data)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(Data, "data/*.yaml")
	if len(files) != len(names) {
		t.Fatalf("exported %d files, the seed has %d", len(files), len(names))
	}
	for _, path := range names {
		want, _ := fs.ReadFile(Data, path)
		got, ok := files[path[len("data/"):]]
		if !ok {
			t.Errorf("%s was not exported", path)
			continue
		}
		SameRecords(t, path, want, got)
	}
}

// SameRecords fails unless two seed files hold the same records in the same order, an
// empty value and an absent one counting as the same.
func SameRecords(t *testing.T, name string, want, got []byte) {
	t.Helper()
	var w, g []any
	if err := yaml.Unmarshal(want, &w); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := yaml.Unmarshal(got, &g); err != nil {
		t.Fatalf("%s as exported: %v\n%s", name, err, got)
	}
	if len(w) != len(g) {
		t.Errorf("%s: %d records, exported %d", name, len(w), len(g))
	}
	for i := range min(len(w), len(g)) {
		if a, b := normalize(w[i]), normalize(g[i]); !reflect.DeepEqual(a, b) {
			t.Errorf("%s: record %d differs:\nseed:     %v\nexported: %v", name, i, a, b)
		}
	}
}

// normalize drops empty values, which the loader reads as absent.
func normalize(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			if n := normalize(e); n != nil {
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
			out[i] = normalize(e)
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
