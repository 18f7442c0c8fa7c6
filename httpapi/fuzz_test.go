package httpapi_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"gutskin/kgtest"
)

// FuzzQuery sends arbitrary requests to the GraphQL endpoint. Its invariant: no panic, no
// 5xx, every answer is JSON, every error carries a code other than INTERNAL_SERVER_ERROR,
// and no answer shows internals. The corpus in testdata/fuzz/FuzzQuery (the cases of
// issue 12 among them) runs as an ordinary test in `go test`; `go test -fuzz FuzzQuery
// ./httpapi/` searches further.
func FuzzQuery(f *testing.F) {
	f.Add("POST", "application/json", []byte(`{"query":"{ stats { nodes { kind count } } }"}`))
	f.Add("GET", "", []byte(`query=%7B+strain(id%3A+%22strain%3Ahn001%22)+%7B+name+%7D+%7D`))
	// The corpus runs once against a freshly seeded database; each worker of a fuzzing run
	// is a new process, which must not load the seed again.
	store := kgtest.Store
	if fuzzing := flag.Lookup("test.fuzzworker"); fuzzing != nil && fuzzing.Value.String() == "true" {
		store = kgtest.LoadedStore
	}
	srv := newHardenedServer(f, store(f), nil)
	handler := srv.Config.Handler
	f.Fuzz(func(t *testing.T, method, contentType string, body []byte) {
		switch method {
		case "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD":
		default:
			method = "POST"
		}
		target := "/query"
		var reader *bytes.Reader
		if method == "GET" || method == "HEAD" {
			target += "?" + strings.ReplaceAll(string(body), "#", "%23")
			reader = bytes.NewReader(nil)
		} else {
			reader = bytes.NewReader(body)
		}
		req, err := http.NewRequest(method, target, reader)
		if err != nil {
			return // not a request a client could send
		}
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		out := rec.Body.Bytes()
		if rec.Code >= 500 {
			t.Fatalf("%s %s: status %d: %.500s", method, contentType, rec.Code, out)
		}
		if len(out) == 0 {
			if rec.Code != http.StatusNoContent && method != "HEAD" {
				t.Fatalf("empty answer with status %d", rec.Code)
			}
			return
		}
		var resp struct {
			Errors []struct {
				Message    string         `json:"message"`
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(out, &resp); err != nil {
			t.Fatalf("answer is not JSON (%d): %.500s", rec.Code, out)
		}
		if string(bytes.TrimSpace(out)) == "null" {
			t.Fatalf("answer is null")
		}
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" || code == "INTERNAL_SERVER_ERROR" {
				t.Fatalf("error %q has code %q: %.500s", e.Message, code, out)
			}
		}
		for _, leak := range []string{"MATCH (", "RETURN ", "Neo4jError", "Neo.ClientError", "goroutine ", ".go:", "runtime error"} {
			if bytes.Contains(out, []byte(leak)) {
				t.Fatalf("answer shows internals (%q): %.500s", leak, out)
			}
		}
	})
}
