package httpapi_test

import (
	"regexp"
	"strings"
	"testing"

	"gutskin/kgtest"
)

// searchHit is a search edge as the playground shows it.
type searchHit struct {
	Matched   string
	Kind      string
	Maturity  *string
	ClaimKind *string
	Design    *string
	Year      *int
	Node      struct{ ID, Label string }
}

func (h searchHit) String() string { return h.Node.ID + " (" + h.Matched + ")" }

const searchQuestion = `query($q: String!, $kinds: [NodeKind!]) {
  search(query: $q, kinds: $kinds, first: 3) { edges { matched kind maturity claimKind design year node { id label } } }
}`

// claimSays matches a claim hit whose statement holds every pattern (case-insensitive). The
// suite asks for words of the answer, not claim ids, so that a claim restated in other words
// still answers.
func claimSays(patterns ...string) func(searchHit) bool {
	return func(h searchHit) bool {
		if h.Kind != "CLAIM" || h.Maturity == nil || h.ClaimKind == nil {
			return false
		}
		for _, p := range patterns {
			if !regexp.MustCompile("(?i)" + p).MatchString(h.Node.Label) {
				return false
			}
		}
		return true
	}
}

func isEntity(id string) func(searchHit) bool {
	return func(h searchHit) bool { return h.Node.ID == id }
}

