package httpapi_test

import (
	"io"
	"net/http"
	"net/url"
	"testing"

	"gutskin/httpapi"
)

const pathwaysQuery = `{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 4) { strength nodes { label }
	hops { relation { kind effect maturity provenance { section } } claims { statement maturity }
	studies { study { title year } stances { claim { id } stance } } } } }`

// BenchmarkPathwaysGET measures a repeated pathways GET: served from the in-process cache
// (with the graph version known, and read for every request as GRAPH_VERSION_TTL=0 does),
// revalidated with If-None-Match (304), and run against Neo4j every time (no cache).
func BenchmarkPathwaysGET(b *testing.B) {
	target := "/query?query=" + url.QueryEscape(pathwaysQuery)
	run := func(b *testing.B, caching httpapi.Caching, header map[string]string, want int) {
		srv, _ := cachingServer(b, caching)
		first := getQuery(b, srv.URL, pathwaysQuery, nil)
		if first.Status != 200 || len(first.Errors) > 0 {
			b.Fatalf("%d %s", first.Status, first.Raw)
		}
		req, _ := http.NewRequest(http.MethodGet, srv.URL+target, nil)
		for k, v := range header {
			req.Header.Set(k, v)
		}
		if header["If-None-Match"] == "etag" {
			req.Header.Set("If-None-Match", first.Header.Get("ETag"))
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != want {
				b.Fatalf("status %d, want %d", resp.StatusCode, want)
			}
		}
	}
	b.Run("cache-hit", func(b *testing.B) { run(b, httpapi.Caching{}, nil, 200) })
	b.Run("revalidated-304", func(b *testing.B) {
		run(b, httpapi.Caching{}, map[string]string{"If-None-Match": "etag"}, http.StatusNotModified)
	})
	b.Run("cache-hit-version-read", func(b *testing.B) { run(b, httpapi.Caching{VersionTTL: -1}, nil, 200) })
	b.Run("uncached", func(b *testing.B) { run(b, httpapi.Caching{Bytes: -1}, nil, 200) })
}
