package seed

import "gutskin/kg"

// conditions.yaml (see FORMAT.md).

type condition struct {
	named     `yaml:",inline"`
	Kind      string `yaml:"kind"`
	SubtypeOf string `yaml:"subtypeOf"`
	MondoID   string `yaml:"mondoId"`
}

var _ = register(&records[condition]{
	file: "conditions.yaml",
	kind: kg.KindCondition,
	checkRecord: func(l *loader, _ int, at located, r condition) {
		r.named.check(l, at, "kind", r.Kind, "ConditionKind")
		if r.SubtypeOf != "" {
			l.ref(at, r.ID, "subtypeOf", r.SubtypeOf, kg.KindCondition)
		}
	},
	buildRecord: func(b *builder, r condition) {
		r.node(b, kg.KindCondition, r.Name, nil, map[string]any{
			"conditionKind": r.Kind, "subtypeOf": r.SubtypeOf, "mondoId": r.MondoID,
		})
		if r.SubtypeOf != "" {
			b.relation(kg.RelSubtypeOf, r.ID, r.SubtypeOf, kg.MaturityEstablished, r.Provenance, nil)
		}
	},
})
