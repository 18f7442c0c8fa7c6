package httpapi_test

import (
	"slices"
	"strings"
	"testing"

	"gutskin/kgtest"
)

type positionOut struct {
	Position   string `json:"position"`
	Note       string `json:"note"`
	Source     node0  `json:"source"`
	Claim      node0  `json:"claim"`
	Provenance []struct {
		Section   string `json:"section"`
		Citations []int  `json:"citations"`
	} `json:"provenance"`
}

// TestClaimPositions: a claim reads as the proposition it is, with its verdict and each
// source's position where that source takes it, in one round trip.
func TestClaimPositions(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{ claim(id: "claim:probiotics-not-acne-cure") { statement maturity disputed
		positions { position note source { id } claim { id } provenance { section citations } } } }`, nil)
	c := data[struct {
		Statement string        `json:"statement"`
		Maturity  string        `json:"maturity"`
		Disputed  bool          `json:"disputed"`
		Positions []positionOut `json:"positions"`
	}](t, r, "claim")
	if c.Statement != "Probiotics cure acne." || c.Maturity != "NOT_SUPPORTED" || c.Disputed {
		t.Errorf("claim = %q %s disputed %v, want the proposition graded NOT_SUPPORTED", c.Statement, c.Maturity, c.Disputed)
	}
	if len(c.Positions) != 1 {
		t.Fatalf("positions = %+v, want the acne article's", c.Positions)
	}
	p := c.Positions[0]
	if p.Position != "REJECTS" || p.Source.ID != "source:gut-health-acne" || p.Claim.ID != "claim:probiotics-not-acne-cure" || p.Note == "" {
		t.Errorf("position = %+v", p)
	}
	var sections []string
	for _, pr := range p.Provenance {
		sections = append(sections, pr.Section)
	}
	if !slices.Contains(sections, "Frequently Asked Questions (FAQs) / Can Probiotics Cure Acne?") {
		t.Errorf("position sections = %v, want the FAQ that answers the question", sections)
	}
	if r.RoundTrips() != 1 {
		t.Errorf("%d round trips, want 1", r.RoundTrips())
	}
}

// TestDisputedClaims lists the propositions on which the two documents take different
// positions, both positions on one claim each.
func TestDisputedClaims(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	type page struct {
		TotalCount int `json:"totalCount"`
		Nodes      []struct {
			ID        string        `json:"id"`
			Disputed  bool          `json:"disputed"`
			Positions []positionOut `json:"positions"`
		} `json:"nodes"`
	}
	disputed := data[page](t, post(t, srv.URL, `{ claims(first: 100, filter: {disputed: true}) { totalCount nodes { id disputed positions { position source { id } } } } }`, nil), "claims")
	var ids []string
	for _, n := range disputed.Nodes {
		ids = append(ids, n.ID)
		seen := map[string]bool{}
		for _, p := range n.Positions {
			seen[p.Position] = true
		}
		if !n.Disputed || len(n.Positions) < 2 || len(seen) < 2 {
			t.Errorf("%s is listed as disputed with positions %+v", n.ID, n.Positions)
		}
	}
	slices.Sort(ids)
	want := []string{"claim:dysbiosis-contributes-to-acne-and-atopic-dermatitis", "claim:gut-skin-communication-channels",
		"claim:heal-skin-from-inside", "claim:intestinal-permeability-drives-inflammation-to-skin", "claim:no-strong-case-probiotic-for-healthy-skin"}
	if strings.Join(ids, " ") != strings.Join(want, " ") || disputed.TotalCount != len(want) {
		t.Errorf("disputed claims = %v (total %d), want %v", ids, disputed.TotalCount, want)
	}
	agreed := data[page](t, post(t, srv.URL, `{ claims(first: 1, filter: {disputed: false}) { totalCount } }`, nil), "claims")
	all := data[page](t, post(t, srv.URL, `{ claims(first: 1) { totalCount } }`, nil), "claims")
	if agreed.TotalCount+disputed.TotalCount != all.TotalCount {
		t.Errorf("%d agreed + %d disputed != %d claims", agreed.TotalCount, disputed.TotalCount, all.TotalCount)
	}
}
