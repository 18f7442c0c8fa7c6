package seed

import (
	"strings"
	"testing"

	"gutskin/kg"
)

// Tests of the claim model (FORMAT.md, "Stating a claim") and of the rules that came with
// it: positions, propositions, grades that need grounds, and stable claim ids.

// claims returns the minimal seed with its claims file edited.
func claims(t *testing.T, from, to string) map[string]string {
	t.Helper()
	s := read(t, "claims.yaml")
	if !strings.Contains(s, from) {
		t.Fatalf("the fixture lacks %q", from)
	}
	return map[string]string{"claims.yaml": strings.Replace(s, from, to, 1)}
}

const fixturePosition = "    - {source: source:doc-a, position: ENDORSES, note: Says X1 helps.}\n"

func TestPositionRules(t *testing.T) {
	t.Run("a position becomes a HAS_POSITION link with the source's provenance", func(t *testing.T) {
		g, err := Load(fixture(t, nil))
		if err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, r := range g.Relations {
			if r.Kind == kg.RelHasPosition {
				found = true
				if r.From != "claim:x1-helps-y" || r.To != "source:doc-a" || r.Props["position"] != "ENDORSES" || r.Props["note"] != "Says X1 helps." {
					t.Errorf("position = %+v", r)
				}
				if !strings.Contains(r.Props["provenance"].(string), `"section":"Body"`) {
					t.Errorf("provenance = %v", r.Props["provenance"])
				}
			}
		}
		if !found {
			t.Fatal("no HAS_POSITION built")
		}
	})
	cases := []struct{ name, from, to, field, msg string }{
		{"no position", fixturePosition, "", "field positions", "missing: record where source:doc-a stands"},
		{"unknown position", "position: ENDORSES", "position: LIKES", "field positions[0].position", `unknown value "LIKES"`},
		{"no note", "note: Says X1 helps.", `note: ""`, "field positions[0].note", "missing"},
		{"a source twice", fixturePosition, fixturePosition + strings.Replace(fixturePosition, "ENDORSES", "HEDGES", 1), "field positions[1].source", "already has a position"},
		{"a source the provenance does not name", fixturePosition, fixturePosition + "    - {source: source:doc-b, position: REJECTS, note: Disagrees.}\n", "field positions[1].source", "no entry from source:doc-b"},
		{"the claim's own source without a position", "source: source:doc-a, position", "source: source:doc-b, position", "field positions", "has no position"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectProblem(t, claims(t, c.from, c.to), "claim:x1-helps-y", c.field, c.msg)
		})
	}
	t.Run("different positions make a claim disputed", func(t *testing.T) {
		r := claims(t, fixturePosition, fixturePosition+"    - {source: source:doc-b, position: REJECTS, note: Disagrees.}\n")
		r["claims.yaml"] = strings.Replace(r["claims.yaml"], "citations: [1]}\n", "citations: [1]}\n    - {source: source:doc-b, section: Summary, citations: []}\n", 1)
		for _, tc := range []struct {
			text string
			want bool
		}{{r["claims.yaml"], true}, {strings.Replace(r["claims.yaml"], "REJECTS", "ENDORSES", 1), false}} {
			docB := strings.ReplaceAll(strings.ReplaceAll(read(t, "sources.yaml"), "doc-a", "doc-b"), "document A", "document B")
			g, err := Load(fixture(t, map[string]string{"claims.yaml": tc.text, "sources.yaml": read(t, "sources.yaml") + docB}))
			if err != nil {
				t.Fatal(err)
			}
			if got := nodeOf(t, g, "claim:x1-helps-y").Props["disputed"]; got != tc.want {
				t.Errorf("disputed = %v, want %v", got, tc.want)
			}
		}
	})
}

func TestPropositionRule(t *testing.T) {
	for _, denial := range []string{"X1 does not help with Y.", "X1 doesn't help with Y.", "No strain helps with Y.", "X1 never helps with Y.", "Nothing helps with Y."} {
		t.Run(denial, func(t *testing.T) {
			expectProblem(t, claims(t, "statement: X1 helps with Y.", "statement: "+denial), "claim:x1-helps-y", "field statement", "states a denial")
		})
	}
	t.Run("words that merely contain a negation pass", func(t *testing.T) {
		if _, err := Load(fixture(t, claims(t, "statement: X1 helps with Y.", "statement: X1 notably helps with Y and is now known for it."))); err != nil {
			t.Fatal(err)
		}
	})
}

