package neo4jstore

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// BenchmarkPathwaysScale runs the pathways statement, both modes at 4 and 5 hops, with and
// without what stands behind each hop (the -paths-only runs), against a
// benchmark graph (make bench-data; its Bolt URI in BENCH_NEO4J_URI, never the development
// database), and reports Neo4j's database hits per request from PROFILE beside the time.
//
//	BENCH_NEO4J_URI=$(scripts/bench-neo4j 100k uri) go test -run '^$' -bench PathwaysScale ./neo4jstore
func BenchmarkPathwaysScale(b *testing.B) {
	uri := os.Getenv("BENCH_NEO4J_URI")
	if uri == "" {
		b.Skip("BENCH_NEO4J_URI names no benchmark graph")
	}
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
	if err != nil {
		b.Fatal(err)
	}
	defer driver.Close(context.Background())
	for _, directed := range []bool{true, false} {
		for _, hops := range []int{4, 5} {
			for _, evidence := range []bool{true, false} {
				name := fmt.Sprintf("connections-%d", hops)
				if directed {
					name = fmt.Sprintf("pathways-%d", hops)
				}
				if !evidence {
					name += "-paths-only"
				}
				b.Run(name, func(b *testing.B) {
					cypher, params, err := pathwaysStatement(kg.PathQuery{From: "strain:hn001", To: "condition:acne", MaxHops: hops,
						MinMaturity: kg.MaturityNotSupported, Rels: kg.MechanisticRelations, Directed: directed, First: 10, Evidence: evidence})
					if err != nil {
						b.Fatal(err)
					}
					ctx := context.Background()
					run := func(text string) (int, neo4j.ResultSummary) {
						session := driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead})
						defer session.Close(ctx)
						res, err := session.Run(ctx, text, params)
						if err != nil {
							b.Fatal(err)
						}
						rec, err := res.Single(ctx)
						if err != nil {
							b.Fatal(err)
						}
						paths, _ := rec.Get("paths")
						summary, err := res.Consume(ctx)
						if err != nil {
							b.Fatal(err)
						}
						return len(paths.([]any)), summary
					}
					n, summary := run("PROFILE " + cypher)
					hits := dbHits(summary.Profile())
					var took []time.Duration
					b.ResetTimer()
					for b.Loop() {
						start := time.Now()
						run(cypher)
						took = append(took, time.Since(start))
					}
					slices.Sort(took)
					at := func(q float64) float64 {
						return float64(took[min(len(took)-1, int(q*float64(len(took))))]) / float64(time.Millisecond)
					}
					b.ReportMetric(at(0.5), "p50-ms")
					b.ReportMetric(at(0.95), "p95-ms")
					b.ReportMetric(float64(hits), "dbhits")
					b.ReportMetric(float64(n), "paths")
				})
			}
		}
	}
}

// dbHits adds up the database hits of every operator of a profiled plan.
func dbHits(p neo4j.ProfiledPlan) int64 {
	if p == nil {
		return 0
	}
	n := p.DbHits()
	for _, c := range p.Children() {
		n += dbHits(c)
	}
	return n
}
