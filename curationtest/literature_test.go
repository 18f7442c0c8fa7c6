package curationtest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gutskin/kgtest"
)

// A curator brings in a study the two documents never cited and links it as evidence: the
// study needs no citing document, both facts carry the curator's own reading of the study
// (doi:, curator, day), the claim's version moves, the export to seed files carries both,
// history lists both, and adding the same link again is a CONFLICT.
func TestLiteratureStudyWithCuratedProvenance(t *testing.T) {
	h := newHarness(t)
	const claim = "claim:gut-skin-link-exists"
	doi := fmt.Sprintf("10.5555/Literature.%d.%d", time.Now().UnixNano(), unique())
	today := time.Now().UTC().Format(time.DateOnly)

	r := h.do(t, h.curator, `mutation($in: CreateStudyInput!) { createStudy(input: $in) {
		study { id doi provenance { curated curator date publication source { id } section citations } } } }`,
		map[string]any{"in": map[string]any{
			"reason": "a 2025 trial read in full", "source": "https://doi.org/" + doi,
			"doi": "https://doi.org/" + doi + "/", "title": "A probiotic trial the sources never cited",
			"authors": []string{"Doe, J."}, "year": 2025, "design": "RANDOMIZED_CONTROLLED_TRIAL",
			"summary": "Tested a strain against placebo in adults with atopic dermatitis.",
		}})
	type prov struct {
		Curated     bool
		Curator     *string
		Date        *string
		Publication *string
		Source      *struct{ ID string }
		Section     *string
		Citations   []int
	}
	created := ok[struct {
		Study struct {
			ID, DOI    string
			Provenance []prov
		}
	}](t, r, "createStudy").Study
	if created.ID != "study:"+doi || created.DOI != doi {
		t.Fatalf("the study is %s with DOI %s; want study:%s (the trailing slash dropped)", created.ID, created.DOI, doi)
	}
	wantReading := func(what string, p []prov) {
		t.Helper()
		if len(p) != 1 || !p[0].Curated || p[0].Curator == nil || *p[0].Curator != h.curatorName ||
			p[0].Date == nil || *p[0].Date != today || p[0].Publication == nil || *p[0].Publication != "doi:"+doi ||
			p[0].Source != nil || p[0].Section != nil || len(p[0].Citations) != 0 {
			t.Fatalf("%s: provenance %+v; want the curator's own reading of doi:%s on %s", what, p, doi, today)
		}
	}
	wantReading("the new study", created.Provenance)

	before := h.version(t, claim)
	link := map[string]any{"reason": "the trial bears on the claim", "source": "https://doi.org/" + doi,
		"claim": claim, "study": created.ID, "stance": "SUPPORTS", "note": "Adults improved against placebo."}
	r = h.mutate(t, h.curator, "addEvidence", link)
	ok[changePayload](t, r, "addEvidence")
	if after := h.version(t, claim); after != before+1 {
		t.Errorf("the claim's version went from %d to %d; adding evidence must move it by one", before, after)
	}
	r = h.do(t, "", `query($id: ID!) { claim(id: $id) { evidence { study { id } provenance { curated curator date publication source { id } section citations } } } }`,
		map[string]any{"id": claim})
	var linked bool
	for _, e := range ok[struct {
		Evidence []struct {
			Study      struct{ ID string }
			Provenance []prov
		}
	}](t, r, "claim").Evidence {
		if e.Study.ID == created.ID {
			linked = true
			wantReading("the evidence link", e.Provenance)
		}
	}
	if !linked {
		t.Fatalf("%s is not among the claim's evidence", created.ID)
	}
	rel := kgtest.Cypher(t, "MATCH (:Claim {id: $c})-[r:HAS_EVIDENCE]->(:Study {id: $s}) RETURN r.maturity AS m", map[string]any{"c": claim, "s": created.ID})
	if len(rel) != 1 || rel[0]["m"] != nil {
		t.Errorf("the curated link's stored grade is %v; no one chose one, so it has none", rel)
	}

	again := h.mutate(t, h.curator, "addEvidence", link)
	if again.Code() != "CONFLICT" {
		t.Fatalf("adding the same evidence again: %s; want CONFLICT", again.Raw)
	}
	if v := h.version(t, claim); v != before+1 {
		t.Errorf("a refused re-add moved the claim's version to %d", v)
	}
	restate := clone(link)
	restate["replace"], restate["note"] = true, "Restated on purpose."
	ok[changePayload](t, h.mutate(t, h.curator, "addEvidence", restate), "addEvidence")
	if v := h.version(t, claim); v != before+2 {
		t.Errorf("restating with replace: version %d, want %d", v, before+2)
	}

	// The export to seed files carries both facts with the curator's provenance, and loads.
	files, exported := h.exported(t, "studies.yaml", created.ID)
	if exported == nil || exported["citedBy"] != nil || !strings.Contains(fmt.Sprint(exported["provenance"]), "publication:doi:"+doi) ||
		!strings.Contains(fmt.Sprint(exported["provenance"]), "curator:"+h.curatorName) {
		t.Errorf("studies.yaml holds %v for the new study; want no citedBy and the curator's reading", exported)
	}
	claims := string(files["claims.yaml"])
	at := strings.Index(claims, "study: "+created.ID)
	if at < 0 || !strings.Contains(claims[at:min(len(claims), at+600)], "publication: doi:"+doi) {
		t.Errorf("claims.yaml does not carry the link with its own provenance")
	}

	// History lists both changes, each by the curator.
	for id, want := range map[string]string{created.ID: "createStudy", claim: "addEvidence"} {
		r := h.do(t, "", `query($id: ID!) { history(id: $id, first: 5) { mutation curator } }`, map[string]any{"id": id})
		found := false
		for _, c := range ok[[]struct{ Mutation, Curator string }](t, r, "history") {
			found = found || (c.Mutation == want && c.Curator == h.curatorName)
		}
		if !found {
			t.Errorf("history(%s) lacks %s by %s: %s", id, want, h.curatorName, r.Raw)
		}
	}
}
