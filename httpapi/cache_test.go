package httpapi_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

const acneQuery = `{ condition(id: "condition:acne") { label description version } }`

// cachingServer serves with the answer cache; the graph version is trusted for an hour, so
// that only a write through the service can move it in these tests.
func cachingServer(t testing.TB, caching httpapi.Caching) (hardenedServer, *neo4jstore.Store) {
	t.Helper()
	store := kgtest.Store(t)
	if caching.VersionTTL == 0 {
		caching.VersionTTL = time.Hour
	}
	return newHardenedServer(t, store, func(d *httpapi.Deps) { d.Curation = store; d.Caching = caching }), store
}

func getQuery(t testing.TB, base, query string, header map[string]string) exchange {
	t.Helper()
	return send(t, http.MethodGet, base+"/query?query="+url.QueryEscape(query), "", nil, header)
}

func curatorToken(t testing.TB, store *neo4jstore.Store) string {
	t.Helper()
	name := fmt.Sprintf("cache-test-%d", time.Now().UnixNano())
	value := "cache-test-token-" + name
	meta := kg.ChangeMeta{Mutation: "createToken", Curator: "cache test", Reason: "test token"}
	if _, err := store.CreateToken(context.Background(), meta, name, kg.RoleCurator, graph.HashToken(value)); err != nil {
		t.Fatal(err)
	}
	return value
}

type acne struct {
	Label, Description string
	Version            int
}

func readAcne(t *testing.T, x exchange) acne {
	t.Helper()
	if x.Status != 200 || len(x.Errors) > 0 {
		t.Fatalf("acne: %d %s", x.Status, x.Raw)
	}
	var a acne
	if err := json.Unmarshal(x.Data["condition"], &a); err != nil {
		t.Fatal(err)
	}
	return a
}

func updateAcne(t *testing.T, base, token string, version int, description string) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{
		"query": `mutation($in: UpdateConditionInput!) { updateCondition(input: $in) { condition { version } } }`,
		"variables": map[string]any{"in": map[string]any{
			"id": "condition:acne", "expectedVersion": version, "description": description, "reason": "cache test",
		}},
	})
	x := send(t, http.MethodPost, base+"/query", "application/json", body, map[string]string{"Authorization": "Bearer " + token})
	if x.Status != 200 || len(x.Errors) > 0 {
		t.Fatalf("update: %d %s", x.Status, x.Raw)
	}
}

// A GET read carries an ETag and Cache-Control; the same request with If-None-Match is 304
// without running the query; a repeated read comes from the cache without Neo4j.
func TestETagAndAnswerCache(t *testing.T) {
	srv, _ := cachingServer(t, httpapi.Caching{})
	first := getQuery(t, srv.URL, acneQuery, nil)
	etag := first.Header.Get("ETag")
	if first.Status != 200 || etag == "" || first.Header.Get("Cache-Control") != "public, no-cache" || first.RoundTrips() == 0 {
		t.Fatalf("first read: %d ETag %q Cache-Control %q %s", first.Status, etag, first.Header.Get("Cache-Control"), first.Raw)
	}
	before := srv.neo4jReads(t)
	notModified := getQuery(t, srv.URL, acneQuery, map[string]string{"If-None-Match": etag})
	if notModified.Status != http.StatusNotModified || len(notModified.Raw) != 0 || notModified.Header.Get("ETag") != etag {
		t.Errorf("If-None-Match: %d %q %s", notModified.Status, notModified.Header.Get("ETag"), notModified.Raw)
	}
	hit := getQuery(t, srv.URL, acneQuery, nil)
	if hit.Status != 200 || hit.Header.Get("X-Cache") != "hit" || hit.Header.Get("ETag") != etag || hit.Extensions["cached"] != true ||
		hit.RoundTrips() != 0 || string(hit.Data["condition"]) != string(first.Data["condition"]) {
		t.Errorf("repeated read: %d %v %s", hit.Status, hit.Header, hit.Raw)
	}
	if n := srv.neo4jReads(t) - before; n != 0 {
		t.Errorf("a 304 and a cached answer made %d Neo4j reads", n)
	}
	// Another media type is another answer, with another tag.
	other := getQuery(t, srv.URL, acneQuery, map[string]string{"Accept": "application/graphql-response+json"})
	if other.Header.Get("ETag") == etag || other.Header.Get("X-Cache") != "miss" {
		t.Errorf("another media type: ETag %q, X-Cache %q", other.Header.Get("ETag"), other.Header.Get("X-Cache"))
	}
	// Weak comparison and lists.
	if x := getQuery(t, srv.URL, acneQuery, map[string]string{"If-None-Match": `"x", W/` + etag}); x.Status != http.StatusNotModified {
		t.Errorf("If-None-Match with a list: %d", x.Status)
	}
}

