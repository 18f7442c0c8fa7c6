package kg

import "context"

// A Selection is a query plan for entities: which stored properties to read and which links
// to follow, each with its own selection. The GraphQL layer builds one per root field from the
// request's selection and the domain table; a store answers it in one statement, returning
// Rows that hold exactly what was asked.
type Selection struct {
	// Props are stored property names, the union over every kind the selection may meet;
	// "id" and "kind" are always returned.
	Props []string
	// Links are followed from each entity; their keys are unique within the selection.
	Links []LinkSelection
}

// LinkSelection follows one GraphQL field's relationships (see FieldLink).
type LinkSelection struct {
	// Key is the name the row holds the result under: the GraphQL field's name.
	Key  string
	Link FieldLink
	// OnKinds are the kinds of entity the link applies to; others get no value under Key.
	OnKinds []Kind
	// Far is the selection of the entities reached (LinkEntities, LinkRef).
	Far *Selection
	// From and To select the two ends of each relationship (LinkEdges); nil when not asked.
	// Studies selects the studies a relationship lists as its evidence.
	From, To, Studies *Selection
	// EdgeProps are the relationship's stored properties to read (LinkEdges); its type is
	// always read.
	EdgeProps []string
	// Limit keeps the first Limit in the link's order (0: every one): what a document must
	// stay bounded by, whatever an entity's number of relationships (jsonld's citations).
	Limit int
}

// Row is an entity or relationship as a store returns it for a Selection: stored properties
// under their names and links under their keys. Entities always hold "id" and "kind".
// Relationship rows (LinkEdges) hold "type", the stored properties asked for, and "from",
// "to" and "studies" when asked; summary rows (LinkSummary) hold "stance" and "design".
type Row = map[string]any

// DecodeEach converts every item of a list read from the store (records, rows, values) with
// one, in order; the first error stops it and is returned.
func DecodeEach[S, T any](in []S, one func(S) (T, error)) ([]T, error) {
	out := make([]T, 0, len(in))
	for _, x := range in {
		t, err := one(x)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// RowPage is one keyset page of rows.
type RowPage struct {
	Rows    []Row
	Cursors []Cursor
	Info    PageInfo
	// Total is the number of rows the list holds, when it was asked for (else -1): the
	// exact number if TotalExact, otherwise a lower bound (a filtered list is counted up to
	// ListCountLimit).
	Total      int
	TotalExact bool
}

// ListCountLimit is how far the total of a filtered list is counted. A list without filters
// is counted exactly (Neo4j keeps the count of each label); a filtered one is counted by
// reading its members, so an exact count of a filter that keeps most of a large graph would
// read most of it. Beyond the limit the total says "at least this many", as search does.
const ListCountLimit = 2000

// ProvenanceRef asks for the source of one provenance entry and the studies it cites under
// its citation numbers.
type ProvenanceRef struct {
	Source    string
	Citations []int
}

// ProvenanceAnswer is what a ProvenanceRef resolves to.
type ProvenanceAnswer struct {
	Source Row
	Cited  []Row
}

// Reader answers query plans. It is the part of Store the API's compiled queries use.
type Reader interface {
	// Fetch returns the entities with the given ids, in the order asked; an unknown id gives
	// nil at its position.
	Fetch(ctx context.Context, ids []string, sel *Selection) ([]Row, error)
	// FetchByDOI returns the study with a DOI (case-insensitive), or ENOTFOUND.
	FetchByDOI(ctx context.Context, doi string, sel *Selection) (Row, error)
	// FetchMerged returns the live claim whose formerIds hold id (a claim merged into it
	// keeps answering by its old id), or nil when none does.
	FetchMerged(ctx context.Context, id string, sel *Selection) (Row, error)
	// FetchByXref returns the entities carrying an identifier (a CURIE in any case): exact
	// matches first, then the others, each group by sort name then id. exactOnly keeps only
	// skos:exactMatch mappings. An identifier nobody carries gives no rows.
	FetchByXref(ctx context.Context, curie string, exactOnly bool, sel *Selection) ([]Row, error)
	// Page returns one keyset page of a list, and its total when withTotal is set, in one
	// statement.
	Page(ctx context.Context, q ListQuery, sel *Selection, withTotal bool) (RowPage, error)
	// Provenance resolves provenance entries' sources and cited studies, in the order asked.
	Provenance(ctx context.Context, refs []ProvenanceRef, source, studies *Selection) ([]ProvenanceAnswer, error)
}

// Strings reads a stored list of strings, as the driver returns it ([]any) or as a record
// holds it ([]string); anything else is nil.
func Strings(v any) []string {
	switch list := v.(type) {
	case []string:
		return list
	case []any:
		out := make([]string, 0, len(list))
		for _, x := range list {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
