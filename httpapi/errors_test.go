package httpapi_test

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"gutskin/kgtest"
)

// TestErrorsUsersCanActOn checks that bad input gets a clear error with a code, and that
// no response leaks Cypher or a stack trace.
func TestErrorsUsersCanActOn(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	deep := "{ strain(id: \"strain:hn001\") { species { strains { species { strains { species { strains { species { strains { species { strains { species { strains { id } } } } } } } } } } } } } }"
	tests := []struct {
		name, query, code, mention string
	}{
		{"unknown id", `{ strain(id: "strain:nope") { id } }`, "NOT_FOUND", "strain:nope"},
		{"unknown node", `{ node(id: "claim:nope") { id } }`, "NOT_FOUND", "claim:nope"},
		{"malformed id", `{ node(id: "hn001") { id } }`, "BAD_USER_INPUT", "prefix"},
		{"id of another kind", `{ claim(id: "strain:hn001") { id } }`, "BAD_USER_INPUT", "STRAIN"},
		{"bad cursor", `{ studies(after: "not-a-cursor") { totalCount } }`, "BAD_USER_INPUT", "cursor"},
		{"cursor of another ordering", `{ studies(orderBy: {field: YEAR}, after: "eyJrIjoiYSIsImkiOiJzdHVkeTp4IiwibyI6IlNUVURZOnNvcnROYW1lIn0") { totalCount } }`, "BAD_USER_INPUT", "another list or ordering"},
		{"page too large", `{ claims(first: 1000) { totalCount } }`, "BAD_USER_INPUT", "between 1 and 100"},
		{"first and last", `{ claims(first: 2, last: 2) { totalCount } }`, "BAD_USER_INPUT", "not both"},
		{"first with before", `{ claims(first: 2, before: "eyJrIjoiYSIsImkiOiJjbGFpbTp4IiwibyI6IkNMQUlNOnNvcnROYW1lIn0") { totalCount } }`, "BAD_USER_INPUT", "backwards with"},
		{"study needs one key", `{ study { id } }`, "BAD_USER_INPUT", "exactly one"},
		{"unknown DOI", `{ study(doi: "10.0000/none") { id } }`, "NOT_FOUND", "10.0000/none"},
		{"bad maxHops", `{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 9) { length } }`, "BAD_USER_INPUT", "maxHops"},
		{"pathway to unknown", `{ pathways(from: "strain:hn001", to: "condition:nope") { length } }`, "NOT_FOUND", "condition:nope"},
		{"bad depth", `{ neighbourhood(id: "condition:acne", depth: 7) { truncated } }`, "BAD_USER_INPUT", "depth"},
		{"empty search", `{ search(query: "  ") { totalCount } }`, "BAD_USER_INPUT", "query"},
		{"search of punctuation only", `{ search(query: "*:(") { totalCount } }`, "BAD_USER_INPUT", "letters or digits"},
		{"Lucene syntax is not passed through", `{ search(query: "acne AND (") { totalCount } }`, "", ""},
		{"unknown field", `{ strain(id: "strain:hn001") { colour } }`, "GRAPHQL_VALIDATION_FAILED", "colour"},
		{"syntax error", `{ strain(id: "strain:hn001") { id }`, "GRAPHQL_PARSE_FAILED", "Expected"},
		{"bad enum", `{ claims(filter: {minMaturity: SORT_OF}) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED", "SORT_OF"},
		{"too deep", deep, "DEPTH_LIMIT_EXCEEDED", "limit"},
		{"too complex", `{ claims(first: 100) { nodes { evidence { study { claims { claim { evidence { study { id } } } } } } } } }`, "COMPLEXITY_LIMIT_EXCEEDED", "complexity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv.URL, tt.query, nil)
			body := string(r.Raw)
			for _, leak := range []string{"MATCH (", "RETURN ", "Neo4jError", "Neo.ClientError", "goroutine", ".go:"} {
				if strings.Contains(body, leak) {
					t.Errorf("response leaks %q: %s", leak, body)
				}
			}
			if tt.code == "" {
				if len(r.Errors) > 0 {
					t.Errorf("unexpected error: %s", body)
				}
				return
			}
			if r.Code() != tt.code {
				t.Fatalf("code = %q, want %q: %s", r.Code(), tt.code, body)
			}
			if !strings.Contains(r.Errors[0].Message, tt.mention) {
				t.Errorf("message %q does not mention %q", r.Errors[0].Message, tt.mention)
			}
		})
	}
}

func TestBodyLimitAndRequestID(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	big := bytes.Repeat([]byte("x"), 65<<10)
	resp, err := http.Post(srv.URL+"/query", "application/json", bytes.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("status = %d, want 413", resp.StatusCode)
	}
	if resp.Header.Get("X-Request-Id") == "" {
		t.Error("no X-Request-Id header")
	}
	if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("CSP = %q", resp.Header.Get("Content-Security-Policy"))
	}
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200, "/schema.graphql": 200} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s = %d, want %d", path, resp.StatusCode, want)
		}
	}
}
