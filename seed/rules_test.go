package seed

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// Tests of the rules issue 9 added to the loader (FORMAT.md): each rule refuses the record
// that breaks it, naming the record and the field, and the shipped seed keeps them.

// expectProblem loads the minimal seed with files replaced and wants an error mentioning
// every string in want.
func expectProblem(t *testing.T, replace map[string]string, want ...string) {
	t.Helper()
	_, err := Load(fixture(t, replace))
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("err = %v, want a ValidationError mentioning %q", err, want)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error does not mention %q:\n%s", w, err)
		}
	}
}

const conditionXref = `  xrefs:
  - curie: "MONDO:0000001"
    predicate: skos:exactMatch
    label: "condition y"
    verifiedIn: ["somewhere line 1"]
`

func withXrefs(t *testing.T, block string) map[string]string {
	return map[string]string{"conditions.yaml": strings.Replace(read(t, "conditions.yaml"), "  provenance:\n", block+"  provenance:\n", 1)}
}

func TestXrefRules(t *testing.T) {
	t.Run("a verified xref is stored for the API and for look-ups", func(t *testing.T) {
		g, err := Load(fixture(t, withXrefs(t, conditionXref)))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range g.Nodes {
			if n.ID != "condition:y" {
				continue
			}
			if !strings.Contains(n.Props["xrefs"].(string), `"curie":"MONDO:0000001"`) {
				t.Errorf("xrefs = %v", n.Props["xrefs"])
			}
			if !slices.Equal(n.Props["xrefKeys"].([]string), []string{"mondo:0000001"}) || !slices.Equal(n.Props["xrefExactKeys"].([]string), []string{"mondo:0000001"}) {
				t.Errorf("keys = %v / %v", n.Props["xrefKeys"], n.Props["xrefExactKeys"])
			}
			if !strings.Contains(n.Props["searchNames"].(string), "MONDO:0000001") {
				t.Errorf("search names %q miss the CURIE", n.Props["searchNames"])
			}
			return
		}
		t.Fatal("condition:y not built")
	})
	t.Run("a non-exact xref is not an exact key", func(t *testing.T) {
		g, err := Load(fixture(t, withXrefs(t, strings.Replace(conditionXref, "exactMatch", "broadMatch", 1))))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range g.Nodes {
			if n.ID == "condition:y" && len(n.Props["xrefExactKeys"].([]string)) != 0 {
				t.Errorf("exact keys = %v", n.Props["xrefExactKeys"])
			}
		}
	})
	cases := []struct{ name, from, to, field, msg string }{
		{"unknown predicate", "skos:exactMatch", "owl:sameAs", "xrefs[0].predicate", `unknown value "owl:sameAs"`},
		{"not a CURIE", `"MONDO:0000001"`, `"acne"`, "xrefs[0].curie", "not a CURIE"},
		{"prefix without an IRI", `"MONDO:0000001"`, `"DOID:6543"`, "xrefs[0].curie", "prefix table"},
		{"no evidence", `verifiedIn: ["somewhere line 1"]`, `verifiedIn: []`, "xrefs[0].verifiedIn", "where it was seen"},
		{"no label", `label: "condition y"`, `label: ""`, "xrefs[0].label", "missing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectProblem(t, withXrefs(t, strings.Replace(conditionXref, c.from, c.to, 1)), "condition:y", "field "+c.field, c.msg)
		})
	}
	t.Run("a CURIE given twice", func(t *testing.T) {
		twice := conditionXref + strings.Replace(conditionXref, "  xrefs:\n", "", 1)
		expectProblem(t, withXrefs(t, twice), "field xrefs[1].curie", "given twice")
	})
}
