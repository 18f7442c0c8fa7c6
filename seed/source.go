package seed

import (
	"gutskin/kg"
)

// sources.yaml: the records of sources.yaml (see FORMAT.md).

type source struct {
	ID          string          `yaml:"id"`
	Title       string          `yaml:"title"`
	Publisher   string          `yaml:"publisher"`
	Kind        string          `yaml:"kind"`
	FileName    string          `yaml:"fileName"`
	Authors     []string        `yaml:"authors"`
	Reviewers   []string        `yaml:"reviewers"`
	Description string          `yaml:"description"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

var _ = register(&records[source]{
	file:        "sources.yaml",
	kind:        kg.KindSource,
	indexRecord: func(l *loader, _ located, r source) { l.citations[r.ID] = map[int]string{} },
	checkRecord: func(l *loader, _ int, at located, r source) {
		l.required(at, r.ID, "title", r.Title)
		l.required(at, r.ID, "kind", r.Kind)
		l.required(at, r.ID, "fileName", r.FileName)
		l.required(at, r.ID, "description", r.Description)
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r source) {
		b.node(r.ID, kg.KindSource, r.Title, nil, r.Description, r.Provenance, map[string]any{
			"title": r.Title, "publisher": r.Publisher, "documentKind": r.Kind, "fileName": r.FileName,
			"authors": list(r.Authors), "reviewers": list(r.Reviewers), "description": r.Description,
		})
	},
})
