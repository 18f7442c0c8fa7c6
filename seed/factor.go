package seed

import "gutskin/kg"

// factors.yaml (see FORMAT.md).

type factor struct {
	named `yaml:",inline"`
	Kind  string `yaml:"kind"`
}

var _ = register(&records[factor]{
	file: "factors.yaml",
	kind: kg.KindFactor,
	checkRecord: func(l *loader, _ int, at located, r factor) {
		r.named.check(l, at, "kind", r.Kind, "FactorKind")
	},
	buildRecord: func(b *builder, r factor) {
		r.node(b, kg.KindFactor, r.Name, nil, map[string]any{"factorKind": r.Kind})
	},
})
