package httpapi_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"gutskin/kgtest"
)

func TestLookups(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	tests := []struct {
		name, query, field string
		check              func(t *testing.T, v map[string]any)
	}{
		{"node", `{ node(id: "strain:hn001") { id ... on Strain { fullName formerNames } } }`, "node", func(t *testing.T, v map[string]any) {
			if !strings.Contains(v["fullName"].(string), "HN001") {
				t.Errorf("fullName = %v", v["fullName"])
			}
			if !strings.Contains(strings.Join(toStrings(v["formerNames"]), "|"), "Lactobacillus rhamnosus HN001") {
				t.Errorf("formerNames = %v, want the Lactobacillus name", v["formerNames"])
			}
		}},
		{"a merged claim answers by its former id", `{ claim(id: "claim:clearer-skin-starts-in-gut") { id formerIds positions { position source { id } } } }`, "claim", func(t *testing.T, v map[string]any) {
			if v["id"] != "claim:heal-skin-from-inside" {
				t.Errorf("id = %v, want the claim it was merged into", v["id"])
			}
			if !slices.Contains(toStrings(v["formerIds"]), "claim:clearer-skin-starts-in-gut") {
				t.Errorf("formerIds = %v", v["formerIds"])
			}
		}},
		{"study by DOI ignores case", `{ study(doi: "10.3390/MICROORGANISMS9020353") { id year design link citations { number source { id } } } }`, "study", func(t *testing.T, v map[string]any) {
			if v["id"] != "study:10.3390/microorganisms9020353" || v["year"].(float64) != 2021 {
				t.Errorf("study = %v", v)
			}
			if v["link"] != "https://doi.org/10.3390/microorganisms9020353" {
				t.Errorf("link = %v", v["link"])
			}
			cites := v["citations"].([]any)
			if len(cites) == 0 || cites[0].(map[string]any)["number"].(float64) != 1 {
				t.Errorf("citations = %v, want number 1 of the acne article", cites)
			}
		}},
		{"strain with species and studies", `{ strain(id: "strain:hn001") { species { name formerNames } studies { id } mechanisms { kind effect to { id } } } }`, "strain", func(t *testing.T, v map[string]any) {
			sp := v["species"].(map[string]any)
			if sp["name"] != "Lacticaseibacillus rhamnosus" {
				t.Errorf("species = %v", sp)
			}
			if len(v["studies"].([]any)) == 0 || len(v["mechanisms"].([]any)) == 0 {
				t.Errorf("HN001 has no studies or mechanisms: %v", v)
			}
		}},
		{"condition synonyms", `{ condition(id: "condition:atopic-dermatitis") { name synonyms subtypes { id } } }`, "condition", func(t *testing.T, v map[string]any) {
			if !strings.Contains(strings.ToLower(strings.Join(toStrings(v["synonyms"]), "|")), "eczema") {
				t.Errorf("synonyms = %v", v["synonyms"])
			}
		}},
		{"mechanism both ways", `{ mechanism(id: "mechanism:gut-barrier-integrity") { influences { to { id } } influencedBy { kind from { id } } } }`, "mechanism", func(t *testing.T, v map[string]any) {
			if len(v["influences"].([]any)) == 0 || len(v["influencedBy"].([]any)) == 0 {
				t.Errorf("barrier integrity = %v", v)
			}
		}},
		{"factor", `{ factor(id: "factor:antibiotics") { name affects { effect maturity to { id } } } }`, "factor", func(t *testing.T, v map[string]any) {
			if len(v["affects"].([]any)) == 0 {
				t.Errorf("antibiotics affect nothing: %v", v)
			}
		}},
		{"source", `{ source(id: "source:gut-health-acne") { title citations { number study { id } } claims { id } } }`, "source", func(t *testing.T, v map[string]any) {
			if n := len(v["citations"].([]any)); n != 36 {
				t.Errorf("citations = %d, want 36", n)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv.URL, tt.query, nil)
			tt.check(t, data[map[string]any](t, r, tt.field))
		})
	}
}

