package seed

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"gutskin/kg"
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

func studies(t *testing.T, from, to string) map[string]string {
	s := read(t, "studies.yaml")
	if !strings.Contains(s, from) {
		t.Fatalf("the fixture lacks %q", from)
	}
	return map[string]string{"studies.yaml": strings.Replace(s, from, to, 1)}
}

func studyRecord(t *testing.T, replace map[string]string) kg.RecordStatus {
	t.Helper()
	g, err := Load(fixture(t, replace))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes {
		if n.Kind == kg.KindStudy {
			var st kg.RecordStatus
			if err := json.Unmarshal([]byte(n.Props["recordStatus"].(string)), &st); err != nil {
				t.Fatal(err)
			}
			return st
		}
	}
	t.Fatal("no study built")
	return kg.RecordStatus{}
}

func TestStudyRecordRules(t *testing.T) {
	t.Run("every study shows whether its record is complete", func(t *testing.T) {
		st := studyRecord(t, nil)
		if !st.Complete || len(st.Missing) != 0 || len(st.Verified) != 0 {
			t.Errorf("record = %+v, want complete and nothing verified", st)
		}
		if strings.Join(st.Unverified, ",") != "title,authors,year,journal,doi" {
			t.Errorf("unverified = %v", st.Unverified)
		}
		st = studyRecord(t, studies(t, "  authors: [Doe, J.]\n", "  authors: []\n"))
		if st.Complete || strings.Join(st.Missing, ",") != "authors" {
			t.Errorf("without authors: %+v", st)
		}
	})
	t.Run("verified fields are listed with where they were seen", func(t *testing.T) {
		st := studyRecord(t, studies(t, "  design:", "  verified:\n  - {fields: [title, doi], seenIn: record A}\n  - {fields: [doi], seenIn: record B}\n  design:"))
		if len(st.Verified) != 2 || st.Verified[1].Field != "doi" || strings.Join(st.Verified[1].SeenIn, ",") != "record A,record B" {
			t.Errorf("verified = %+v", st.Verified)
		}
		if strings.Join(st.Unverified, ",") != "authors,year,journal" {
			t.Errorf("unverified = %v", st.Unverified)
		}
	})
	cases := []struct{ name, from, to, field, msg string }{
		{"a verified field the record lacks", "  design:", "  verified:\n  - {fields: [pmid], seenIn: record A}\n  design:", "verified[0].fields", "does not give it"},
		{"an unknown field", "  design:", "  verified:\n  - {fields: [colour], seenIn: record A}\n  design:", "verified[0].fields", `unknown field "colour"`},
		{"no evidence", "  design:", "  verified:\n  - {fields: [title], seenIn: \"\"}\n  design:", "verified[0].seenIn", "missing"},
		{"a PMID that is not one", "  design:", "  pmid: PMC123\n  design:", "pmid", "not a PubMed id"},
		{"a cited title equal to the title", "  design:", "  citedTitle: A trial of strain X in condition Y\n  design:", "citedTitle", "same as the title"},
		{"a DOI under another id", "  doi: 10.1000/test.1\n", "  doi: 10.1000/test.2\n", "id", "unless idKeptBecause"},
		{"a kept id that was not kept", "  design:", "  idKeptBecause: stable\n  design:", "idKeptBecause", "nothing is kept"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectProblem(t, studies(t, c.from, c.to), "study:10.1000/test.1", "field "+c.field, c.msg)
		})
	}
	t.Run("a study that gained a DOI keeps its id with the reason", func(t *testing.T) {
		st := studyRecord(t, studies(t, "  doi: 10.1000/test.1\n", "  doi: 10.1000/test.2\n  idKeptBecause: the DOI was verified later\n"))
		if !st.Complete {
			t.Errorf("record = %+v", st)
		}
	})
}

