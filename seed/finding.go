package seed

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"gutskin/kg"
)

// findings.yaml: the records of findings.yaml (see FORMAT.md).

type finding struct {
	ID                 string          `yaml:"id"`
	Study              string          `yaml:"study"`
	Summary            string          `yaml:"summary"`
	Measure            string          `yaml:"measure"`
	Measures           []string        `yaml:"measures"`
	Effect             string          `yaml:"effect"`
	Value              *float64        `yaml:"value"`
	Unit               string          `yaml:"unit"`
	PValue             *float64        `yaml:"pValue"`
	EffectSize         *float64        `yaml:"effectSize"`
	EffectSizeMetric   string          `yaml:"effectSizeMetric"`
	EffectSizeInterval *interval       `yaml:"effectSizeInterval"`
	HeterogeneityI2    *float64        `yaml:"heterogeneityI2"`
	Trials             *int            `yaml:"trials"`
	Participants       *int            `yaml:"participants"`
	StudyCount         *int            `yaml:"studyCount"`
	Timepoint          string          `yaml:"timepoint"`
	Significant        *bool           `yaml:"significant"`
	Provenance         []kg.Provenance `yaml:"provenance"`
}

var _ = register(&records[finding]{
	file: "findings.yaml",
	kind: kg.KindFinding,
	checkRecord: func(l *loader, _ int, at located, r finding) {
		l.ref(at, r.ID, "study", r.Study, kg.KindStudy)
		l.required(at, r.ID, "summary", r.Summary)
		l.required(at, r.ID, "measure", r.Measure)
		l.enum(at, r.ID, "effect", r.Effect, "Effect")
		for i, m := range r.Measures {
			l.ref(at, r.ID, fmt.Sprintf("measures[%d]", i), m, kg.KindCondition, kg.KindMechanism, kg.KindFactor)
		}
		for field, v := range map[string]*float64{"value": r.Value, "pValue": r.PValue, "effectSize": r.EffectSize, "heterogeneityI2": r.HeterogeneityI2} {
			if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
				l.add(at, r.ID, field, "must be a finite number")
			}
		}
		if r.PValue != nil && (*r.PValue < 0 || *r.PValue > 1) {
			l.add(at, r.ID, "pValue", "must be between 0 and 1")
		}
		for _, p := range effectSizeProblems(r.EffectSize, r.EffectSizeMetric, r.EffectSizeInterval) {
			l.add(at, r.ID, p.Field, "%s", p.Msg)
		}
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r finding) {
		b.node(r.ID, kg.KindFinding, r.Summary, []string{r.Measure}, "", r.Provenance, map[string]any{
			"summary": r.Summary, "measure": r.Measure, "effect": r.Effect, "value": r.Value, "unit": r.Unit,
			"pValue": r.PValue, "effectSize": r.EffectSize, "effectSizeMetric": r.EffectSizeMetric,
			"effectSizeLower": r.EffectSizeInterval.bound("lower"), "effectSizeUpper": r.EffectSizeInterval.bound("upper"),
			"effectSizeLevel": r.EffectSizeInterval.bound("level"), "heterogeneityI2": r.HeterogeneityI2, "trials": r.Trials,
			"participants": r.Participants, "studyCount": r.StudyCount, "timepoint": r.Timepoint,
			"significant": r.Significant, "study": r.Study,
		})
		b.relation(kg.RelReports, r.Study, r.ID, kg.MaturityEstablished, r.Provenance, nil)
		for _, m := range r.Measures {
			b.relation(kg.RelMeasures, r.ID, m, kg.MaturityEstablished, r.Provenance, nil)
		}
	},
})

// interval is a confidence interval the source reports around an effect size.
type interval struct {
	Lower *float64 `yaml:"lower"`
	Upper *float64 `yaml:"upper"`
	Level *float64 `yaml:"level"`
}

// bound gives one of the interval's numbers by name; nil without an interval.
func (iv *interval) bound(name string) *float64 {
	if iv == nil {
		return nil
	}
	switch name {
	case "lower":
		return iv.Lower
	case "upper":
		return iv.Upper
	}
	return iv.Level
}

// effectSizeProblems are the rules of a finding's effect size (FORMAT.md): an effect size
// names its metric (NOT_STATED when the source does not), a metric or an interval comes
// only with an effect size, and an interval has all three numbers, finite, with lower ≤
// effect size ≤ upper and a level strictly between 0 and 1. Field names the field at fault.
func effectSizeProblems(size *float64, metric string, iv *interval) []Problem {
	var out []Problem
	add := func(field, format string, args ...any) {
		out = append(out, Problem{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	switch {
	case size != nil && metric == "":
		add("effectSizeMetric", "missing: an effect size names its metric; use NOT_STATED when the source gives the number without saying which statistic it is")
	case size == nil && metric != "":
		add("effectSizeMetric", "names the metric of an effect size, but there is no effectSize")
	case metric != "" && !kg.IsEnumValue("EffectSizeMetric", metric):
		keys := append([]string(nil), kg.Enums["EffectSizeMetric"]...)
		sort.Strings(keys)
		add("effectSizeMetric", "unknown value %q; want one of %s", metric, strings.Join(keys, ", "))
	}
	if iv == nil {
		return out
	}
	if size == nil {
		add("effectSizeInterval", "an interval surrounds an effect size, but there is no effectSize")
	}
	complete := true
	for _, b := range []struct {
		name string
		v    *float64
	}{{"lower", iv.Lower}, {"upper", iv.Upper}, {"level", iv.Level}} {
		switch {
		case b.v == nil:
			add("effectSizeInterval."+b.name, "missing: an interval gives lower, upper and level")
			complete = false
		case math.IsNaN(*b.v) || math.IsInf(*b.v, 0):
			add("effectSizeInterval."+b.name, "must be a finite number")
			complete = false
		}
	}
	if !complete {
		return out
	}
	if !(*iv.Level > 0 && *iv.Level < 1) {
		add("effectSizeInterval.level", "must be above 0 and below 1 (0.95 for a 95%% interval), not %v", *iv.Level)
	}
	if *iv.Lower > *iv.Upper {
		add("effectSizeInterval", "lower (%v) is above upper (%v)", *iv.Lower, *iv.Upper)
	} else if size != nil && (*size < *iv.Lower || *size > *iv.Upper) {
		add("effectSizeInterval", "the effect size %v lies outside its interval [%v, %v]", *size, *iv.Lower, *iv.Upper)
	}
	return out
}
