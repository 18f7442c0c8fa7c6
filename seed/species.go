package seed

import (
	"gutskin/kg"
)

// species.yaml: the records of species.yaml (see FORMAT.md).

type species struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	FormerNames []string        `yaml:"formerNames"`
	Synonyms    []string        `yaml:"synonyms"`
	Kind        string          `yaml:"kind"`
	Description string          `yaml:"description"`
	TaxonomyID  string          `yaml:"taxonomyId"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

var _ = register(&records[species]{
	file: "species.yaml",
	kind: kg.KindSpecies,
	checkRecord: func(l *loader, _ int, at located, r species) {
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "kind", r.Kind, "SpeciesKind")
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r species) {
		b.node(r.ID, kg.KindSpecies, r.Name, append(r.Synonyms, r.FormerNames...), r.Description, r.Provenance, map[string]any{
			"name": r.Name, "formerNames": list(r.FormerNames), "synonyms": list(r.Synonyms), "speciesKind": r.Kind,
			"description": r.Description, "taxonomyId": r.TaxonomyID,
		})
	},
})