func TestClaimTracing(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	// From a claim to its studies...
	r := post(t, srv.URL, `{ claims(filter: {source: "source:gut-skin-evidence", minMaturity: EMERGING}, first: 50) {
		nodes { id maturity maturityBasis evidence { stance study { id design } provenance { source { id } section } }
		        evidenceSummary { total supports qualifies contradicts byDesign { design count } } } } }`, nil)
	conn := data[struct {
		Nodes []struct {
			ID, Maturity, MaturityBasis string
			Evidence                    []struct {
				Stance string
				Study  struct{ ID, Design string }
			}
			EvidenceSummary struct{ Total, Supports, Qualifies, Contradicts int }
		}
	}](t, r, "claims")
	if len(conn.Nodes) == 0 {
		t.Fatal("no claims of document 001 at EMERGING or above")
	}
	var studyID string
	for _, c := range conn.Nodes {
		if c.Maturity == "EARLY" || c.Maturity == "NOT_SUPPORTED" {
			t.Errorf("claim %s has maturity %s below the filter", c.ID, c.Maturity)
		}
		s := c.EvidenceSummary
		if s.Total != len(c.Evidence) || s.Supports+s.Qualifies+s.Contradicts != s.Total {
			t.Errorf("claim %s: summary %+v does not add up to %d evidence items", c.ID, s, len(c.Evidence))
		}
		if len(c.Evidence) > 0 && studyID == "" {
			studyID = c.Evidence[0].Study.ID
		}
	}
	if studyID == "" {
		t.Fatal("no claim has evidence")
	}
	// ...and back from a study to the claims resting on it.
	r = post(t, srv.URL, `query($id: ID!) { study(id: $id) { claims { stance claim { id } } } }`, map[string]any{"id": studyID})
	st := data[struct {
		Claims []struct {
			Stance string
			Claim  struct{ ID string }
		}
	}](t, r, "study")
	if len(st.Claims) == 0 {
		t.Errorf("study %s is evidence for a claim but lists no claims", studyID)
	}
}

// TestConnectionsNodesAsSelected asks for the same connections with the entities' names only
// (which the store reads briefly) and with more of them: the paths agree, and what the wider
// selection asks for is there.
func TestConnectionsNodesAsSelected(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	type node struct {
		ID, Kind, Label string
		Description     *string
		FullName        *string
	}
	ask := func(nodeFields string) [][]node {
		r := post(t, srv.URL, `{ connections(from: "strain:hn001", to: "condition:acne", maxHops: 4) { nodes { `+nodeFields+` } } }`, nil)
		var out [][]node
		for _, p := range data[[]struct{ Nodes []node }](t, r, "connections") {
			out = append(out, p.Nodes)
		}
		return out
	}
	names := ask("id kind label")
	wider := ask("id kind label ... on Mechanism { description } ... on Condition { description } ... on Strain { fullName }")
	if len(names) == 0 || len(names) != len(wider) {
		t.Fatalf("%d paths with names only, %d with more", len(names), len(wider))
	}
	for i := range names {
		for j, n := range names[i] {
			w := wider[i][j]
			if n.ID != w.ID || n.Kind != w.Kind || n.Label != w.Label || n.Label == "" {
				t.Errorf("path %d node %d: %+v with names only, %+v with more", i, j, n, w)
			}
			if described := w.Kind == "MECHANISM" || w.Kind == "CONDITION"; described != (w.Description != nil && *w.Description != "") {
				t.Errorf("path %d node %s (%s): description given: %v", i, w.ID, w.Kind, w.Description != nil)
			}
			if (w.Kind == "STRAIN") != (w.FullName != nil) {
				t.Errorf("path %d node %s (%s): fullName given: %v", i, w.ID, w.Kind, w.FullName != nil)
			}
		}
	}
}

