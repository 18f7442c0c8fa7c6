package seed

import (
	"gutskin/kg"
)

// factors.yaml: the records of factors.yaml (see FORMAT.md).

type factor struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	Synonyms    []string        `yaml:"synonyms"`
	Kind        string          `yaml:"kind"`
	Description string          `yaml:"description"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

var _ = register(&records[factor]{
	file: "factors.yaml",
	kind: kg.KindFactor,
	checkRecord: func(l *loader, _ int, at located, r factor) {
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "kind", r.Kind, "FactorKind")
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r factor) {
		b.node(r.ID, kg.KindFactor, r.Name, r.Synonyms, r.Description, r.Provenance, map[string]any{
			"name": r.Name, "synonyms": list(r.Synonyms), "factorKind": r.Kind, "description": r.Description,
		})
	},
})
