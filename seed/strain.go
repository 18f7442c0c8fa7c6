package seed

import (
	"gutskin/kg"
)

// strains.yaml: the records of strains.yaml (see FORMAT.md).

type strain struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	FullName    string          `yaml:"fullName"`
	Species     string          `yaml:"species"`
	Kind        string          `yaml:"kind"`
	FormerNames []string        `yaml:"formerNames"`
	Synonyms    []string        `yaml:"synonyms"`
	Description string          `yaml:"description"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

var _ = register(&records[strain]{
	file: "strains.yaml",
	kind: kg.KindStrain,
	checkRecord: func(l *loader, _ int, at located, r strain) {
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "fullName", r.FullName)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "kind", r.Kind, "StrainKind")
		if r.Species != "" {
			l.ref(at, r.ID, "species", r.Species, kg.KindSpecies)
		} else if r.Kind == "STRAIN" {
			l.add(at, r.ID, "species", "missing: a strain belongs to a species (only a multi-species PRODUCT has none)")
		}
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r strain) {
		names := append([]string{r.Name}, r.Synonyms...)
		b.node(r.ID, kg.KindStrain, r.FullName, append(names, r.FormerNames...), r.Description, r.Provenance, map[string]any{
			"name": r.Name, "fullName": r.FullName, "strainKind": r.Kind, "species": r.Species,
			"formerNames": list(r.FormerNames), "synonyms": list(r.Synonyms), "description": r.Description,
		})
		if r.Species != "" {
			b.relation(kg.RelMemberOf, r.ID, r.Species, kg.MaturityEstablished, r.Provenance, nil)
		}
	},
})