// TestExplainerReferences checks the five references of the evidence-grading explainer
// against the verified records: 2 and 3 complete and verified, 4 without a PMID, 5 with a
// verified title only, 1 unverified and saying so.
func TestExplainerReferences(t *testing.T) {
	g, err := Load(Data)
	if err != nil {
		t.Fatal(err)
	}
	bySource := map[int]kg.NodeRecord{}
	cites := map[string]int{}
	for _, r := range g.Relations {
		if r.Kind == kg.RelCites && r.From == "source:gut-skin-evidence" {
			cites[r.To] = r.Props["number"].(int)
		}
	}
	for _, n := range g.Nodes {
		if num, ok := cites[n.ID]; ok {
			bySource[num] = n
		}
	}
	status := func(n int) kg.RecordStatus {
		var st kg.RecordStatus
		if err := json.Unmarshal([]byte(bySource[n].Props["recordStatus"].(string)), &st); err != nil {
			t.Fatal(err)
		}
		return st
	}
	verifiedFields := func(st kg.RecordStatus) string {
		var fs []string
		for _, v := range st.Verified {
			fs = append(fs, v.Field)
		}
		return strings.Join(fs, ",")
	}
	want := []struct {
		n        int
		doi      string
		pmid     string
		complete bool
		verified string
	}{
		{1, "", "", false, ""},
		{2, "10.1080/19490976.2022.2096995", "35866234", true, "title,authors,year,journal,volume,issue,pages,doi,pmid"},
		{3, "10.1186/s41043-022-00318-6", "35978397", true, "title,authors,year,journal,volume,issue,pages,doi,pmid"},
		{4, "10.7759/cureus.70001", "", true, "title,authors,year,journal,volume,issue,pages,doi"},
		{5, "", "", false, "title"},
	}
	for _, w := range want {
		n, st := bySource[w.n], status(w.n)
		doi, _ := n.Props["doi"].(string)
		pmid, _ := n.Props["pmid"].(string)
		if doi != w.doi || pmid != w.pmid || st.Complete != w.complete || verifiedFields(st) != w.verified {
			t.Errorf("reference %d (%s): doi %q pmid %q complete %v verified %q; want %q %q %v %q",
				w.n, n.ID, doi, pmid, st.Complete, verifiedFields(st), w.doi, w.pmid, w.complete, w.verified)
		}
		if !w.complete && st.Note == "" {
			t.Errorf("reference %d is incomplete and does not say why", w.n)
		}
	}
	if st := status(1); !strings.HasPrefix(st.Note, "Unverified") || len(st.Verified) != 0 {
		t.Errorf("reference 1 must stay as cited and say it is unverified: %+v", st)
	}
	if strings.Join(status(5).Unverified, ",") != "year,journal" {
		t.Errorf("reference 5 unverified = %v, want year and journal (seen only in a news item)", status(5).Unverified)
	}
	if bySource[2].ID != "study:gut-microbiome-skin-health-gut-skin-axis-2022" {
		t.Errorf("reference 2's id changed to %s; ids are stable", bySource[2].ID)
	}
}

// a claim asserting the same link as the fixture's MODULATES strain:x1 → mechanism:barrier
// (graded PLAUSIBLE), from the same section.
func claimOfLink(maturity, extra string) string {
	return `- id: claim:x1-barrier
  statement: X1 strengthens the barrier.
  maturity: ` + maturity + `
  maturityBasis: ASSESSED
  kind: SCIENTIFIC
  assessment: Made up.
  source: source:doc-a
  section: Body
  subjects: [strain:x1, mechanism:barrier]
  evidence:
    - {study: study:10.1000/test.1, stance: SUPPORTS}
  positions:
    - {source: source:doc-a, position: ENDORSES, note: Says so.}
` + extra + `  provenance:
    - {source: source:doc-a, section: Body, citations: [1]}
`
}

func TestGradesAgreeRule(t *testing.T) {
	withClaim := func(t *testing.T, c string) map[string]string {
		return map[string]string{"claims.yaml": read(t, "claims.yaml") + c}
	}
	t.Run("a claim and a relationship asserting one link with different grades", func(t *testing.T) {
		expectProblem(t, withClaim(t, claimOfLink("EARLY", "")), "claim:x1-barrier", "field maturity", "graded EARLY", "MODULATES strain:x1→mechanism:barrier is PLAUSIBLE", "gradeNote")
	})
	t.Run("the same grade passes", func(t *testing.T) {
		if _, err := Load(fixture(t, withClaim(t, claimOfLink("PLAUSIBLE", "")))); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a recorded reason passes", func(t *testing.T) {
		if _, err := Load(fixture(t, withClaim(t, claimOfLink("EARLY", "  gradeNote: The claim is about a caveat.\n")))); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a reason where the grades agree is refused", func(t *testing.T) {
		expectProblem(t, withClaim(t, claimOfLink("PLAUSIBLE", "  gradeNote: Not needed.\n")), "claim:x1-barrier", "field gradeNote", "drop the note")
	})
	t.Run("a claim about several kinds of link is graded as a whole", func(t *testing.T) {
		// x1 → barrier (MODULATES) and barrier → y (INFLUENCES, EARLY) are two kinds of link.
		c := strings.Replace(claimOfLink("EARLY", ""), "[strain:x1, mechanism:barrier]", "[strain:x1, mechanism:barrier, condition:y]", 1)
		if _, err := Load(fixture(t, withClaim(t, c))); err != nil {
			t.Fatal(err)
		}
	})
}

