package seed

import (
	"gutskin/kg"
)

// conditions.yaml: the records of conditions.yaml (see FORMAT.md).

type condition struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	Synonyms    []string        `yaml:"synonyms"`
	Kind        string          `yaml:"kind"`
	Description string          `yaml:"description"`
	SubtypeOf   string          `yaml:"subtypeOf"`
	MondoID     string          `yaml:"mondoId"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

var _ = register(&records[condition]{
	file: "conditions.yaml",
	kind: kg.KindCondition,
	checkRecord: func(l *loader, _ int, at located, r condition) {
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "kind", r.Kind, "ConditionKind")
		if r.SubtypeOf != "" {
			l.ref(at, r.ID, "subtypeOf", r.SubtypeOf, kg.KindCondition)
		}
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r condition) {
		b.node(r.ID, kg.KindCondition, r.Name, r.Synonyms, r.Description, r.Provenance, map[string]any{
			"name": r.Name, "synonyms": list(r.Synonyms), "conditionKind": r.Kind, "description": r.Description,
			"subtypeOf": r.SubtypeOf, "mondoId": r.MondoID,
		})
		if r.SubtypeOf != "" {
			b.relation(kg.RelSubtypeOf, r.ID, r.SubtypeOf, kg.MaturityEstablished, r.Provenance, nil)
		}
	},
})
