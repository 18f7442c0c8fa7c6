package seed

import "gutskin/kg"

// species.yaml (see FORMAT.md).

type species struct {
	named       `yaml:",inline"`
	FormerNames []string `yaml:"formerNames"`
	Kind        string   `yaml:"kind"`
	TaxonomyID  string   `yaml:"taxonomyId"`
}

var _ = register(&records[species]{
	file: "species.yaml",
	kind: kg.KindSpecies,
	checkRecord: func(l *loader, _ int, at located, r species) {
		r.named.check(l, at, "kind", r.Kind, "SpeciesKind")
	},
	buildRecord: func(b *builder, r species) {
		r.node(b, kg.KindSpecies, r.Name, r.FormerNames, map[string]any{
			"formerNames": list(r.FormerNames), "speciesKind": r.Kind, "taxonomyId": r.TaxonomyID,
		})
	},
})
