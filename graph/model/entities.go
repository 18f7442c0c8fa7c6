// Package model holds the GraphQL types: the generated ones (models_gen.go) and, here, the
// hand-written types that read the rows a compiled query returns. A row holds exactly what
// the request selected, links included, so no field of these types goes back to the store.
package model

import (
	"gutskin/kg"
)

// base is what every entity type shares; it reads one entity's row.
type base struct{ row kg.Row }

func (b base) ID() string                        { return b.str("id") }
func (b base) Kind() kg.Kind                     { return kg.Kind(b.str("kind")) }
func (b base) Label() string                     { return b.str("label") }
func (b base) Provenance() ([]Provenance, error) { return provenanceOf(b.row) }
func (b base) Row() kg.Row                       { return b.row }
func (b base) IsNode()                           {}
func (b base) IsEntity()                         {}
func (b base) str(key string) string             { s, _ := b.row[key].(string); return s }
func (b base) strs(key string) []string          { return toStrings(b.row[key]) }
func (b base) optStr(key string) *string         { return optString(b.row[key]) }
func (b base) optInt(key string) *int            { return optInt(b.row[key]) }
func (b base) optFloat(key string) *float64 {
	switch v := b.row[key].(type) {
	case float64:
		return &v
	case int64:
		f := float64(v)
		return &f
	}
	return nil
}

// Wrap gives the GraphQL type of an entity's row by its kind (nil for a nil row).
func Wrap(row kg.Row) Entity {
	if row == nil {
		return nil
	}
	b := base{row}
	switch kg.Kind(b.str("kind")) {
	case kg.KindSource:
		return Source{b}
	case kg.KindStudy:
		return Study{b}
	case kg.KindSpecies:
		return Species{b}
	case kg.KindStrain:
		return Strain{b}
	case kg.KindMechanism:
		return Mechanism{b}
	case kg.KindCondition:
		return Condition{b}
	case kg.KindFactor:
		return Factor{b}
	case kg.KindClaim:
		return Claim{b}
	case kg.KindFinding:
		return Finding{b}
	}
	return nil
}

// Source is a source document.
type Source struct{ base }

func (s Source) Title() string                  { return s.str("title") }
func (s Source) Publisher() *string             { return s.optStr("publisher") }
func (s Source) DocumentKind() string           { return s.str("documentKind") }
func (s Source) FileName() string               { return s.str("fileName") }
func (s Source) Authors() []string              { return s.strs("authors") }
func (s Source) Reviewers() []string            { return s.strs("reviewers") }
func (s Source) Description() string            { return s.str("description") }
func (s Source) Citations() ([]Citation, error) { return edges[Citation](s.row, "citations") }
func (s Source) Claims() ([]Claim, error)       { return entities[Claim](s.row, "claims") }

// Study is a cited publication.
type Study struct{ base }

func (s Study) Title() string                  { return s.str("title") }
func (s Study) Authors() []string              { return s.strs("authors") }
func (s Study) Year() int                      { return derefInt(s.optInt("year")) }
func (s Study) Journal() *string               { return s.optStr("journal") }
func (s Study) Volume() *string                { return s.optStr("volume") }
func (s Study) Issue() *string                 { return s.optStr("issue") }
func (s Study) Pages() *string                 { return s.optStr("pages") }
func (s Study) Doi() *string                   { return s.optStr("doi") }
func (s Study) URL() *string                   { return s.optStr("url") }
func (s Study) Design() kg.StudyDesign         { return kg.StudyDesign(s.str("design")) }
func (s Study) Population() *string            { return s.optStr("population") }
func (s Study) SampleSize() *int               { return s.optInt("sampleSize") }
func (s Study) Duration() *string              { return s.optStr("duration") }
func (s Study) Summary() string                { return s.str("summary") }
func (s Study) Citations() ([]Citation, error) { return edges[Citation](s.row, "citations") }
func (s Study) Findings() ([]Finding, error)   { return entities[Finding](s.row, "findings") }
func (s Study) Strains() ([]Entity, error)     { return entities[Entity](s.row, "strains") }
func (s Study) Topics() ([]Entity, error)      { return entities[Entity](s.row, "topics") }
func (s Study) Claims() ([]Evidence, error)    { return edges[Evidence](s.row, "claims") }

// Link is the DOI resolver's address when there is a DOI, otherwise the URL.
func (s Study) Link() *string {
	if doi := s.str("doi"); doi != "" {
		link := "https://doi.org/" + doi
		return &link
	}
	return s.optStr("url")
}

// Species is a species or genus.
type Species struct{ base }

func (s Species) Name() string                   { return s.str("name") }
func (s Species) FormerNames() []string          { return s.strs("formerNames") }
func (s Species) Synonyms() []string             { return s.strs("synonyms") }
func (s Species) SpeciesKind() kg.SpeciesKind    { return kg.SpeciesKind(s.str("speciesKind")) }
func (s Species) Description() string            { return s.str("description") }
func (s Species) Strains() ([]Strain, error)     { return entities[Strain](s.row, "strains") }
func (s Species) Relations() ([]Relation, error) { return edges[Relation](s.row, "relations") }

// Strain is a probiotic strain or product.
type Strain struct{ base }

