package curationtest

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

// BenchmarkMutationLatency measures whole requests (HTTP, auth, the seed's rules, the write
// with its audit record, the read-back) one after another, and reports p50 and p95.
//
//	go test -p 1 -run '^$' -bench Mutation -benchtime 100x ./curationtest/
func BenchmarkMutationLatency(b *testing.B) {
	h := newHarness(b)
	for _, name := range []string{"updateStudy", "gradeClaim", "createStudy", "updateStrain", "createClaim"} {
		b.Run(name, func(b *testing.B) {
			id := h.createStudy(b)
			strain := h.create(b, recordKinds[2])
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var in map[string]any
				switch name {
				case "updateStudy":
					in = map[string]any{"reason": "bench", "id": id, "expectedVersion": i + 1, "duration": fmt.Sprintf("%d weeks", i+1)}
				case "gradeClaim":
					b.StopTimer()
					v := h.version(b, claimID)
					b.StartTimer()
					in = map[string]any{"reason": "bench", "source": "s", "claim": claimID, "expectedVersion": v,
						"maturity": []string{"EARLY", "EMERGING"}[i%2], "basis": "ASSESSED", "rationale": "bench"}
				case "createStudy":
					in = studyInput()
				case "updateStrain":
					in = map[string]any{"reason": "bench", "id": strain, "expectedVersion": i + 1, "description": fmt.Sprintf("Revision %d.", i+1)}
				case "createClaim":
					in = recordKinds[6].createInput()
				}
				start := time.Now()
				r := h.mutate(b, h.curator, name, in)
				lat = append(lat, time.Since(start))
				if len(r.Errors) > 0 {
					b.Fatalf("%s: %s", name, r.Raw)
				}
			}
			b.StopTimer()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
		})
	}
}
