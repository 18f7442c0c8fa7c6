package seed

import "gutskin/kg"

// strains.yaml (see FORMAT.md).

type strain struct {
	named       `yaml:",inline"`
	FullName    string   `yaml:"fullName"`
	Species     string   `yaml:"species"`
	Kind        string   `yaml:"kind"`
	FormerNames []string `yaml:"formerNames"`
}

var _ = register(&records[strain]{
	file: "strains.yaml",
	kind: kg.KindStrain,
	checkRecord: func(l *loader, _ int, at located, r strain) {
		r.named.check(l, at, "kind", r.Kind, "StrainKind")
		l.required(at, r.ID, "fullName", r.FullName)
		if r.Species != "" {
			l.ref(at, r.ID, "species", r.Species, kg.KindSpecies)
		} else if r.Kind == string(kg.StrainKindStrain) {
			l.add(at, r.ID, "species", "missing: a strain belongs to a species (only a multi-species PRODUCT has none)")
		}
	},
	buildRecord: func(b *builder, r strain) {
		r.node(b, kg.KindStrain, r.FullName, append([]string{r.Name}, r.FormerNames...), map[string]any{
			"fullName": r.FullName, "strainKind": r.Kind, "species": r.Species, "formerNames": list(r.FormerNames),
		})
		if r.Species != "" {
			b.relation(kg.RelMemberOf, r.ID, r.Species, kg.MaturityEstablished, r.Provenance, nil)
		}
	},
})
