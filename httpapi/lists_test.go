package httpapi_test

import (
	"slices"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
)

// Sources and species are lists like every other: connections, paged by cursor, with a
// total; the deprecated `sources` keeps answering the same documents.
func TestSourceAndSpeciesListsAreConnections(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	seedGraph := kgtest.Seed(t)
	want := map[kg.Kind]int{}
	genera := 0
	for _, n := range seedGraph.Nodes {
		want[n.Kind]++
		if n.Kind == kg.KindSpecies && n.Props["speciesKind"] == "GENUS" {
			genera++
		}
	}
	type page struct {
		Edges []struct {
			Cursor string
			Node   struct{ ID, Label string }
		}
		PageInfo struct {
			HasNextPage bool
			EndCursor   *string
		}
		TotalCount int
	}
	walk := func(t *testing.T, field, query string, vars map[string]any) ([]string, int) {
		t.Helper()
		var ids []string
		total := -1
		for pages := 0; ; pages++ {
			p := data[page](t, post(t, srv.URL, query, vars), field)
			total = p.TotalCount
			for _, e := range p.Edges {
				ids = append(ids, e.Node.ID)
			}
			if !p.PageInfo.HasNextPage {
				return ids, total
			}
			if pages > 50 {
				t.Fatal("paging does not end")
			}
			vars["after"] = *p.PageInfo.EndCursor
		}
	}

	sources, total := walk(t, "sourceList", `query($after: String) { sourceList(first: 1, after: $after) {
		edges { cursor node { id label } } pageInfo { hasNextPage endCursor } totalCount } }`, map[string]any{})
	if total != want[kg.KindSource] || len(sources) != total {
		t.Fatalf("sourceList walked %d of %d sources; the seed has %d", len(sources), total, want[kg.KindSource])
	}
	old := data[[]struct{ ID string }](t, post(t, srv.URL, `{ sources { id } }`, nil), "sources")
	var oldIDs []string
	for _, s := range old {
		oldIDs = append(oldIDs, s.ID)
	}
	if !slices.Equal(oldIDs, sources) {
		t.Errorf("the deprecated sources list %v differs from sourceList %v", oldIDs, sources)
	}

	species, total := walk(t, "speciesList", `query($after: String) { speciesList(first: 3, after: $after) {
		edges { cursor node { id label } } pageInfo { hasNextPage endCursor } totalCount } }`, map[string]any{})
	if total != want[kg.KindSpecies] || len(species) != total {
		t.Fatalf("speciesList walked %d of %d; the seed has %d species", len(species), total, want[kg.KindSpecies])
	}
	seen := map[string]bool{}
	for _, id := range species {
		if seen[id] {
			t.Errorf("%s listed twice", id)
		}
		seen[id] = true
	}
	onlyGenera, total := walk(t, "speciesList", `query($after: String) { speciesList(filter: {speciesKind: GENUS}, first: 2, after: $after) {
		edges { cursor node { id label } } pageInfo { hasNextPage endCursor } totalCount } }`, map[string]any{})
	if genera == 0 || total != genera || len(onlyGenera) != genera {
		t.Errorf("speciesList(GENUS) gave %d (total %d); the seed has %d genera", len(onlyGenera), total, genera)
	}
}
