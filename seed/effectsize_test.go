package seed

import (
	"math"
	"strings"
	"testing"

	"gutskin/kg"
)

// Tests of the effect-size rules (FORMAT.md, findings.yaml): every effect size names its
// metric, and an interval is whole, holds the effect size and has a level between 0 and 1.

func TestEffectSizeProblems(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	iv := func(lower, upper, level float64) *interval {
		return &interval{Lower: f(lower), Upper: f(upper), Level: f(level)}
	}
	for _, tc := range []struct {
		name   string
		size   *float64
		metric string
		iv     *interval
		field  string // "" for no problem
		msg    string
	}{
		{"nothing reported", nil, "", nil, "", ""},
		{"a stated metric", f(-0.29), "STANDARDISED_MEAN_DIFFERENCE", nil, "", ""},
		{"a metric the source did not state", f(-0.29), "NOT_STATED", nil, "", ""},
		{"an interval with its level", f(-0.29), "NOT_STATED", iv(-0.8, 0.2, 0.95), "", ""},
		{"an effect size at a bound", f(1.5), "ODDS_RATIO", iv(1.5, 2, 0.9), "", ""},
		{"an effect size without a metric", f(-0.29), "", nil, "effectSizeMetric", "NOT_STATED"},
		{"a metric without an effect size", nil, "MEAN_DIFFERENCE", nil, "effectSizeMetric", "no effectSize"},
		{"an unknown metric", f(0.3), "COHENS_D", nil, "effectSizeMetric", "unknown value"},
		{"an interval without an effect size", nil, "", iv(-1, 1, 0.95), "effectSizeInterval", "no effectSize"},
		{"an effect size outside its interval", f(-0.29), "NOT_STATED", iv(0, 1, 0.95), "effectSizeInterval", "outside its interval"},
		{"bounds the wrong way round", f(0.5), "MEAN_DIFFERENCE", iv(1, 0, 0.95), "effectSizeInterval", "above upper"},
		{"a level of 95", f(0.5), "MEAN_DIFFERENCE", iv(0, 1, 95), "effectSizeInterval.level", "above 0 and below 1"},
		{"a level of 1", f(0.5), "MEAN_DIFFERENCE", iv(0, 1, 1), "effectSizeInterval.level", "above 0 and below 1"},
		{"a level of 0", f(0.5), "MEAN_DIFFERENCE", iv(0, 1, 0), "effectSizeInterval.level", "above 0 and below 1"},
		{"an interval without a level", f(0.5), "MEAN_DIFFERENCE", &interval{Lower: f(0), Upper: f(1)}, "effectSizeInterval.level", "missing"},
		{"an infinite bound", f(0.5), "MEAN_DIFFERENCE", iv(0, math.Inf(1), 0.95), "effectSizeInterval.upper", "finite"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := effectSizeProblems(tc.size, tc.metric, tc.iv)
			if tc.field == "" {
				if len(got) > 0 {
					t.Fatalf("want no problem, got %v", got)
				}
				return
			}
			if len(got) == 0 || got[0].Field != tc.field || !strings.Contains(got[0].Msg, tc.msg) {
				t.Fatalf("want a problem with %s mentioning %q, got %v", tc.field, tc.msg, got)
			}
		})
	}
}

