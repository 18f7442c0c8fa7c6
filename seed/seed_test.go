package seed

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"gutskin/kg"
)

// nodeOf returns the node g built with id, and fails the test when it built none.
func nodeOf(t *testing.T, g kg.Graph, id string) kg.NodeRecord {
	t.Helper()
	for _, n := range g.Nodes {
		if n.ID == id {
			return n
		}
	}
	t.Fatalf("no node %s was built", id)
	return kg.NodeRecord{}
}

// fixture returns the minimal valid dataset as an in-memory file system, with some files
// replaced, so that each test states only what it breaks.
func fixture(t *testing.T, replace map[string]string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	dir := "testdata/minimal/data"
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(dir + "/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		m["data/"+e.Name()] = &fstest.MapFile{Data: b}
	}
	for name, text := range replace {
		m["data/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

func TestLoadMinimal(t *testing.T) {
	g, err := Load(fixture(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(g.Nodes); got != 9 {
		t.Errorf("nodes = %d, want 9", got)
	}
	kinds := map[kg.RelationKind]int{}
	for _, r := range g.Relations {
		kinds[r.Kind]++
		if r.Props["provenance"] == "" || r.Props["provenance"] == nil {
			t.Errorf("relationship %s has no provenance", r.Key)
		}
	}
	want := map[kg.RelationKind]int{kg.RelCites: 1, kg.RelMemberOf: 1, kg.RelMakes: 1, kg.RelAbout: 2, kg.RelHasEvidence: 1,
		kg.RelReports: 1, kg.RelMeasures: 1, kg.RelModulates: 1, kg.RelInfluences: 1, kg.RelAffects: 1, kg.RelExamined: 1}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%s relationships = %d, want %d", k, kinds[k], n)
		}
	}
	for _, n := range g.Nodes {
		if n.ID == "strain:x1" {
			names, _ := n.Props["searchNames"].(string)
			if !strings.Contains(names, "Oldus bacillus X1") {
				t.Errorf("strain search names %q miss the former name", names)
			}
		}
	}
}

func TestValidationReportsWhereAndWhat(t *testing.T) {
	tests := []struct {
		name    string
		replace map[string]string
		want    []string
	}{
		{"unknown enum", map[string]string{"studies.yaml": strings.Replace(read(t, "studies.yaml"), "RANDOMIZED_CONTROLLED_TRIAL", "RCT", 1)},
			[]string{"data/studies.yaml:7", "study:10.1000/test.1", "field design", `unknown value "RCT"`}},
		{"missing field", map[string]string{"claims.yaml": strings.Replace(read(t, "claims.yaml"), "statement: X1 helps with Y.", "", 1)},
			[]string{"data/claims.yaml:1", "claim:x1-helps-y", "field statement", "missing"}},
		{"duplicate id", map[string]string{"factors.yaml": read(t, "factors.yaml") + strings.Replace(read(t, "factors.yaml"), "Made-up fibre.", "Again.", 1)},
			[]string{"data/factors.yaml:8", "factor:fibre", "duplicate"}},
		{"dangling reference", map[string]string{"strains.yaml": strings.Replace(read(t, "strains.yaml"), "species: species:testus-bacillus", "species: species:nobody", 1)},
			[]string{"data/strains.yaml:4", "strain:x1", "field species", `"species:nobody", which does not exist`}},
		{"wrong kind of reference", map[string]string{"findings.yaml": strings.Replace(read(t, "findings.yaml"), "study: study:10.1000/test.1", "study: strain:x1", 1)},
			[]string{"data/findings.yaml:2", "finding:x1-y-score", "field study", "a STRAIN"}},
		{"unknown citation number", map[string]string{"mechanisms.yaml": strings.Replace(read(t, "mechanisms.yaml"), "citations: []", "citations: [7]", 1)},
			[]string{"data/mechanisms.yaml:7", "mechanism:barrier", "provenance[0].citations", "number 7"}},
		{"unknown field", map[string]string{"factors.yaml": strings.Replace(read(t, "factors.yaml"), "kind: DIET", "kind: DIET\n  colour: green", 1)},
			[]string{"data/factors.yaml:5", "factor:fibre", "field colour", "unknown field"}},
		{"missing provenance", map[string]string{"conditions.yaml": strings.Replace(read(t, "conditions.yaml"), "  provenance:\n    - {source: source:doc-a, section: Body, citations: []}\n", "", 1)},
			[]string{"data/conditions.yaml:1", "condition:y", "field provenance", "missing"}},
		{"relationship between wrong kinds", map[string]string{"relationships.yaml": strings.Replace(read(t, "relationships.yaml"), "from: factor:fibre", "from: condition:y", 1)},
			[]string{"data/relationships.yaml", "AFFECTS condition:y→mechanism:barrier", "field from", "a CONDITION"}},
		{"not YAML", map[string]string{"sources.yaml": "- id: [unclosed"},
			[]string{"data/sources.yaml:1", "not valid YAML"}},
		{"missing file", map[string]string{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fixture(t, tt.replace)
			if tt.want == nil {
				delete(fsys.(fstest.MapFS), "data/factors.yaml")
				tt.want = []string{"data/factors.yaml", "cannot read the file"}
			}
			_, err := Load(fsys)
			var verr *ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("err = %v, want a ValidationError", err)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error does not mention %q:\n%s", w, msg)
				}
			}
		})
	}
}

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/minimal/data/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestShippedSeedIsValid keeps the real seed loadable: every reviewer's edit must pass.
func TestShippedSeedIsValid(t *testing.T) {
	g, err := Load(Data)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) == 0 || len(g.Relations) == 0 {
		t.Fatalf("empty graph: %d nodes, %d relationships", len(g.Nodes), len(g.Relations))
	}
}