func TestPathwaysStrainToCondition(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 4, first: 5) {
		strength length nodes { id } hops { forward relation { kind effect maturity provenance { section } } } } }`, nil)
	paths := data[[]struct {
		Strength string
		Length   int
		Nodes    []struct{ ID string }
		Hops     []struct {
			Relation struct {
				Kind, Maturity string
				Effect         *string
				Provenance     []struct{ Section string }
			}
		}
	}](t, r, "pathways")
	if len(paths) == 0 {
		t.Fatal("no pathway from HN001 to acne")
	}
	rank := map[string]int{"ESTABLISHED": 5, "PLAUSIBLE": 4, "EMERGING": 3, "EARLY": 2, "NOT_SUPPORTED": 1}
	prev := 6
	for _, p := range paths {
		if p.Nodes[0].ID != "strain:hn001" || p.Nodes[len(p.Nodes)-1].ID != "condition:acne" {
			t.Errorf("path does not run from HN001 to acne: %v", p.Nodes)
		}
		if p.Length != len(p.Hops) || len(p.Nodes) != len(p.Hops)+1 {
			t.Errorf("path shape: length %d, %d hops, %d nodes", p.Length, len(p.Hops), len(p.Nodes))
		}
		weakest := 5
		for _, h := range p.Hops {
			weakest = min(weakest, rank[h.Relation.Maturity])
			if len(h.Relation.Provenance) == 0 {
				t.Errorf("hop %s has no provenance", h.Relation.Kind)
			}
		}
		if rank[p.Strength] != weakest {
			t.Errorf("strength %s is not the weakest hop's", p.Strength)
		}
		if rank[p.Strength] > prev {
			t.Errorf("paths are not strongest first")
		}
		prev = rank[p.Strength]
	}
	// minMaturity leaves out paths with a weaker hop.
	r = post(t, srv.URL, `{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 4, minMaturity: ESTABLISHED) { strength } }`, nil)
	for _, p := range data[[]struct{ Strength string }](t, r, "pathways") {
		if p.Strength != "ESTABLISHED" {
			t.Errorf("minMaturity ESTABLISHED returned a %s path", p.Strength)
		}
	}
}

func TestNeighbourhoodAndStats(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{ neighbourhood(id: "condition:acne", depth: 2, limit: 40) { center { id } nodes { id kind } edges { kind from { id } to { id } } truncated } }`, nil)
	sg := data[struct {
		Center struct{ ID string }
		Nodes  []struct{ ID, Kind string }
		Edges  []struct {
			Kind     string
			From, To struct{ ID string }
		}
		Truncated bool
	}](t, r, "neighbourhood")
	if sg.Center.ID != "condition:acne" || len(sg.Nodes) == 0 || len(sg.Nodes) > 40 {
		t.Fatalf("neighbourhood: centre %s, %d nodes", sg.Center.ID, len(sg.Nodes))
	}
	ids := map[string]bool{"condition:acne": true}
	for _, n := range sg.Nodes {
		ids[n.ID] = true
	}
	for _, e := range sg.Edges {
		if !ids[e.From.ID] || !ids[e.To.ID] {
			t.Errorf("edge %s %s→%s leaves the subgraph", e.Kind, e.From.ID, e.To.ID)
		}
	}
	r = post(t, srv.URL, `{ stats { nodes { kind count } relations { kind count } } }`, nil)
	stats := data[struct {
		Nodes, Relations []struct {
			Kind  string
			Count int
		}
	}](t, r, "stats")
	counts := map[string]int{}
	for _, n := range stats.Nodes {
		counts[n.Kind] = n.Count
	}
	if counts["STUDY"] != 41 || counts["SOURCE"] != 2 {
		t.Errorf("stats = %v, want 41 studies and 2 sources", counts)
	}
}

func TestSearch(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	tests := []struct{ query, wantID string }{
		{"eczema", "condition:atopic-dermatitis"},
		{"Propionibacterium acnes", "species:cutibacterium-acnes"},
		{"HN001", "strain:hn001"},
		{"butyrate", "mechanism:short-chain-fatty-acids"},
		{"dermatitus", "condition:atopic-dermatitis"}, // a typo
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := post(t, srv.URL, `query($q: String!) { search(query: $q, first: 5) { edges { score matched node { id kind label } } totalCount } }`, map[string]any{"q": tt.query})
			res := data[struct {
				Edges []struct {
					Score   float64
					Matched string
					Node    struct{ ID string }
				}
				TotalCount int
			}](t, r, "search")
			found := false
			for i, e := range res.Edges {
				found = found || e.Node.ID == tt.wantID
				if i > 0 && e.Score > res.Edges[i-1].Score {
					t.Errorf("results not ranked by score")
				}
			}
			if !found {
				t.Errorf("%q did not find %s in the top 5: %+v", tt.query, tt.wantID, res.Edges)
			}
			if res.TotalCount < len(res.Edges) {
				t.Errorf("totalCount %d < %d edges", res.TotalCount, len(res.Edges))
			}
		})
	}
	// Kinds narrow the search.
	r := post(t, srv.URL, `{ search(query: "acne", kinds: [STUDY]) { nodes { kind } } }`, nil)
	for _, n := range data[struct{ Nodes []struct{ Kind string } }](t, r, "search").Nodes {
		if n.Kind != "STUDY" {
			t.Errorf("kinds: [STUDY] returned a %s", n.Kind)
		}
	}
}

func toStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, len(list))
	for i, x := range list {
		out[i], _ = x.(string)
	}
	return out
}

// TestPathwaysDirectedAndConnections: pathways follow every relationship in its stated
// direction; connections may also run against it, and include every pathway.
func TestPathwaysDirectedAndConnections(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	type path struct {
		Nodes []struct{ ID string }
		Hops  []struct {
			Forward  bool
			Relation struct{ From, To struct{ ID string } }
		}
	}
	describe := func(p path) string {
		var b strings.Builder
		for _, n := range p.Nodes {
			b.WriteString(n.ID + " ")
		}
		return b.String()
	}
	const shape = `(from: "strain:hn001", to: "condition:acne", maxHops: 4, first: 50) { nodes { id } hops { forward relation { from { id } to { id } } } }`
	r := post(t, srv.URL, `{ pathways`+shape+` }`, nil)
	directed := data[[]path](t, r, "pathways")
	r = post(t, srv.URL, `{ connections`+shape+` }`, nil)
	if n := r.RoundTrips(); n != 1 {
		t.Errorf("connections: %d round trips, want 1", n)
	}
	undirected := data[[]path](t, r, "connections")
	if len(directed) == 0 || len(undirected) <= len(directed) || len(undirected) == 50 {
		t.Fatalf("%d pathways and %d connections from HN001 to acne; want some pathways and more connections, fewer than 50", len(directed), len(undirected))
	}
	for _, p := range directed {
		for i, h := range p.Hops {
			if !h.Forward || h.Relation.From.ID != p.Nodes[i].ID || h.Relation.To.ID != p.Nodes[i+1].ID {
				t.Errorf("pathway %s: hop %d runs against its relationship", describe(p), i)
			}
		}
	}
	backwards := 0
	seen := map[string]bool{}
	for _, p := range undirected {
		seen[describe(p)] = true
		for i, h := range p.Hops {
			if !h.Forward {
				backwards++
				if h.Relation.From.ID != p.Nodes[i+1].ID || h.Relation.To.ID != p.Nodes[i].ID {
					t.Errorf("connection %s: hop %d is marked backwards but its relationship runs %s→%s", describe(p), i, h.Relation.From.ID, h.Relation.To.ID)
				}
			}
		}
	}
	if backwards == 0 {
		t.Error("no connection runs against a relationship")
	}
	for _, p := range directed {
		if !seen[describe(p)] {
			t.Errorf("pathway %s is not among the connections", describe(p))
		}
	}
	// The old argument is gone: asking for it is a validation error, not a silent default.
	r = post(t, srv.URL, `{ pathways(from: "strain:hn001", to: "condition:acne", directed: false) { length } }`, nil)
	if len(r.Errors) == 0 {
		t.Error("pathways(directed:) was accepted")
	}
}

