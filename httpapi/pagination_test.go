package httpapi_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"gutskin/kgtest"
)

type studyPage struct {
	Edges []struct {
		Cursor string
		Node   struct {
			ID         string
			Year       int
			SampleSize *int
		}
	}
	PageInfo struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	TotalCount int
}

// TestKeysetPaginationWalksEveryStudyOnce pages through each ordering forwards and
// backwards and checks that every study appears exactly once, in order.
func TestKeysetPaginationWalksEveryStudyOnce(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	const q = `query($order: StudyOrder, $first: Int, $after: String, $last: Int, $before: String) {
		studies(orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
			edges { cursor node { id year sampleSize } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`
	for _, order := range []map[string]any{
		{"field": "YEAR", "direction": "ASC"}, {"field": "YEAR", "direction": "DESC"},
		{"field": "TITLE", "direction": "ASC"}, {"field": "SAMPLE_SIZE", "direction": "DESC"},
	} {
		t.Run(fmt.Sprint(order["field"], order["direction"]), func(t *testing.T) {
			var forward []string
			var years []int
			vars := map[string]any{"order": order, "first": 7}
			for pages := 0; ; pages++ {
				p := data[studyPage](t, post(t, srv.URL, q, vars), "studies")
				if p.TotalCount != 41 {
					t.Fatalf("totalCount = %d, want 41", p.TotalCount)
				}
				for _, e := range p.Edges {
					forward = append(forward, e.Node.ID)
					years = append(years, e.Node.Year)
				}
				if !p.PageInfo.HasNextPage {
					break
				}
				if pages > 10 {
					t.Fatal("pagination does not end")
				}
				vars["after"] = *p.PageInfo.EndCursor
			}
			assertOnce(t, forward, 41)
			if order["field"] == "YEAR" {
				less := func(i, j int) bool { return years[i] < years[j] }
				if order["direction"] == "DESC" {
					less = func(i, j int) bool { return years[i] > years[j] }
				}
				if !sort.SliceIsSorted(years, less) && !isSortedStable(years, order["direction"] == "DESC") {
					t.Errorf("years not in order: %v", years)
				}
			}
			// Backwards from the end gives the same sequence reversed.
			var backward []string
			vars = map[string]any{"order": order, "last": 9}
			for pages := 0; ; pages++ {
				p := data[studyPage](t, post(t, srv.URL, q, vars), "studies")
				page := make([]string, len(p.Edges))
				for i, e := range p.Edges {
					page[i] = e.Node.ID
				}
				backward = append(page, backward...)
				if !p.PageInfo.HasPreviousPage {
					break
				}
				if pages > 10 {
					t.Fatal("backward pagination does not end")
				}
				vars["before"] = *p.PageInfo.StartCursor
			}
			if fmt.Sprint(backward) != fmt.Sprint(forward) {
				t.Errorf("backward walk differs from forward walk:\n%v\n%v", backward, forward)
			}
		})
	}
}

func isSortedStable(years []int, desc bool) bool {
	for i := 1; i < len(years); i++ {
		if (!desc && years[i] < years[i-1]) || (desc && years[i] > years[i-1]) {
			return false
		}
	}
	return true
}

func assertOnce(t *testing.T, ids []string, want int) {
	t.Helper()
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("%s appears twice", id)
		}
		seen[id] = true
	}
	if len(seen) != want {
		t.Errorf("walked %d distinct items, want %d", len(seen), want)
	}
}