// TestResearcherQuestions asks the graph what a newcomer to the two source documents would
// ask in the playground, in their own words, and checks that the answer is among the first
// three hits (claims when the question asks for a claim: kinds [CLAIM]) or in the answer to
// the first query.
func TestResearcherQuestions(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	claims := []string{"CLAIM"}
	questions := []struct {
		ask    string
		kinds  []string
		answer string
		// first: the answer must be the first hit, not only among the first three.
		first bool
		want  func(searchHit) bool
	}{
		// From the acne article (its FAQ and body), asked as a reader would.
		{"Can probiotics cure acne?", claims, "the claim on probiotics curing acne", false, claimSays(`cur`, `acne`)},
		{"What is the best probiotic strain for acne?", claims, "the claim that no strain is officially best for acne", false, claimSays(`strain`, `acne`)},
		{"How long does it take to see the effects of probiotics on my skin?", claims, "the claim that effects take weeks", false, claimSays(`weeks`)},
		{"Do topical probiotics help with acne?", claims, "the claim on topical probiotics for acne", false, claimSays(`topical`, `acne`)},
		{"Does stress make acne worse?", claims, "the claim on chronic stress", false, claimSays(`stress`, `skin`)},
		{"Does dairy cause acne?", claims, "the claim linking dairy to acne", false, claimSays(`dairy`, `acne`)},
		{"How much of the immune system is in the gut?", claims, "the claim on GALT's 70%", false, claimSays(`70`, `immune`)},
		{"Are probiotics FDA approved?", claims, "the claim on FDA approval", false, claimSays(`FDA`)},
		{"Does leaky gut cause skin inflammation?", nil, "gut-barrier integrity, whose lay name is leaky gut", false, isEntity("mechanism:gut-barrier-integrity")},
		{"Does HN001 strengthen the gut barrier?", nil, "the strain HN001", false, isEntity("strain:hn001")},
		{"What is Cutibacterium acnes?", nil, "the species", true, isEntity("species:cutibacterium-acnes")},
		{"Which study is ref 24?", nil, "Smith et al. 2013, the acne article's citation 24", true, func(h searchHit) bool {
			return h.Node.ID == "study:10.1017/S0007114512004138" && h.Matched == "cited as 24" && h.Year != nil && *h.Year == 2013
		}},
		{"https://doi.org/10.1111/eci.13201", nil, "Bonfrate et al. 2020 by its DOI link", true, isEntity("study:10.1111/eci.13201")},
		{"papers by Bonfrate", nil, "Bonfrate et al. 2020 by its first author", true, func(h searchHit) bool {
			return h.Node.ID == "study:10.1111/eci.13201" && strings.HasPrefix(h.Matched, "Bonfrate")
		}},
		{"Which Lactobacillus improved adult acne?", []string{"STUDY"}, "the SP1 trial in adult acne", false, func(h searchHit) bool {
			return h.Kind == "STUDY" && strings.Contains(h.Node.Label, "SP1")
		}},
		// From the evidence-grading explainer.
		{"Is the gut-skin axis real or just marketing?", claims, "the claim that the axis exists, graded ESTABLISHED", false, func(h searchHit) bool {
			return claimSays(`gut`, `skin`)(h) && *h.Maturity == "ESTABLISHED"
		}},
		{"Will a gut cleanse or detox clear my skin?", nil, "the detox promise, graded NOT_SUPPORTED and marked as marketing", false, func(h searchHit) bool {
			return claimSays(`cleanse|detox`)(h) && *h.Maturity == "NOT_SUPPORTED" && *h.ClaimKind == "MARKETING"
		}},
		{"Do short-chain fatty acids really matter for skin?", claims, "the claim on SCFAs and skin", false, claimSays(`short-chain|SCFA`, `skin`)},
		{"Can probiotics make healthy skin look better?", claims, "the claim on probiotics for healthy skin", false, claimSays(`healthy`, `probiotic`)},
		{"I have eczema, should I treat it through my gut?", claims, "the claim that a skin condition needs a doctor", false, claimSays(`dermatologist|physician|doctor`)},
		{"What did the meta-analysis of oral probiotics in adults with eczema find?", nil, "the 2022 meta-analysis in adult atopic dermatitis", false, func(h searchHit) bool {
			return h.Node.ID == "study:probiotics-adult-atopic-dermatitis-meta-analysis-2022" && h.Design != nil && *h.Design == "META_ANALYSIS"
		}},
		{"Do topical probiotics work for eczema?", claims, "the claim that pooled topical trials showed no benefit", false, claimSays(`topical`, `atopic dermatitis|eczema`)},
		{"What does MONDO:0011438 stand for?", nil, "acne, by its MONDO identifier", true, isEntity("condition:acne")},
	}
	for _, q := range questions {
		t.Run(q.ask, func(t *testing.T) {
			r := post(t, srv.URL, searchQuestion, map[string]any{"q": q.ask, "kinds": q.kinds})
			hits := data[struct{ Edges []searchHit }](t, r, "search").Edges
			found := -1
			for i, h := range hits {
				if q.want(h) {
					found = i
					break
				}
			}
			if found < 0 || q.first && found > 0 {
				t.Errorf("%q: %s is not among %v", q.ask, q.answer, hits)
			}
		})
	}

	// Questions answered by a list rather than a search: the first query answers them.
	t.Run("Which strains were tested in atopic dermatitis?", func(t *testing.T) {
		r := post(t, srv.URL, `{ strains(filter: {condition: "condition:atopic-dermatitis"}) { nodes { id } } }`, nil)
		ids := idsOf(data[struct{ Nodes []struct{ ID string } }](t, r, "strains").Nodes)
		if !strings.Contains(ids, "strain:ls01") {
			t.Errorf("strains tested in atopic dermatitis = %s, want L. salivarius LS01 among them", ids)
		}
	})
	t.Run("Which gut-skin claims are not supported at all?", func(t *testing.T) {
		r := post(t, srv.URL, `{ claims(filter: {maturities: [NOT_SUPPORTED]}) { nodes { statement } } }`, nil)
		var statements []string
		for _, n := range data[struct{ Nodes []struct{ Statement string } }](t, r, "claims").Nodes {
			statements = append(statements, n.Statement)
		}
		if !regexp.MustCompile(`(?i)detox|cleanse`).MatchString(strings.Join(statements, "\n")) {
			t.Errorf("claims graded NOT_SUPPORTED = %q, want the detox promise among them", statements)
		}
	})
}

func idsOf(nodes []struct{ ID string }) string {
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	return strings.Join(ids, " ")
}
