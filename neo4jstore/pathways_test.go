package neo4jstore_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// pathwaysCase is one pathways question, asked of both the store and the oracle.
type pathwaysCase struct {
	from, to    string
	maxHops     int
	minMaturity kg.Maturity
	rels        []kg.RelationKind
	directed    bool
	first       int
}

// query is the question c asks of the store, with or without what stands behind each hop.
func (c pathwaysCase) query(evidence bool) kg.PathQuery {
	return kg.PathQuery{From: c.from, To: c.to, MaxHops: c.maxHops, MinMaturity: c.minMaturity,
		Rels: c.rels, Directed: c.directed, First: c.first, Evidence: evidence}
}

func (c pathwaysCase) String() string {
	return fmt.Sprintf("%s→%s hops=%d min=%q rels=%v directed=%v first=%d", c.from, c.to, c.maxHops, c.minMaturity, c.rels, c.directed, c.first)
}

// oraclePathways answers c by enumerating every simple path and sorting them all: the
// statement the store used before it searched by rank.
func oraclePathways(t *testing.T, c pathwaysCase) []string {
	t.Helper()
	text, err := os.ReadFile("testdata/pathways_oracle.cypher")
	if err != nil {
		t.Fatal(err)
	}
	types := make([]string, len(c.rels))
	for i, r := range c.rels {
		types[i] = string(r)
	}
	arrow := ""
	if c.directed {
		arrow = ">"
	}
	pattern := fmt.Sprintf("-[rels:%s*1..%d]-%s", strings.Join(types, "|"), c.maxHops, arrow)
	rows := kgtest.Cypher(t, strings.ReplaceAll(string(text), "{{PATTERN}}", pattern),
		map[string]any{"from": c.from, "to": c.to, "minRank": c.minMaturity.Rank(), "first": c.first})
	out := make([]string, len(rows))
	for i, row := range rows {
		var b strings.Builder
		ids, _ := row["ids"].([]any)
		rels, _ := row["hops"].([]any)
		fmt.Fprintf(&b, "%s: %s", kg.MaturityOfRank(int(row["strength"].(int64))), ids[0])
		for j, r := range rels {
			r := r.([]any)
			writeHop(&b, r[0].(string), r[1] == ids[j], ids[j+1].(string))
		}
		out[i] = b.String()
	}
	return out
}

// describePaths writes each path the way oraclePathways does, so the two compare as text.
func describePaths(paths []kg.Path) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		var b strings.Builder
		fmt.Fprintf(&b, "%s: %s", p.Strength, p.Nodes[0].ID)
		for j, h := range p.Hops {
			writeHop(&b, string(h.Relation.Kind), h.Forward, p.Nodes[j+1].ID)
			from, to := p.Nodes[j].ID, p.Nodes[j+1].ID
			if !h.Forward {
				from, to = to, from
			}
			if h.Relation.From != from || h.Relation.To != to {
				fmt.Fprintf(&b, " (relation runs %s→%s)", h.Relation.From, h.Relation.To)
			}
		}
		out[i] = b.String()
	}
	return out
}

func writeHop(b *strings.Builder, kind string, forward bool, next string) {
	if forward {
		fmt.Fprintf(b, " -%s-> %s", kind, next)
	} else {
		fmt.Fprintf(b, " <-%s- %s", kind, next)
	}
}

func comparePathways(t *testing.T, store *neo4jstore.Store, c pathwaysCase) {
	t.Helper()
	ctx := kg.WithRoundTrips(context.Background(), 0)
	// Half the questions ask for the hops' evidence too: the paths must not depend on it.
	paths, err := store.Pathways(ctx, c.query(c.first%2 == 0))
	if err != nil {
		t.Fatalf("%v: %v", c, err)
	}
	if n := kg.RoundTrips(ctx); n != 1 {
		t.Errorf("%v: %d round trips, want 1", c, n)
	}
	got, want := describePaths(paths), oraclePathways(t, c)
	if !slices.Equal(got, want) {
		t.Errorf("%v:\n got  %d paths:\n\t%s\n want %d paths:\n\t%s", c, len(got), strings.Join(got, "\n\t"), len(want), strings.Join(want, "\n\t"))
	}
}

