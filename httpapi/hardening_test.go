package httpapi_test

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// hardenedServer serves the real handler over the real Neo4j with the store's metrics at
// /metrics, so that tests can count the Neo4j round trips a request really made.
type hardenedServer struct {
	*httptest.Server
	logs *lockedBuffer
}

func newHardenedServer(tb testing.TB, store *neo4jstore.Store, adjust func(*httpapi.Deps)) hardenedServer {
	tb.Helper()
	logs := &lockedBuffer{}
	d := newHardenedDeps(tb, store, adjust)
	d.Log = zerolog.New(logs)
	srv := httptest.NewServer(httpapi.NewServer(d))
	tb.Cleanup(srv.Close)
	return hardenedServer{Server: srv, logs: logs}
}

// newHardenedDeps are newHardenedServer's dependencies, adjusted.
func newHardenedDeps(tb testing.TB, store *neo4jstore.Store, adjust func(*httpapi.Deps)) httpapi.Deps {
	tb.Helper()
	d := httpapi.Deps{
		Log:            zerolog.New(io.Discard),
		Store:          store,
		Limits:         graph.DefaultLimits,
		MaxBodyBytes:   2 << 20,
		RequestTimeout: 10 * time.Second,
		Schema:         "type Query { ok: Boolean }",
		Collectors:     store.Collectors(),
	}
	if adjust != nil {
		adjust(&d)
	}
	return d
}

// neo4jReads returns how many reads the store has sent to Neo4j (every outcome but those
// refused before sending), from /metrics.
func (s hardenedServer) neo4jReads(tb testing.TB) int {
	tb.Helper()
	total := 0
	for _, line := range scrape(tb, s.URL) {
		if strings.HasPrefix(line, "gutskin_neo4j_round_trips_total{") && !strings.Contains(line, `outcome="refused"`) &&
			!strings.Contains(line, `outcome="unavailable"`) {
			n, _ := strconv.ParseFloat(line[strings.LastIndexByte(line, ' ')+1:], 64)
			total += int(n)
		}
	}
	return total
}

func scrape(tb testing.TB, base string) []string {
	tb.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	var lines []string
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

// exchange is one raw HTTP request and its decoded answer.
type exchange struct {
	response
}

func send(tb testing.TB, method, url, contentType string, body []byte, header map[string]string) exchange {
	tb.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var x exchange
	x.Status, x.Header, x.Raw = resp.StatusCode, resp.Header, raw
	if len(raw) > 0 && (strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") ||
		strings.HasPrefix(resp.Header.Get("Content-Type"), "application/graphql-response+json")) {
		if err := json.Unmarshal(raw, &x.response); err != nil {
			tb.Fatalf("answer is not JSON (%d): %.300s", resp.StatusCode, raw)
		}
	}
	return x
}

func postJSON(tb testing.TB, base string, body any) exchange {
	tb.Helper()
	b, _ := json.Marshal(body)
	return send(tb, http.MethodPost, base+"/query", "application/json", b, nil)
}

// Documents that would cost far more than linear time to validate or price, or that fan
// out into many root fields, are refused with a code before any Neo4j work.
func TestCostlyDocumentsRefusedBeforeNeo4j(t *testing.T) {
	srv := newHardenedServer(t, kgtest.Store(t), nil)
	doubling := func(levels int) string {
		var b strings.Builder
		b.WriteString("query { stats { nodes { ...G" + strconv.Itoa(levels) + " } } }\nfragment G0 on KindCount { kind count }\n")
		for i := 1; i <= levels; i++ {
			fmt.Fprintf(&b, "fragment G%d on KindCount { ...G%d ...G%d }\n", i, i-1, i-1)
		}
		return b.String()
	}
	aliases := func(n int, field string) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " a%d: %s", i, field)
		}
		return b.String() + " }"
	}
	tests := []struct {
		name, query, code, limit string
	}{
		{"11,000 repeated fields", "{" + strings.Repeat(" __typename", 11000) + " }", graph.CodeDocumentLimit, "bytes"},
		{"many tokens in few bytes", "{ stats { nodes {" + strings.Repeat(" kind", 6000) + " } } }", graph.CodeDocumentLimit, "tokens"},
		{"repeated fields under the token limit", "{ stats { nodes {" + strings.Repeat(" kind", 1000) + " } } }", graph.CodeDocumentLimit, "repeatedFields"},
		{"25-level fragment doubling", doubling(25), graph.CodeDocumentLimit, "fragmentSpreads"},
		{"2,000 aliased root fields", aliases(2000, "stats { nodes { kind } }"), graph.CodeDocumentLimit, "bytes"},
		{"aliases under the token limit", "{ stats { nodes {" + strings.Repeat(" k: kind", 40) + " } } }", graph.CodeDocumentLimit, "aliases"},
		{"too many root fields", "{" + strings.Repeat(" stats { nodes { kind } }", 21) + " }", graph.CodeDocumentLimit, "rootFields"},
		{"too many directives", "{ stats @skip(if: false) @skip(if: false) @skip(if: false) @skip(if: false) @skip(if: false) @skip(if: false) { nodes { kind } } }", graph.CodeDocumentLimit, "directives"},
		{"aliased pathways priced by their work", aliases(15, `pathways(from: "strain:hn001", to: "condition:acne", maxHops: 5) { length }`), graph.CodeComplexityLimit, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := srv.neo4jReads(t)
			x := postJSON(t, srv.URL, map[string]any{"query": tt.query})
			if got := srv.neo4jReads(t) - before; got != 0 {
				t.Errorf("%d Neo4j round trips before the refusal", got)
			}
			if x.Code() != tt.code {
				t.Fatalf("code = %q, want %q: %.300s", x.Code(), tt.code, x.Raw)
			}
			if tt.limit != "" && x.Errors[0].Extensions["limit"] != tt.limit {
				t.Errorf("limit = %v, want %s", x.Errors[0].Extensions["limit"], tt.limit)
			}
			if x.Status >= 500 || x.Data != nil && string(x.Raw) == "null" {
				t.Errorf("status %d: %.300s", x.Status, x.Raw)
			}
		})
	}
}

