package httpapi_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/memstore"
)

// listTestMark is in the id of every entity of the random graphs; no seed id holds it.
const listTestMark = ":listtest-"

// TestFilteredListsMatchBruteForce compares every filter of studies, claims and strains,
// with and without roll-up, alone and combined, in every order, on random graphs stored
// beside the seed, with the in-memory store (which tests each entity against the filters
// in Go) loaded with everything the database holds. Each list is paged through forwards and
// backwards in small pages; pages, cursors and page info must be equal, and a total either
// exact and equal or flagged and a lower bound. The lists are read twice: with the store's
// count limit, where these small lists are walked from the filter's entity, and with the
// limit at 3, where longer lists are read from the sort index and their totals flagged.
func TestFilteredListsMatchBruteForce(t *testing.T) {
	store := kgtest.Store(t)
	deleteGraphs := func() {
		kgtest.Cypher(t, `MATCH (n:Entity) WHERE n.id CONTAINS $mark DETACH DELETE n`, map[string]any{"mark": listTestMark})
	}
	deleteGraphs()
	t.Cleanup(deleteGraphs)

	var lists []listCase
	var nodes, rels []map[string]any
	for g := range 5 {
		gl, gn, gr := randomListGraph(g)
		lists, nodes, rels = append(lists, gl...), append(nodes, gn...), append(rels, gr...)
	}
	kgtest.Cypher(t, `UNWIND $nodes AS row CREATE (n:Entity:$(row.label)) SET n = row.props`, map[string]any{"nodes": nodes})
	kgtest.Cypher(t, `UNWIND $rels AS row
		MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
		CREATE (a)-[r:$(row.type)]->(b) SET r.key = row.key`, map[string]any{"rels": rels})

	real := newTestServer(t, store)
	brute := newTestServer(t, memstore.New(storedGraph(t)))
	old := store.SetListCountLimit(0)
	t.Cleanup(func() { store.SetListCountLimit(old) })
	flagged := 0
	for _, limit := range []int{kg.ListCountLimit, 3} {
		store.SetListCountLimit(limit)
		for _, c := range lists {
			flagged += compareList(t, real.URL, brute.URL, c, limit)
		}
	}
	if flagged == 0 {
		t.Errorf("no total was flagged as a lower bound; the limit of 3 should flag some")
	}
}

// listCase is one list: a root field, its filter and order, and the page size to walk it in.
type listCase struct {
	field, filter, order string
	size                 int
}

