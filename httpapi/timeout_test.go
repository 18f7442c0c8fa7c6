package httpapi_test

import (
	"io"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/kgtest"
)

// TestRequestTimeout checks that a request that runs out of time gets TIMEOUT, fast, and
// that the service goes on answering.
func TestRequestTimeout(t *testing.T) {
	store := kgtest.Store(t)
	srv := httptest.NewServer(httpapi.NewServer(httpapi.Deps{
		Log: zerolog.New(io.Discard), Store: store, Limits: graph.DefaultLimits,
		MaxBodyBytes: 64 << 10, RequestTimeout: time.Millisecond,
	}))
	defer srv.Close()
	r := post(t, srv.URL, `{ pathways(from: "strain:hn001", to: "condition:atopic-dermatitis", maxHops: 5, relations: [MODULATES, INFLUENCES, AFFECTS, ABOUT, HAS_EVIDENCE, INVESTIGATES, EXAMINED, CITES, MAKES]) { length } }`, nil)
	if r.Code() != "TIMEOUT" {
		t.Errorf("code = %q, want TIMEOUT: %s", r.Code(), r.Raw)
	}
	healthy := newTestServer(t, store)
	if r := post(t, healthy.URL, `{ strain(id: "strain:hn001") { name } }`, nil); len(r.Errors) > 0 {
		t.Errorf("after a timeout: %s", r.Raw)
	}
}