// TestPathwaysHopEvidence: each hop brings the claims about both of its ends and, for each
// of its relationship's studies, the stances those claims take on it, checked against the
// graph read directly.
func TestPathwaysHopEvidence(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 4) { hops {
		relation { from { id } to { id } studies { id } }
		claims { id statement maturity }
		studies { study { id title } stances { claim { id maturity } stance } } } } }`, nil)
	if n := r.RoundTrips(); n != 2 {
		t.Errorf("%d round trips, want 2 (the paths, then the claims' and studies' fields)", n)
	}
	paths := data[[]struct {
		Hops []struct {
			Relation struct {
				From, To struct{ ID string }
				Studies  []struct{ ID string }
			}
			Claims  []struct{ ID, Statement, Maturity string }
			Studies []struct {
				Study   struct{ ID, Title string }
				Stances []struct {
					Claim  struct{ ID, Maturity string }
					Stance string
				}
			}
		}
	}](t, r, "pathways")
	var claims, stances int
	for _, p := range paths {
		for _, h := range p.Hops {
			rows := kgtest.Cypher(t, `MATCH (c:Claim:Entity)-[:ABOUT]->(:Entity {id: $from}), (c)-[:ABOUT]->(:Entity {id: $to})
				RETURN c.id AS id, c.statement AS statement ORDER BY id`, map[string]any{"from": h.Relation.From.ID, "to": h.Relation.To.ID})
			var want, got []string
			for _, row := range rows {
				want = append(want, row["id"].(string)+" "+row["statement"].(string))
			}
			for _, c := range h.Claims {
				got = append(got, c.ID+" "+c.Statement)
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("hop %s→%s: claims %v, want %v", h.Relation.From.ID, h.Relation.To.ID, got, want)
			}
			if len(h.Studies) != len(h.Relation.Studies) {
				t.Errorf("hop %s→%s: %d studies, its relationship has %d", h.Relation.From.ID, h.Relation.To.ID, len(h.Studies), len(h.Relation.Studies))
				continue
			}
			for i, st := range h.Studies {
				if st.Study.ID != h.Relation.Studies[i].ID || st.Study.Title == "" {
					t.Errorf("hop %s→%s: study %d is %+v, want %s with its title", h.Relation.From.ID, h.Relation.To.ID, i, st.Study, h.Relation.Studies[i].ID)
				}
				for _, s := range st.Stances {
					rows := kgtest.Cypher(t, `MATCH (:Claim {id: $claim})-[e:HAS_EVIDENCE]->(:Study {id: $study}) RETURN e.stance AS stance, 1 AS one`,
						map[string]any{"claim": s.Claim.ID, "study": st.Study.ID})
					if len(rows) != 1 || rows[0]["stance"] != s.Stance || s.Claim.Maturity == "" {
						t.Errorf("hop %s→%s: %s on %s is %s; the graph says %v", h.Relation.From.ID, h.Relation.To.ID, st.Study.ID, s.Claim.ID, s.Stance, rows)
					}
					stances++
				}
			}
			claims += len(h.Claims)
		}
	}
	if claims == 0 || stances == 0 {
		t.Errorf("%d claims and %d stances on the pathways from HN001 to acne; want some of each", claims, stances)
	}
}

// TestPathwaysEvidenceFollowsTheSelection: what stands behind each hop is read only when
// the selection shows it, so each way of selecting it (claims alone, stances alone, through
// a fragment) must still bring it, and a selection without it must give the same paths.
func TestPathwaysEvidenceFollowsTheSelection(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	type hop struct {
		Relation struct{ From, To struct{ ID string } }
		Claims   []struct{ ID string }
		Studies  []struct {
			Study   struct{ ID string }
			Stances []struct{ Stance string }
		}
	}
	ask := func(hopFields string) []struct{ Hops []hop } {
		t.Helper()
		doc := `query { pathways(from: "strain:hn001", to: "condition:acne", maxHops: 4) { hops { relation { from { id } to { id } } ` + hopFields + ` } } }`
		if strings.Contains(hopFields, "...behind") {
			doc += ` fragment behind on Hop { claims { id } }`
		}
		r := post(t, srv.URL, doc, nil)
		return data[[]struct{ Hops []hop }](t, r, "pathways")
	}
	describe := func(paths []struct{ Hops []hop }) (ids []string, claims, stances int) {
		for _, p := range paths {
			var b strings.Builder
			for _, h := range p.Hops {
				b.WriteString(h.Relation.From.ID + "→" + h.Relation.To.ID + " ")
				claims += len(h.Claims)
				for _, s := range h.Studies {
					stances += len(s.Stances)
				}
			}
			ids = append(ids, b.String())
		}
		return ids, claims, stances
	}
	bare, _, _ := describe(ask(`studies { study { id } }`))
	for _, tt := range []struct {
		fields                 string
		wantClaims, wantStance bool
	}{
		{`claims { id }`, true, false},
		{`studies { study { id } stances { stance } }`, false, true},
		{`...behind`, true, false},
	} {
		ids, claims, stances := describe(ask(tt.fields))
		if !slices.Equal(ids, bare) {
			t.Errorf("selecting %s: paths %v, want %v as without it", tt.fields, ids, bare)
		}
		if tt.wantClaims && claims == 0 || tt.wantStance && stances == 0 {
			t.Errorf("selecting %s: %d claims and %d stances; the hops have some", tt.fields, claims, stances)
		}
	}
	if len(bare) == 0 {
		t.Fatal("no pathways from HN001 to acne")
	}
}

// TestSearchTotals: on the seed every search is counted in full, so the total is exact and
// is the number of hits paging finds; each page's cursor leads to the next.
func TestSearchTotals(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	type page struct {
		TotalCount        int
		TotalCountIsExact bool
		Edges             []struct{ Node struct{ ID string } }
		PageInfo          struct {
			HasNextPage bool
			EndCursor   string
		}
	}
	for _, q := range []string{"acne", "probiotics", "gut barrier"} {
		var after any
		seen := map[string]bool{}
		for n := 0; ; n++ {
			r := post(t, srv.URL, `query($q: String!, $after: String) { search(query: $q, first: 7, after: $after) {
				totalCount totalCountIsExact edges { node { id } } pageInfo { hasNextPage endCursor } } }`, map[string]any{"q": q, "after": after})
			p := data[page](t, r, "search")
			if !p.TotalCountIsExact {
				t.Errorf("%q page %d: total %d not exact on the seed", q, n, p.TotalCount)
			}
			for _, e := range p.Edges {
				if seen[e.Node.ID] {
					t.Errorf("%q page %d: %s again", q, n, e.Node.ID)
				}
				seen[e.Node.ID] = true
			}
			if !p.PageInfo.HasNextPage {
				if len(seen) != p.TotalCount || len(seen) == 0 {
					t.Errorf("%q: paging found %d hits, totalCount says %d", q, len(seen), p.TotalCount)
				}
				break
			}
			after = p.PageInfo.EndCursor
		}
	}
}

// TestSearchHitsCarryTheirSelection: each hit comes projected by the selection, links and
// all, from the search's own statement, and reads the same as the entity fetched by id.
func TestSearchHitsCarryTheirSelection(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	const fields = `id label ... on Condition { studies { id } } ... on Claim { maturity evidence { stance study { id year } } }
		... on Study { year strains { id } } ... on Strain { name }`
	r := post(t, srv.URL, `{ search(query: "acne probiotics", first: 15) { nodes { `+fields+` } } }`, nil)
	if n := r.RoundTrips(); n != 1 {
		t.Errorf("search with linked fields: %d round trips, want 1", n)
	}
	hits := data[struct{ Nodes []json.RawMessage }](t, r, "search").Nodes
	if len(hits) < 10 {
		t.Fatalf("%d hits for acne probiotics", len(hits))
	}
	var linked int
	for _, hit := range hits {
		var id struct{ ID string }
		if err := json.Unmarshal(hit, &id); err != nil {
			t.Fatal(err)
		}
		one := post(t, srv.URL, `query($id: ID!) { node(id: $id) { ... on Entity { `+fields+` } } }`, map[string]any{"id": id.ID})
		var got, wantBuf bytes.Buffer
		if err := json.Compact(&got, hit); err != nil {
			t.Fatal(err)
		}
		if err := json.Compact(&wantBuf, one.Data["node"]); err != nil {
			t.Fatalf("node %s: %v: %s", id.ID, err, one.Raw)
		}
		want := wantBuf.Bytes()
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("hit %s:\n search %s\n node   %s", id.ID, got.Bytes(), want)
		}
		if bytes.Contains(want, []byte(`"study"`)) || bytes.Contains(want, []byte(`"studies":[{`)) || bytes.Contains(want, []byte(`"strains":[{`)) {
			linked++
		}
	}
	if linked == 0 {
		t.Error("no hit had linked entities to compare")
	}
}
