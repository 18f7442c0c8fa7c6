package curationtest

import (
	"strings"
	"testing"

	"gutskin/kgtest"
)

// TestFindingEffectSizeThroughTheAPI: a finding's effect size is created with its metric,
// given an interval by an update, read back by the API as stored, refused when the interval
// misses it, and written to the seed files as the curator gave it (which load again).
func TestFindingEffectSizeThroughTheAPI(t *testing.T) {
	h := newHarness(t)
	t.Cleanup(func() {
		if err := kgtest.RestoreSeed(); err != nil {
			t.Fatal(err)
		}
	})
	in := recordKinds[len(recordKinds)-1].createInput()
	id := in["id"].(string)
	in["effectSize"], in["effectSizeMetric"] = -0.3, "NOT_STATED"
	ok[changePayload](t, h.mutate(t, h.curator, "createFinding", in), "createFinding")

	read := func() map[string]any {
		r := h.do(t, "", `query($id: ID!) { finding(id: $id) { effectSize effectSizeMetric effectSizeInterval { lower upper level } } }`, map[string]any{"id": id})
		return ok[map[string]any](t, r, "finding")
	}
	if f := read(); f["effectSize"] != -0.3 || f["effectSizeMetric"] != "NOT_STATED" || f["effectSizeInterval"] != nil {
		t.Errorf("created: %v", f)
	}

	up := map[string]any{"reason": "the paper's table gives the interval", "source": "https://doi.org/10.5555/review.2026", "id": id, "expectedVersion": 1,
		"effectSizeMetric": "STANDARDISED_MEAN_DIFFERENCE", "effectSizeInterval": map[string]any{"lower": -0.55, "upper": -0.05, "level": 0.95}}
	ok[changePayload](t, h.mutate(t, h.curator, "updateFinding", up), "updateFinding")
	f := read()
	iv, _ := f["effectSizeInterval"].(map[string]any)
	if f["effectSizeMetric"] != "STANDARDISED_MEAN_DIFFERENCE" || iv["lower"] != -0.55 || iv["upper"] != -0.05 || iv["level"] != 0.95 {
		t.Errorf("updated: %v", f)
	}

	// Moving the effect size out of its interval is refused, naming the field.
	bad := map[string]any{"reason": "r", "source": "s", "id": id, "expectedVersion": 2, "effectSize": 0.4}
	if r := h.mutate(t, h.curator, "updateFinding", bad); r.Code() != "BAD_USER_INPUT" || r.Field() != "input.effectSizeInterval" {
		t.Errorf("an effect size outside its interval: %s", r.Raw)
	}

	files, exported := h.exported(t, "findings.yaml", id)
	eiv, _ := exported["effectSizeInterval"].(map[string]any)
	if exported["effectSize"] != -0.3 || exported["effectSizeMetric"] != "STANDARDISED_MEAN_DIFFERENCE" || eiv["lower"] != -0.55 || eiv["upper"] != -0.05 || eiv["level"] != 0.95 {
		t.Errorf("findings.yaml holds %v for the finding", exported)
	}
	if !strings.Contains(string(files["findings.yaml"]), "effectSizeMetric: NOT_STATED") {
		t.Error("the seed's own NOT_STATED metric is not exported")
	}
}
