package httpapi_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"gutskin/httpapi"
	"gutskin/kgtest"
)

const (
	allowedOrigin = "https://app.example.org"
	otherOrigin   = "https://elsewhere.example"
	corsQuery     = `{ stats { nodes { kind } } }`
	corsMutation  = `mutation { createToken(input: {name: "cors-test", role: CURATOR, reason: "test"}) { token } }`
)

func corsServer(t *testing.T, origins string) hardenedServer {
	t.Helper()
	cors, err := httpapi.ParseCORS(origins)
	if err != nil {
		t.Fatal(err)
	}
	store := kgtest.Store(t)
	return newHardenedServer(t, store, func(d *httpapi.Deps) { d.CORS = cors; d.Curation = store })
}

func preflight(t *testing.T, base, origin string) exchange {
	t.Helper()
	return send(t, http.MethodOptions, base+"/query", "", nil, map[string]string{
		"Origin": origin, "Access-Control-Request-Method": "POST",
		"Access-Control-Request-Headers": "content-type, authorization, apollographql-client-name",
	})
}

func postFrom(t *testing.T, base, origin, query string) exchange {
	t.Helper()
	return send(t, http.MethodPost, base+"/query", "application/json", []byte(`{"query":`+strconvQuote(query)+`}`),
		map[string]string{"Origin": origin})
}

func strconvQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r == '"' || r == '\\' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}

func hasVaryOrigin(h http.Header) bool {
	for _, v := range h.Values("Vary") {
		for _, f := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(f), "Origin") {
				return true
			}
		}
	}
	return false
}

// A listed origin gets preflights and answers with its own origin, the methods, the headers
// GraphQL clients send and a max age; never credentials.
func TestCORSListedOrigin(t *testing.T) {
	srv := corsServer(t, allowedOrigin+", http://localhost:5173")
	p := preflight(t, srv.URL, allowedOrigin)
	h := p.Header
	if p.Status != http.StatusNoContent || h.Get("Access-Control-Allow-Origin") != allowedOrigin {
		t.Fatalf("preflight: %d %v", p.Status, h)
	}
	if h.Get("Access-Control-Allow-Methods") != "GET, POST, OPTIONS" || h.Get("Access-Control-Max-Age") == "" {
		t.Errorf("preflight methods or max age: %v", h)
	}
	allowHeaders := h.Get("Access-Control-Allow-Headers")
	for _, want := range []string{"content-type", "authorization", "idempotency-key", "apollographql-client-name",
		"apollographql-client-version", "apollo-require-preflight", "x-apollo-operation-name"} {
		if !strings.Contains(allowHeaders, want) {
			t.Errorf("Access-Control-Allow-Headers lacks %s: %q", want, allowHeaders)
		}
	}
	if h.Get("Access-Control-Allow-Credentials") != "" || !hasVaryOrigin(h) {
		t.Errorf("preflight credentials or Vary: %v", h)
	}

	x := postFrom(t, srv.URL, allowedOrigin, corsQuery)
	if x.Status != 200 || len(x.Errors) > 0 || x.Header.Get("Access-Control-Allow-Origin") != allowedOrigin ||
		!hasVaryOrigin(x.Header) || x.Header.Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("POST from a listed origin: %d %v %s", x.Status, x.Header, x.Raw)
	}
	// A cross-site GET from a listed origin is served.
	get := send(t, http.MethodGet, srv.URL+"/query?query="+url.QueryEscape(corsQuery), "", nil,
		map[string]string{"Origin": "http://localhost:5173", "Sec-Fetch-Site": "cross-site"})
	if get.Status != 200 || len(get.Errors) > 0 || get.Header.Get("Access-Control-Allow-Origin") != "http://localhost:5173" {
		t.Errorf("cross-site GET from a listed origin: %d %v %s", get.Status, get.Header, get.Raw)
	}
	// A mutation from a listed origin still needs a token.
	m := postFrom(t, srv.URL, allowedOrigin, corsMutation)
	if m.Status != http.StatusUnauthorized || m.Code() != "UNAUTHENTICATED" {
		t.Errorf("mutation from a listed origin without a token: %d %s", m.Status, m.Raw)
	}
}

