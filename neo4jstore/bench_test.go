package neo4jstore_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// benchStore is the store the benchmarks measure: the seed through the test harness, or,
// when BENCH_NEO4J_URI is set, whatever graph that database already holds (a larger one,
// loaded beforehand; it is read, never written). The ids the benchmarks use must exist there.
func benchStore(b *testing.B) *neo4jstore.Store {
	uri := os.Getenv("BENCH_NEO4J_URI")
	if uri == "" {
		return kgtest.Store(b)
	}
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { driver.Close(context.Background()) })
	return neo4jstore.New(driver, kgtest.Database(), 60*time.Second)
}

// measure runs op b.N times after one unmeasured run (which lets Neo4j plan the statement)
// and reports the round trips of one run.
func measure(b *testing.B, op func(ctx context.Context) error) {
	b.Helper()
	if err := op(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var trips int64
	for i := 0; i < b.N; i++ {
		ctx := kg.WithRoundTrips(context.Background(), 0)
		if err := op(ctx); err != nil {
			b.Fatal(err)
		}
		trips = kg.RoundTrips(ctx)
	}
	b.ReportMetric(float64(trips), "roundtrips/op")
}

// BenchmarkPathways asks for the ten strongest pathways from a probiotic strain to acne, as
// the explorer does by default.
func BenchmarkPathways(b *testing.B) {
	store := benchStore(b)
	for _, hops := range []int{4, 5} {
		b.Run("hops="+string(rune('0'+hops)), func(b *testing.B) {
			measure(b, func(ctx context.Context) error {
				paths, err := store.Pathways(ctx, kg.PathQuery{From: "strain:hn001", To: "condition:acne", MaxHops: hops,
					MinMaturity: kg.MaturityNotSupported, Rels: kg.MechanisticRelations, First: 10, Evidence: true})
				if err == nil && len(paths) == 0 {
					b.Fatal("no pathway")
				}
				return err
			})
		})
	}
}

// BenchmarkSearch asks for a first page of ten hits, with the total as the explorer does,
// and without it.
func BenchmarkSearch(b *testing.B) {
	store := benchStore(b)
	for _, withTotal := range []bool{true, false} {
		name := "page"
		if withTotal {
			name = "page+total"
		}
		b.Run(name, func(b *testing.B) {
			measure(b, func(ctx context.Context) error {
				res, err := store.Search(ctx, "eczema probiotics", nil, 10, nil, withTotal, nil)
				if err == nil && (len(res.Hits) == 0 || withTotal && res.Total < len(res.Hits)) {
					b.Fatalf("%d hits of %d", len(res.Hits), res.Total)
				}
				return err
			})
		})
	}
}

// BenchmarkNeighbourhood draws the neighbourhood of a condition, one and two steps out.
func BenchmarkNeighbourhood(b *testing.B) {
	store := benchStore(b)
	type benchCase struct {
		name, id string
		depth    int
	}
	cases := []benchCase{{"acne/depth=1", "condition:acne", 1}, {"acne/depth=2", "condition:acne", 2}, {"inflammation/depth=2", "mechanism:systemic-inflammation", 2}}
	// BENCH_HUB_ID names a node with very many relationships in the BENCH_NEO4J_URI graph.
	if hub := os.Getenv("BENCH_HUB_ID"); hub != "" {
		cases = append(cases, benchCase{"hub/depth=1", hub, 1}, benchCase{"hub/depth=2", hub, 2})
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			measure(b, func(ctx context.Context) error {
				_, err := store.Neighbourhood(ctx, c.id, c.depth, nil, 100)
				return err
			})
		})
	}
}