func TestStudiesCoverCitationsRule(t *testing.T) {
	rel := func(t *testing.T, from, to string) map[string]string {
		s := read(t, "relationships.yaml")
		if !strings.Contains(s, from) {
			t.Fatalf("the fixture lacks %q", from)
		}
		return map[string]string{"relationships.yaml": strings.Replace(s, from, to, 1)}
	}
	const studies = "  studies: [study:10.1000/test.1]\n  provenance:\n    - {source: source:doc-a, section: Body, citations: [1]}"
	t.Run("a cited study missing from the studies", func(t *testing.T) {
		expectProblem(t, rel(t, studies, "  studies: []\n  provenance:\n    - {source: source:doc-a, section: Body, citations: [1]}"),
			"MODULATES strain:x1→mechanism:barrier", "field studies", "misses study:10.1000/test.1", "source:doc-a [1]", "leftOut")
	})
	t.Run("left out with why passes", func(t *testing.T) {
		r := rel(t, studies, "  studies: []\n  leftOut:\n    - {study: study:10.1000/test.1, why: It concerns another strain.}\n  provenance:\n    - {source: source:doc-a, section: Body, citations: [1]}")
		// Without studies the link can be graded no higher than EARLY (see TestGradeNeedsGroundsRule).
		r["relationships.yaml"] = strings.Replace(r["relationships.yaml"], "maturity: PLAUSIBLE", "maturity: EARLY", 1)
		if _, err := Load(fixture(t, r)); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("left out without why", func(t *testing.T) {
		expectProblem(t, rel(t, studies, "  studies: []\n  leftOut:\n    - {study: study:10.1000/test.1}\n  provenance:\n    - {source: source:doc-a, section: Body, citations: [1]}"),
			"field leftOut[0].why", "missing")
	})
	t.Run("left out but not cited", func(t *testing.T) {
		expectProblem(t, rel(t, "  studies: []\n  provenance:\n    - {source: source:doc-a, section: Body, citations: []}\n- type: AFFECTS",
			"  studies: []\n  leftOut:\n    - {study: study:10.1000/test.1, why: x}\n  provenance:\n    - {source: source:doc-a, section: Body, citations: []}\n- type: AFFECTS"),
			"field leftOut[0].study", "not cited")
	})
	t.Run("left out and listed", func(t *testing.T) {
		expectProblem(t, rel(t, studies, "  studies: [study:10.1000/test.1]\n  leftOut:\n    - {study: study:10.1000/test.1, why: x}\n  provenance:\n    - {source: source:doc-a, section: Body, citations: [1]}"),
			"field leftOut[0].study", "cannot be left out too")
	})
}

// TestShippedSeedKeepsTheRules pins the data changes the rules required: HN001 and BB536 →
// gut-barrier integrity now carry their claim's grade, and name citation 20 as left out.
func TestShippedSeedKeepsTheRules(t *testing.T) {
	g, err := Load(Data)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range g.Relations {
		if r.Kind == kg.RelModulates && (r.From == "strain:hn001" || r.From == "strain:bb536") && r.To == "mechanism:gut-barrier-integrity" {
			if r.Props["maturity"] != "EARLY" {
				t.Errorf("%s: maturity %v, want EARLY as its claim", r.Key, r.Props["maturity"])
			}
			if lo, _ := r.Props["leftOut"].(string); !strings.Contains(lo, "study:10.1016/s0016-5085(24)03137-8") {
				t.Errorf("%s: leftOut %q does not name citation 20", r.Key, lo)
			}
		}
	}
	studies := 0
	for _, n := range g.Nodes {
		if n.Kind != kg.KindStudy {
			continue
		}
		studies++
		var st kg.RecordStatus
		if err := json.Unmarshal([]byte(n.Props["recordStatus"].(string)), &st); err != nil {
			t.Errorf("%s: record status: %v", n.ID, err)
		}
		if !st.Complete && len(st.Missing) == 0 {
			t.Errorf("%s is incomplete but names nothing missing", n.ID)
		}
	}
	if studies < 40 {
		t.Errorf("%d studies", studies)
	}
}
