package jsonld

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"gutskin/kg"
)

func TestPagePathIsTheExplorers(t *testing.T) {
	for id, want := range map[string]string{
		"strain:hn001":                         "/explore/strain/strain:hn001",
		"study:10.3390/microorganisms9020353":  "/explore/study/study:10.3390%2Fmicroorganisms9020353",
		"claim:a b&c":                          "/explore/claim/claim:a%20b%26c",
		"species:lacticaseibacillus-rhamnosus": "/explore/species/species:lacticaseibacillus-rhamnosus",
	} {
		got, ok := PagePath(id)
		if !ok || got != want {
			t.Errorf("PagePath(%q) = %q, %v; want %q", id, got, ok, want)
		}
	}
	if _, ok := PagePath("nonsense"); ok {
		t.Error("an id of no kind has a page")
	}
	for path, want := range map[string]string{
		"/explore/study/study:10.3390/microorganisms9020353": "study:10.3390/microorganisms9020353",
		"/explore/condition/condition:acne":                  "condition:acne",
		"/explore/claim/condition:acne":                      "",
		"/explore/claims":                                    "",
		"/explore/claim/":                                    "",
		"/explore/pathways":                                  "",
		"/ld/claim:x":                                        "",
	} {
		got, ok := IDOfPage(path)
		if got != want || ok != (want != "") {
			t.Errorf("IDOfPage(%q) = %q, %v; want %q", path, got, ok, want)
		}
	}
}

func TestClaimVerdictIsARating(t *testing.T) {
	for _, c := range []struct {
		maturity, kind, words string
		value                 int
	}{
		{"ESTABLISHED", "SCIENTIFIC", "Established", 5},
		{"PLAUSIBLE", "SCIENTIFIC", "Plausible", 4},
		{"EMERGING", "SCIENTIFIC", "Emerging evidence", 3},
		{"EARLY", "SCIENTIFIC", "Early evidence", 2},
		{"NOT_SUPPORTED", "SCIENTIFIC", "Not supported", 1},
		{"EARLY", "MARKETING", "Marketing claim: early evidence", 2},
		{"NOT_SUPPORTED", "MARKETING", "Marketing claim: not supported", 1},
	} {
		d := Document(kg.Row{"id": "claim:x", "kind": "CLAIM", "label": "X", "statement": "X.", "maturity": c.maturity, "claimKind": c.kind}, "http://h")
		review, _ := d["review"].(Doc)
		rating, _ := review["reviewRating"].(Doc)
		if rating["ratingValue"] != c.value || rating["bestRating"] != 5 || rating["worstRating"] != 1 || rating["alternateName"] != c.words {
			t.Errorf("%s %s: rating %v", c.kind, c.maturity, rating)
		}
		if review["@type"] != "ClaimReview" || review["author"].(Doc)["@type"] != "Organization" {
			t.Errorf("%s: review %v", c.maturity, review)
		}
	}
	if d := Document(kg.Row{"id": "claim:x", "kind": "CLAIM", "label": "X", "statement": "X."}, "http://h"); d["review"] != nil {
		t.Errorf("an ungraded claim has a review: %v", d["review"])
	}
}

func TestOnlyExactXrefsAreSameAs(t *testing.T) {
	xrefs, _ := json.Marshal([]kg.Xref{
		{Curie: "MONDO:0011438", Predicate: kg.ExactMatch},
		{Curie: "MONDO:0002406", Predicate: kg.CloseMatch},
		{Curie: "HP:0001061", Predicate: kg.ExactMatch},
		{Curie: "FOO:1", Predicate: kg.ExactMatch},
		{Curie: "GO:1", Predicate: kg.BroadMatch},
	})
	d := Document(kg.Row{"id": "condition:acne", "kind": "CONDITION", "label": "Acne", "xrefs": string(xrefs)}, "http://h")
	got, _ := json.Marshal(d["sameAs"])
	if string(got) != `["http://purl.obolibrary.org/obo/MONDO_0011438","http://purl.obolibrary.org/obo/HP_0001061"]` {
		t.Errorf("sameAs %s", got)
	}
	if d["@type"] != "MedicalCondition" {
		t.Errorf("type %v", d["@type"])
	}
}

