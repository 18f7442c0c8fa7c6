package kg

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// The Biolink mapping: how each kind and relationship kind of the domain table is written
// in the Biolink model (release BiolinkVersion) when the graph is exchanged as KGX files.
// It sits beside the domain table and is read by everything that speaks Biolink: the KGX
// export, its validation and docs/biolink.md. A test checks that every kind and relationship
// kind has an entry, and that every category, predicate, slot and qualifier value named here
// exists in the Biolink model that the pinned biolink-model package ships.

// BiolinkVersion is the Biolink model release the mapping is written and checked against.
const BiolinkVersion = "4.4.3"

// KnowledgeSource is this graph as an information resource: the primary knowledge source of
// every edge and the provider of every node. It is this graph's own name in the infores
// form, not a registered infores.
const KnowledgeSource = "infores:gutskin"

// CuriePrefix is the CURIE prefix of this graph's node ids in KGX (see NodeCURIE). It is the
// graph's own prefix, not a registered one.
const CuriePrefix = "gutskin"

// GenericPredicate is the root of Biolink's instance-level predicates: it says only that the
// two entities are related. Relationship kinds that no Biolink predicate describes are
// written with it and listed as unmapped (BiolinkRelation.Unmapped); what they say is in the
// gutskin_relation column.
const GenericPredicate = "biolink:related_to_at_instance_level"

// The Biolink values of an edge's knowledge provenance.
const (
	// KnowledgeAssertion: a statement put forth as true on the assessment of evidence; both
	// a source document's statements (the seed) and a curator's are of this level.
	KnowledgeAssertion = "knowledge_assertion"
	// AgentManual: a curator stated it (a curated provenance entry).
	AgentManual = "manual_agent"
	// AgentNotProvided: the seed's facts, transcribed from source documents; Biolink has no
	// agent type for "a source document says so", and how each was transcribed is not
	// recorded, so it is not claimed.
	AgentNotProvided = "not_provided"
)

// BiolinkClass maps a kind to a Biolink category.
type BiolinkClass struct {
	Kind     Kind
	Category string
	// Description is the stored property written as the node's description ("" for none).
	Description string
	// Why says why this category, and where it is only approximate.
	Why string
}

// BiolinkRelation maps a relationship kind to a Biolink predicate.
type BiolinkRelation struct {
	Kind      RelationKind
	Predicate string
	// Unmapped, when set, says why no Biolink predicate fits: the edge is written with
	// GenericPredicate and this kind stays in gutskin_relation.
	Unmapped string
	// Directed: the relationship's effect (kg.Enums["Effect"]) becomes Biolink's
	// object_direction_qualifier (EffectDirection), and NO_EFFECT a negated edge.
	Directed bool
	// StudyEndPublishes: the study at one end is the publication behind the edge (a study
	// examined a strain; a claim has a study as evidence), so its DOI or PMID joins the
	// edge's publications.
	StudyEndPublishes bool
	Why               string
}

// BiolinkClasses lists every kind's category, in the order of KindSpecs.
var BiolinkClasses = []BiolinkClass{
	{KindSource, "biolink:Publication", "description",
		"a source document (a web article) is a publication: Biolink's publication includes documents made available on the web"},
	{KindStudy, "biolink:Publication", "summary",
		"a study here is a cited work with a DOI or PMID (trials, reviews, editorials, abstracts): the publication, not the investigation (biolink:Study, an activity)"},
	{KindSpecies, "biolink:OrganismTaxon", "description",
		"species and genera are taxa (NCBITaxon xrefs)"},
	{KindStrain, "biolink:OrganismTaxon", "description",
		"Biolink: organism taxon \"can also be used to represent strains\"; a strain of kind PRODUCT is a named blend, which Biolink has no class for"},
	{KindMechanism, "biolink:BiologicalProcess", "description",
		"mechanisms are processes of the gut-skin axis (barrier integrity, immune signalling, inflammation); short-chain fatty acids stand for their production and signalling"},
	{KindCondition, "biolink:DiseaseOrPhenotypicFeature", "description",
		"conditions mix diseases (acne) and skin outcomes (hydration), which Biolink groups in this class"},
	{KindFactor, "biolink:ExposureEvent", "description",
		"diet, lifestyle, medication, skincare and supplements are exposures; factors of kind INTRINSIC (genetics) are not, and Biolink has no class for both"},
	{KindClaim, "biolink:InformationContentEntity", "assessment",
		"Biolink has no claim: a claim is \"a piece of information that describes some topic of discourse\"; the class is abstract and none of its subclasses is a statement"},
	{KindFinding, "biolink:StudyResult", "",
		"a finding is \"a collection of data items from a study\" about what it measures; the class is abstract and its subclasses are specific analyses"},
}

