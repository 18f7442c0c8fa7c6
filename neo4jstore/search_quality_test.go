package neo4jstore_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// hitsOf returns the first n hits of a search.
func hitsOf(t *testing.T, store *neo4jstore.Store, text string, kinds []kg.Kind, n int) []kg.SearchHit {
	t.Helper()
	res, err := store.Search(context.Background(), text, kinds, n, nil, false, nil)
	hits := res.Hits
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return hits
}

// brief lists hits as id (matched) and score, for failure messages.
func brief(hits []kg.SearchHit) string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%s (%s) %.2f", h.Entity.ID, h.Matched, h.Score))
	}
	return strings.Join(out, "; ")
}

func labelOf(h kg.SearchHit) string {
	label, _ := h.Entity.Props["label"].(string)
	return label
}

// TestSearchQuality checks what a reader of English expects of the search: word forms,
// questions asked as questions, authors, citation numbers, DOIs and identifiers.
func TestSearchQuality(t *testing.T) {
	store := kgtest.Store(t)

	t.Run("word forms", func(t *testing.T) {
		// "hydration" finds the claim that says "hydrated", and the other way round.
		for text, want := range map[string]string{"hydration": "hydrated", "hydrated": "hydration", "moisturizer": "moisturis"} {
			found := false
			for _, h := range hitsOf(t, store, text, []kg.Kind{kg.KindClaim}, 20) {
				found = found || strings.Contains(strings.ToLower(labelOf(h)), want)
			}
			if !found {
				t.Errorf("%q finds no claim that says %q", text, want)
			}
		}
		// The forms of a word find the same entities with the same scores.
		for _, forms := range [][]string{{"effect", "effects"}, {"probiotic strain", "probiotics strains"}, {"study", "studies"}} {
			a, b := hitsOf(t, store, forms[0], nil, 100), hitsOf(t, store, forms[1], nil, 100)
			if len(a) == 0 || !slices.EqualFunc(a, b, func(x, y kg.SearchHit) bool { return x.Entity.ID == y.Entity.ID && x.Score == y.Score }) {
				t.Errorf("%q and %q rank differently:\n%s\n%s", forms[0], forms[1], brief(a), brief(b))
			}
		}
	})

	t.Run("function words do not count", func(t *testing.T) {
		// Eleven words, of which the content words are four: the last of them still counts.
		long := hitsOf(t, store, "what is it that the best probiotic strain is for with acne", []kg.Kind{kg.KindClaim}, 10)
		short := hitsOf(t, store, "best probiotic strain acne", []kg.Kind{kg.KindClaim}, 10)
		if !slices.EqualFunc(long, short, func(x, y kg.SearchHit) bool { return x.Entity.ID == y.Entity.ID && x.Score == y.Score }) {
			t.Errorf("function words changed the ranking:\n%s\n%s", brief(long), brief(short))
		}
	})

	t.Run("questions asked as questions", func(t *testing.T) {
		// Questions of the acne article's FAQ, reworded as a reader types them; the answer is
		// among the first three claim hits.
		for text, want := range map[string][]string{
			"Can probiotics cure acne?":                                          {"cur", "acne"},
			"What's the best strain of probiotic for acne?":                      {"strain", "acne"},
			"How long before probiotics have any effect on the skin?":            {"weeks"},
			"Do probiotic creams and serums applied to the skin help with acne?": {"topical", "acne"},
		} {
			var top []string
			found := false
			for _, h := range hitsOf(t, store, text, []kg.Kind{kg.KindClaim}, 3) {
				label := strings.ToLower(labelOf(h))
				top = append(top, label)
				ok := true
				for _, w := range want {
					ok = ok && strings.Contains(label, w)
				}
				found = found || ok
			}
			if !found {
				t.Errorf("%q: no claim saying %q among the first three: %q", text, want, top)
			}
		}
	})

	t.Run("authors, citation numbers, DOIs and identifiers", func(t *testing.T) {
		for _, tt := range []struct{ text, wantID, wantMatched string }{
			{"Bonfrate", "study:10.1111/eci.13201", "Bonfrate, L."},
			{"Dreno 2018", "study:10.1111/jdv.15043", "Dréno, B."}, // without the accent
			{"ref 24", "study:10.1017/S0007114512004138", "cited as 24"},
			{"citation 36", "study:10.3920/bm2016.0089", "cited as 36"},
			{"[19]", "study:10.1111/eci.13201", "cited as 19"},
			{"10.1111/eci.13201", "study:10.1111/eci.13201", "10.1111/eci.13201"},
			{"https://doi.org/10.1371/journal.pone.0231268", "study:10.1371/journal.pone.0231268", "10.1371/journal.pone.0231268"},
			{"MONDO:0011438", "condition:acne", ""},
		} {
			hits := hitsOf(t, store, tt.text, nil, 3)
			if len(hits) == 0 || hits[0].Entity.ID != tt.wantID || tt.wantMatched != "" && hits[0].Matched != tt.wantMatched {
				t.Errorf("%q: first hits %s, want %s matched by %q", tt.text, brief(hits), tt.wantID, tt.wantMatched)
			}
		}
	})

	t.Run("typos in names", func(t *testing.T) {
		for text, want := range map[string]string{"dermatitus": "condition:atopic-dermatitis", "Cutibacterium acnse": "species:cutibacterium-acnes", "lactobacilus": "species:lactobacillus"} {
			found := false
			for _, h := range hitsOf(t, store, text, nil, 5) {
				found = found || h.Entity.ID == want
			}
			if !found {
				t.Errorf("%q does not find %s in the first five", text, want)
			}
		}
	})
}