func TestStudyIdentifiers(t *testing.T) {
	d := Document(kg.Row{"id": "study:x", "kind": "STUDY", "label": "T", "title": "T", "doi": "10.1000/a<b>", "pmid": "123",
		"year": int64(2020), "journal": "J", "pages": "1-9"}, "http://h")
	got, _ := json.Marshal(d["sameAs"])
	if string(got) != `["https://doi.org/10.1000/a%3Cb%3E","https://pubmed.ncbi.nlm.nih.gov/123/"]` {
		t.Errorf("sameAs %s", got)
	}
	if d["datePublished"] != "2020" || d["pagination"] != "1-9" || d["isPartOf"].(Doc)["@type"] != "Periodical" {
		t.Errorf("study %v", d)
	}
}

func TestScriptTagCannotBeClosedByTheData(t *testing.T) {
	evil := `</script><script>alert(1)</script><!-- & "quotes"`
	d := Document(kg.Row{"id": "claim:x", "kind": "CLAIM", "label": evil, "statement": evil, "maturity": "EARLY"}, "http://h")
	tag, err := ScriptTag(d)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(bytes.ToLower(tag), []byte("</script")); n != 1 {
		t.Fatalf("the element holds %d closing tags, want its own only:\n%s", n, tag)
	}
	if bytes.Contains(tag, []byte("<!--")) {
		t.Fatalf("an HTML comment opener survives:\n%s", tag)
	}
	body := strings.TrimSuffix(strings.TrimPrefix(string(tag), `<script type="application/ld+json">`+"\n"), "</script>\n")
	var back Doc
	if err := json.Unmarshal([]byte(body), &back); err != nil || back["text"] != evil {
		t.Fatalf("the escaped JSON does not read back as the statement: %v %v", err, back["text"])
	}
}

func TestEveryKindHasASchemaOrgType(t *testing.T) {
	for _, k := range kg.Kinds {
		if got := TypeOf(kg.Row{"kind": string(k)}); got == "Thing" || got == "" {
			t.Errorf("%s has no type of its own", k)
		}
	}
	sel := Selection()
	if len(sel.Links) == 0 || len(sel.Props) < 10 {
		t.Errorf("selection %+v", sel)
	}
}

// TestFindingEffectSize: a finding's effect size names its metric, or says the source does
// not, and carries the interval only when one is stored.
func TestFindingEffectSize(t *testing.T) {
	row := kg.Row{"id": "finding:x", "kind": "FINDING", "label": "X", "effectSize": -0.29, "effectSizeMetric": "NOT_STATED"}
	es, _ := Document(row, "https://g.example")["additionalProperty"].(Doc)
	if es == nil || es["value"] != -0.29 || es["measurementTechnique"] != "metric not stated by the source" ||
		es["minValue"] != nil || es["description"] != "no confidence interval reported" {
		t.Errorf("effect size without interval: %v", es)
	}
	row["effectSizeMetric"], row["effectSizeLower"], row["effectSizeUpper"], row["effectSizeLevel"] = "ODDS_RATIO", 0.5, 0.9, 0.95
	es, _ = Document(row, "https://g.example")["additionalProperty"].(Doc)
	if es["measurementTechnique"] != "odds ratio" || es["minValue"] != 0.5 || es["maxValue"] != 0.9 || es["description"] != "95% confidence interval from minValue to maxValue" {
		t.Errorf("effect size with interval: %v", es)
	}
	delete(row, "effectSize")
	if _, ok := Document(row, "https://g.example")["additionalProperty"]; ok {
		t.Error("a finding without an effect size has an additionalProperty")
	}
}
