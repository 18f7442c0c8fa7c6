package seed

import (
	"fmt"
	"math"

	"gutskin/kg"
)

// findings.yaml: the records of findings.yaml (see FORMAT.md).

type finding struct {
	ID              string          `yaml:"id"`
	Study           string          `yaml:"study"`
	Summary         string          `yaml:"summary"`
	Measure         string          `yaml:"measure"`
	Measures        []string        `yaml:"measures"`
	Effect          string          `yaml:"effect"`
	Value           *float64        `yaml:"value"`
	Unit            string          `yaml:"unit"`
	PValue          *float64        `yaml:"pValue"`
	EffectSize      *float64        `yaml:"effectSize"`
	HeterogeneityI2 *float64        `yaml:"heterogeneityI2"`
	Trials          *int            `yaml:"trials"`
	Participants    *int            `yaml:"participants"`
	StudyCount      *int            `yaml:"studyCount"`
	Timepoint       string          `yaml:"timepoint"`
	Significant     *bool           `yaml:"significant"`
	Provenance      []kg.Provenance `yaml:"provenance"`
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
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r finding) {
		b.node(r.ID, kg.KindFinding, r.Summary, []string{r.Measure}, "", r.Provenance, map[string]any{
			"summary": r.Summary, "measure": r.Measure, "effect": r.Effect, "value": r.Value, "unit": r.Unit,
			"pValue": r.PValue, "effectSize": r.EffectSize, "heterogeneityI2": r.HeterogeneityI2, "trials": r.Trials,
			"participants": r.Participants, "studyCount": r.StudyCount, "timepoint": r.Timepoint,
			"significant": r.Significant, "study": r.Study,
		})
		b.relation(kg.RelReports, r.Study, r.ID, kg.MaturityEstablished, r.Provenance, nil)
		for _, m := range r.Measures {
			b.relation(kg.RelMeasures, r.ID, m, kg.MaturityEstablished, r.Provenance, nil)
		}
	},
})
