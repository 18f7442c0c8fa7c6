package neo4jstore

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gutskin/jsonld"
	"gutskin/kg"
)

var update = flag.Bool("update", false, "rewrite the golden files of compiled statements")

// TestCompiledStatementsMatchGoldenFiles keeps each shape of statement the compiler writes
// beside the plan it comes from, in testdata/compiled/: the statement, then its parameters.
// A change to a statement's shape is a diff to read, not a surprise in a benchmark. No
// database is needed; go test ./neo4jstore -run CompiledStatements -update rewrites them.
func TestCompiledStatementsMatchGoldenFiles(t *testing.T) {
	for _, c := range compiledShapes(t) {
		t.Run(c.name, func(t *testing.T) {
			got := c.cypher + "\n// parameters\n" + c.params + "\n"
			path := filepath.Join("testdata", "compiled", c.name+".cypher")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the statement compiled now (read the diff, then run with -update):\n%s", path, got)
			}
		})
	}
}

type compiledShape struct{ name, cypher, params string }

func compiledShapes(t *testing.T) []compiledShape {
	link := func(typ, field string) kg.FieldLink {
		l, ok := kg.LinkOf(typ, field)
		if !ok {
			t.Fatalf("no link %s.%s in the domain table", typ, field)
		}
		return *l
	}
	ids := &kg.Selection{Props: []string{"id"}}
	named := &kg.Selection{Props: []string{"label"}}
	nested := &kg.Selection{Props: []string{"statement"}, Links: []kg.LinkSelection{
		{Key: "source", Link: link("Claim", "source"), Far: &kg.Selection{Props: []string{"title"}}},
		{Key: "subjects", Link: link("Claim", "subjects"), Far: named},
		{Key: "evidenceSummary", Link: link("Claim", "evidenceSummary")},
		{Key: "evidence", Link: link("Claim", "evidence"), EdgeProps: []string{"stance"}, To: &kg.Selection{Props: []string{"title"},
			Links: []kg.LinkSelection{{Key: "strains", Link: link("Study", "strains"), Far: named}}}},
	}}
	// One key on two kinds: the link is chosen by label.
	grouped := &kg.Selection{Links: []kg.LinkSelection{
		{Key: "studies", Link: link("Strain", "studies"), OnKinds: []kg.Kind{kg.KindStrain}, Far: ids},
		{Key: "claims", Link: link("Strain", "claims"), OnKinds: []kg.Kind{kg.KindStrain}, Far: ids},
		{Key: "mechanisms", Link: link("Strain", "mechanisms"), EdgeProps: []string{"effect"}, OnKinds: []kg.Kind{kg.KindStrain},
			From: ids, To: ids, Studies: ids},
	}}

	after := &kg.Cursor{Key: "gut", ID: "claim:b"}
	testedIn := []kg.Step{{Rel: kg.RelExamined, Incoming: true}, {Rel: kg.RelInvestigates}}
	lists := []struct {
		name  string
		q     kg.ListQuery
		sel   *kg.Selection
		total bool
	}{
		{"list-unfiltered-total", kg.ListQuery{Kind: kg.KindStudy, SortField: "year", Page: kg.Page{First: 10}}, ids, true},
		{"list-unfiltered-after-desc", kg.ListQuery{Kind: kg.KindClaim, SortField: "sortName", Descending: true, Page: kg.Page{First: 10, After: after}}, ids, false},
		{"list-unfiltered-before", kg.ListQuery{Kind: kg.KindClaim, SortField: "sortName", Page: kg.Page{Last: 10, Before: after}}, ids, false},
		{"list-nested-claims", kg.ListQuery{Kind: kg.KindClaim, SortField: "sortName", Page: kg.Page{First: 60}}, nested, false},
		{"list-property-equals", kg.ListQuery{Kind: kg.KindClaim, SortField: "sortName", Page: kg.Page{First: 10},
			Filters: []kg.Filter{{Op: kg.FilterEquals, Prop: "disputed", Value: true}}}, ids, true},
		{"list-property-range-and-in", kg.ListQuery{Kind: kg.KindStudy, SortField: "sortName", Page: kg.Page{First: 10},
			Filters: []kg.Filter{{Op: kg.FilterAtLeast, Prop: "year", Value: 2015}, {Op: kg.FilterAtMost, Prop: "year", Value: 2020},
				{Op: kg.FilterIn, Prop: "design", Value: []string{"META_ANALYSIS"}}}}, ids, true},
		{"list-links-to", kg.ListQuery{Kind: kg.KindStudy, SortField: "sortName", Page: kg.Page{First: 10},
			Filters: []kg.Filter{{Op: kg.FilterLinksTo, Prop: string(kg.RelInvestigates), Value: "mechanism:gut-barrier-integrity"}}}, ids, true},
		{"list-linked-from", kg.ListQuery{Kind: kg.KindStudy, SortField: "year", Descending: true, Page: kg.Page{First: 10, After: &kg.Cursor{Key: int64(2020), ID: "study:x"}},
			Filters: []kg.Filter{{Op: kg.FilterLinkedFrom, Prop: string(kg.RelCites), Value: "source:gut-skin-evidence"}}}, ids, true},
		{"list-reaches-roll-up", kg.ListQuery{Kind: kg.KindStudy, SortField: "sortName", Page: kg.Page{First: 10},
			Filters: []kg.Filter{{Op: kg.FilterReaches, Value: "condition:acne", Paths: [][]kg.Step{{{Rel: kg.RelInvestigates}}}, Up: []kg.RelationKind{kg.RelSubtypeOf}}}}, ids, true},
		{"list-reaches-two-steps", kg.ListQuery{Kind: kg.KindStrain, SortField: "sortName", Page: kg.Page{Last: 10},
			Filters: []kg.Filter{{Op: kg.FilterReaches, Value: "condition:acne", Paths: [][]kg.Step{testedIn}}}}, ids, true},
		{"list-reaches-two-paths-and-property", kg.ListQuery{Kind: kg.KindStrain, SortField: "sortName", Page: kg.Page{First: 10},
			Filters: []kg.Filter{{Op: kg.FilterEquals, Prop: "strainKind", Value: "PRODUCT"},
				{Op: kg.FilterReaches, Value: "mechanism:gut-barrier-integrity", Paths: [][]kg.Step{{{Rel: kg.RelModulates}}, testedIn}}}}, ids, false},
		// The release's JSON-LD of sources: each lists at most jsonld.CitationLimit citations.
		{"list-jsonld-sources-by-id", kg.ListQuery{Kind: kg.KindSource, SortField: "id", Page: kg.Page{First: 20, After: &kg.Cursor{Key: "source:a", ID: "source:a"}}}, jsonld.Selection(), false},
		{"list-grouped-links", kg.ListQuery{Kind: kg.KindStrain, SortField: "sortName", Page: kg.Page{First: 5},
			Filters: []kg.Filter{{Op: kg.FilterLinksTo, Prop: string(kg.RelMemberOf), Value: "species:lacticaseibacillus-rhamnosus"}}}, grouped, false},
	}
	var out []compiledShape
	for _, l := range lists {
		cypher, params, err := compileList(l.q, l.sel, l.total, kg.ListCountLimit)
		if err != nil {
			t.Fatalf("%s: %v", l.name, err)
		}
		b, err := json.MarshalIndent(params, "", "  ")
		if err != nil {
			t.Fatalf("%s: %v", l.name, err)
		}
		out = append(out, compiledShape{l.name, strings.TrimSpace(cypher), string(b)})
	}
	return out
}
