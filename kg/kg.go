// Package kg holds the domain of the gut–skin knowledge graph: its entities, the
// relationships between them, their evidence grades and the errors the application reports.
// Implementations (Neo4j, HTTP, GraphQL) depend on this package, never the other way round.
package kg

import (
	"context"
	"encoding/json"
	"slices"
)

// Label is the Neo4j label of the kind, which is also its GraphQL type name.
func (k Kind) Label() string {
	if s := k.Spec(); s != nil {
		return s.Label
	}
	return ""
}

// Prefix is the id prefix of the kind, e.g. "study:".
func (k Kind) Prefix() string {
	if s := k.Spec(); s != nil {
		return s.Prefix
	}
	return ""
}

// KindOfID tells the kind from an id's prefix.
func KindOfID(id string) (Kind, error) {
	for _, s := range KindSpecs {
		if len(id) > len(s.Prefix) && id[:len(s.Prefix)] == s.Prefix {
			return s.Kind, nil
		}
	}
	return "", Errorf(EINVALID, "id %q does not start with a known kind prefix such as \"study:\" or \"claim:\"", id)
}

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

// MaturityOfRank is the inverse of Rank.
func MaturityOfRank(rank int) Maturity {
	for _, m := range []Maturity{MaturityEstablished, MaturityPlausible, MaturityEmerging, MaturityEarly, MaturityNotSupported} {
		if m.Rank() == rank {
			return m
		}
	}
	return ""
}

// Provenance says where something is stated. A document entry names a source document, a
// section of it and the document's citation numbers given there: the seed's records are made
// of these. A curated entry (Curator and Date set) is a curator's own reading, what Biolink
// calls a manually curated assertion: of a publication (Publication, a `doi:` or `PMID:`
// CURIE, e.g. the study itself) or of a source document's section.
type Provenance struct {
	Source    string `json:"source,omitempty" yaml:"source,omitempty"`
	Section   string `json:"section,omitempty" yaml:"section,omitempty"`
	Citations []int  `json:"citations" yaml:"citations"`
	// Publication is the publication a curator read, as a CURIE: doi:10.… or PMID:….
	Publication string `json:"publication,omitempty" yaml:"publication,omitempty"`
	// Curator is the name of the curator's token; Date the day of the change (YYYY-MM-DD).
	Curator string `json:"curator,omitempty" yaml:"curator,omitempty"`
	Date    string `json:"date,omitempty" yaml:"date,omitempty"`
}

// Curated reports whether a curator stated it (rather than a source document the seed was
// built from).
func (p Provenance) Curated() bool { return p.Curator != "" }

// SameStatement reports whether two entries state the same thing, whoever recorded them.
func (p Provenance) SameStatement(q Provenance) bool {
	return p.Source == q.Source && p.Section == q.Section && p.Publication == q.Publication && slices.Equal(p.Citations, q.Citations)
}

// ProvenanceJSON is provenance as it is stored: a JSON array of {source, section, citations},
// citations never null.
func ProvenanceJSON(prov []Provenance) string {
	out := make([]Provenance, len(prov))
	for i, p := range prov {
		out[i] = p
		if out[i].Citations == nil {
			out[i].Citations = []int{}
		}
	}
	b, _ := json.Marshal(out)
	return string(b)
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
	Kind     RelationKind
	From, To string
	Effect   string
	Maturity Maturity
	Stance   string
	Number   int
	Note     string
	Studies  []string
	// LeftOut is JSON text: the studies the provenance cites that are not among Studies,
	// each with why (empty when none is left out).
	LeftOut    string
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
	// Pos, in a search's cursors, is about where the row stood in the ranking (1 for the
	// best hit): a hint of how far the next page lies, never needed for correctness.
	Pos int `json:"p,omitempty"`
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
	// Paths (FilterReaches) are the chains of relationships by which the listed entity may
	// reach the entity named by Value; any one is enough.
	Paths [][]Step
	// Up (FilterReaches) are relationships followed upwards from a path's end any number
	// of times, none included, to roll narrower entities up into broader ones: a condition
	// reaches the conditions it is a subtype of, a strain its species.
	Up []RelationKind
}

// Step is one relationship of a filter's path, followed in its direction or against it.
type Step struct {
	Rel      RelationKind
	Incoming bool
}

// MaxRollUp bounds how many SUBTYPE_OF or MEMBER_OF hops a roll-up follows; the seed's
// hierarchies are two deep.
const MaxRollUp = 6

// FilterOp names a filter the store knows how to apply.
type FilterOp string

