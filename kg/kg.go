// Package kg holds the domain of the gut–skin knowledge graph: its entities, the
// relationships between them, their evidence grades and the errors the application reports.
// Implementations (Neo4j, HTTP, GraphQL) depend on this package, never the other way round.
package kg

import "context"

// Kind is the kind of an entity. Each kind is also a Neo4j label, so this list is the
// allow-list of labels a query may name.
type Kind string

const (
	KindSource    Kind = "SOURCE"
	KindStudy     Kind = "STUDY"
	KindSpecies   Kind = "SPECIES"
	KindStrain    Kind = "STRAIN"
	KindMechanism Kind = "MECHANISM"
	KindCondition Kind = "CONDITION"
	KindFactor    Kind = "FACTOR"
	KindClaim     Kind = "CLAIM"
	KindFinding   Kind = "FINDING"
)

// Kinds lists every kind, in the order the API documents them.
var Kinds = []Kind{KindSource, KindStudy, KindSpecies, KindStrain, KindMechanism, KindCondition, KindFactor, KindClaim, KindFinding}

var kindInfo = map[Kind]struct{ label, prefix string }{
	KindSource:    {"Source", "source:"},
	KindStudy:     {"Study", "study:"},
	KindSpecies:   {"Species", "species:"},
	KindStrain:    {"Strain", "strain:"},
	KindMechanism: {"Mechanism", "mechanism:"},
	KindCondition: {"Condition", "condition:"},
	KindFactor:    {"Factor", "factor:"},
	KindClaim:     {"Claim", "claim:"},
	KindFinding:   {"Finding", "finding:"},
}

// Label is the Neo4j label of the kind.
func (k Kind) Label() string { return kindInfo[k].label }

// Prefix is the id prefix of the kind, e.g. "study:".
func (k Kind) Prefix() string { return kindInfo[k].prefix }

// IsValid reports whether k is one of Kinds.
func (k Kind) IsValid() bool { _, ok := kindInfo[k]; return ok }

// KindOfID tells the kind from an id's prefix.
func KindOfID(id string) (Kind, error) {
	for k, info := range kindInfo {
		if len(id) > len(info.prefix) && id[:len(info.prefix)] == info.prefix {
			return k, nil
		}
	}
	return "", Errorf(EINVALID, "id %q does not start with a known kind prefix such as \"study:\" or \"claim:\"", id)
}

// RelationKind is the type of a relationship. This list is the allow-list of relationship
// types a query may name.
type RelationKind string

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
)

// RelationKinds lists every relationship kind.
var RelationKinds = []RelationKind{RelCites, RelMakes, RelMemberOf, RelModulates, RelInfluences, RelAffects,
	RelImplicatedIn, RelSubtypeOf, RelExamined, RelInvestigates, RelHasEvidence, RelAbout, RelReports, RelMeasures}

// MechanisticRelations are the relationships a pathway follows unless asked otherwise.
var MechanisticRelations = []RelationKind{RelModulates, RelInfluences, RelAffects, RelImplicatedIn, RelMemberOf, RelSubtypeOf}

// IsValid reports whether r is one of RelationKinds.
func (r RelationKind) IsValid() bool {
	for _, k := range RelationKinds {
		if k == r {
			return true
		}
	}
	return false
}

// Maturity grades evidence on the scale of the evidence-grading source document.
type Maturity string

const (
	MaturityEstablished  Maturity = "ESTABLISHED"
	MaturityPlausible    Maturity = "PLAUSIBLE"
	MaturityEmerging     Maturity = "EMERGING"
	MaturityEarly        Maturity = "EARLY"
	MaturityNotSupported Maturity = "NOT_SUPPORTED"
)

// Rank orders maturities: 5 for ESTABLISHED down to 1 for NOT_SUPPORTED, 0 if unknown.
func (m Maturity) Rank() int {
	switch m {
	case MaturityEstablished:
		return 5
	case MaturityPlausible:
		return 4
	case MaturityEmerging:
		return 3
	case MaturityEarly:
		return 2
	case MaturityNotSupported:
		return 1
	}
	return 0
}

// IsValid reports whether m is a known grade.
func (m Maturity) IsValid() bool { return m.Rank() > 0 }

// MaturityOfRank is the inverse of Rank.
func MaturityOfRank(rank int) Maturity {
	for _, m := range []Maturity{MaturityEstablished, MaturityPlausible, MaturityEmerging, MaturityEarly, MaturityNotSupported} {
		if m.Rank() == rank {
			return m
		}
	}
	return ""
}

// Provenance says where something is stated: a source document, a section of it and the
// document's citation numbers given there.
type Provenance struct {
	Source    string `json:"source" yaml:"source"`
	Section   string `json:"section" yaml:"section"`
	Citations []int  `json:"citations" yaml:"citations"`
}

