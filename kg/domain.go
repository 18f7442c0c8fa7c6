package kg

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// This file is the one declarative description of the domain: the kinds of entity with their
// stored properties, the enumerations, the relationships with their endpoints, and which
// GraphQL field follows which relationship. The seed loader validates against it, the
// GraphQL layer plans queries from it, and the store compiles those plans into Cypher. A new
// kind or relationship starts here.

// PropType is the type of a stored property.
type PropType int

const (
	PropString PropType = iota
	PropStrings
	PropInt
	PropFloat
	PropBool
)

// Prop is a kind-specific stored property that the API reads. Its GraphQL field has the
// same name unless Field says otherwise.
type Prop struct {
	Name string
	Type PropType
	// Enum names the enumeration a string property takes its values from ("" for free text).
	Enum string
}

// KindSpec describes one kind of entity.
type KindSpec struct {
	Kind   Kind
	Label  string // the Neo4j label, also the GraphQL type name
	Prefix string // the id prefix, e.g. "study:"
	Props  []Prop
}

// RelationSpec describes one relationship type: which kinds it joins, in which direction.
type RelationSpec struct {
	Kind     RelationKind
	From, To []Kind
	// Stated means a seed's relationships.yaml (and a curator) may state it directly; the
	// others are implied by records (a claim's evidence, a strain's species, …).
	Stated bool
	// NeedsEffect means a stated relationship must give its direction of effect; the others
	// must not.
	NeedsEffect bool
}

// LinkShape is what a GraphQL field built from relationships returns.
type LinkShape int

const (
	// LinkEntities: the entities at the other ends, in a stable order.
	LinkEntities LinkShape = iota
	// LinkEdges: the relationships themselves with both ends (Relation, Evidence, Citation).
	LinkEdges
	// LinkRef: one entity named by a stored property holding its id.
	LinkRef
	// LinkSummary: the stances of a claim's evidence and the designs of its studies.
	LinkSummary
)

// FieldLink says how a GraphQL field of an entity type reaches other entities.
type FieldLink struct {
	Type, Field string
	Shape       LinkShape
	// Rels are followed in this order; their results are concatenated.
	Rels     []RelationKind
	Incoming bool
	// RefProp is the property holding the id and RefKind the kind it names, for LinkRef.
	RefProp string
	RefKind Kind
}

// The relationship types.
const (
	RelCites        RelationKind = "CITES"
	RelMakes        RelationKind = "MAKES"
	RelMemberOf     RelationKind = "MEMBER_OF"
	RelModulates    RelationKind = "MODULATES"
	RelInfluences   RelationKind = "INFLUENCES"
	RelAffects      RelationKind = "AFFECTS"
	RelImplicatedIn RelationKind = "IMPLICATED_IN"
	RelSubtypeOf    RelationKind = "SUBTYPE_OF"
	RelExamined     RelationKind = "EXAMINED"
	RelInvestigates RelationKind = "INVESTIGATES"
	RelHasEvidence  RelationKind = "HAS_EVIDENCE"
	RelAbout        RelationKind = "ABOUT"
	RelReports      RelationKind = "REPORTS"
	RelMeasures     RelationKind = "MEASURES"
	RelHasPosition  RelationKind = "HAS_POSITION"
)

func str(name string) Prop                  { return Prop{Name: name, Type: PropString} }
func strs(name string) Prop                 { return Prop{Name: name, Type: PropStrings} }
func integer(name string) Prop              { return Prop{Name: name, Type: PropInt} }
func float(name string) Prop                { return Prop{Name: name, Type: PropFloat} }
func boolean(name string) Prop              { return Prop{Name: name, Type: PropBool} }
func enum(name, values string) Prop         { return Prop{Name: name, Type: PropString, Enum: values} }
func kinds(k ...Kind) []Kind                { return k }
func rels(r ...RelationKind) []RelationKind { return r }

