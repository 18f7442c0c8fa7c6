package httpapi_test

import (
	"encoding/json"
	"testing"

	"gutskin/kgtest"
)

// TestGoldenClaimTrace pins the full trace of one graded claim: its grade, its studies with
// their stance, design and findings, where each link was stated, and where each source
// stands on it. A change to the seed
// or the API that alters it shows up as a reviewable diff (go test ./httpapi -update).
func TestGoldenClaimTrace(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{ claim(id: "claim:microbiome-approaches-help-inflammatory-skin-conditions") {
		statement maturity maturityBasis claimKind source { id } section
		evidence { stance note study { id title year design sampleSize link findings { measure effect value pValue effectSize effectSizeMetric effectSizeInterval { lower upper level } heterogeneityI2 trials participants timepoint significant } } provenance { section citations } }
		evidenceSummary { total supports qualifies contradicts byDesign { design count } }
		disputed positions { position note source { id } provenance { section citations } } } }`, nil)
	golden(t, "claim_trace", data[json.RawMessage](t, r, "claim"))
}

func TestGoldenPathways(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 3) {
		strength length nodes { id } hops { forward relation { kind effect maturity studies { id } provenance { source { id } section citations } } } } }`, nil)
	golden(t, "pathways_hn001_acne", data[json.RawMessage](t, r, "pathways"))
}
