// Package model holds the GraphQL types: the generated ones (models_gen.go) and, here, the
// hand-written types that read the domain's entities. Fields that need the store are left
// to resolvers, which batch them.
package model

import (
	"gutskin/kg"
)

// base is what every entity type shares; it reads a stored entity's properties.
type base struct{ e kg.Entity }

func (b base) ID() string                { return b.e.ID }
func (b base) Kind() NodeKind            { return NodeKind(b.e.Kind) }
func (b base) Label() string             { return b.str("label") }
func (b base) Provenance() []Provenance  { return ProvenanceOf(b.e.Provenance) }
func (b base) Domain() kg.Entity         { return b.e }
func (b base) IsNode()                   {}
func (b base) IsEntity()                 {}
func (b base) str(key string) string     { s, _ := b.e.Props[key].(string); return s }
func (b base) strs(key string) []string  { return toStrings(b.e.Props[key]) }
func (b base) optStr(key string) *string { return optString(b.e.Props[key]) }
func (b base) optInt(key string) *int    { return optInt(b.e.Props[key]) }
func (b base) optFloat(key string) *float64 {
	switch v := b.e.Props[key].(type) {
	case float64:
		return &v
	case int64:
		f := float64(v)
		return &f
	}
	return nil
}

// Wrap gives the GraphQL type of an entity by its kind.
func Wrap(e kg.Entity) Entity {
	b := base{e}
	switch e.Kind {
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

func (s Source) Title() string        { return s.str("title") }
func (s Source) Publisher() *string   { return s.optStr("publisher") }
func (s Source) DocumentKind() string { return s.str("documentKind") }
func (s Source) FileName() string     { return s.str("fileName") }
func (s Source) Authors() []string    { return s.strs("authors") }
func (s Source) Reviewers() []string  { return s.strs("reviewers") }
func (s Source) Description() string  { return s.str("description") }

// Study is a cited publication.
type Study struct{ base }

func (s Study) Title() string       { return s.str("title") }
func (s Study) Authors() []string   { return s.strs("authors") }
func (s Study) Year() int           { return derefInt(s.optInt("year")) }
func (s Study) Journal() *string    { return s.optStr("journal") }
func (s Study) Volume() *string     { return s.optStr("volume") }
func (s Study) Issue() *string      { return s.optStr("issue") }
func (s Study) Pages() *string      { return s.optStr("pages") }
func (s Study) Doi() *string        { return s.optStr("doi") }
func (s Study) URL() *string        { return s.optStr("url") }
func (s Study) Design() StudyDesign { return StudyDesign(s.str("design")) }
func (s Study) Population() *string { return s.optStr("population") }
func (s Study) SampleSize() *int    { return s.optInt("sampleSize") }
func (s Study) Duration() *string   { return s.optStr("duration") }
func (s Study) Summary() string     { return s.str("summary") }

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

func (s Species) Name() string          { return s.str("name") }
func (s Species) FormerNames() []string { return s.strs("formerNames") }
func (s Species) Synonyms() []string    { return s.strs("synonyms") }
func (s Species) SpeciesKind() string   { return s.str("speciesKind") }
func (s Species) Description() string   { return s.str("description") }

// Strain is a probiotic strain or product.
type Strain struct{ base }

func (s Strain) Name() string          { return s.str("name") }
func (s Strain) FullName() string      { return s.str("fullName") }
func (s Strain) StrainKind() string    { return s.str("strainKind") }
func (s Strain) SpeciesID() string     { return s.str("species") }
func (s Strain) FormerNames() []string { return s.strs("formerNames") }
func (s Strain) Synonyms() []string    { return s.strs("synonyms") }
func (s Strain) Description() string   { return s.str("description") }

// Mechanism is a pathway of the gut–skin axis.
type Mechanism struct{ base }

func (m Mechanism) Name() string        { return m.str("name") }
func (m Mechanism) Synonyms() []string  { return m.strs("synonyms") }
func (m Mechanism) Category() string    { return m.str("category") }
func (m Mechanism) Description() string { return m.str("description") }

// Condition is a condition or skin outcome.
type Condition struct{ base }

func (c Condition) Name() string          { return c.str("name") }
func (c Condition) Synonyms() []string    { return c.strs("synonyms") }
func (c Condition) ConditionKind() string { return c.str("conditionKind") }
func (c Condition) Description() string   { return c.str("description") }
func (c Condition) SubtypeOfID() string   { return c.str("subtypeOf") }

// Factor is a lifestyle or disrupting factor.
type Factor struct{ base }

func (f Factor) Name() string        { return f.str("name") }
func (f Factor) Synonyms() []string  { return f.strs("synonyms") }
func (f Factor) FactorKind() string  { return f.str("factorKind") }
func (f Factor) Description() string { return f.str("description") }

// Claim is a claim made or graded by a source.
type Claim struct{ base }

func (c Claim) Statement() string            { return c.str("statement") }
func (c Claim) Maturity() EvidenceMaturity   { return EvidenceMaturity(c.str("maturity")) }
func (c Claim) MaturityBasis() MaturityBasis { return MaturityBasis(c.str("maturityBasis")) }
func (c Claim) ClaimKind() ClaimKind         { return ClaimKind(c.str("claimKind")) }
func (c Claim) Assessment() string           { return c.str("assessment") }
func (c Claim) SourceID() string             { return c.str("source") }
func (c Claim) Section() string              { return c.str("section") }

// Finding is a quantitative result.
type Finding struct{ base }

func (f Finding) Summary() string           { return f.str("summary") }
func (f Finding) Measure() string           { return f.str("measure") }
func (f Finding) Effect() Effect            { return Effect(f.str("effect")) }
func (f Finding) Value() *float64           { return f.optFloat("value") }
func (f Finding) Unit() *string             { return f.optStr("unit") }
func (f Finding) PValue() *float64          { return f.optFloat("pValue") }
func (f Finding) EffectSize() *float64      { return f.optFloat("effectSize") }
func (f Finding) HeterogeneityI2() *float64 { return f.optFloat("heterogeneityI2") }
func (f Finding) Trials() *int              { return f.optInt("trials") }
func (f Finding) Participants() *int        { return f.optInt("participants") }
func (f Finding) StudyCount() *int          { return f.optInt("studyCount") }
func (f Finding) Timepoint() *string        { return f.optStr("timepoint") }
func (f Finding) StudyID() string           { return f.str("study") }
func (f Finding) Significant() *bool {
	if b, ok := f.e.Props["significant"].(bool); ok {
		return &b
	}
	return nil
}