// A write through the service moves the version at once: the next read is fresh, never the
// cached answer from before, and the old tag no longer matches.
func TestWriteInvalidatesCache(t *testing.T) {
	srv, store := cachingServer(t, httpapi.Caching{})
	token := curatorToken(t, store)
	before := readAcne(t, getQuery(t, srv.URL, acneQuery, nil))
	oldTag := getQuery(t, srv.URL, acneQuery, nil).Header.Get("ETag") // now cached
	changed := before.Description + " (cache test " + strconv.FormatInt(time.Now().UnixNano(), 10) + ")"
	updateAcne(t, srv.URL, token, before.Version, changed)
	t.Cleanup(func() { // the other tests meet exactly the seed
		if err := kgtest.RestoreSeed(); err != nil {
			t.Error(err)
		}
	})

	x := getQuery(t, srv.URL, acneQuery, nil)
	after := readAcne(t, x)
	if after.Description != changed || after.Version != before.Version+1 || x.Header.Get("X-Cache") == "hit" {
		t.Errorf("read after a write: %+v (X-Cache %q), want the new description", after, x.Header.Get("X-Cache"))
	}
	if x.Header.Get("ETag") == oldTag {
		t.Errorf("the tag did not move with the write: %s", oldTag)
	}
	if r := getQuery(t, srv.URL, acneQuery, map[string]string{"If-None-Match": oldTag}); r.Status != 200 || readAcne(t, r).Description != changed {
		t.Errorf("the old tag still matched: %d", r.Status)
	}
}

// Answers with errors, mutations, POSTs and requests with a token are never cached.
func TestCacheOnlyCompleteReads(t *testing.T) {
	srv, _ := cachingServer(t, httpapi.Caching{})
	bad := `{ condition(id: "condition:no-such-thing") { label } }`
	for i := 0; i < 2; i++ {
		x := getQuery(t, srv.URL, bad, nil)
		if len(x.Errors) == 0 || x.Header.Get("X-Cache") != "" || x.Header.Get("ETag") != "" || x.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("an answer with errors: %v %s", x.Header, x.Raw)
		}
	}
	for i := 0; i < 2; i++ {
		x := getQuery(t, srv.URL, acneQuery, map[string]string{"Authorization": "Bearer x"})
		if x.Header.Get("X-Cache") != "" || x.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("a read with a token: %v", x.Header)
		}
		p := postJSON(t, srv.URL, map[string]any{"query": acneQuery})
		if p.Header.Get("X-Cache") != "" || p.Header.Get("ETag") != "" {
			t.Errorf("a POST: %v", p.Header)
		}
	}
	m := getQuery(t, srv.URL, `mutation { revokeToken(input: {name: "x", reason: "y"}) { clientMutationId } }`, nil)
	if m.Status != http.StatusMethodNotAllowed || m.Header.Get("ETag") != "" {
		t.Errorf("a mutation by GET: %d %v", m.Status, m.Header)
	}
}

// The cache holds at most its bytes: reads of many different queries leave it within the
// bound, and the oldest answers are gone.
func TestCacheByteBound(t *testing.T) {
	const bound = 2 << 10
	srv, _ := cachingServer(t, httpapi.Caching{Bytes: bound})
	queries := make([]string, 12)
	total := 0
	for i := range queries {
		queries[i] = fmt.Sprintf(`{ a%d: condition(id: "condition:acne") { label description } }`, i)
		x := getQuery(t, srv.URL, queries[i], nil)
		if x.Header.Get("X-Cache") != "miss" {
			t.Fatalf("query %d: %v %s", i, x.Header, x.Raw)
		}
		total += len(x.Raw) + len(queries[i])
	}
	if total <= bound {
		t.Fatalf("the test's answers (%d bytes) do not exceed the bound", total)
	}
	if used := cacheBytes(t, srv); used > bound || used == 0 {
		t.Errorf("the cache holds %d bytes, bound %d", used, bound)
	}
	if x := getQuery(t, srv.URL, queries[0], nil); x.Header.Get("X-Cache") != "miss" {
		t.Errorf("the oldest answer is still cached")
	}
	if x := getQuery(t, srv.URL, queries[len(queries)-1], nil); x.Header.Get("X-Cache") != "hit" {
		t.Errorf("the newest answer is not cached")
	}
}

func cacheBytes(t testing.TB, srv hardenedServer) int {
	for _, line := range scrape(t, srv.URL) {
		if strings.HasPrefix(line, "gutskin_answer_cache_bytes ") {
			n, _ := strconv.Atoi(line[len("gutskin_answer_cache_bytes "):])
			return n
		}
	}
	t.Fatal("no gutskin_answer_cache_bytes in /metrics")
	return 0
}

// An automatic persisted query sent by GET (the hash alone, once the service knows it) is
// tagged and cached like any other GET read.
func TestPersistedQueryGETCached(t *testing.T) {
	srv, _ := cachingServer(t, httpapi.Caching{})
	sum := sha256.Sum256([]byte(acneQuery))
	ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
	register := send(t, http.MethodGet, srv.URL+"/query?query="+url.QueryEscape(acneQuery)+"&extensions="+url.QueryEscape(ext), "", nil, nil)
	if register.Status != 200 || len(register.Errors) > 0 {
		t.Fatalf("registering: %d %s", register.Status, register.Raw)
	}
	byHash := srv.URL + "/query?extensions=" + url.QueryEscape(ext)
	first := send(t, http.MethodGet, byHash, "", nil, nil)
	second := send(t, http.MethodGet, byHash, "", nil, nil)
	if first.Header.Get("X-Cache") != "miss" || second.Header.Get("X-Cache") != "hit" || first.Header.Get("ETag") != second.Header.Get("ETag") ||
		string(second.Data["condition"]) != string(register.Data["condition"]) {
		t.Errorf("persisted query by GET: %v %s / %v %s", first.Header, first.Raw, second.Header, second.Raw)
	}
}