func TestGradeNeedsGroundsRule(t *testing.T) {
	noEvidence := func(t *testing.T, maturity, basis string) map[string]string {
		r := claims(t, "  evidence:\n    - {study: study:10.1000/test.1, stance: SUPPORTS}\n", "  evidence: []\n")
		r["claims.yaml"] = strings.Replace(strings.Replace(r["claims.yaml"], "maturity: EMERGING", "maturity: "+maturity, 1), "maturityBasis: ASSESSED", "maturityBasis: "+basis, 1)
		return r
	}
	for _, m := range []string{"ESTABLISHED", "PLAUSIBLE", "EMERGING"} {
		t.Run("a claim graded "+m+" without evidence", func(t *testing.T) {
			expectProblem(t, noEvidence(t, m, "ASSESSED"), "claim:x1-helps-y", "field maturity", "graded "+m+" without studies", "GRADED_BY_SOURCE")
		})
	}
	for _, m := range []string{"EARLY", "NOT_SUPPORTED"} {
		t.Run("a claim graded "+m+" needs no evidence", func(t *testing.T) {
			if _, err := Load(fixture(t, noEvidence(t, m, "ASSESSED"))); err != nil {
				t.Fatal(err)
			}
		})
	}
	t.Run("the source's own grade stands without evidence", func(t *testing.T) {
		if _, err := Load(fixture(t, noEvidence(t, "ESTABLISHED", "GRADED_BY_SOURCE"))); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a relationship graded above EARLY without studies", func(t *testing.T) {
		s := read(t, "relationships.yaml")
		old := "  to: mechanism:barrier\n  effect: INCREASES\n  maturity: EARLY\n  studies: []"
		if !strings.Contains(s, old) {
			t.Fatalf("the fixture lacks %q", old)
		}
		expectProblem(t, map[string]string{"relationships.yaml": strings.Replace(s, old, strings.Replace(old, "EARLY", "PLAUSIBLE", 1), 1)},
			"AFFECTS factor:fibre→mechanism:barrier", "field maturity", "graded PLAUSIBLE without studies")
	})
}

func TestClaimIDRules(t *testing.T) {
	const id = "id: claim:x1-helps-y"
	t.Run("an id that reads as a denial needs idKeptBecause", func(t *testing.T) {
		expectProblem(t, claims(t, id, "id: claim:x1-not-useless"), "claim:x1-not-useless", "field id", "reads as a denial", "idKeptBecause")
		if _, err := Load(fixture(t, claims(t, id, "id: claim:x1-not-useless\n  idKeptBecause: Published before the move to propositions."))); err != nil {
			t.Fatal(err)
		}
	})
	merged := func(entry string) map[string]string {
		return claims(t, fixturePosition, fixturePosition+"  mergedFrom:\n"+entry)
	}
	t.Run("a merged id is stored as a former id", func(t *testing.T) {
		g, err := Load(fixture(t, merged("    - {id: claim:x1-aids-y, why: Stated the same proposition.}\n")))
		if err != nil {
			t.Fatal(err)
		}
		if got := nodeOf(t, g, "claim:x1-helps-y").Props["formerIds"]; strings.Join(got.([]string), ",") != "claim:x1-aids-y" {
			t.Errorf("formerIds = %v", got)
		}
	})
	cases := []struct{ name, entry, field, msg string }{
		{"without why", "    - {id: claim:x1-aids-y}\n", "mergedFrom[0].why", "missing"},
		{"not a claim id", "    - {id: strain:x1-old, why: x}\n", "mergedFrom[0].id", "not a claim id"},
		{"an id still in use", "    - {id: strain:x1, why: x}\n", "mergedFrom[0].id", "not a claim id"},
		{"merged twice", "    - {id: claim:x1-aids-y, why: x}\n    - {id: claim:x1-aids-y, why: y}\n", "mergedFrom[1].id", "already merged"},
		{"a live claim id", "    - {id: claim:x1-helps-y, why: x}\n", "mergedFrom[0].id", "never reused"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectProblem(t, merged(c.entry), "claim:x1-helps-y", "field "+c.field, c.msg)
		})
	}
}