// compareList pages through one list forwards, then backwards, on both servers, and returns
// how many totals the Neo4j store flagged.
func compareList(t *testing.T, realURL, bruteURL string, c listCase, limit int) int {
	t.Helper()
	flagged, total := 0, 0
	for _, backward := range []bool{false, true} {
		var cursor any
		seen := 0
		for page := 0; ; page++ {
			args := fmt.Sprintf("first: %d, after: $cursor", c.size)
			if backward {
				args = fmt.Sprintf("last: %d, before: $cursor", c.size)
			}
			q := fmt.Sprintf(`query($cursor: String) { %s(filter: %s, %s%s) { totalCount totalCountIsExact
				edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, c.field, c.filter, c.order, args)
			what := fmt.Sprintf("%s(filter: %s, %s%s), page %d, count limit %d", c.field, c.filter, c.order, args, page, limit)
			got, want := post(t, realURL, q, map[string]any{"cursor": cursor}), post(t, bruteURL, q, map[string]any{"cursor": cursor})
			if len(got.Errors) > 0 || len(want.Errors) > 0 {
				t.Fatalf("%s: errors: Neo4j %s; in memory %s", what, got.Raw, want.Raw)
			}
			g, w := data[listAnswer](t, got, c.field), data[listAnswer](t, want, c.field)
			if ge, we := mustJSON(g.Edges), mustJSON(w.Edges); ge != we {
				t.Errorf("%s: Neo4j gives %s, brute force %s", what, ge, we)
			}
			if g.PageInfo != w.PageInfo {
				t.Errorf("%s: page info %+v, want %+v", what, g.PageInfo, w.PageInfo)
			}
			switch {
			case !w.TotalCountIsExact:
				t.Fatalf("%s: the brute force's total is flagged", what)
			case g.TotalCountIsExact && g.TotalCount != w.TotalCount:
				t.Errorf("%s: total %d, want %d", what, g.TotalCount, w.TotalCount)
			case !g.TotalCountIsExact && (g.TotalCount != limit || w.TotalCount <= limit):
				t.Errorf("%s: total %d flagged as a lower bound, with the limit %d; the list holds %d", what, g.TotalCount, limit, w.TotalCount)
			case !g.TotalCountIsExact:
				flagged++
			}
			if got.RoundTrips() != 1 {
				t.Errorf("%s: %d round trips, want 1", what, got.RoundTrips())
			}
			seen, total = seen+len(g.Edges), w.TotalCount
			more, next := g.PageInfo.HasNextPage, g.PageInfo.EndCursor
			if backward {
				more, next = g.PageInfo.HasPreviousPage, g.PageInfo.StartCursor
			}
			if !more || next == "" || page > 200 {
				break
			}
			cursor = next
		}
		if seen != total {
			t.Errorf("%s(filter: %s, %s): paging backwards %v met %d entities; the list holds %d", c.field, c.filter, c.order, backward, seen, total)
		}
	}
	return flagged
}

type listAnswer struct {
	TotalCount        int
	TotalCountIsExact bool
	Edges             []struct {
		Cursor string
		Node   struct{ ID string }
	}
	PageInfo struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       string
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// storedGraph reads every entity and relationship the test database holds, so that the
// in-memory store answers over exactly the same graph.
func storedGraph(t *testing.T) kg.Graph {
	t.Helper()
	var g kg.Graph
	for _, row := range kgtest.Cypher(t, `MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind, properties(n) AS props ORDER BY n.id`, nil) {
		g.Nodes = append(g.Nodes, kg.NodeRecord{ID: row["id"].(string), Kind: kg.Kind(row["kind"].(string)), Props: row["props"].(map[string]any)})
	}
	for _, row := range kgtest.Cypher(t, `MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`, nil) {
		g.Relations = append(g.Relations, kg.RelationRecord{Kind: kg.RelationKind(row["type"].(string)), From: row["from"].(string), To: row["to"].(string), Props: row["props"].(map[string]any)})
	}
	return g
}

// randomListGraph builds graph g: conditions in a random hierarchy, species with strains,
// mechanisms, sources, studies and claims linked to them at random, with sort keys that tie
// often; and the lists to read over it.
func randomListGraph(g int) (lists []listCase, nodes, rels []map[string]any) {
	rng := rand.New(rand.NewPCG(uint64(g), 22))
	id := func(kind string, i int) string { return fmt.Sprintf("%s%s%d-%d", kind, listTestMark, g, i) }
	words := []string{"alpha", "beta", "gamma", "delta"}
	node := func(label, kind, id string, props map[string]any) {
		props["id"], props["kind"], props["label"] = id, kind, id
		if _, ok := props["sortName"]; !ok {
			props["sortName"] = words[rng.IntN(len(words))]
		}
		nodes = append(nodes, map[string]any{"label": label, "props": props})
	}
	rel := func(typ, from, to string) {
		rels = append(rels, map[string]any{"type": typ, "from": from, "to": to, "key": typ + "|" + from + "|" + to})
	}
	pick := func(ids []string) string { return ids[rng.IntN(len(ids))] }
	some := func(ids []string, most int) []string {
		out := []string{}
		if len(ids) == 0 {
			return out
		}
		for range rng.IntN(most + 1) {
			if x := pick(ids); !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
		return out
	}
	var conditions, species, strains, mechanisms, sources []string
	for i := range 5 {
		c := id("condition", i)
		node("Condition", "CONDITION", c, map[string]any{"conditionKind": "SKIN"})
		for _, parent := range some(conditions, 2) { // earlier conditions only: no cycles
			rel("SUBTYPE_OF", c, parent)
		}
		conditions = append(conditions, c)
	}
	for i := range 2 {
		species = append(species, id("species", i))
		node("Species", "SPECIES", species[i], map[string]any{})
	}
	for i := range 3 {
		mechanisms = append(mechanisms, id("mechanism", i))
		node("Mechanism", "MECHANISM", mechanisms[i], map[string]any{})
	}
	for i := range 2 {
		sources = append(sources, id("source", i))
		node("Source", "SOURCE", sources[i], map[string]any{})
	}
	for i := range 7 {
		s := id("strain", i)
		node("Strain", "STRAIN", s, map[string]any{"strainKind": []string{"STRAIN", "PRODUCT"}[rng.IntN(2)]})
		if rng.IntN(5) > 0 {
			rel("MEMBER_OF", s, pick(species))
		}
		for _, m := range some(mechanisms, 1) {
			rel("MODULATES", s, m)
		}
		strains = append(strains, s)
	}
	designs := []string{"RANDOMIZED_CONTROLLED_TRIAL", "META_ANALYSIS", "ANIMAL_STUDY"}
	for i := range 14 {
		s := id("study", i)
		node("Study", "STUDY", s, map[string]any{"year": int64(2000 + rng.IntN(4)), "design": designs[rng.IntN(len(designs))],
			"sampleSizeKey": int64(rng.IntN(4) - 1)})
		for _, x := range append(some(conditions, 2), some(mechanisms, 1)...) {
			rel("INVESTIGATES", s, x)
		}
		for _, x := range some(strains, 2) {
			rel("EXAMINED", s, x)
		}
		for _, src := range sources {
			if rng.IntN(3) == 0 {
				rel("CITES", src, s)
			}
		}
	}
	subjects := slices.Concat(conditions, species, strains, mechanisms)
	for i := range 14 {
		c := id("claim", i)
		rank := 1 + rng.IntN(5)
		node("Claim", "CLAIM", c, map[string]any{"maturity": string(kg.MaturityOfRank(rank)), "maturityRank": int64(rank),
			"claimKind": []string{"SCIENTIFIC", "MARKETING"}[rng.IntN(2)], "disputed": rng.IntN(3) == 0, "source": pick(sources)})
		for _, x := range some(subjects, 3) {
			rel("ABOUT", c, x)
		}
	}

	studyOrders := []string{"", "orderBy: {field: YEAR}, ", "orderBy: {field: SAMPLE_SIZE, direction: DESC}, ", "orderBy: {field: TITLE, direction: DESC}, "}
	claimOrders := []string{"", "orderBy: {field: MATURITY, direction: DESC}, ", "orderBy: {field: STATEMENT, direction: DESC}, "}
	strainOrders := []string{"", "orderBy: {direction: DESC}, "}
	add := func(field string, orders []string, filter string) {
		lists = append(lists, listCase{field: field, filter: filter, order: orders[rng.IntN(len(orders))], size: 1 + rng.IntN(3)})
	}
	roll := func(f string) []string { return []string{"{" + f + "}", "{" + f + ", rollUp: false}"} }
	q := func(s string) string { return `"` + s + `"` }
	for _, f := range slices.Concat(
		roll("strain: "+q(pick(strains))), roll("strain: "+q(pick(species))),
		roll("condition: "+q(conditions[0])), roll("condition: "+q(pick(conditions))),
		[]string{"{mechanism: " + q(pick(mechanisms)) + "}", "{source: " + q(pick(sources)) + "}",
			"{yearFrom: 2001, yearTo: 2002}", "{designs: [META_ANALYSIS, ANIMAL_STUDY]}",
			"{condition: " + q(conditions[0]) + ", designs: [RANDOMIZED_CONTROLLED_TRIAL], yearFrom: 2001}",
			"{strain: " + q(pick(species)) + ", mechanism: " + q(pick(mechanisms)) + "}"},
	) {
		add("studies", studyOrders, f)
	}
	for _, f := range slices.Concat(
		roll("condition: "+q(conditions[0])), roll("subject: "+q(pick(species))), roll("subject: "+q(pick(subjects))),
		[]string{"{mechanism: " + q(pick(mechanisms)) + "}", "{source: " + q(pick(sources)) + "}",
			"{condition: " + q(conditions[0]) + ", disputed: true}", "{subject: " + q(pick(species)) + ", minMaturity: EMERGING}",
			"{condition: " + q(pick(conditions)) + ", maturities: [ESTABLISHED, EARLY], claimKind: SCIENTIFIC}"},
	) {
		add("claims", claimOrders, f)
	}
	for _, f := range slices.Concat(
		roll("condition: "+q(conditions[0])), roll("condition: "+q(pick(conditions))),
		[]string{"{species: " + q(pick(species)) + "}", "{mechanism: " + q(pick(mechanisms)) + "}",
			"{mechanism: " + q(pick(mechanisms)) + ", strainKind: PRODUCT}", "{species: " + q(pick(species)) + ", condition: " + q(conditions[0]) + "}"},
	) {
		add("strains", strainOrders, f)
	}
	if g == 0 { // filters on properties alone read the seed's entities too
		for _, f := range []string{"{maturities: [PLAUSIBLE, EMERGING]}", "{minMaturity: ESTABLISHED}"} {
			lists = append(lists, listCase{field: "claims", filter: f, order: claimOrders[rng.IntN(len(claimOrders))], size: 7})
		}
		lists = append(lists, listCase{field: "studies", filter: "{yearFrom: 2019}", order: studyOrders[rng.IntN(len(studyOrders))], size: 9})
		// One value of a property with ordered indexes (neo4jstore's orderedIndexes), in
		// every order: a long list reads its page from the index for that order.
		for _, order := range claimOrders {
			for _, f := range []string{"{disputed: true}", "{disputed: false}", "{maturities: [EMERGING]}", "{claimKind: MARKETING}", "{source: " + q(pick(sources)) + "}"} {
				lists = append(lists, listCase{field: "claims", filter: f, order: order, size: 7})
			}
		}
		for _, order := range studyOrders {
			lists = append(lists, listCase{field: "studies", filter: "{designs: [META_ANALYSIS]}", order: order, size: 9})
		}
		for _, order := range strainOrders {
			lists = append(lists, listCase{field: "strains", filter: "{strainKind: PRODUCT}", order: order, size: 5})
		}
	}
	return lists, nodes, rels
}
