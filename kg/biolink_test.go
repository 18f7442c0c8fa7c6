package kg

import (
	"regexp"
	"strings"
	"testing"
)

// Every kind has a Biolink category and every relationship kind a predicate, or says why
// it is unmapped; nothing in the mapping names a kind the domain table does not have.
func TestEveryKindAndRelationHasABiolinkMapping(t *testing.T) {
	for _, k := range Kinds {
		c := k.Biolink()
		if c == nil || !strings.HasPrefix(c.Category, "biolink:") || c.Why == "" {
			t.Errorf("kind %s: no Biolink category with its reason: %+v", k, c)
		}
		if c != nil && c.Description != "" {
			if _, ok := PropOf(k.Label(), c.Description); !ok {
				t.Errorf("kind %s: its description property %q is not one of its properties", k, c.Description)
			}
		}
	}
	for _, r := range RelationKinds {
		m := r.Biolink()
		switch {
		case m == nil:
			t.Errorf("relationship %s: no Biolink mapping", r)
		case m.Unmapped != "" && m.Predicate != GenericPredicate:
			t.Errorf("relationship %s: unmapped, yet written with %s", r, m.Predicate)
		case m.Unmapped == "" && (m.Predicate == GenericPredicate || m.Why == ""):
			t.Errorf("relationship %s: mapped without a specific predicate and its reason", r)
		case m.Directed && !r.Spec().NeedsEffect:
			t.Errorf("relationship %s: directed, but it carries no effect", r)
		}
	}
	if len(BiolinkClasses) != len(Kinds) || len(BiolinkRelations) != len(RelationKinds) {
		t.Errorf("the mapping has %d classes and %d relations for %d kinds and %d relationship kinds",
			len(BiolinkClasses), len(BiolinkRelations), len(Kinds), len(RelationKinds))
	}
	for effect, d := range EffectDirection {
		if !IsEnumValue("Effect", effect) || d == "" {
			t.Errorf("effect %q → %q", effect, d)
		}
	}
}

// kgx's own test of a CURIE (kgx.prefix_manager.PrefixManager.is_curie).
var kgxCurie = regexp.MustCompile(`^[^ <()>:]*:[^/ :]+$`)

// Node CURIEs are CURIEs to kgx, never split by KGX TSV's "|", and give back the id.
func TestNodeCURIERoundTrip(t *testing.T) {
	for _, id := range []string{"strain:hn001", "study:10.3390/microorganisms9020353", "study:10.1002/(SICI)1097-4571:x|y z%",
		"claim:gut-skin-link-exists", "finding:a_b"} {
		c := NodeCURIE(id)
		if !kgxCurie.MatchString(c) || strings.ContainsAny(c, "|\t\n") || !strings.HasPrefix(c, CuriePrefix+":") {
			t.Errorf("%s → %q: not a CURIE kgx accepts", id, c)
		}
		back, err := IDOfCURIE(c)
		if err != nil || back != id {
			t.Errorf("%s → %q → %q, %v", id, c, back, err)
		}
	}
	if got := NodeCURIE("study:10.3390/nu13030886"); got != "gutskin:study_10.3390%2Fnu13030886" {
		t.Errorf("study CURIE %q", got)
	}
	for _, bad := range []string{"strain:hn001", "gutskin:hn001", "gutskin:nokind_x", "gutskin:study_10.1/x", "gutskin:study_%zz", "MONDO:0011438"} {
		if _, err := IDOfCURIE(bad); ErrorCode(err) != EINVALID {
			t.Errorf("IDOfCURIE(%q): %v, want an invalid-input error", bad, err)
		}
	}
}

// Curated provenance makes an edge a curator's, with its publication; seed provenance
// does not; publications are sorted and counted once.
func TestBiolinkProvenance(t *testing.T) {
	seed := []Provenance{{Source: "source:gut-health-acne", Section: "Overview", Citations: []int{1}}}
	got := BiolinkProvenance(seed, []string{"doi:10.1/b", "doi:10.1/a", "doi:10.1/b"})
	if got.AgentType != AgentNotProvided || got.KnowledgeLevel != KnowledgeAssertion || strings.Join(got.Publications, ",") != "doi:10.1/a,doi:10.1/b" {
		t.Errorf("seed: %+v", got)
	}
	curated := append(seed, Provenance{Publication: "PMID:35866234", Curator: "alice", Date: "2026-01-02"},
		Provenance{Source: "source:gut-health-acne", Section: "Overview", Curator: "bob", Date: "2026-01-03"})
	got = BiolinkProvenance(curated, []string{"doi:10.1/a"})
	if got.AgentType != AgentManual || strings.Join(got.Publications, ",") != "PMID:35866234,doi:10.1/a" {
		t.Errorf("curated: %+v", got)
	}
	if StudyPublication("10.1/x", "123") != "doi:10.1/x" || StudyPublication("", "123") != "PMID:123" || StudyPublication("", "") != "" {
		t.Error("StudyPublication")
	}
}
