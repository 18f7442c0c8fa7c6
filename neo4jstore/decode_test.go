package neo4jstore

import (
	"strings"
	"testing"
)

// TestDecodingRefusesUnexpectedTypes: a stored value of the wrong type is an error that
// names it, not a silent zero.
func TestDecodingRefusesUnexpectedTypes(t *testing.T) {
	good := func() map[string]any {
		return map[string]any{"id": "strain:hn001", "kind": "STRAIN", "provenance": `[{"source":"source:x","section":"s","citations":[1]}]`}
	}
	if e, err := entityFromMap(good()); err != nil || e.ID != "strain:hn001" || len(e.Provenance) != 1 {
		t.Fatalf("a good entity: %+v, %v", e, err)
	}
	for name, change := range map[string]func(m map[string]any){
		"id a number":         func(m map[string]any) { m["id"] = int64(3) },
		"unknown kind":        func(m map[string]any) { m["kind"] = "PLANET" },
		"provenance a list":   func(m map[string]any) { m["provenance"] = []any{"x"} },
		"provenance not JSON": func(m map[string]any) { m["provenance"] = "[{" },
	} {
		m := good()
		change(m)
		if _, err := entityFromMap(m); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	rel := func() map[string]any {
		return map[string]any{"type": "MODULATES", "from": "strain:hn001", "to": "mechanism:m",
			"props": map[string]any{"maturity": "EARLY", "number": int64(2), "studyIds": []any{"study:a"}}}
	}
	if r, err := relationFrom(rel()); err != nil || r.Number != 2 || r.Studies[0] != "study:a" {
		t.Fatalf("a good relationship: %+v, %v", r, err)
	}
	for name, change := range map[string]func(m map[string]any){
		"number a string":   func(m map[string]any) { m["props"].(map[string]any)["number"] = "2" },
		"study id a number": func(m map[string]any) { m["props"].(map[string]any)["studyIds"] = []any{int64(1)} },
		"unknown type":      func(m map[string]any) { m["type"] = "LOVES" },
		"maturity a bool":   func(m map[string]any) { m["props"].(map[string]any)["maturity"] = true },
	} {
		m := rel()
		change(m)
		_, err := relationFrom(m)
		if err == nil || !strings.Contains(err.Error(), "neo4jstore") {
			t.Errorf("%s: error %v", name, err)
		}
	}
}
