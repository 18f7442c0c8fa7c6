package graph_test

import (
	"encoding/json"
	"gutskin/internal/gqltest"
	"net/http"
	"slices"
	"testing"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"gutskin/graph"
	"gutskin/graph/generated"
	"gutskin/memstore"
	"gutskin/seed"
)

// These tests run the resolvers over the in-memory store loaded with the real seed: no Neo4j.

// result is a GraphQL response as a client sees it (gqltest, the tests' one client).
type result = gqltest.Response

type fakeAPI struct {
	store   *memstore.Store
	handler http.Handler
}

func newFakeAPI(t *testing.T) fakeAPI {
	t.Helper()
	g, err := seed.Load(seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	store := memstore.New(g)
	srv := handler.New(generated.NewExecutableSchema(generated.Config{
		Resolvers:  &graph.Resolver{Store: store, Limits: graph.DefaultLimits},
		Complexity: graph.Complexity(graph.DefaultLimits),
	}))
	srv.AddTransport(transport.POST{})
	srv.SetErrorPresenter(graph.PresentError)
	srv.SetRecoverFunc(graph.Recover)
	return fakeAPI{store: store, handler: srv}
}

func (a fakeAPI) query(t *testing.T, query string, vars map[string]any) result {
	t.Helper()
	return gqltest.Serve(t, a.handler, "", nil, query, vars)
}

// TestOneStoreCallPerRootField is the round-trip guarantee: a root field costs one store
// call whatever the depth of its selection (one more when provenance sources or cited
// studies are selected, or when a search's hits need their links).
func TestOneStoreCallPerRootField(t *testing.T) {
	api := newFakeAPI(t)
	cases := []struct {
		name, query string
		calls       int
	}{
		{"claim four levels deep", `{ claim(id: "claim:gut-skin-link-exists") { statement evidence { stance study { title strains { id label ... on Strain { species { name strains { id } } } } claims { claim { id } } } } subjects { id } source { title } } }`, 1},
		{"every claim with evidence, studies, strains", `{ claims(first: 100) { totalCount nodes { id evidence { study { id strains { id } findings { summary } } } evidenceSummary { total } } } }`, 1},
		{"studies with citations and topics", `{ studies(first: 50, orderBy: {field: YEAR}) { edges { cursor node { title citations { number source { title } } topics { id } } } pageInfo { hasNextPage } } }`, 1},
		{"study by DOI", `{ study(doi: "10.3390/microorganisms9020353") { title citations { number } strains { id } } }`, 1},
		{"node and nodes", `{ node(id: "strain:hn001") { id ... on Strain { mechanisms { to { id } } } } }`, 1},
		{"two root fields", `{ a: strain(id: "strain:hn001") { name studies { title } } b: species(id: "species:lacticaseibacillus-rhamnosus") { strains { name } } }`, 2},
		{"provenance with its sources", `{ claims(first: 100) { nodes { provenance { section source { title } citedStudies { title } } } } }`, 2},
		{"lists of every kind", `{ strains { nodes { name } } }`, 1},
		{"search, labels only", `{ search(query: "eczema") { nodes { id label } } }`, 1},
		{"search hits with their links", `{ search(query: "eczema") { nodes { id ... on Condition { studies { id } } } } }`, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			api.store.Reset()
			r := api.query(t, c.query, nil)
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			if got := api.store.TotalCalls(); got != c.calls {
				t.Errorf("store calls = %d (%v), want %d", got, api.store.Calls(), c.calls)
			}
		})
	}
}

type claimPage struct {
	Edges []struct {
		Cursor string
		Node   struct{ ID string }
	}
	PageInfo struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
}