func TestListFilters(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	tests := []struct {
		name, query string
		check       func(t *testing.T, r response)
	}{
		{"studies by year range and design", `{ studies(filter: {yearFrom: 2020, yearTo: 2022, designs: [NARRATIVE_REVIEW]}, first: 100) { nodes { year design } totalCount } }`, func(t *testing.T, r response) {
			c := data[struct {
				Nodes []struct {
					Year   int
					Design string
				}
				TotalCount int
			}](t, r, "studies")
			if len(c.Nodes) == 0 || c.TotalCount != len(c.Nodes) {
				t.Fatalf("got %d nodes, totalCount %d", len(c.Nodes), c.TotalCount)
			}
			for _, n := range c.Nodes {
				if n.Year < 2020 || n.Year > 2022 || n.Design != "NARRATIVE_REVIEW" {
					t.Errorf("%+v does not match the filter", n)
				}
			}
		}},
		{"studies of a strain", `{ studies(filter: {strain: "strain:hn001"}) { nodes { id strains { id } } } }`, func(t *testing.T, r response) {
			c := data[struct {
				Nodes []struct {
					ID      string
					Strains []struct{ ID string }
				}
			}](t, r, "studies")
			if len(c.Nodes) == 0 {
				t.Fatal("no study of HN001")
			}
			for _, n := range c.Nodes {
				found := false
				for _, s := range n.Strains {
					found = found || s.ID == "strain:hn001"
				}
				if !found {
					t.Errorf("%s did not examine HN001", n.ID)
				}
			}
		}},
		{"studies cited by document 001", `{ studies(filter: {source: "source:gut-skin-evidence"}) { totalCount } }`, func(t *testing.T, r response) {
			if n := data[struct{ TotalCount int }](t, r, "studies").TotalCount; n != 5 {
				t.Errorf("document 001 cites %d studies, want 5", n)
			}
		}},
		{"marketing claims", `{ claims(filter: {claimKind: MARKETING}, orderBy: {field: MATURITY, direction: ASC}) { nodes { claimKind maturity } } }`, func(t *testing.T, r response) {
			c := data[struct {
				Nodes []struct{ ClaimKind, Maturity string }
			}](t, r, "claims")
			if len(c.Nodes) == 0 {
				t.Fatal("no marketing claims")
			}
			for _, n := range c.Nodes {
				if n.ClaimKind != "MARKETING" {
					t.Errorf("got a %s claim", n.ClaimKind)
				}
			}
			if c.Nodes[0].Maturity != "NOT_SUPPORTED" {
				t.Errorf("weakest marketing claim first should be NOT_SUPPORTED, got %s", c.Nodes[0].Maturity)
			}
		}},
		{"claims about a subject", `{ claims(filter: {subject: "strain:hn001"}) { nodes { subjects { id } } } }`, func(t *testing.T, r response) {
			c := data[struct {
				Nodes []struct{ Subjects []struct{ ID string } }
			}](t, r, "claims")
			if len(c.Nodes) == 0 {
				t.Fatal("no claims about HN001")
			}
		}},
		{"strains of a species", `{ strains(filter: {species: "species:lacticaseibacillus-rhamnosus"}) { nodes { species { id } } } }`, func(t *testing.T, r response) {
			c := data[struct {
				Nodes []struct{ Species struct{ ID string } }
			}](t, r, "strains")
			if len(c.Nodes) < 3 {
				t.Errorf("want HN001, LGG and SP1 at least, got %d", len(c.Nodes))
			}
			for _, n := range c.Nodes {
				if n.Species.ID != "species:lacticaseibacillus-rhamnosus" {
					t.Errorf("strain of %s", n.Species.ID)
				}
			}
		}},
		{"name order descending", `{ conditions(orderBy: {direction: DESC}, first: 100) { nodes { name } } mechanisms(first: 3) { nodes { name } } factors(first: 3) { totalCount } }`, func(t *testing.T, r response) {
			c := data[struct{ Nodes []struct{ Name string } }](t, r, "conditions")
			for i := 1; i < len(c.Nodes); i++ {
				if lower(c.Nodes[i].Name) > lower(c.Nodes[i-1].Name) {
					t.Errorf("%q after %q in descending order", c.Nodes[i].Name, c.Nodes[i-1].Name)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, post(t, srv.URL, tt.query, nil)) })
	}
}

func lower(s string) string { return strings.ToLower(s) }