// TestMigratedClaims pins the move of the shipped seed to propositions: each denial or
// caveat is now the proposition it answered, with its verdict and the sources' positions,
// and every merged claim's id is recorded where it went.
func TestMigratedClaims(t *testing.T) {
	g, err := Load(Data)
	if err != nil {
		t.Fatal(err)
	}
	positions := map[string]map[string]string{}
	for _, r := range g.Relations {
		if r.Kind == kg.RelHasPosition {
			if positions[r.From] == nil {
				positions[r.From] = map[string]string{}
			}
			positions[r.From][strings.TrimPrefix(r.To, "source:")] = r.Props["position"].(string)
		}
	}
	const acne, explainer = "gut-health-acne", "gut-skin-evidence"
	want := []struct {
		id, statement, maturity string
		positions               map[string]string
		disputed                bool
	}{
		{"claim:probiotics-not-acne-cure", "Probiotics cure acne.", "NOT_SUPPORTED", map[string]string{acne: "REJECTS"}, false},
		{"claim:probiotics-not-fda-approved-treatments", "Probiotics are FDA-approved treatments", "NOT_SUPPORTED", map[string]string{acne: "REJECTS"}, false},
		{"claim:no-official-best-probiotic-strain-for-acne", "One probiotic strain is the best for acne.", "NOT_SUPPORTED", map[string]string{acne: "REJECTS"}, false},
		{"claim:topical-probiotics-unproven-for-acne", "Topical probiotic creams and serums help acne", "EARLY", map[string]string{acne: "HEDGES"}, false},
		{"claim:topical-probiotics-no-benefit-at-four-weeks", "Topical probiotics reduce the severity of atopic dermatitis.", "EARLY", map[string]string{explainer: "HEDGES"}, false},
		{"claim:no-strong-case-probiotic-for-healthy-skin", "Anyone with healthy skin should take a probiotic", "EARLY", map[string]string{explainer: "REJECTS", acne: "HEDGES"}, true},
		{"claim:probiotic-skin-research-early", "Clinical studies show that probiotics improve acne", "EARLY", map[string]string{acne: "HEDGES"}, false},
		{"claim:heal-skin-from-inside", "Clearer skin starts in the gut", "EARLY", map[string]string{explainer: "REJECTS", acne: "HEDGES"}, true},
		{"claim:intestinal-permeability-drives-inflammation-to-skin", "When intestinal permeability rises", "PLAUSIBLE", map[string]string{acne: "ENDORSES", explainer: "HEDGES"}, true},
		{"claim:gut-skin-communication-channels", "Gut and skin communicate through the gut barrier", "PLAUSIBLE", map[string]string{acne: "ENDORSES", explainer: "HEDGES"}, true},
		{"claim:dysbiosis-contributes-to-acne-and-atopic-dermatitis", "When the gut microbiome falls out of balance", "EMERGING", map[string]string{acne: "ENDORSES", explainer: "HEDGES"}, true},
		{"claim:probiotic-effects-strain-specific", "Probiotic effects belong to particular strains and doses", "ESTABLISHED", map[string]string{acne: "ENDORSES", explainer: "ENDORSES"}, false},
		{"claim:probiotic-skin-effects-take-weeks", "Skin benefits from probiotics, where they occur, are modest", "PLAUSIBLE", map[string]string{acne: "ENDORSES", explainer: "ENDORSES"}, false},
		{"claim:probiotics-improve-hydration-fine-lines", "Taking probiotics will make healthy skin better hydrated", "EARLY", map[string]string{explainer: "HEDGES"}, false},
		{"claim:benzoyl-peroxide-salicylic-acid-still-useful", "benzoyl peroxide and salicylic acid", "EARLY", map[string]string{acne: "ENDORSES"}, false},
	}
	for _, w := range want {
		n := nodeOf(t, g, w.id)
		if !strings.Contains(n.Props["statement"].(string), w.statement) || n.Props["maturity"] != w.maturity || n.Props["disputed"] != w.disputed {
			t.Errorf("%s: %q %v disputed %v; want %q %s disputed %v", w.id, n.Props["statement"], n.Props["maturity"], n.Props["disputed"], w.statement, w.maturity, w.disputed)
		}
		if len(positions[w.id]) != len(w.positions) {
			t.Errorf("%s: positions %v, want %v", w.id, positions[w.id], w.positions)
		}
		for src, p := range w.positions {
			if positions[w.id][src] != p {
				t.Errorf("%s: %s %s, want %s", w.id, src, positions[w.id][src], p)
			}
		}
	}
	merged := map[string]string{
		"claim:clearer-skin-starts-in-gut":              "claim:heal-skin-from-inside",
		"claim:gut-barrier-breach-spills-inflammation":  "claim:intestinal-permeability-drives-inflammation-to-skin",
		"claim:probiotic-strain-and-dose-matter":        "claim:probiotic-effects-strain-specific",
		"claim:healthy-skin-evidence-thin":              "claim:probiotics-improve-hydration-fine-lines",
		"claim:gut-skin-mechanisms-largely-theoretical": "claim:gut-skin-communication-channels",
		"claim:probiotic-skin-benefits-modest-gradual":  "claim:probiotic-skin-effects-take-weeks",
	}
	claims := 0
	for _, n := range g.Nodes {
		if n.Kind != kg.KindClaim {
			continue
		}
		claims++
		if _, gone := merged[n.ID]; gone {
			t.Errorf("%s was merged but is still a claim", n.ID)
		}
		if len(positions[n.ID]) == 0 {
			t.Errorf("%s records no position", n.ID)
		}
		for _, f := range n.Props["formerIds"].([]string) {
			if merged[f] != n.ID {
				t.Errorf("%s lists former id %s, want it on %s", n.ID, f, merged[f])
			}
			delete(merged, f)
		}
	}
	if len(merged) > 0 {
		t.Errorf("merged ids recorded nowhere: %v", merged)
	}
	if claims != 61-6 {
		t.Errorf("%d claims, want 55 (61 less 6 merged)", claims)
	}
}
