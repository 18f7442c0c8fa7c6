package seed

import (
	"testing"

	"gutskin/kg"
)

// TestCheckOneRecord: one record is checked with the loader's own rules against a lookup
// of existing ids, and builds what the loader would store.
func TestCheckOneRecord(t *testing.T) {
	known := Known{"source:a": kg.KindSource, "study:10.1/x": kg.KindStudy}
	good := StudyRecord{ID: "study:10.1234/new", DOI: "10.1234/new", Title: "T", Summary: "S", Year: 2026, Design: "RANDOMIZED_CONTROLLED_TRIAL",
		CitedBy:    []CitationRecord{{Source: "source:a", Number: 3}},
		Provenance: []kg.Provenance{{Source: "source:a", Section: "Refs"}}}
	g, problems := Check(good, known, Creating)
	if len(problems) > 0 || len(g.Nodes) != 1 || len(g.Relations) != 1 || g.Relations[0].Kind != kg.RelCites || g.Nodes[0].Props["doiLower"] != "10.1234/new" {
		t.Fatalf("good record: %v %+v", problems, g)
	}
	if refs := References(good, Creating); len(refs) < 2 {
		t.Errorf("references: %v", refs)
	}
	for _, tc := range []struct {
		field  string
		mode   Mode
		change func(r *StudyRecord)
	}{
		{"citedBy[0].source", Creating, func(r *StudyRecord) { r.CitedBy[0].Source = "source:none" }},
		{"citedBy[0].source", Creating, func(r *StudyRecord) { r.CitedBy[0].Source = "study:10.1/x" }},
		{"id", Creating, func(r *StudyRecord) { r.ID = "study:other" }},
		{"doi", Updating, func(r *StudyRecord) { r.DOI = "doi:10.1234/new" }},
		{"year", Updating, func(r *StudyRecord) { r.Year = 1 }},
		{"design", Updating, func(r *StudyRecord) { r.Design = "ANECDOTE" }},
		{"provenance[0].source", Updating, func(r *StudyRecord) { r.Provenance = []kg.Provenance{{Source: "source:none", Section: "s"}} }},
	} {
		r := good
		r.CitedBy = append([]CitationRecord(nil), good.CitedBy...)
		tc.change(&r)
		_, problems := Check(r, known, tc.mode)
		if len(problems) == 0 || problems[0].Field != tc.field {
			t.Errorf("want a problem with %s, got %v", tc.field, problems)
		}
	}
	noCitation := good
	noCitation.CitedBy = nil
	if _, problems := Check(noCitation, known, Updating); len(problems) != 0 {
		t.Errorf("updating does not run the file-wide rules: %v", problems)
	}
	if _, problems := Check(noCitation, known, Creating); len(problems) == 0 {
		t.Error("creating a study no source cites passed")
	}
}

func TestNormalizeDOI(t *testing.T) {
	for in, want := range map[string]string{
		"10.3390/nu13030886": "10.3390/nu13030886", " https://doi.org/10.3390/NU1 ": "10.3390/NU1",
		"doi:10.1000/x.y": "10.1000/x.y", "https://dx.doi.org/10.1000/a": "10.1000/a",
	} {
		if got, err := NormalizeDOI(in); err != nil || got != want {
			t.Errorf("NormalizeDOI(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "10.1/x", "11.1000/x", "10.1000/", "doi.org/10.1000/x y"} {
		if _, err := NormalizeDOI(bad); err == nil {
			t.Errorf("NormalizeDOI(%q) passed", bad)
		}
	}
}