// KindSpecs lists every kind, in the order the API documents them.
var KindSpecs = []KindSpec{
	{KindSource, "Source", "source:", []Prop{str("title"), str("publisher"), str("documentKind"), str("fileName"),
		strs("authors"), strs("reviewers"), str("description")}},
	{KindStudy, "Study", "study:", []Prop{str("title"), strs("authors"), integer("year"), str("journal"), str("volume"),
		str("issue"), str("pages"), str("doi"), str("url"), enum("design", "StudyDesign"), str("population"),
		integer("sampleSize"), str("duration"), str("summary"), str("pmid"), str("citedTitle"), str("recordStatus")}},
	{KindSpecies, "Species", "species:", []Prop{str("name"), strs("formerNames"), strs("synonyms"),
		enum("speciesKind", "SpeciesKind"), str("description")}},
	{KindStrain, "Strain", "strain:", []Prop{str("name"), str("fullName"), enum("strainKind", "StrainKind"),
		str("species"), strs("formerNames"), strs("synonyms"), str("description")}},
	{KindMechanism, "Mechanism", "mechanism:", []Prop{str("name"), strs("synonyms"),
		enum("category", "MechanismCategory"), str("description")}},
	{KindCondition, "Condition", "condition:", []Prop{str("name"), strs("synonyms"),
		enum("conditionKind", "ConditionKind"), str("description"), str("subtypeOf")}},
	{KindFactor, "Factor", "factor:", []Prop{str("name"), strs("synonyms"), enum("factorKind", "FactorKind"),
		str("description")}},
	{KindClaim, "Claim", "claim:", []Prop{str("statement"), enum("maturity", "EvidenceMaturity"),
		enum("maturityBasis", "MaturityBasis"), enum("claimKind", "ClaimKind"), str("assessment"), str("source"),
		str("section"), str("gradeNote"), boolean("disputed"), strs("formerIds")}},
	{KindFinding, "Finding", "finding:", []Prop{str("summary"), str("measure"), enum("effect", "Effect"),
		float("value"), str("unit"), float("pValue"), float("effectSize"),
		enum("effectSizeMetric", "EffectSizeMetric"), float("effectSizeLower"), float("effectSizeUpper"),
		float("effectSizeLevel"), float("heterogeneityI2"),
		integer("trials"), integer("participants"), integer("studyCount"), str("timepoint"),
		boolean("significant"), str("study")}},
}

// CommonProps are stored on every entity and read by every entity type (version, kept by
// curation, is absent until an entity's first change and reads as 1). Provenance and xrefs
// are JSON text (lists of kg.Provenance and kg.Xref); xrefKeys and xrefExactKeys, stored
// beside xrefs, hold their CURIEs in kg.XrefKey form for look-ups by CURIE.
var CommonProps = []Prop{str("id"), enum("kind", "NodeKind"), str("label"), str("provenance"), str("xrefs"), integer("version")}

// RelationSpecs lists every relationship type with the kinds it joins.
var RelationSpecs = []RelationSpec{
	{RelCites, kinds(KindSource), kinds(KindStudy), false, false},
	{RelMakes, kinds(KindSource), kinds(KindClaim), false, false},
	{RelMemberOf, kinds(KindStrain), kinds(KindSpecies), false, false},
	{RelModulates, kinds(KindStrain, KindSpecies), kinds(KindMechanism), true, true},
	{RelInfluences, kinds(KindMechanism), kinds(KindMechanism, KindCondition), true, true},
	{RelAffects, kinds(KindFactor), kinds(KindMechanism, KindCondition), true, true},
	{RelImplicatedIn, kinds(KindSpecies), kinds(KindCondition), true, true},
	{RelSubtypeOf, kinds(KindCondition), kinds(KindCondition), false, false},
	{RelExamined, kinds(KindStudy), kinds(KindStrain, KindSpecies), true, false},
	{RelInvestigates, kinds(KindStudy), kinds(KindCondition, KindMechanism, KindFactor), true, false},
	{RelHasEvidence, kinds(KindClaim), kinds(KindStudy), false, false},
	{RelAbout, kinds(KindClaim), kinds(KindStudy, KindSpecies, KindStrain, KindMechanism, KindCondition, KindFactor, KindFinding), false, false},
	{RelReports, kinds(KindStudy), kinds(KindFinding), false, false},
	{RelMeasures, kinds(KindFinding), kinds(KindStudy, KindSpecies, KindStrain, KindMechanism, KindCondition, KindFactor), false, false},
	// A source's position on a claim: like HAS_EVIDENCE it leaves the claim, so that a claim's
	// record (its evidence and its positions) is read back from the claim's own links.
	{RelHasPosition, kinds(KindClaim), kinds(KindSource), false, false},
}

// MechanisticRelations are the relationships a pathway follows unless asked otherwise.
var MechanisticRelations = rels(RelModulates, RelInfluences, RelAffects, RelImplicatedIn, RelMemberOf, RelSubtypeOf)

