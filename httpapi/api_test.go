package httpapi_test

import (
	"encoding/json"
	"flag"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/internal/gqltest"
	"gutskin/kg"
)

var update = flag.Bool("update", false, "rewrite golden files")

// response is a GraphQL response as a client sees it (gqltest, the tests' one client).
type response = gqltest.Response

// newTestServer serves the real handler over the real, seeded Neo4j.
func newTestServer(tb testing.TB, store kg.Store) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(httpapi.NewServer(httpapi.Deps{
		Log:            zerolog.New(io.Discard),
		Store:          store,
		Limits:         graph.DefaultLimits,
		MaxBodyBytes:   64 << 10,
		RequestTimeout: 10 * time.Second,
		Schema:         "type Query { ok: Boolean }",
	}))
	tb.Cleanup(srv.Close)
	return srv
}

func post(tb testing.TB, url, query string, vars map[string]any) response {
	tb.Helper()
	return gqltest.Post(tb, url, "", nil, query, vars)
}

// data decodes one root field of a response that must have no errors.
func data[T any](tb testing.TB, r response, field string) T {
	tb.Helper()
	return gqltest.Data[T](tb, r, field)
}

// golden compares a value with testdata/<name>.golden.json (rewritten with -update).
func golden(t *testing.T, name string, v any) {
	t.Helper()
	got, _ := json.MarshalIndent(v, "", "  ")
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("%s differs from the golden file (run with -update after checking):\n%s", name, got)
	}
}