// TestPathwaysSeedMatchesOracle asks the seed questions a reader would ask, in both
// directions of reading and at every depth.
func TestPathwaysSeedMatchesOracle(t *testing.T) {
	store := kgtest.Store(t)
	mech := kg.MechanisticRelations
	wide := []kg.RelationKind{kg.RelModulates, kg.RelInfluences, kg.RelAffects, kg.RelAbout, kg.RelHasEvidence, kg.RelMakes}
	for _, c := range []pathwaysCase{
		{"strain:hn001", "condition:acne", 1, kg.MaturityNotSupported, mech, false, 10},
		{"strain:hn001", "condition:acne", 3, kg.MaturityNotSupported, mech, false, 10},
		{"strain:hn001", "condition:acne", 4, kg.MaturityNotSupported, mech, false, 50},
		{"strain:hn001", "condition:acne", 5, kg.MaturityNotSupported, mech, false, 50},
		{"strain:hn001", "condition:acne", 5, kg.MaturityEmerging, mech, false, 7},
		{"strain:hn001", "condition:acne", 5, kg.MaturityNotSupported, mech, true, 50},
		{"condition:acne", "strain:hn001", 4, kg.MaturityNotSupported, mech, false, 20},
		{"strain:hn001", "condition:atopic-dermatitis", 4, kg.MaturityEarly, mech, false, 30},
		{"strain:hn001", "condition:atopic-dermatitis", 3, "", wide, false, 50},
	} {
		comparePathways(t, store, c)
	}
}

// TestPathwaysEnds checks that a missing end is NOT_FOUND from the one round trip the
// search takes, and that ends with no path between them give an empty answer.
func TestPathwaysEnds(t *testing.T) {
	store := kgtest.Store(t)
	for _, tt := range []struct {
		from, to, code string
		rels           []kg.RelationKind
	}{
		{"strain:hn001", "condition:nope", kg.ENOTFOUND, kg.MechanisticRelations},
		{"strain:nope", "condition:acne", kg.ENOTFOUND, kg.MechanisticRelations},
		{"strain:hn001", "condition:acne", "", []kg.RelationKind{kg.RelCites}},
		{"strain:hn001", "strain:hn001", "", kg.MechanisticRelations},
	} {
		ctx := kg.WithRoundTrips(context.Background(), 0)
		paths, err := store.Pathways(ctx, kg.PathQuery{From: tt.from, To: tt.to, MaxHops: 4, MinMaturity: kg.MaturityNotSupported, Rels: tt.rels, First: 10})
		switch {
		case tt.code != "" && kg.ErrorCode(err) != tt.code:
			t.Errorf("%s→%s: error %v, want code %s", tt.from, tt.to, err, tt.code)
		case tt.code == "" && (err != nil || len(paths) != 0):
			t.Errorf("%s→%s over %v: %d paths, error %v; want none", tt.from, tt.to, tt.rels, len(paths), err)
		}
		if n := kg.RoundTrips(ctx); n != 1 {
			t.Errorf("%s→%s: %d round trips, want 1", tt.from, tt.to, n)
		}
	}
	for _, bad := range []struct {
		hops, first int
		rels        []kg.RelationKind
	}{{0, 10, kg.MechanisticRelations}, {6, 10, kg.MechanisticRelations}, {3, 0, kg.MechanisticRelations}, {3, 10, nil}, {3, 10, []kg.RelationKind{"LIKES"}}} {
		if _, err := store.Pathways(context.Background(), kg.PathQuery{From: "strain:hn001", To: "condition:acne", MaxHops: bad.hops, Rels: bad.rels, First: bad.first}); kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("hops %d, first %d, rels %v: error %v, want %s", bad.hops, bad.first, bad.rels, err, kg.EINVALID)
		}
	}
}

// randomGraphPrefix marks the entities of the random graphs; no seed id starts with it.
const randomGraphPrefix = "pathways-test:"

// randomGraphKinds are the relationship kinds of the random graphs: four the pathways
// follow by default and one (CITES) they do not.
var randomGraphKinds = []kg.RelationKind{kg.RelModulates, kg.RelInfluences, kg.RelAffects, kg.RelSubtypeOf, kg.RelCites}

