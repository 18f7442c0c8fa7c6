// Package gqltest is the tests' one GraphQL client: it sends a request to the service, over
// HTTP or straight to a handler, and reads the answer as a client sees it (data, errors with
// their extensions, the status and the body as sent).
package gqltest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// Error is one entry of a response's errors.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Response is a GraphQL response with the HTTP status and the body it came in.
type Response struct {
	Data       map[string]json.RawMessage `json:"data"`
	Errors     []Error                    `json:"errors"`
	Extensions map[string]any             `json:"extensions"`
	Status     int                        `json:"-"`
	Header     http.Header                `json:"-"`
	Raw        []byte                     `json:"-"`
}

// Code is the first error's extensions.code ("" without errors).
func (r Response) Code() string { return r.firstExtension("code") }

// Field is the first error's extensions.field, the input it names.
func (r Response) Field() string { return r.firstExtension("field") }

func (r Response) firstExtension(key string) string {
	if len(r.Errors) == 0 {
		return ""
	}
	s, _ := r.Errors[0].Extensions[key].(string)
	return s
}

// RoundTrips is how many Neo4j round trips the request cost, as the response reports.
func (r Response) RoundTrips() int {
	n, _ := r.Extensions["neo4jRoundTrips"].(float64)
	return int(n)
}

// Body is a request's JSON body.
func Body(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

// Post sends query with vars to url's /query, with a bearer token ("" for none) and further
// headers (nil for none), and decodes the answer, which must be JSON.
func Post(tb testing.TB, url, token string, header http.Header, query string, vars map[string]any) Response {
	tb.Helper()
	return Decode(tb, PostRaw(tb, url, token, header, Body(query, vars)))
}

// PostRaw sends a raw body to url's /query and returns the answer undecoded.
func PostRaw(tb testing.TB, url, token string, header http.Header, body []byte) *http.Response {
	tb.Helper()
	resp, err := http.DefaultClient.Do(request(tb, url+"/query", token, header, body))
	if err != nil {
		tb.Fatal(err)
	}
	return resp
}

// Serve is Post straight to a handler, with no server between.
func Serve(tb testing.TB, h http.Handler, token string, header http.Header, query string, vars map[string]any) Response {
	tb.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, request(tb, "/query", token, header, Body(query, vars)))
	return Decode(tb, rec.Result())
}

func request(tb testing.TB, url, token string, header http.Header, body []byte) *http.Request {
	tb.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return req
}

// Decode reads an answer, which must be JSON, and closes its body.
func Decode(tb testing.TB, resp *http.Response) Response {
	tb.Helper()
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	var r Response
	if err := json.Unmarshal(raw, &r); err != nil {
		tb.Fatalf("the answer is not JSON (%d): %s", resp.StatusCode, raw)
	}
	r.Status, r.Header, r.Raw = resp.StatusCode, resp.Header, raw
	return r
}

// Data decodes one root field of a response that must have no errors.
func Data[T any](tb testing.TB, r Response, field string) T {
	tb.Helper()
	if len(r.Errors) > 0 {
		tb.Fatalf("unexpected errors (%d): %s", r.Status, r.Raw)
	}
	var v T
	if err := json.Unmarshal(r.Data[field], &v); err != nil {
		tb.Fatalf("decoding %s: %v\n%s", field, err, r.Data[field])
	}
	return v
}

// StudyInput is a valid CreateStudyInput: a randomised trial with the DOI and title given,
// cited by the seed's source:gut-health-acne as number and traced to its References.
// reason and source are the change's own (why, and from what document).
func StudyInput(reason, source, doi, title string, number int) map[string]any {
	return map[string]any{
		"reason": reason, "source": source,
		"doi": doi, "title": title, "authors": []string{"Doe, J."}, "year": 2026,
		"design": "RANDOMIZED_CONTROLLED_TRIAL", "summary": "Tested a strain against placebo.",
		"citedBy":    []map[string]any{{"source": "source:gut-health-acne", "number": number}},
		"provenance": []map[string]any{{"source": "source:gut-health-acne", "section": "References"}},
	}
}