// FieldLinks lists every GraphQL field of an entity type that follows relationships (or a
// stored reference). The GraphQL layer plans queries from it; a test checks it against the
// schema, so a field cannot be forgotten.
var FieldLinks = []FieldLink{
	{"Source", "citations", LinkEdges, rels(RelCites), false, "", ""},
	{"Source", "claims", LinkEntities, rels(RelMakes), false, "", ""},
	{"Study", "citations", LinkEdges, rels(RelCites), true, "", ""},
	{"Study", "findings", LinkEntities, rels(RelReports), false, "", ""},
	{"Study", "strains", LinkEntities, rels(RelExamined), false, "", ""},
	{"Study", "topics", LinkEntities, rels(RelInvestigates), false, "", ""},
	{"Study", "claims", LinkEdges, rels(RelHasEvidence), true, "", ""},
	{"Species", "strains", LinkEntities, rels(RelMemberOf), true, "", ""},
	{"Species", "relations", LinkEdges, rels(RelModulates, RelImplicatedIn), false, "", ""},
	{"Strain", "species", LinkRef, nil, false, "species", KindSpecies},
	{"Strain", "mechanisms", LinkEdges, rels(RelModulates), false, "", ""},
	{"Strain", "studies", LinkEntities, rels(RelExamined), true, "", ""},
	{"Strain", "claims", LinkEntities, rels(RelAbout), true, "", ""},
	{"Mechanism", "influences", LinkEdges, rels(RelInfluences), false, "", ""},
	{"Mechanism", "influencedBy", LinkEdges, rels(RelModulates, RelInfluences, RelAffects), true, "", ""},
	{"Mechanism", "studies", LinkEntities, rels(RelInvestigates), true, "", ""},
	{"Mechanism", "claims", LinkEntities, rels(RelAbout), true, "", ""},
	{"Condition", "subtypeOf", LinkRef, nil, false, "subtypeOf", KindCondition},
	{"Condition", "subtypes", LinkEntities, rels(RelSubtypeOf), true, "", ""},
	{"Condition", "influencedBy", LinkEdges, rels(RelInfluences, RelAffects, RelImplicatedIn), true, "", ""},
	{"Condition", "studies", LinkEntities, rels(RelInvestigates), true, "", ""},
	{"Condition", "findings", LinkEntities, rels(RelMeasures), true, "", ""},
	{"Condition", "claims", LinkEntities, rels(RelAbout), true, "", ""},
	{"Factor", "affects", LinkEdges, rels(RelAffects), false, "", ""},
	{"Factor", "claims", LinkEntities, rels(RelAbout), true, "", ""},
	{"Claim", "source", LinkRef, nil, false, "source", KindSource},
	{"Claim", "subjects", LinkEntities, rels(RelAbout), false, "", ""},
	{"Claim", "evidence", LinkEdges, rels(RelHasEvidence), false, "", ""},
	{"Claim", "evidenceSummary", LinkSummary, rels(RelHasEvidence), false, "", ""},
	{"Claim", "positions", LinkEdges, rels(RelHasPosition), false, "", ""},
	{"Finding", "study", LinkRef, nil, false, "study", KindStudy},
	{"Finding", "measures", LinkEntities, rels(RelMeasures), false, "", ""},
}

// Enums lists the values of every enumeration the domain uses, strongest or most common
// first where an order means something. GraphQL enums of the same name must agree (a test
// checks), and the seed loader validates against them.
var Enums = map[string][]string{
	"NodeKind":         {"SOURCE", "STUDY", "SPECIES", "STRAIN", "MECHANISM", "CONDITION", "FACTOR", "CLAIM", "FINDING"},
	"RelationKind":     {"CITES", "MAKES", "MEMBER_OF", "MODULATES", "INFLUENCES", "AFFECTS", "IMPLICATED_IN", "SUBTYPE_OF", "EXAMINED", "INVESTIGATES", "HAS_EVIDENCE", "ABOUT", "REPORTS", "MEASURES", "HAS_POSITION"},
	"EvidenceMaturity": {"ESTABLISHED", "PLAUSIBLE", "EMERGING", "EARLY", "NOT_SUPPORTED"},
	"MaturityBasis":    {"GRADED_BY_SOURCE", "ASSESSED"},
	"ClaimKind":        {"SCIENTIFIC", "MARKETING"},
	"Stance":           {"SUPPORTS", "QUALIFIES", "CONTRADICTS"},
	"PositionKind":     {"ENDORSES", "HEDGES", "REJECTS"},
	// The statistic an effect size is given in; NOT_STATED when the source gives a number
	// without naming what it measures.
	"EffectSizeMetric":  {"STANDARDISED_MEAN_DIFFERENCE", "MEAN_DIFFERENCE", "ODDS_RATIO", "RISK_RATIO", "HAZARD_RATIO", "CORRELATION", "NOT_STATED"},
	"Effect":            {"INCREASES", "DECREASES", "NO_EFFECT", "MODULATES", "MIXED", "DESCRIPTIVE"},
	"StudyDesign":       {"RANDOMIZED_CONTROLLED_TRIAL", "CONTROLLED_TRIAL", "META_ANALYSIS", "SYSTEMATIC_REVIEW", "SCOPING_REVIEW", "NARRATIVE_REVIEW", "CONSENSUS_STATEMENT", "EDITORIAL", "IN_VIVO_HUMAN_STUDY", "CITIZEN_SCIENCE_COHORT", "OBSERVATIONAL_STUDY", "ANIMAL_STUDY", "CONFERENCE_ABSTRACT", "EVIDENCE_SUMMARY"},
	"SpeciesKind":       {"PROBIOTIC_SPECIES", "SKIN_BACTERIUM", "GENUS"},
	"StrainKind":        {"STRAIN", "PRODUCT"},
	"MechanismCategory": {"BARRIER", "METABOLITE", "IMMUNE", "NEURAL", "NUTRIENT", "MICROBIAL_BALANCE", "INFLAMMATION", "SKIN_BARRIER"},
	"ConditionKind":     {"SKIN_CONDITION", "SKIN_OUTCOME", "GUT_CONDITION", "INFECTION", "OTHER"},
	"FactorKind":        {"DIET", "LIFESTYLE", "MEDICATION", "ILLNESS", "SKINCARE", "TOPICAL_ACTIVE", "SUPPLEMENT", "INTRINSIC"},
}

