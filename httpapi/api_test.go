package httpapi_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/kg"
)

var update = flag.Bool("update", false, "rewrite golden files")

// response is a GraphQL response as a client sees it.
type response struct {
	Data       map[string]json.RawMessage `json:"data"`
	Errors     []gqlError                 `json:"errors"`
	Extensions map[string]any             `json:"extensions"`
	status     int
	raw        []byte
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (r response) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func (r response) roundTrips() int {
	n, _ := r.Extensions["neo4jRoundTrips"].(float64)
	return int(n)
}

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
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(url+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r response
	if err := json.Unmarshal(raw, &r); err != nil {
		tb.Fatalf("response is not JSON (%d): %s", resp.StatusCode, raw)
	}
	r.status, r.raw = resp.StatusCode, raw
	return r
}

// data decodes one root field of a response that must have no errors.
func data[T any](tb testing.TB, r response, field string) T {
	tb.Helper()
	if len(r.Errors) > 0 {
		tb.Fatalf("unexpected errors: %s", r.raw)
	}
	var v T
	if err := json.Unmarshal(r.Data[field], &v); err != nil {
		tb.Fatalf("decoding %s: %v\n%s", field, err, r.Data[field])
	}
	return v
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