// The round trips of one request have a budget; past it, the request is told so with a code.
func TestRoundTripBudget(t *testing.T) {
	srv := newHardenedServer(t, kgtest.Store(t), func(d *httpapi.Deps) { d.MaxRoundTrips = 2 })
	before := srv.neo4jReads(t)
	x := postJSON(t, srv.URL, map[string]any{"query": "{ a: stats { nodes { kind } } b: stats { nodes { kind } } c: stats { nodes { kind } } }"})
	if got := srv.neo4jReads(t) - before; got != 2 {
		t.Errorf("%d round trips, want the budget of 2", got)
	}
	if x.Code() != graph.CodeRoundTrips {
		t.Errorf("code = %q, want %s: %s", x.Code(), graph.CodeRoundTrips, x.Raw)
	}
}

// Every mistake a client can make gets a 4xx status and a code, is logged at info with a
// bounded excerpt, and never as an internal error.
func TestClientMistakesAreCoded(t *testing.T) {
	srv := newHardenedServer(t, kgtest.Store(t), nil)
	const q = `{ stats { nodes { kind } } }`
	sum := "0000000000000000000000000000000000000000000000000000000000000000"
	tests := []struct {
		name, method, contentType, body string
		status                          int
		code                            string
	}{
		{"undecodable body", "POST", "application/json", `{"query":`, 400, "BAD_REQUEST"},
		{"batched array", "POST", "application/json", `[{"query":"` + q + `"}]`, 400, "BAD_REQUEST"},
		{"query of the wrong type", "POST", "application/json", `{"query":5}`, 400, "BAD_REQUEST"},
		{"variables of the wrong type", "POST", "application/json", `{"query":"` + q + `","variables":[1]}`, 400, "BAD_REQUEST"},
		{"extensions of the wrong type", "POST", "application/json", `{"query":"` + q + `","extensions":"x"}`, 400, "BAD_REQUEST"},
		{"operationName of the wrong type", "POST", "application/json", `{"query":"` + q + `","operationName":{}}`, 400, "BAD_REQUEST"},
		{"no query", "POST", "application/json", `{}`, 400, "BAD_REQUEST"},
		{"trailing data", "POST", "application/json", `{"query":"` + q + `"} {}`, 400, "BAD_REQUEST"},
		{"persisted query hash mismatch", "POST", "application/json", `{"query":"` + q + `","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}`, 400, "PERSISTED_QUERY_MISMATCH"},
		{"persisted query unknown", "POST", "application/json", `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + sum + `"}}}`, 200, "PERSISTED_QUERY_NOT_FOUND"},
		{"persisted query bad version", "POST", "application/json", `{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"` + sum + `"}}}`, 400, "BAD_REQUEST"},
		{"object for an ID", "POST", "application/json", `{"query":"{ claim(id: {}) { id } }"}`, 200, "GRAPHQL_VALIDATION_FAILED"},
		{"object variable for an ID", "POST", "application/json", `{"query":"query($x: ID!) { claim(id: $x) { id } }","variables":{"x":{}}}`, 200, "GRAPHQL_VALIDATION_FAILED"},
		{"text/plain", "POST", "text/plain", `{"query":"` + q + `"}`, 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"no content type", "POST", "", `{"query":"` + q + `"}`, 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"form", "POST", "application/x-www-form-urlencoded", `query=x`, 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"PUT", "PUT", "application/json", `{"query":"` + q + `"}`, 405, "METHOD_NOT_ALLOWED"},
		{"DELETE", "DELETE", "", ``, 405, "METHOD_NOT_ALLOWED"},
		{"PATCH", "PATCH", "application/json", `{}`, 405, "METHOD_NOT_ALLOWED"},
		{"GET with undecodable variables", "GET", "", "?query=" + url.QueryEscape(q) + "&variables=%7Bbad", 400, "BAD_REQUEST"},
		{"GET with undecodable extensions", "GET", "", "?query=" + url.QueryEscape(q) + "&extensions=%5B", 400, "BAD_REQUEST"},
		{"GET with bad URL encoding", "GET", "", "?query=%zz", 400, "BAD_REQUEST"},
		{"GET of a long query", "GET", "", "?query=" + url.QueryEscape("{"+strings.Repeat(" a: stats { nodes { kind } }", 2000)+" }"), 414, "PAYLOAD_TOO_LARGE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target, body := srv.URL+"/query", []byte(tt.body)
			if tt.method == "GET" {
				target, body = target+tt.body, nil
			}
			x := send(t, tt.method, target, tt.contentType, body, nil)
			if x.Status != tt.status || x.Code() != tt.code {
				t.Errorf("status %d code %q, want %d %s: %.300s", x.Status, x.Code(), tt.status, tt.code, x.Raw)
			}
			for _, e := range x.Errors {
				if e.Extensions["code"] == nil {
					t.Errorf("an error without a code: %s", x.Raw)
				}
			}
		})
	}
	if strings.Contains(srv.logs.String(), `"level":"error"`) {
		t.Errorf("client mistakes were logged as errors:\n%.2000s", srv.logs.String())
	}

	// An undecodable 1 MiB body reaches the log as a bounded excerpt at most.
	before := srv.logs.Len()
	big := append([]byte(`{"query":"`), bytes.Repeat([]byte("x"), 1<<20)...)
	x := send(t, "POST", srv.URL+"/query", "application/json", big, nil)
	if x.Code() != "BAD_REQUEST" {
		t.Errorf("code = %q: %.300s", x.Code(), x.Raw)
	}
	if logged := srv.logs.Len() - before; logged > 4096 {
		t.Errorf("a 1 MiB body produced %d bytes of log", logged)
	}
}

