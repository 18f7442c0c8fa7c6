package seed

import (
	"fmt"
	"strings"

	"gutskin/kg"
)

// studies.yaml: the records of studies.yaml (see FORMAT.md).

type study struct {
	ID         string          `yaml:"id"`
	Title      string          `yaml:"title"`
	Authors    []string        `yaml:"authors"`
	Year       int             `yaml:"year"`
	Journal    string          `yaml:"journal"`
	Volume     string          `yaml:"volume"`
	Issue      string          `yaml:"issue"`
	Pages      string          `yaml:"pages"`
	DOI        string          `yaml:"doi"`
	URL        string          `yaml:"url"`
	Design     string          `yaml:"design"`
	Population string          `yaml:"population"`
	SampleSize *int            `yaml:"sampleSize"`
	Duration   string          `yaml:"duration"`
	Summary    string          `yaml:"summary"`
	CitedBy    []citation      `yaml:"citedBy"`
	Provenance []kg.Provenance `yaml:"provenance"`
}
type citation struct {
	Source string `yaml:"source"`
	Number int    `yaml:"number"`
}

var _ = register(&records[study]{
	file:        "studies.yaml",
	kind:        kg.KindStudy,
	indexRecord: indexCitations,
	checkRecord: func(l *loader, _ int, at located, r study) {
		l.required(at, r.ID, "title", r.Title)
		l.required(at, r.ID, "summary", r.Summary)
		if r.Year < 1900 || r.Year > 2100 {
			l.add(at, r.ID, "year", "missing or implausible: %d", r.Year)
		}
		l.enum(at, r.ID, "design", r.Design, "StudyDesign")
		if r.DOI != "" {
			if d, err := NormalizeDOI(r.DOI); err != nil {
				l.add(at, r.ID, "doi", "%v", err)
			} else if d != r.DOI {
				l.add(at, r.ID, "doi", "give the bare DOI %q, without a prefix or spaces", d)
			}
		}
		if r.SampleSize != nil && *r.SampleSize < 1 {
			l.add(at, r.ID, "sampleSize", "must be positive")
		}
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r study) {
		sampleKey := -1
		if r.SampleSize != nil {
			sampleKey = *r.SampleSize
		}
		b.node(r.ID, kg.KindStudy, r.Title, append([]string{r.DOI}, r.Authors...), r.Summary+" "+r.Journal, r.Provenance, map[string]any{
			"title": r.Title, "authors": list(r.Authors), "year": r.Year, "journal": r.Journal,
			"volume": r.Volume, "issue": r.Issue, "pages": r.Pages, "doi": r.DOI, "doiLower": strings.ToLower(r.DOI),
			"url": r.URL, "design": r.Design, "population": r.Population, "sampleSize": r.SampleSize,
			"sampleSizeKey": sampleKey, "duration": r.Duration, "summary": r.Summary,
		})
		for _, c := range r.CitedBy {
			b.relation(kg.RelCites, c.Source, r.ID, kg.MaturityEstablished, []kg.Provenance{{Source: c.Source, Section: "Reference list", Citations: []int{c.Number}}},
				map[string]any{"number": c.Number})
		}
	},
})

// indexCitations records which study each source cites under which number, before any
// provenance is checked against them, and checks DOIs are unique.
func indexCitations(l *loader, at located, r study) {
	if len(r.CitedBy) == 0 {
		l.add(at, r.ID, "citedBy", "missing: every study is cited by a source")
	}
	for i, c := range r.CitedBy {
		field := fmt.Sprintf("citedBy[%d]", i)
		l.ref(at, r.ID, field+".source", c.Source, kg.KindSource)
		if c.Number < 1 {
			l.add(at, r.ID, field+".number", "must be 1 or more")
			continue
		}
		if prev, dup := l.citations[c.Source][c.Number]; dup {
			l.add(at, r.ID, field+".number", "%s already cites %s under number %d", c.Source, prev, c.Number)
			continue
		}
		if l.citations[c.Source] != nil {
			l.citations[c.Source][c.Number] = r.ID
		}
	}
	if r.DOI != "" {
		if r.ID != "study:"+r.DOI {
			l.add(at, r.ID, "id", "a study with a DOI has the id \"study:%s\"", r.DOI)
		}
		if prev, dup := l.dois[strings.ToLower(r.DOI)]; dup {
			l.add(at, r.ID, "doi", "duplicate of %s", prev)
		}
		l.dois[strings.ToLower(r.DOI)] = r.ID
	}
}
