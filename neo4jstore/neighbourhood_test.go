package neo4jstore_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// oracleNeighbourhood answers with the statement used before the work was bounded, which
// reads every relationship of every node it meets.
func oracleNeighbourhood(t *testing.T, id string, depth int, kinds []kg.Kind, limit int) (nodes []string, truncated bool, edges []string) {
	t.Helper()
	text, err := os.ReadFile("testdata/neighbourhood_oracle.cypher")
	if err != nil {
		t.Fatal(err)
	}
	head, rest, _ := strings.Cut(string(text), "// STEP\n")
	step, tail, _ := strings.Cut(rest, "// TAIL\n")
	rows := kgtest.Cypher(t, head+strings.Repeat(step, depth)+tail, map[string]any{"id": id, "kinds": neo4jstore.KindParam(kinds), "limit": limit})
	for _, n := range rows[0]["kept"].([]any) {
		nodes = append(nodes, n.(interface{ GetProperties() map[string]any }).GetProperties()["id"].(string))
	}
	for _, r := range rows[0]["rels"].([]any) {
		m := r.(map[string]any)
		edges = append(edges, fmt.Sprintf("%s %s→%s", m["type"], m["from"], m["to"]))
	}
	slices.Sort(edges)
	return nodes, rows[0]["truncated"].(bool), edges
}

func describeSubgraph(sg kg.Subgraph) (nodes []string, edges []string) {
	for _, n := range sg.Nodes {
		nodes = append(nodes, n.ID)
	}
	for _, e := range sg.Edges {
		edges = append(edges, fmt.Sprintf("%s %s→%s", e.Kind, e.From, e.To))
	}
	slices.Sort(edges)
	return nodes, edges
}

func neighbourhood(t *testing.T, store *neo4jstore.Store, id string, depth int, kinds []kg.Kind, limit int) kg.Subgraph {
	t.Helper()
	ctx := kg.WithRoundTrips(context.Background(), 0)
	sg, err := store.Neighbourhood(ctx, id, depth, kinds, limit)
	if err != nil {
		t.Fatalf("%s depth %d: %v", id, depth, err)
	}
	if n := kg.RoundTrips(ctx); n != 1 {
		t.Errorf("%s depth %d: %d round trips, want 1", id, depth, n)
	}
	return sg
}

// TestNeighbourhoodSeedMatchesOracle checks that bounding the work changes nothing where no
// node is busy enough to be sampled: the seed's nodes have at most a few dozen relationships.
func TestNeighbourhoodSeedMatchesOracle(t *testing.T) {
	store := kgtest.Store(t)
	for _, id := range []string{"condition:acne", "mechanism:systemic-inflammation", "strain:hn001", "source:gut-skin-evidence"} {
		for depth := 1; depth <= 3; depth++ {
			for _, kinds := range [][]kg.Kind{nil, {kg.KindStudy}, {kg.KindMechanism, kg.KindCondition}} {
				for _, limit := range []int{5, 40, 300} {
					sg := neighbourhood(t, store, id, depth, kinds, limit)
					nodes, edges := describeSubgraph(sg)
					wantNodes, wantTruncated, wantEdges := oracleNeighbourhood(t, id, depth, kinds, limit)
					if sg.Center.ID != id || !slices.Equal(nodes, wantNodes) || sg.Truncated != wantTruncated || !slices.Equal(edges, wantEdges) {
						t.Errorf("%s depth %d kinds %v limit %d:\n got  %v truncated=%v\n      %v\n want %v truncated=%v\n      %v",
							id, depth, kinds, limit, nodes, sg.Truncated, edges, wantNodes, wantTruncated, wantEdges)
					}
				}
			}
		}
	}
	if _, err := store.Neighbourhood(context.Background(), "condition:nope", 1, nil, 10); kg.ErrorCode(err) != kg.ENOTFOUND {
		t.Errorf("unknown centre: error %v, want %s", err, kg.ENOTFOUND)
	}
}

// TestNeighbourhoodOfAHub draws the neighbourhood of a node with more relationships than a
// step reads, next to another busy node: the answer is bounded and says it is truncated,
// and every relationship among what it shows is there.
func TestNeighbourhoodOfAHub(t *testing.T) {
	store := kgtest.Store(t)
	const prefix = "neighbourhood-test:"
	kgtest.Scratch(t, prefix)
	kgtest.Cypher(t, `
		CREATE (hub:Entity:Mechanism {id: $prefix + 'hub', kind: 'MECHANISM', label: 'hub', sortName: 'hub'})
		CREATE (other:Entity:Mechanism {id: $prefix + 'other', kind: 'MECHANISM', label: 'other', sortName: 'other'})
		CREATE (hub)-[:INFLUENCES {key: 'hub-other'}]->(other)
		WITH hub, other
		UNWIND range(0, 1999) AS i
		CREATE (leaf:Entity:Factor {id: $prefix + 'leaf-' + i, kind: 'FACTOR', label: 'leaf ' + i, sortName: 'leaf ' + i})
		CREATE (leaf)-[:AFFECTS {key: 'leaf-hub-' + i}]->(hub)
		CREATE (leaf)-[:AFFECTS {key: 'leaf-other-' + i}]->(other)`, map[string]any{"prefix": prefix})

	for _, depth := range []int{1, 2, 3} {
		sg := neighbourhood(t, store, prefix+"hub", depth, nil, 50)
		if !sg.Truncated || len(sg.Nodes) != 50 {
			t.Fatalf("depth %d: %d nodes, truncated %v; want 50, truncated", depth, len(sg.Nodes), sg.Truncated)
		}
		shown := map[string]bool{sg.Center.ID: true}
		for _, n := range sg.Nodes {
			shown[n.ID] = true
		}
		edges := map[string]bool{}
		for _, e := range sg.Edges {
			if !shown[e.From] || !shown[e.To] {
				t.Errorf("depth %d: edge %s→%s leaves the subgraph", depth, e.From, e.To)
			}
			edges[e.From+"→"+e.To] = true
		}
		// Every shown leaf is linked to both busy nodes, and the busy nodes to each other.
		for _, n := range sg.Nodes {
			if strings.Contains(n.ID, "leaf-") && (!edges[n.ID+"→"+prefix+"hub"] || shown[prefix+"other"] && !edges[n.ID+"→"+prefix+"other"]) {
				t.Errorf("depth %d: the edges of %s are missing", depth, n.ID)
			}
		}
		if shown[prefix+"other"] && !edges[prefix+"hub→"+prefix+"other"] {
			t.Errorf("depth %d: the edge between the two busy nodes is missing", depth)
		}
	}
}