// Entity is any node of the graph. Fields not used by a kind stay empty; Props keeps every
// stored property so that kind-specific fields are read from one place.
type Entity struct {
	ID         string
	Kind       Kind
	Props      map[string]any
	Provenance []Provenance
}

// Relation is a relationship between two entities.
type Relation struct {
	Kind       RelationKind
	From, To   string
	Effect     string
	Maturity   Maturity
	Stance     string
	Number     int
	Note       string
	Studies    []string
	Provenance []Provenance
}

// Page asks for one page of a keyset-paginated list.
type Page struct {
	First, Last   int
	After, Before *Cursor
}

// Cursor is a keyset position: the sort key of the last row seen and its id, which breaks ties.
type Cursor struct {
	Key any    `json:"k"`
	ID  string `json:"i"`
}

// PageInfo describes a returned page.
type PageInfo struct {
	HasNext, HasPrevious bool
}

// EntityPage is a page of entities with the cursor of each.
type EntityPage struct {
	Items   []Entity
	Cursors []Cursor
	Info    PageInfo
}

// ListQuery asks for a sorted, filtered, paginated list of entities of one kind.
type ListQuery struct {
	Kind       Kind
	Filters    []Filter
	SortField  string // a property name from the store's allow-list
	Descending bool
	Page       Page
}

// Filter is one condition a listed entity must meet. The store turns each Op into a fixed
// Cypher fragment; Value is always passed as a parameter.
type Filter struct {
	Op    FilterOp
	Prop  string
	Value any
}

// FilterOp names a filter the store knows how to apply.
type FilterOp string

const (
	FilterEquals     FilterOp = "EQUALS"      // n[Prop] = Value
	FilterIn         FilterOp = "IN"          // n[Prop] IN Value
	FilterAtLeast    FilterOp = "AT_LEAST"    // n[Prop] >= Value
	FilterAtMost     FilterOp = "AT_MOST"     // n[Prop] <= Value
	FilterLinkedFrom FilterOp = "LINKED_FROM" // (Value)-[:Prop]->(n)
	FilterLinksTo    FilterOp = "LINKS_TO"    // (n)-[:Prop]->(Value)
)

// SearchHit is one full-text match.
type SearchHit struct {
	Entity  Entity
	Score   float64
	Matched string
}

// Path is a sequence of hops between two entities.
type Path struct {
	Nodes    []Entity
	Hops     []Hop
	Strength Maturity
}

// Hop is one relationship along a path, with whether it was walked forwards.
type Hop struct {
	Relation Relation
	Forward  bool
}

// Subgraph is a set of entities and the relationships among them.
type Subgraph struct {
	Center    Entity
	Nodes     []Entity
	Edges     []Relation
	Truncated bool
}

// Count is a number of things of one kind.
type Count struct {
	Kind  string
	Count int
}

// Store reads the knowledge graph.
type Store interface {
	// Entities returns the entities with the given ids, in any order; unknown ids are absent.
	Entities(ctx context.Context, ids []string) (map[string]Entity, error)
	// Relations returns, for each id, the relationships of one kind leaving it (outgoing)
	// or arriving at it (incoming), and the entities at their other ends.
	Relations(ctx context.Context, kind RelationKind, incoming bool, ids []string) (map[string][]Relation, map[string]Entity, error)
	List(ctx context.Context, q ListQuery) (EntityPage, error)
	Count(ctx context.Context, q ListQuery) (int, error)
	StudyByDOI(ctx context.Context, doi string) (Entity, error)
	// Search returns a page of hits, whether more follow and, if withTotal, the number of
	// entities the search matches (otherwise -1), all from one statement.
	Search(ctx context.Context, text string, kinds []Kind, first int, after *Cursor, withTotal bool) (hits []SearchHit, more bool, total int, err error)
	Pathways(ctx context.Context, from, to string, maxHops int, minMaturity Maturity, rels []RelationKind, directed bool, first int) ([]Path, error)
	Neighbourhood(ctx context.Context, id string, depth int, kinds []Kind, limit int) (Subgraph, error)
	Stats(ctx context.Context) (nodes, relations []Count, err error)
	Ping(ctx context.Context) error
}

// Graph is a whole knowledge graph ready to be written: what the seed loader produces.
type Graph struct {
	Nodes     []NodeRecord
	Relations []RelationRecord
}

// NodeRecord is one entity with every property it is stored with.
type NodeRecord struct {
	ID    string
	Kind  Kind
	Props map[string]any
}

// RelationRecord is one relationship; Key identifies it among those of its kind.
type RelationRecord struct {
	Kind     RelationKind
	From, To string
	Key      string
	Props    map[string]any
}