const (
	FilterEquals     FilterOp = "EQUALS"      // n[Prop] = Value
	FilterIn         FilterOp = "IN"          // n[Prop] IN Value
	FilterAtLeast    FilterOp = "AT_LEAST"    // n[Prop] >= Value
	FilterAtMost     FilterOp = "AT_MOST"     // n[Prop] <= Value
	FilterLinkedFrom FilterOp = "LINKED_FROM" // (Value)-[:Prop]->(n)
	FilterLinksTo    FilterOp = "LINKS_TO"    // (n)-[:Prop]->(Value)
	// FilterReaches: one of Paths leads from n to an entity that is Value or rolls up to it
	// through Up.
	FilterReaches FilterOp = "REACHES"
)

// SearchHit is one full-text match.
type SearchHit struct {
	Entity  Entity
	Score   float64
	Matched string
	// Pos is about where the hit stands in the ranking (1 for the best); a cursor carries it
	// so that the next page is read from near there.
	Pos int
}

// SearchHitProps are the properties every search hit carries besides its selection: what
// says why it was found (names, authors, DOI, citation numbers) and what a list triages by
// (grade, claim kind, design, year).
var SearchHitProps = []string{"label", "synonyms", "formerNames", "authors", "doi", "searchRefs", "maturity", "claimKind", "design", "year"}

// SearchHitSelection is how a store projects each search hit: sel (which may be nil) with
// SearchHitProps added.
func SearchHitSelection(sel *Selection) *Selection {
	var out Selection
	if sel != nil {
		out.Props, out.Links = slices.Clone(sel.Props), sel.Links
	}
	for _, prop := range SearchHitProps {
		if !slices.Contains(out.Props, prop) {
			out.Props = append(out.Props, prop)
		}
	}
	return &out
}

// SearchCountLimit is how far a search's total is counted: the full-text index hands out
// its hits one by one, so an exact count of a search matching most of a large graph would
// read all of it. Beyond the limit the total says "at least this many".
const SearchCountLimit = 1000

// SearchResult is a page of search hits.
type SearchResult struct {
	Hits []SearchHit
	// More says whether hits follow the page.
	More bool
	// Total is how many entities the search matches, when asked for (otherwise -1): the
	// exact number if TotalExact, otherwise a lower bound (counting stopped at
	// SearchCountLimit, or where a deep page's reading stopped).
	Total      int
	TotalExact bool
}

// PathQuery asks for the strongest simple paths between two entities.
type PathQuery struct {
	From, To string
	// MaxHops is the longest path wanted (1 to 5); MinMaturity the weakest hop allowed.
	MaxHops     int
	MinMaturity Maturity
	// Rels are the relationship kinds a path may follow; Directed keeps each to its stated
	// direction.
	Rels     []RelationKind
	Directed bool
	// First is how many paths are wanted.
	First int
	// Evidence asks for what stands behind each hop (Hop.Claims and Hop.Stances); without
	// it both are left empty, and the claims about a hop's ends are not read.
	Evidence bool
	// Brief asks for each path entity's id, kind and label alone (Entity.Props holds those
	// three), for a caller that shows no more of them or reads the rest itself; a store may
	// give more.
	Brief bool
}

// Path is a sequence of hops between two entities.
type Path struct {
	Nodes    []Entity
	Hops     []Hop
	Strength Maturity
}

// Hop is one relationship along a path, with whether it was walked forwards and what
// stands behind it.
type Hop struct {
	Relation Relation
	Forward  bool
	// Claims are the ids of the claims that assert the hop's link (the claims about both of
	// its ends), those with the fewest subjects first, then the strongest, then by id.
	Claims []string
	// Stances are those claims' stances on the relationship's own studies: for each study
	// in the order of Relation.Studies, each claim in the order of Claims that cites it.
	Stances []HopStance
}

// HopStance is the stance a claim asserting a hop takes on one of the hop's studies.
type HopStance struct {
	Study, Claim string
	Stance       Stance
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

// Store reads the knowledge graph: query plans (Reader) and the searches and walks that
// need more than a plan.
type Store interface {
	Reader
	// Search returns a page of hits, whether more follow and, if withTotal, the number of
	// entities the search matches (see SearchResult), all from one statement.
	// Each hit's Entity.Props is the entity projected by SearchHitSelection(sel).
	Search(ctx context.Context, text string, kinds []Kind, first int, after *Cursor, withTotal bool, sel *Selection) (SearchResult, error)
	Pathways(ctx context.Context, q PathQuery) ([]Path, error)
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