// TestPathwaysRandomGraphsMatchOracle compares the store with brute-force enumeration on
// many small random graphs: random grades (some missing), kinds and directions, parallel
// relationships and cycles. The graphs live beside the seed under ids of their own, linked
// to nothing else, and are deleted afterwards.
func TestPathwaysRandomGraphsMatchOracle(t *testing.T) {
	store := kgtest.Store(t)
	const graphs = 120
	kgtest.Scratch(t, randomGraphPrefix)

	var nodes, rels []map[string]any
	var cases []pathwaysCase
	for g := range graphs {
		rng := rand.New(rand.NewPCG(uint64(g), 13))
		n := 6 + rng.IntN(7)
		id := func(i int) string { return fmt.Sprintf("%s%d:%d", randomGraphPrefix, g, i) }
		for i := range n {
			nodes = append(nodes, map[string]any{"id": id(i), "label": fmt.Sprintf("node %d of graph %d", i, g)})
		}
		seen := map[string]bool{}
		for range n + rng.IntN(2*n) {
			from, to := rng.IntN(n), rng.IntN(n)
			kind := randomGraphKinds[rng.IntN(len(randomGraphKinds))]
			key := fmt.Sprintf("%s|%s|%s", kind, id(from), id(to))
			if from == to || seen[key] {
				continue
			}
			seen[key] = true
			var rank, maturity any // sometimes no grade at all
			if r := rng.IntN(6); r > 0 {
				rank, maturity = r, string(kg.MaturityOfRank(r))
			}
			rels = append(rels, map[string]any{"from": id(from), "to": id(to), "type": string(kind), "key": key, "rank": rank, "maturity": maturity})
		}
		for range 2 {
			from, to := rng.IntN(n), rng.IntN(n-1)
			if to >= from {
				to++
			}
			// A few shapes of question only: Neo4j plans each shape once, and planning is
			// most of what this test costs on a cold database.
			c := pathwaysCase{from: id(from), to: id(to), maxHops: 2 + rng.IntN(4),
				rels: kg.MechanisticRelations, first: 1 + rng.IntN(12)}
			c.directed = c.maxHops%2 == 1 && rng.IntN(3) == 0
			if m := rng.IntN(7); m > 0 {
				c.minMaturity = kg.MaturityOfRank(m - 1) // "" (no minimum) to ESTABLISHED
			}
			// Another set of kinds, at one depth only.
			if c.maxHops == 3 && !c.directed && rng.IntN(2) == 0 {
				c.rels = []kg.RelationKind{kg.RelModulates, kg.RelAffects, kg.RelCites}
			}
			cases = append(cases, c)
		}
	}
	kgtest.Cypher(t, `UNWIND $nodes AS row CREATE (n:Entity:Mechanism {id: row.id, kind: 'MECHANISM', label: row.label})`, map[string]any{"nodes": nodes})
	kgtest.Cypher(t, `UNWIND $rels AS row
		MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
		CREATE (a)-[r:$(row.type)]->(b)
		SET r.key = row.key, r.maturityRank = row.rank, r.maturity = row.maturity`, map[string]any{"rels": rels})

	ways := []string{"walks", "near", "search"}
	before := map[string]int{}
	for _, w := range ways {
		before[w] = store.PathwaysAnswered(w)
	}
	for _, c := range cases {
		comparePathways(t, store, c)
	}
	// Questions are answered from the walks of one end when they run out before the bound.
	// With the bound at 3 many questions run out of walks at one end only (either the first
	// tried or the second), and at 0 every question with a walk takes the rank-by-rank search.
	old := neo4jstore.SetPathwaysWalkLimit(0)
	t.Cleanup(func() { neo4jstore.SetPathwaysWalkLimit(old) })
	for _, limit := range []int{3, 0} {
		neo4jstore.SetPathwaysWalkLimit(limit)
		for _, c := range cases {
			comparePathways(t, store, c)
		}
	}
	// Every way of answering was taken, so each was compared with the oracle.
	for _, w := range ways {
		if n := store.PathwaysAnswered(w) - before[w]; n == 0 {
			t.Errorf("no question was answered by way %q", w)
		} else {
			t.Logf("%d questions answered by way %q", n, w)
		}
	}
}