func (s Strain) Name() string                    { return s.str("name") }
func (s Strain) FullName() string                { return s.str("fullName") }
func (s Strain) StrainKind() kg.StrainKind       { return kg.StrainKind(s.str("strainKind")) }
func (s Strain) FormerNames() []string           { return s.strs("formerNames") }
func (s Strain) Synonyms() []string              { return s.strs("synonyms") }
func (s Strain) Description() string             { return s.str("description") }
func (s Strain) Species() (*Species, error)      { return ref[Species](s.row, "species") }
func (s Strain) Mechanisms() ([]Relation, error) { return edges[Relation](s.row, "mechanisms") }
func (s Strain) Studies() ([]Study, error)       { return entities[Study](s.row, "studies") }
func (s Strain) Claims() ([]Claim, error)        { return entities[Claim](s.row, "claims") }

// Mechanism is a pathway of the gut–skin axis.
type Mechanism struct{ base }

func (m Mechanism) Name() string                      { return m.str("name") }
func (m Mechanism) Synonyms() []string                { return m.strs("synonyms") }
func (m Mechanism) Category() kg.MechanismCategory    { return kg.MechanismCategory(m.str("category")) }
func (m Mechanism) Description() string               { return m.str("description") }
func (m Mechanism) Influences() ([]Relation, error)   { return edges[Relation](m.row, "influences") }
func (m Mechanism) InfluencedBy() ([]Relation, error) { return edges[Relation](m.row, "influencedBy") }
func (m Mechanism) Studies() ([]Study, error)         { return entities[Study](m.row, "studies") }
func (m Mechanism) Claims() ([]Claim, error)          { return entities[Claim](m.row, "claims") }

// Condition is a condition or skin outcome.
type Condition struct{ base }

func (c Condition) Name() string                      { return c.str("name") }
func (c Condition) Synonyms() []string                { return c.strs("synonyms") }
func (c Condition) ConditionKind() kg.ConditionKind   { return kg.ConditionKind(c.str("conditionKind")) }
func (c Condition) Description() string               { return c.str("description") }
func (c Condition) SubtypeOf() (*Condition, error)    { return ref[Condition](c.row, "subtypeOf") }
func (c Condition) Subtypes() ([]Condition, error)    { return entities[Condition](c.row, "subtypes") }
func (c Condition) InfluencedBy() ([]Relation, error) { return edges[Relation](c.row, "influencedBy") }
func (c Condition) Studies() ([]Study, error)         { return entities[Study](c.row, "studies") }
func (c Condition) Findings() ([]Finding, error)      { return entities[Finding](c.row, "findings") }
func (c Condition) Claims() ([]Claim, error)          { return entities[Claim](c.row, "claims") }

// Factor is a lifestyle or disrupting factor.
type Factor struct{ base }

func (f Factor) Name() string                 { return f.str("name") }
func (f Factor) Synonyms() []string           { return f.strs("synonyms") }
func (f Factor) FactorKind() kg.FactorKind    { return kg.FactorKind(f.str("factorKind")) }
func (f Factor) Description() string          { return f.str("description") }
func (f Factor) Affects() ([]Relation, error) { return edges[Relation](f.row, "affects") }
func (f Factor) Claims() ([]Claim, error)     { return entities[Claim](f.row, "claims") }

// Claim is a claim made or graded by a source.
type Claim struct{ base }

func (c Claim) Statement() string               { return c.str("statement") }
func (c Claim) Maturity() kg.Maturity           { return kg.Maturity(c.str("maturity")) }
func (c Claim) MaturityBasis() kg.MaturityBasis { return kg.MaturityBasis(c.str("maturityBasis")) }
func (c Claim) ClaimKind() kg.ClaimKind         { return kg.ClaimKind(c.str("claimKind")) }
func (c Claim) Assessment() string              { return c.str("assessment") }
func (c Claim) Section() string                 { return c.str("section") }
func (c Claim) Source() (*Source, error)        { return ref[Source](c.row, "source") }
func (c Claim) Subjects() ([]Entity, error)     { return entities[Entity](c.row, "subjects") }
func (c Claim) Evidence() ([]Evidence, error)   { return edges[Evidence](c.row, "evidence") }
func (c Claim) EvidenceSummary() (*EvidenceSummary, error) {
	return summaryOf(c.row, "evidenceSummary")
}

// Finding is a quantitative result.
type Finding struct{ base }

func (f Finding) Summary() string             { return f.str("summary") }
func (f Finding) Measure() string             { return f.str("measure") }
func (f Finding) Effect() kg.Effect           { return kg.Effect(f.str("effect")) }
func (f Finding) Value() *float64             { return f.optFloat("value") }
func (f Finding) Unit() *string               { return f.optStr("unit") }
func (f Finding) PValue() *float64            { return f.optFloat("pValue") }
func (f Finding) EffectSize() *float64        { return f.optFloat("effectSize") }
func (f Finding) HeterogeneityI2() *float64   { return f.optFloat("heterogeneityI2") }
func (f Finding) Trials() *int                { return f.optInt("trials") }
func (f Finding) Participants() *int          { return f.optInt("participants") }
func (f Finding) StudyCount() *int            { return f.optInt("studyCount") }
func (f Finding) Timepoint() *string          { return f.optStr("timepoint") }
func (f Finding) Study() (*Study, error)      { return ref[Study](f.row, "study") }
func (f Finding) Measures() ([]Entity, error) { return entities[Entity](f.row, "measures") }
func (f Finding) Significant() *bool {
	if b, ok := f.row["significant"].(bool); ok {
		return &b
	}
	return nil
}
