package seed

import "gutskin/kg"

// mechanisms.yaml (see FORMAT.md).

type mechanism struct {
	named    `yaml:",inline"`
	Category string `yaml:"category"`
}

var _ = register(&records[mechanism]{
	file: "mechanisms.yaml",
	kind: kg.KindMechanism,
	checkRecord: func(l *loader, _ int, at located, r mechanism) {
		r.named.check(l, at, "category", r.Category, "MechanismCategory")
	},
	buildRecord: func(b *builder, r mechanism) {
		r.node(b, kg.KindMechanism, r.Name, nil, map[string]any{"category": r.Category})
	},
})