// TestPathwaysHopEvidence checks what each hop carries, in both modes, against a reading of
// the graph written apart from the store's statement: the claims about both ends of the
// hop's relationship (fewest subjects first, then strongest, then by id), and their stances
// on the relationship's studies, by study and then by claim.
func TestPathwaysHopEvidence(t *testing.T) {
	store := kgtest.Store(t)
	var claimsSeen, stancesSeen int
	for _, c := range []pathwaysCase{
		{"strain:hn001", "condition:acne", 4, kg.MaturityNotSupported, kg.MechanisticRelations, true, 10},
		{"strain:hn001", "condition:acne", 4, kg.MaturityNotSupported, kg.MechanisticRelations, false, 20},
		{"factor:dietary-fibre", "condition:atopic-dermatitis", 4, kg.MaturityNotSupported, kg.MechanisticRelations, false, 20},
	} {
		ctx := kg.WithRoundTrips(context.Background(), 0)
		paths, err := store.Pathways(ctx, c.query(true))
		if err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		if n := kg.RoundTrips(ctx); n != 1 {
			t.Errorf("%v: %d round trips, want 1", c, n)
		}
		// Without evidence: the same paths, and nothing behind any hop.
		bare, err := store.Pathways(context.Background(), c.query(false))
		if err != nil {
			t.Fatalf("%v without evidence: %v", c, err)
		}
		if got, want := describePaths(bare), describePaths(paths); !slices.Equal(got, want) {
			t.Errorf("%v without evidence: paths %v, want %v", c, got, want)
		}
		for _, p := range bare {
			for _, h := range p.Hops {
				if len(h.Claims) != 0 || len(h.Stances) != 0 {
					t.Errorf("%v without evidence: hop %s→%s has %d claims and %d stances", c, h.Relation.From, h.Relation.To, len(h.Claims), len(h.Stances))
				}
			}
		}
		for _, p := range paths {
			for _, h := range p.Hops {
				claims, stances := hopEvidenceOracle(t, h.Relation)
				if !slices.Equal(h.Claims, claims) {
					t.Errorf("%v: hop %s→%s claims %v, want %v", c, h.Relation.From, h.Relation.To, h.Claims, claims)
				}
				if !slices.Equal(h.Stances, stances) {
					t.Errorf("%v: hop %s→%s stances %v, want %v", c, h.Relation.From, h.Relation.To, h.Stances, stances)
				}
				claimsSeen += len(claims)
				stancesSeen += len(stances)
			}
		}
	}
	if claimsSeen == 0 || stancesSeen == 0 {
		t.Errorf("the questions met %d claims and %d stances; they should meet some of each", claimsSeen, stancesSeen)
	}
}

func hopEvidenceOracle(t *testing.T, r kg.Relation) ([]string, []kg.HopStance) {
	t.Helper()
	rows := kgtest.Cypher(t, `MATCH (c:Claim:Entity)-[:ABOUT]->(x:Entity {id: $from}), (c)-[:ABOUT]->(y:Entity {id: $to})
		RETURN DISTINCT c.id AS id, c.maturityRank AS rank, COUNT { (c)-[:ABOUT]->() } AS subjects`, map[string]any{"from": r.From, "to": r.To})
	slices.SortFunc(rows, func(a, b map[string]any) int {
		if d := a["subjects"].(int64) - b["subjects"].(int64); d != 0 {
			return int(d)
		}
		if d := b["rank"].(int64) - a["rank"].(int64); d != 0 {
			return int(d)
		}
		return strings.Compare(a["id"].(string), b["id"].(string))
	})
	claims := []string{}
	for _, row := range rows {
		claims = append(claims, row["id"].(string))
	}
	stances := []kg.HopStance{}
	for _, study := range r.Studies {
		for _, claim := range claims {
			for _, row := range kgtest.Cypher(t, `MATCH (:Claim {id: $claim})-[e:HAS_EVIDENCE]->(:Study {id: $study}) RETURN e.stance AS stance`,
				map[string]any{"claim": claim, "study": study}) {
				stances = append(stances, kg.HopStance{Study: study, Claim: claim, Stance: kg.Stance(row["stance"].(string))})
			}
		}
	}
	return claims, stances
}