func decode[T any](t *testing.T, r result, field string) T {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var v T
	if err := json.Unmarshal(r.Data[field], &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestPagingWalksTheWholeList pages forwards and backwards through claims by maturity with
// cursors and checks that the pages join up into the whole list, in order, once each.
func TestPagingWalksTheWholeList(t *testing.T) {
	api := newFakeAPI(t)
	const order = `orderBy: {field: MATURITY, direction: DESC}`
	all := decode[claimPage](t, api.query(t, `{ claims(first: 100, `+order+`) { edges { cursor node { id } } pageInfo { hasNextPage } } }`, nil), "claims")
	var want []string
	for _, e := range all.Edges {
		want = append(want, e.Node.ID)
	}
	if len(want) < 20 || all.PageInfo.HasNextPage {
		t.Fatalf("the whole list has %d claims (more: %v)", len(want), all.PageInfo.HasNextPage)
	}

	var forward []string
	var after *string
	for pages := 0; ; pages++ {
		p := decode[claimPage](t, api.query(t, `query($after: String) { claims(first: 7, after: $after, `+order+`) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`, map[string]any{"after": after}), "claims")
		for _, e := range p.Edges {
			forward = append(forward, e.Node.ID)
		}
		if p.PageInfo.HasPreviousPage != (after != nil) {
			t.Errorf("page %d: hasPreviousPage = %v", pages, p.PageInfo.HasPreviousPage)
		}
		if !p.PageInfo.HasNextPage {
			break
		}
		after = p.PageInfo.EndCursor
	}
	if !slices.Equal(forward, want) {
		t.Errorf("paging forwards gave %v, want %v", forward, want)
	}

	var backward []string
	var before *string
	for {
		p := decode[claimPage](t, api.query(t, `query($before: String) { claims(last: 9, before: $before, `+order+`) { edges { cursor node { id } } pageInfo { hasPreviousPage startCursor } } }`, map[string]any{"before": before}), "claims")
		var ids []string
		for _, e := range p.Edges {
			ids = append(ids, e.Node.ID)
		}
		backward = append(ids, backward...)
		if !p.PageInfo.HasPreviousPage {
			break
		}
		before = p.PageInfo.StartCursor
	}
	if !slices.Equal(backward, want) {
		t.Errorf("paging backwards gave %v, want %v", backward, want)
	}
}

// TestCursorsAreTiedToTheirList refuses a cursor from another ordering or list.
func TestCursorsAreTiedToTheirList(t *testing.T) {
	api := newFakeAPI(t)
	p := decode[claimPage](t, api.query(t, `{ claims(first: 2) { edges { cursor node { id } } } }`, nil), "claims")
	cursor := p.Edges[1].Cursor
	for _, q := range []string{
		`query($c: String) { claims(first: 2, after: $c, orderBy: {field: MATURITY}) { nodes { id } } }`,
		`query($c: String) { studies(first: 2, after: $c) { nodes { id } } }`,
		`{ claims(first: 2, after: "not a cursor") { nodes { id } } }`,
	} {
		if r := api.query(t, q, map[string]any{"c": cursor}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("%s: code = %q, want BAD_USER_INPUT", q, r.Code())
		}
	}
	next := decode[claimPage](t, api.query(t, `query($c: String) { claims(first: 2, after: $c) { edges { node { id } } } }`, map[string]any{"c": cursor}), "claims")
	if len(next.Edges) != 2 || next.Edges[0].Node.ID == p.Edges[1].Node.ID {
		t.Errorf("the next page after %s = %+v", p.Edges[1].Node.ID, next.Edges)
	}
}

// TestResolversReportWhatIsMissing: unknown ids and ids of the wrong kind.
func TestResolversReportWhatIsMissing(t *testing.T) {
	api := newFakeAPI(t)
	for q, code := range map[string]string{
		`{ claim(id: "claim:no-such-claim") { id } }`:    "NOT_FOUND",
		`{ claim(id: "strain:hn001") { id } }`:           "BAD_USER_INPUT",
		`{ study(doi: "10.0000/nothing") { id } }`:       "NOT_FOUND",
		`{ node(id: "nonsense") { id } }`:                "BAD_USER_INPUT",
		`{ study(id: "study:x", doi: "10.1/x") { id } }`: "BAD_USER_INPUT",
	} {
		if r := api.query(t, q, nil); r.Code() != code {
			t.Errorf("%s: code = %q, want %s", q, r.Code(), code)
		}
	}
}