// BiolinkRelations lists every relationship kind's predicate, in the order of RelationSpecs.
var BiolinkRelations = []BiolinkRelation{
	{Kind: RelCites, Predicate: "biolink:mentions", Why: "a source document citing a study makes reference to it"},
	{Kind: RelMakes, Predicate: GenericPredicate, Unmapped: "Biolink has no predicate for a document stating a claim"},
	{Kind: RelMemberOf, Predicate: "biolink:subclass_of", Why: "a strain's taxon is a subclass of its species' taxon, as NCBITaxon has it"},
	{Kind: RelModulates, Predicate: "biolink:affects", Directed: true, Why: "a strain or species has an effect on a mechanism"},
	{Kind: RelInfluences, Predicate: "biolink:affects", Directed: true, Why: "a mechanism has an effect on another or on a condition"},
	{Kind: RelAffects, Predicate: "biolink:affects", Directed: true, Why: "a factor has an effect on a mechanism or a condition"},
	{Kind: RelImplicatedIn, Predicate: "biolink:affects", Directed: true, Why: "a species takes part in a condition; its effect says which way"},
	{Kind: RelSubtypeOf, Predicate: "biolink:subclass_of", Why: "a condition is a subtype of another"},
	{Kind: RelExamined, Predicate: "biolink:mentions", StudyEndPublishes: true, Why: "a publication that examined a strain or species refers to it"},
	{Kind: RelInvestigates, Predicate: "biolink:mentions", StudyEndPublishes: true, Why: "a publication that investigated a condition, mechanism or factor refers to it"},
	{Kind: RelHasEvidence, Predicate: GenericPredicate, StudyEndPublishes: true,
		Unmapped: "Biolink's has_evidence is a slot, not a predicate, and has no stance: the stance (SUPPORTS, QUALIFIES, CONTRADICTS) is in gutskin_stance"},
	{Kind: RelAbout, Predicate: "biolink:mentions", Why: "a claim refers to the entities it is about"},
	{Kind: RelReports, Predicate: GenericPredicate, StudyEndPublishes: true,
		Unmapped: "Biolink links study results to studies through slots (has study results), not predicates"},
	{Kind: RelMeasures, Predicate: "biolink:mentions", Why: "a finding refers to what it measured"},
	{Kind: RelHasPosition, Predicate: GenericPredicate,
		Unmapped: "Biolink has no predicate for a document's position on a statement: the position (ENDORSES, HEDGES, REJECTS) is in gutskin_position"},
}

// EffectDirection maps an effect to Biolink's object_direction_qualifier ("" for none:
// MODULATES and MIXED name no direction; NO_EFFECT is a negated edge; DESCRIPTIVE is no
// effect on anything).
var EffectDirection = map[string]string{"INCREASES": "increased", "DECREASES": "decreased"}

// EffectNegated is the effect written as a negated edge (Biolink's negated: true).
const EffectNegated = "NO_EFFECT"

var (
	biolinkClassOf    = map[Kind]*BiolinkClass{}
	biolinkRelationOf = map[RelationKind]*BiolinkRelation{}
)

func init() {
	for i := range BiolinkClasses {
		biolinkClassOf[BiolinkClasses[i].Kind] = &BiolinkClasses[i]
	}
	for i := range BiolinkRelations {
		biolinkRelationOf[BiolinkRelations[i].Kind] = &BiolinkRelations[i]
	}
}

// Biolink returns the kind's Biolink mapping (nil if it has none).
func (k Kind) Biolink() *BiolinkClass { return biolinkClassOf[k] }

// Biolink returns the relationship kind's Biolink mapping (nil if it has none).
func (r RelationKind) Biolink() *BiolinkRelation { return biolinkRelationOf[r] }

// NodeCURIE writes an id as a CURIE that KGX accepts: "gutskin:" + the kind + "_" + the rest
// with every character outside letters, digits and "-._~" percent-encoded. KGX reads a CURIE
// as PREFIX:local where local has no "/", ":" or space, and KGX TSV splits a value at "|";
// study ids hold DOIs, which have "/" (study:10.3390/nu13030886 is
// gutskin:study_10.3390%2Fnu13030886). IDOfCURIE reverses it.
func NodeCURIE(id string) string {
	kind, rest, ok := strings.Cut(id, ":")
	if !ok {
		return CuriePrefix + ":" + escapeLocal(id)
	}
	return CuriePrefix + ":" + kind + "_" + escapeLocal(rest)
}