// An origin not in the list gets no CORS headers at all, its cross-site GET stays refused,
// and it may neither mutate nor open a websocket.
func TestCORSOtherOrigin(t *testing.T) {
	srv := corsServer(t, allowedOrigin)
	for _, x := range []exchange{preflight(t, srv.URL, otherOrigin), postFrom(t, srv.URL, otherOrigin, corsQuery)} {
		for name := range x.Header {
			if strings.HasPrefix(name, "Access-Control-") {
				t.Errorf("an origin not in the list got %s: %v", name, x.Header)
			}
		}
		if !hasVaryOrigin(x.Header) {
			t.Errorf("no Vary: Origin: %v", x.Header)
		}
	}
	before := srv.neo4jReads(t)
	get := send(t, http.MethodGet, srv.URL+"/query?query="+url.QueryEscape(corsQuery), "", nil,
		map[string]string{"Origin": otherOrigin, "Sec-Fetch-Site": "cross-site"})
	if get.Status != http.StatusForbidden || get.Code() != "FORBIDDEN" {
		t.Errorf("cross-site GET from another origin: %d %s", get.Status, get.Raw)
	}
	if n := srv.neo4jReads(t) - before; n != 0 {
		t.Errorf("a refused cross-site GET made %d round trips", n)
	}
	m := postFrom(t, srv.URL, otherOrigin, corsMutation)
	if m.Status != http.StatusForbidden || m.Code() != "FORBIDDEN" {
		t.Errorf("mutation from another origin: %d %s", m.Status, m.Raw)
	}
	ws := send(t, http.MethodGet, srv.URL+"/query", "", nil, map[string]string{
		"Origin": otherOrigin, "Upgrade": "websocket", "Connection": "Upgrade",
		"Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
	})
	if ws.Status != http.StatusForbidden || ws.Code() != "FORBIDDEN" {
		t.Errorf("websocket from another origin: %d %s", ws.Status, ws.Raw)
	}
	// A websocket from the listed origin is accepted.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/query", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: http.Header{"Origin": {allowedOrigin}},
	})
	if err != nil {
		t.Fatalf("websocket from a listed origin: %v", err)
	}
	_ = conn.CloseNow()
}

// "*" opens reads to every origin with Access-Control-Allow-Origin: *, but not mutations;
// "*" beside a listed origin lets that one mutate.
func TestCORSAnyOrigin(t *testing.T) {
	srv := corsServer(t, "*")
	p := preflight(t, srv.URL, otherOrigin)
	if p.Status != http.StatusNoContent || p.Header.Get("Access-Control-Allow-Origin") != "*" ||
		p.Header.Get("Access-Control-Allow-Methods") == "" || p.Header.Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("preflight with *: %d %v", p.Status, p.Header)
	}
	x := postFrom(t, srv.URL, otherOrigin, corsQuery)
	if x.Status != 200 || len(x.Errors) > 0 || x.Header.Get("Access-Control-Allow-Origin") != "*" || !hasVaryOrigin(x.Header) {
		t.Errorf("POST with *: %d %v %s", x.Status, x.Header, x.Raw)
	}
	if !strings.Contains(x.Header.Get("Access-Control-Expose-Headers"), "ETag") {
		t.Errorf("ETag not exposed: %v", x.Header)
	}
	get := send(t, http.MethodGet, srv.URL+"/query?query="+url.QueryEscape(corsQuery), "", nil,
		map[string]string{"Origin": otherOrigin, "Sec-Fetch-Site": "cross-site"})
	if get.Status != 200 || len(get.Errors) > 0 {
		t.Errorf("cross-site GET with *: %d %s", get.Status, get.Raw)
	}
	if m := postFrom(t, srv.URL, otherOrigin, corsMutation); m.Status != http.StatusForbidden || m.Code() != "FORBIDDEN" {
		t.Errorf("mutation from an unlisted origin with *: %d %s", m.Status, m.Raw)
	}
	both := corsServer(t, "*,"+allowedOrigin)
	if m := postFrom(t, both.URL, allowedOrigin, corsMutation); m.Status != http.StatusUnauthorized || m.Code() != "UNAUTHENTICATED" {
		t.Errorf("mutation from a listed origin beside *: %d %s", m.Status, m.Raw)
	}
}

// The default is same origin only: no CORS headers for anyone, same-origin requests as before.
func TestCORSDefaultSameOrigin(t *testing.T) {
	srv := corsServer(t, "")
	p := preflight(t, srv.URL, otherOrigin)
	if p.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("default preflight: %v", p.Header)
	}
	if m := postFrom(t, srv.URL, srv.URL, corsMutation); m.Status != http.StatusUnauthorized || m.Code() != "UNAUTHENTICATED" {
		t.Errorf("same-origin mutation without a token: %d %s", m.Status, m.Raw)
	}
	if m := postFrom(t, srv.URL, otherOrigin, corsMutation); m.Status != http.StatusForbidden || m.Code() != "FORBIDDEN" {
		t.Errorf("cross-origin mutation by default: %d %s", m.Status, m.Raw)
	}
}

func TestParseCORS(t *testing.T) {
	c, err := httpapi.ParseCORS(" https://A.example.org , * ,http://localhost:5173/")
	if err != nil || !c.Any || len(c.Origins) != 2 || c.Origins[0] != "https://a.example.org" || c.Origins[1] != "http://localhost:5173" {
		t.Errorf("got %+v %v", c, err)
	}
	for _, bad := range []string{"example.org", "https://example.org/path", "ftp://example.org", "https://*.example.org", "https://u@example.org"} {
		if _, err := httpapi.ParseCORS(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
