package kgtest

import (
	"reflect"
	"testing"

	"gopkg.in/yaml.v3"
)

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
