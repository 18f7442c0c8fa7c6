package httpapi_test

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"gutskin/kgtest"
	"gutskin/memstore"
)

// nestedClaims walks claims → evidence → studies → strains and back to claims: the shape
// that would cost one query per item without batching.
const nestedClaims = `query($first: Int) { claims(first: $first) { totalCount nodes { id statement maturity
	source { title } subjects { id label }
	evidence { stance study { id title design year citations { number } strains { id label } findings { summary } } }
	evidenceSummary { total supports } provenance { section source { id } citedStudies { id } } } } }`

// TestNoNPlusOne checks that the round trips of a nested query do not grow with the
// number of items it returns.
func TestNoNPlusOne(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	var trips []int
	for _, first := range []int{20, 60} {
		r := post(t, srv.URL, nestedClaims, map[string]any{"first": first})
		if len(r.Errors) > 0 {
			t.Fatalf("errors: %s", r.Raw)
		}
		trips = append(trips, r.RoundTrips())
	}
	if trips[0] == 0 {
		t.Fatal("round trips were not counted")
	}
	// One round trip for the list, one for its total, and one per kind of look-up at each
	// level below: the same for 20 claims as for all of them.
	if trips[0] != trips[1] {
		t.Errorf("round trips grow with the data: first 20 → %d, first 60 → %d", trips[0], trips[1])
	}
	if trips[1] > 12 {
		t.Errorf("a nested claim query costs %d round trips; want a small fixed number", trips[1])
	}
	t.Logf("round trips for first 20 and 60: %v", trips)
}

var benchQueries = []struct{ name, query string }{
	{"search", `{ search(query: "eczema probiotics", first: 10) { edges { score matched node { id label kind } } } }`},
	{"nested-claims", `{ claims(first: 60) { nodes { id statement evidence { stance study { id title design strains { id label } } } } } }`},
	{"pathways-strain-condition", `{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 4, first: 10) { strength nodes { id label } hops { forward relation { kind effect maturity studies { id } } } } }`},
	// The peer comparison's connections shape (bench/peercmp): links followed either way.
	{"connections", `{ connections(from: "strain:hn001", to: "condition:acne", maxHops: 4, first: 10) { strength nodes { id label } hops { forward relation { kind maturity from { id } to { id } studies { id } } } } }`},
	{"deep-page", ""},
}

// BenchmarkQueries reports time per request and Neo4j round trips per request for the
// main query shapes, over HTTP against the real Neo4j.
func BenchmarkQueries(b *testing.B) {
	srv := newTestServer(b, kgtest.Store(b))
	// The deep page starts after the 35th study by year: keyset pagination makes it cost
	// what the first page costs.
	r := post(b, srv.URL, `{ studies(orderBy: {field: YEAR}, first: 35) { pageInfo { endCursor } } }`, nil)
	cursor := data[struct{ PageInfo struct{ EndCursor string } }](b, r, "studies").PageInfo.EndCursor
	for _, q := range benchQueries {
		query := q.query
		if q.name == "deep-page" {
			query = fmt.Sprintf(`{ studies(orderBy: {field: YEAR}, first: 5, after: %q) { nodes { id title year } pageInfo { hasNextPage } } }`, cursor)
		}
		b.Run(q.name, func(b *testing.B) { benchQuery(b, srv.URL, query) })
	}
}

// BenchmarkQueriesInMemory runs the nested claims shape against the in-memory store: what is left
// is the service's own work (planning, the HTTP and GraphQL layers, marshalling) and the
// benchmark's client, without the Neo4j driver's decoding.
func BenchmarkQueriesInMemory(b *testing.B) {
	srv := newTestServer(b, memstore.New(kgtest.Seed(b)))
	for _, q := range benchQueries {
		if q.name == "nested-claims" {
			b.Run(q.name, func(b *testing.B) { benchQuery(b, srv.URL, q.query) })
		}
	}
}

// benchQuery posts query b.N times and reports, besides time, the Neo4j round trips and the
// CPU time the whole process (server and client) spent per request: on a shared machine
// the CPU is steadier than the wall clock, and lists marshalled on several goroutines hide
// CPU from ns/op.
func benchQuery(b *testing.B, url, query string) {
	trips := 0
	cpu0 := processCPU(b)
	for i := 0; i < b.N; i++ {
		r := post(b, url, query, nil)
		if len(r.Errors) > 0 {
			b.Fatalf("errors: %s", r.Raw)
		}
		trips = r.RoundTrips()
	}
	b.ReportMetric(float64(trips), "roundtrips/op")
	b.ReportMetric(float64(processCPU(b)-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}

func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