// IDOfCURIE returns the id a NodeCURIE stands for.
func IDOfCURIE(curie string) (string, error) {
	local, ok := strings.CutPrefix(curie, CuriePrefix+":")
	kind, rest, ok2 := strings.Cut(local, "_")
	if !ok || !ok2 || kind == "" || rest == "" {
		return "", Errorf(EINVALID, "%q is not one of this graph's node CURIEs (%s:KIND_LOCAL)", curie, CuriePrefix)
	}
	if escapeLocal(unescapeOrEmpty(rest)) != rest {
		return "", Errorf(EINVALID, "%q is not one of this graph's node CURIEs: its local part is not escaped as the export escapes it", curie)
	}
	id := kind + ":" + unescapeOrEmpty(rest)
	if _, err := KindOfID(id); err != nil {
		return "", Errorf(EINVALID, "%q does not name a kind of this graph", curie)
	}
	return id, nil
}

func unescapeOrEmpty(s string) string {
	u, err := url.PathUnescape(s)
	if err != nil {
		return ""
	}
	return u
}

func escapeLocal(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// EdgeProvenance is what Biolink records of where an edge's knowledge comes from.
type EdgeProvenance struct {
	KnowledgeLevel, AgentType string
	// Publications are doi: and PMID: CURIEs.
	Publications []string
}

// BiolinkProvenance tells an edge's Biolink provenance from its provenance entries and the
// publications of its studies: a curated entry makes it a curator's (manual_agent) and adds
// its publication when that is a CURIE; otherwise it is the seed's, transcribed from source
// documents (not_provided). Publications are sorted, without repeats.
func BiolinkProvenance(prov []Provenance, studyPublications []string) EdgeProvenance {
	out := EdgeProvenance{KnowledgeLevel: KnowledgeAssertion, AgentType: AgentNotProvided}
	seen := map[string]bool{}
	add := func(p string) {
		if p != "" && !seen[p] {
			seen[p] = true
			out.Publications = append(out.Publications, p)
		}
	}
	for _, p := range studyPublications {
		add(p)
	}
	for _, p := range prov {
		if p.Curated() {
			out.AgentType = AgentManual
			if strings.HasPrefix(p.Publication, "doi:") || strings.HasPrefix(p.Publication, "PMID:") {
				add(p.Publication)
			}
		}
	}
	slices.Sort(out.Publications)
	return out
}

// StudyPublication is a study's publication CURIE: doi:DOI, else PMID:PMID, else "".
func StudyPublication(doi, pmid string) string {
	switch {
	case doi != "":
		return "doi:" + doi
	case pmid != "":
		return "PMID:" + pmid
	}
	return ""
}

// KGXNodeProps are the stored properties the KGX export reads of an entity.
var KGXNodeProps = []string{"id", "kind", "label", "description", "summary", "assessment", "synonyms",
	"formerNames", "xrefs", "provenance", "seedRecord"}

// KGXEdgeProps are the stored properties the KGX export reads of a relationship.
var KGXEdgeProps = []string{"effect", "maturity", "stance", "position", "number", "note", "studyIds",
	"provenance", "seedRecord", "seedElement"}

// KGXStudiesProp is where a store puts, among a relationship's properties read for export,
// the live studies it names (its studyIds and a study at either end) as [id, doi, pmid].
const KGXStudiesProp = "_studies"

// ExportReader reads the live graph (entities not retired, relationships between two of
// them) in keyset batches, for exports that must not hold the graph at once: a batch is
// bounded by its limit however many relationships an entity has.
type ExportReader interface {
	// ExportNodes returns up to limit live entities whose ids follow after, by id, with the
	// properties KGXNodeProps names.
	ExportNodes(ctx context.Context, after string, limit int) ([]NodeRecord, error)
	// ExportEdges returns up to limit live relationships that follow after in the order of
	// from, type and to, with the properties KGXEdgeProps names and KGXStudiesProp; and
	// where the next batch starts. A batch may hold fewer than limit relationships (even
	// none) and still not be the last: the export is done when next.Done.
	ExportEdges(ctx context.Context, after EdgeCursor, limit int) (edges []RelationRecord, next EdgeCursor, err error)
}

// EdgeCursor is a place in the export's order of relationships (from, type, to). The zero
// cursor is the start. With Type empty it stands after every relationship leaving From.
type EdgeCursor struct {
	From, Type, To string
	// Done says that no relationship follows.
	Done bool
}
