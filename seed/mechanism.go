package seed

import (
	"gutskin/kg"
)

// mechanisms.yaml: the records of mechanisms.yaml (see FORMAT.md).

type mechanism struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	Synonyms    []string        `yaml:"synonyms"`
	Category    string          `yaml:"category"`
	Description string          `yaml:"description"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

var _ = register(&records[mechanism]{
	file: "mechanisms.yaml",
	kind: kg.KindMechanism,
	checkRecord: func(l *loader, _ int, at located, r mechanism) {
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "category", r.Category, "MechanismCategory")
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r mechanism) {
		b.node(r.ID, kg.KindMechanism, r.Name, r.Synonyms, r.Description, r.Provenance, map[string]any{
			"name": r.Name, "synonyms": list(r.Synonyms), "category": r.Category, "description": r.Description,
		})
	},
})
