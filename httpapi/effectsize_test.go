package httpapi_test

import (
	"testing"

	"gutskin/kgtest"
)

// TestFindingEffectSizeNamesItsMetric: the API gives a finding's effect size with the
// metric the seed records (NOT_STATED for the topical-probiotics meta-analysis, whose source
// names no statistic) and no interval, since none is reported; a finding without an effect
// size has neither.
func TestFindingEffectSizeNamesItsMetric(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{
		a: finding(id: "finding:topical-probiotics-ad-severity-four-weeks") { effectSize effectSizeMetric effectSizeInterval { lower upper level } }
		b: finding(id: "finding:adult-ad-oral-probiotics-scorad") { effectSize effectSizeMetric effectSizeInterval { lower } } }`, nil)
	a := data[map[string]any](t, r, "a")
	if a["effectSize"] != -0.29 || a["effectSizeMetric"] != "NOT_STATED" || a["effectSizeInterval"] != nil {
		t.Errorf("topical probiotics finding: %v", a)
	}
	b := data[map[string]any](t, r, "b")
	if b["effectSize"] != nil || b["effectSizeMetric"] != nil || b["effectSizeInterval"] != nil {
		t.Errorf("a finding without an effect size: %v", b)
	}
}