// TestPathwaysBetweenHubs checks the near paths (one or two hops at the strongest grade,
// found from the end with fewer relationships) against the oracle between two hubs: many
// middles, only some linked at the strongest grade on both sides, parallel relationships,
// direct links, a retired middle with the smallest id, and links running either way. The
// walks are switched off, so each question is answered by the near paths or by the search.
func TestPathwaysBetweenHubs(t *testing.T) {
	store := kgtest.Store(t)
	const prefix = "pathways-hubs:"
	kgtest.Scratch(t, prefix)
	t.Cleanup(func() {
		kgtest.Cypher(t, `MATCH (n:Mechanism) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, map[string]any{"prefix": prefix})
	})
	a, b := prefix+"a", prefix+"b"
	nodes := []map[string]any{{"id": a, "live": true}, {"id": b, "live": true}, {"id": prefix + "m00-retired", "live": false}}
	type link struct {
		from, to string
		kind     kg.RelationKind
		rank     int
	}
	// shaped is l ranked weakRank instead when weak, and running the other way when flip.
	shaped := func(l link, weakRank int, weak, flip bool) link {
		if weak {
			l.rank = weakRank
		}
		if flip {
			l.from, l.to = l.to, l.from
		}
		return l
	}
	links := []link{
		{a, b, kg.RelImplicatedIn, 5}, {a, b, kg.RelAffects, 2}, {b, a, kg.RelInfluences, 5},
		{a, prefix + "m00-retired", kg.RelAffects, 5}, {prefix + "m00-retired", b, kg.RelAffects, 5},
	}
	for i := 1; i <= 30; i++ {
		m := fmt.Sprintf("%sm%02d", prefix, i)
		nodes = append(nodes, map[string]any{"id": m, "live": true})
		// The middle's link with a: strongest but for every fifth; one in seven runs towards
		// a. Its link with b: strongest for every third only; one in four runs from b; two of
		// them are there twice over.
		links = append(links, shaped(link{a, m, kg.RelAffects, 5}, 3, i%5 == 0, i%7 == 0),
			shaped(link{m, b, kg.RelInfluences, 5}, 4, i%3 != 0, i%4 == 0))
		if i == 6 || i == 12 {
			links = append(links, link{m, b, kg.RelModulates, 5})
		}
	}
	// b is the bigger hub: more links, all weak.
	for i := range 40 {
		f := fmt.Sprintf("%sfiller%02d", prefix, i)
		nodes = append(nodes, map[string]any{"id": f, "live": true})
		links = append(links, link{f, b, kg.RelAffects, 1})
	}
	var rels []map[string]any
	for i, l := range links {
		rels = append(rels, map[string]any{"from": l.from, "to": l.to, "type": string(l.kind), "key": fmt.Sprintf("%shub-link-%03d", prefix, i),
			"rank": l.rank, "maturity": string(kg.MaturityOfRank(l.rank))})
	}
	kgtest.Cypher(t, `UNWIND $nodes AS row CREATE (n:Mechanism {id: row.id, kind: 'MECHANISM', label: row.id}) WITH n, row WHERE row.live SET n:Entity`, map[string]any{"nodes": nodes})
	kgtest.Cypher(t, `UNWIND $rels AS row
		MATCH (x:Mechanism {id: row.from}), (y:Mechanism {id: row.to})
		CREATE (x)-[r:$(row.type)]->(y)
		SET r.key = row.key, r.maturityRank = row.rank, r.maturity = row.maturity`, map[string]any{"rels": rels})

	old := neo4jstore.SetPathwaysWalkLimit(0)
	t.Cleanup(func() { neo4jstore.SetPathwaysWalkLimit(old) })
	near := store.PathwaysAnswered("near")
	for _, ends := range [][2]string{{a, b}, {b, a}} {
		for _, directed := range []bool{false, true} {
			for _, first := range []int{1, 2, 4, 9, 30} {
				for _, min := range []kg.Maturity{"", kg.MaturityEstablished} {
					comparePathways(t, store, pathwaysCase{from: ends[0], to: ends[1], maxHops: 3, minMaturity: min,
						rels: kg.MechanisticRelations, directed: directed, first: first})
				}
			}
		}
	}
	// Undirected, every question but those for 30 paths has enough near paths; directed
	// from a, most.
	if n := store.PathwaysAnswered("near") - near; n < 20 {
		t.Errorf("%d questions answered by the near paths, want at least 20", n)
	}
}

// TestPathwaysBrief checks that a brief question reads each path entity as its id, kind and
// label alone, and finds the same paths as one that reads them whole.
func TestPathwaysBrief(t *testing.T) {
	store := kgtest.Store(t)
	q := kg.PathQuery{From: "strain:hn001", To: "condition:acne", MaxHops: 4, MinMaturity: kg.MaturityNotSupported,
		Rels: kg.MechanisticRelations, First: 10}
	whole, err := store.Pathways(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	q.Brief = true
	brief, err := store.Pathways(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole) == 0 || !slices.Equal(describePaths(brief), describePaths(whole)) {
		t.Fatalf("brief paths %v, whole %v", describePaths(brief), describePaths(whole))
	}
	described := 0
	for i, p := range brief {
		for j, n := range p.Nodes {
			for key := range n.Props {
				if key != "id" && key != "kind" && key != "label" {
					t.Errorf("brief entity %s has %q", n.ID, key)
				}
			}
			full := whole[i].Nodes[j]
			if n.Props["label"] != full.Props["label"] || n.Props["kind"] != full.Props["kind"] {
				t.Errorf("brief entity %s: label %v, kind %v; whole %v, %v", n.ID, n.Props["label"], n.Props["kind"], full.Props["label"], full.Props["kind"])
			}
			if full.Props["description"] != nil {
				described++
			}
		}
	}
	if described == 0 {
		t.Error("no whole entity carried its description")
	}
}