// IsEnumValue reports whether v is a value of the named enumeration.
func IsEnumValue(enum, v string) bool {
	for _, x := range Enums[enum] {
		if x == v {
			return true
		}
	}
	return false
}

var (
	kindByKind   = map[Kind]*KindSpec{}
	kindByLabel  = map[string]*KindSpec{}
	relByKind    = map[RelationKind]*RelationSpec{}
	linksByType  = map[string]map[string]*FieldLink{}
	propsByLabel = map[string]map[string]Prop{}
)

func init() {
	for i := range KindSpecs {
		k := &KindSpecs[i]
		kindByKind[k.Kind] = k
		kindByLabel[k.Label] = k
		Kinds = append(Kinds, k.Kind)
		props := map[string]Prop{}
		for _, p := range append(append([]Prop{}, CommonProps...), k.Props...) {
			props[p.Name] = p
		}
		propsByLabel[k.Label] = props
	}
	for i := range RelationSpecs {
		r := &RelationSpecs[i]
		relByKind[r.Kind] = r
		RelationKinds = append(RelationKinds, r.Kind)
	}
	for i := range FieldLinks {
		f := &FieldLinks[i]
		if linksByType[f.Type] == nil {
			linksByType[f.Type] = map[string]*FieldLink{}
		}
		linksByType[f.Type][f.Field] = f
	}
}

// Kinds lists every kind, in the order the API documents them.
var Kinds []Kind

// RelationKinds lists every relationship kind.
var RelationKinds []RelationKind

// Spec returns the description of a kind (nil for an unknown kind).
func (k Kind) Spec() *KindSpec { return kindByKind[k] }

// KindOfType returns the kind whose GraphQL type (and Neo4j label) is name.
func KindOfType(name string) (Kind, bool) {
	if k, ok := kindByLabel[name]; ok {
		return k.Kind, true
	}
	return "", false
}

// Spec returns the description of a relationship type (nil if unknown).
func (r RelationKind) Spec() *RelationSpec { return relByKind[r] }

// LinkOf returns how a GraphQL field of an entity type follows relationships, if it does.
func LinkOf(typeName, field string) (*FieldLink, bool) {
	f, ok := linksByType[typeName][field]
	return f, ok
}

// PropOf returns the stored property that a GraphQL field of an entity type reads, if any.
func PropOf(typeName, field string) (Prop, bool) {
	p, ok := propsByLabel[typeName][field]
	return p, ok
}

// Allows reports whether a relationship of this type may join an entity of kind from to
// one of kind to, in that direction.
func (s *RelationSpec) Allows(from, to Kind) bool {
	return slices.Contains(s.From, from) && slices.Contains(s.To, to)
}

func writeEnum(w io.Writer, v string) { _, _ = io.WriteString(w, strconv.Quote(v)) }

func readEnum(enum string, x any, dst *string) error {
	s, ok := x.(string)
	if !ok {
		return fmt.Errorf("%s must be given as an enum value, not %T", enum, x)
	}
	if !IsEnumValue(enum, s) {
		return fmt.Errorf("%q is not a value of %s", s, enum)
	}
	*dst = s
	return nil
}