// TestEffectSizeRulesInFiles: the loader applies the rules to findings.yaml, naming the
// record and the field, and stores the metric and the interval's three numbers.
func TestEffectSizeRulesInFiles(t *testing.T) {
	with := func(t *testing.T, lines string) map[string]string {
		return map[string]string{"findings.yaml": strings.Replace(read(t, "findings.yaml"), "  participants: 40\n", "  participants: 40\n"+lines, 1)}
	}
	t.Run("an effect size without a metric is refused", func(t *testing.T) {
		expectProblem(t, with(t, "  effectSize: -0.29\n"), "finding:x1-y-score", "field effectSizeMetric", "NOT_STATED")
	})
	t.Run("an interval that misses the effect size is refused", func(t *testing.T) {
		expectProblem(t, with(t, "  effectSize: -0.29\n  effectSizeMetric: NOT_STATED\n  effectSizeInterval: {lower: 0.1, upper: 0.9, level: 0.95}\n"),
			"finding:x1-y-score", "field effectSizeInterval", "outside its interval")
	})
	t.Run("a level given in percent is refused", func(t *testing.T) {
		expectProblem(t, with(t, "  effectSize: -0.29\n  effectSizeMetric: NOT_STATED\n  effectSizeInterval: {lower: -0.5, upper: 0.1, level: 95}\n"),
			"finding:x1-y-score", "field effectSizeInterval.level")
	})
	t.Run("a metric and an interval are stored", func(t *testing.T) {
		g, err := Load(fixture(t, with(t, "  effectSize: -0.29\n  effectSizeMetric: STANDARDISED_MEAN_DIFFERENCE\n  effectSizeInterval: {lower: -0.5, upper: 0.1, level: 0.95}\n")))
		if err != nil {
			t.Fatal(err)
		}
		n := nodeOf(t, g, "finding:x1-y-score")
		for prop, want := range map[string]any{"effectSize": -0.29, "effectSizeMetric": "STANDARDISED_MEAN_DIFFERENCE",
			"effectSizeLower": -0.5, "effectSizeUpper": 0.1, "effectSizeLevel": 0.95} {
			if got := n.Props[prop]; got != want {
				t.Errorf("%s = %#v, want %#v", prop, got, want)
			}
		}
		fields, err := StoredFields(kg.KindFinding, n.Props, func(kg.RelationKind, bool) ([]kg.RelationRecord, error) { return nil, nil })
		if err != nil {
			t.Fatal(err)
		}
		iv, _ := fields["effectSizeInterval"].(map[string]any)
		if fields["effectSizeMetric"] != "STANDARDISED_MEAN_DIFFERENCE" || iv["lower"] != -0.5 || iv["upper"] != 0.1 || iv["level"] != 0.95 {
			t.Errorf("fields rebuilt from the store: %v", fields)
		}
	})
	t.Run("without an interval nothing of one is stored", func(t *testing.T) {
		g, err := Load(fixture(t, with(t, "  effectSize: -0.29\n  effectSizeMetric: NOT_STATED\n")))
		if err != nil {
			t.Fatal(err)
		}
		n := nodeOf(t, g, "finding:x1-y-score")
		for _, prop := range []string{"effectSizeLower", "effectSizeUpper", "effectSizeLevel"} {
			if v, ok := n.Props[prop]; ok && v != nil {
				t.Errorf("%s = %v, want nothing", prop, v)
			}
		}
	})
}

// TestShippedEffectSizes: the seed's one effect size (the topical-probiotics meta-analysis,
// −0.29) is recorded as the source gives it: no metric named, no interval.
func TestShippedEffectSizes(t *testing.T) {
	g, err := Load(Data)
	if err != nil {
		t.Fatal(err)
	}
	sizes := 0
	for _, n := range g.Nodes {
		if n.Kind != kg.KindFinding || n.Props["effectSize"] == nil {
			continue
		}
		sizes++
		if n.Props["effectSizeMetric"] == nil || n.Props["effectSizeMetric"] == "" {
			t.Errorf("%s has an effect size without a metric", n.ID)
		}
	}
	n := nodeOf(t, g, "finding:topical-probiotics-ad-severity-four-weeks")
	if n.Props["effectSize"] != -0.29 || n.Props["effectSizeMetric"] != "NOT_STATED" || n.Props["effectSizeLower"] != nil {
		t.Errorf("topical probiotics finding: %v", n.Props)
	}
	if sizes != 1 {
		t.Errorf("%d findings with an effect size; this test expects the one the evidence article gives", sizes)
	}
}
