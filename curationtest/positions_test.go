package curationtest

import (
	"testing"
)

// TestGradeClaimKeepsThePropositionModel: regrading a claim goes through the seed's rules
// (a grade above EARLY needs evidence or the source's own grade) and keeps what the grade
// does not touch: the sources' positions, whether they disagree, merged ids and the note on
// why the grade differs from its link's.
func TestGradeClaimKeepsThePropositionModel(t *testing.T) {
	h := newHarness(t)
	type claim struct {
		Maturity  string
		GradeNote *string
		Disputed  bool
		FormerIds []string
		Positions []struct {
			Position string
			Source   struct{ ID string }
		}
	}
	read := func(id string) claim {
		return ok[claim](t, h.do(t, "", `query { claim(id: "`+id+`") { maturity gradeNote disputed formerIds positions { position source { id } } } }`, nil), "claim")
	}
	grade := func(id, maturity string) response {
		return h.mutate(t, h.curator, "gradeClaim", map[string]any{"reason": "regrade", "source": "https://example.org/review", "claim": id,
			"expectedVersion": h.version(t, id), "maturity": maturity, "basis": "ASSESSED", "rationale": "Checked again."})
	}

	t.Run("a claim without evidence cannot be graded above EARLY", func(t *testing.T) {
		r := grade("claim:probiotics-not-acne-cure", "PLAUSIBLE")
		if r.Code() != "BAD_USER_INPUT" || r.Field() != "input.maturity" {
			t.Errorf("regrading an unevidenced claim to PLAUSIBLE: %s", r.Raw)
		}
	})
	for _, id := range []string{"claim:heal-skin-from-inside", "claim:topical-probiotics-no-benefit-at-four-weeks"} {
		t.Run(id, func(t *testing.T) {
			before := read(id)
			ok[changePayload](t, grade(id, "NOT_SUPPORTED"), "gradeClaim")
			after := read(id)
			if after.Maturity != "NOT_SUPPORTED" {
				t.Errorf("maturity %s, want NOT_SUPPORTED", after.Maturity)
			}
			if deref(after.GradeNote) != deref(before.GradeNote) || after.Disputed != before.Disputed ||
				len(after.FormerIds) != len(before.FormerIds) || len(after.Positions) != len(before.Positions) || len(after.Positions) == 0 {
				t.Errorf("regrading changed more than the grade:\nbefore %+v\nafter  %+v", before, after)
			}
		})
	}
}