// GET is a read-only, size-limited surface, and not for other sites: a browser's cross-site
// GET is refused before any work.
func TestCrossSiteGETRefused(t *testing.T) {
	srv := newHardenedServer(t, kgtest.Store(t), nil)
	target := srv.URL + "/query?query=" + url.QueryEscape(`{ stats { nodes { kind } } }`)
	before := srv.neo4jReads(t)
	x := send(t, "GET", target, "", nil, map[string]string{"Sec-Fetch-Site": "cross-site"})
	if x.Status != http.StatusForbidden || x.Code() != "FORBIDDEN" {
		t.Errorf("cross-site GET: %d %s", x.Status, x.Raw)
	}
	if got := srv.neo4jReads(t) - before; got != 0 {
		t.Errorf("a refused cross-site GET made %d round trips", got)
	}
	if x := send(t, "GET", target, "", nil, map[string]string{"Sec-Fetch-Site": "same-origin"}); len(x.Errors) > 0 || x.Status != 200 {
		t.Errorf("same-origin GET: %d %s", x.Status, x.Raw)
	}
}

// A forged cursor (a key of the wrong JSON type for its ordering) is bad input, not an
// empty page.
func TestForgedCursorsRefused(t *testing.T) {
	srv := newHardenedServer(t, kgtest.Store(t), nil)
	cursor := func(key any, id, order string) string {
		b, _ := json.Marshal(map[string]any{"k": key, "i": id, "o": order})
		return base64.RawURLEncoding.EncodeToString(b)
	}
	atPos := func(pos int) string {
		b, _ := json.Marshal(map[string]any{"k": 1.5, "i": "condition:acne", "o": "search:acne:", "p": pos})
		return base64.RawURLEncoding.EncodeToString(b)
	}
	tests := []struct {
		name, query string
	}{
		{"object key", `{ studies(after: "` + cursor(map[string]any{"a": 1}, "study:x", "STUDY:sortName") + `") { totalCount } }`},
		{"list key", `{ studies(after: "` + cursor([]any{1}, "study:x", "STUDY:sortName") + `") { totalCount } }`},
		{"null key", `{ studies(after: "` + cursor(nil, "study:x", "STUDY:sortName") + `") { totalCount } }`},
		{"bool key", `{ claims(after: "` + cursor(true, "claim:x", "CLAIM:sortName") + `") { totalCount } }`},
		{"number for a name", `{ strains(after: "` + cursor(7, "strain:x", "STRAIN:sortName") + `") { totalCount } }`},
		{"text for a year", `{ studies(orderBy: {field: YEAR}, after: "` + cursor("2020", "study:x", "STUDY:year") + `") { totalCount } }`},
		{"fraction for a year", `{ studies(orderBy: {field: YEAR}, after: "` + cursor(2020.5, "study:x", "STUDY:year") + `") { totalCount } }`},
		{"negative search position", `{ search(query: "acne", after: "` + atPos(-3) + `") { totalCount } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := postJSON(t, srv.URL, map[string]any{"query": tt.query})
			if x.Code() != "BAD_USER_INPUT" {
				t.Errorf("code = %q, want BAD_USER_INPUT: %s", x.Code(), x.Raw)
			}
		})
	}
	// A search cursor claiming a position far past the end is only a wrong hint: the page
	// after it is still the right one.
	if x := postJSON(t, srv.URL, map[string]any{"query": `{ search(query: "acne", after: "` + atPos(1<<40) + `") { edges { node { id } } } }`}); len(x.Errors) > 0 {
		t.Errorf("a search cursor with a far position: %s", x.Raw)
	}
	// A real cursor still works.
	first := postJSON(t, srv.URL, map[string]any{"query": `{ studies(orderBy: {field: YEAR}, first: 2) { pageInfo { endCursor } } }`})
	end := data[struct{ PageInfo struct{ EndCursor string } }](t, first.response, "studies").PageInfo.EndCursor
	next := postJSON(t, srv.URL, map[string]any{"query": `{ studies(orderBy: {field: YEAR}, first: 2, after: "` + end + `") { nodes { id } } }`})
	if len(next.Errors) > 0 || !strings.Contains(string(next.Raw), "study:") {
		t.Errorf("the real cursor: %s", next.Raw)
	}
}

// outageServer is a service whose Neo4j is reached through a proxy the test can cut; its
// driver keeps the driver's own long retry time, which the service must not wait for.
func outageServer(t *testing.T, timeout time.Duration) (hardenedServer, *kgtest.Proxy) {
	kgtest.Store(t)
	target := kgtest.Address()
	proxy := kgtest.NewProxy(t, target)
	driver := proxy.Driver(t)
	store := neo4jstore.New(driver, kgtest.Database(), timeout)
	t.Cleanup(store.Close)
	return newHardenedServer(t, store, func(d *httpapi.Deps) { d.RequestTimeout = timeout }), proxy
}

// While Neo4j is unreachable, requests fail with SERVICE_UNAVAILABLE (not TIMEOUT after
// the driver's retries), /readyz says 503, and both recover when Neo4j answers again.
func TestOutageAnsweredAsUnavailableAtOnce(t *testing.T) {
	srv, proxy := outageServer(t, 5*time.Second)
	const q = `{ strain(id: "strain:hn001") { name } }`
	if x := postJSON(t, srv.URL, map[string]any{"query": q}); len(x.Errors) > 0 {
		t.Fatalf("before the outage: %s", x.Raw)
	}
	proxy.Cut()
	for i := range 3 {
		x := postJSON(t, srv.URL, map[string]any{"query": q})
		if x.Code() != "SERVICE_UNAVAILABLE" {
			t.Errorf("request %d during the outage: code = %q: %s", i, x.Code(), x.Raw)
		}
	}
	if !metricIs(scrape(t, srv.URL), "gutskin_neo4j_circuit_open", "1") {
		t.Error("the circuit is not open during the outage")
	}
	if x := send(t, "GET", srv.URL+"/readyz", "", nil, nil); x.Status != http.StatusServiceUnavailable {
		t.Errorf("/readyz during the outage = %d", x.Status)
	}
	proxy.Restore(t)
	deadline := time.Now().Add(15 * time.Second)
	for {
		x := postJSON(t, srv.URL, map[string]any{"query": q})
		if len(x.Errors) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("did not recover: %s", x.Raw)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !metricIs(scrape(t, srv.URL), "gutskin_neo4j_circuit_open", "0") {
		t.Error("the circuit is still open after recovery")
	}
}

func metricIs(lines []string, name, value string) bool {
	for _, l := range lines {
		if l == name+" "+value {
			return true
		}
	}
	return false
}

// Under saturation every request is answered by its deadline with data or a code; those
// turned away are told to retry.
func TestSaturationAnsweredWithCodes(t *testing.T) {
	srv := newHardenedServer(t, kgtest.Store(t), func(d *httpapi.Deps) {
		d.RequestTimeout = 2 * time.Second
		d.MaxInFlight, d.MaxQueued = 2, 2
	})
	const q = `{ neighbourhood(id: "condition:acne", depth: 2, limit: 200) { nodes { id } edges { kind } } }`
	var mu sync.Mutex
	codes := map[string]int{}
	var wg sync.WaitGroup
	for range 24 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := postJSON(t, srv.URL, map[string]any{"query": q})
			mu.Lock()
			defer mu.Unlock()
			codes[x.Code()]++
			if x.Status == http.StatusServiceUnavailable && x.Header.Get("Retry-After") == "" {
				t.Errorf("503 without Retry-After: %s", x.Raw)
			}
			if len(x.Errors) > 0 && x.Code() == "" {
				t.Errorf("an error without a code: %s", x.Raw)
			}
		}()
	}
	wg.Wait()
	t.Logf("answers by code: %v", codes)
	if codes["SERVICE_OVERLOADED"] == 0 {
		t.Errorf("24 simultaneous requests against 2 places and a queue of 2 were all admitted: %v", codes)
	}
	for code := range codes {
		if code != "" && code != "SERVICE_OVERLOADED" && code != "TIMEOUT" {
			t.Errorf("unexpected code %s", code)
		}
	}
}

// /metrics is in Prometheus's text format and holds what an operator watches.
func TestMetrics(t *testing.T) {
	srv := newHardenedServer(t, kgtest.Store(t), nil)
	postJSON(t, srv.URL, map[string]any{"query": `query Stats { stats { nodes { kind } } }`})
	postJSON(t, srv.URL, map[string]any{"query": `{ strain(id: "strain:nope") { id } }`})
	text := strings.Join(scrape(t, srv.URL), "\n")
	for _, want := range []string{
		`gutskin_http_requests_total{code="",operation="Stats",path="/query",status="200"} 1`,
		`gutskin_http_requests_total{code="NOT_FOUND",operation="",path="/query",status="200"} 1`,
		"gutskin_http_request_seconds_bucket", "gutskin_neo4j_round_trip_seconds_bucket",
		`gutskin_neo4j_round_trips_total{outcome="ok"}`, "gutskin_neo4j_reads_in_flight", "gutskin_neo4j_reads_limit 32",
		"gutskin_neo4j_circuit_open 0", "gutskin_graphql_in_flight", "go_goroutines",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %s\n%s", want, grepLines(text, "gutskin_http_requests_total"))
		}
	}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (l *lockedBuffer) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Len()
}

func grepLines(text, prefix string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
