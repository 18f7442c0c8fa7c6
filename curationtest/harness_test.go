package curationtest

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"gopkg.in/yaml.v3"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/internal/gqltest"
	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
	"gutskin/seed"
)

// harness is a service over the real, seeded Neo4j with tokens of each kind.
type harness struct {
	url                     string
	store                   *neo4jstore.Store
	curator, admin, revoked string
	curatorName             string
}

// testChange is what the audit records of the harness's own token changes say.
var testChange = kg.ChangeMeta{Mutation: "createToken", Curator: "test harness", Reason: "test tokens"}

var serial atomic.Int64

// unique returns a number no other call in this test binary returns.
func unique() int64 { return serial.Add(1) }

func newHarness(tb testing.TB) *harness { return newHarnessWith(tb, 1000, 1000) }

func newHarnessWith(tb testing.TB, burst int, rate float64) *harness {
	tb.Helper()
	return newHarnessOn(tb, kgtest.Store(tb), burst, rate)
}

// newHarnessOn serves a store of the caller's (one whose connection a test cuts, say).
func newHarnessOn(tb testing.TB, store *neo4jstore.Store, burst int, rate float64) *harness {
	tb.Helper()
	// The tests send unknown and revoked tokens by the hundred from one address: the
	// allowance of failed attempts is tested on a harness of its own (newHarnessWithDeps).
	return newHarnessWithDeps(tb, store, func(d *httpapi.Deps) {
		d.WriteBurst, d.WriteRate = burst, rate
		d.AuthFailureBurst = 1 << 20
	})
}

// newHarnessWithDeps serves a store with the harness's dependencies as adjust leaves them.
func newHarnessWithDeps(tb testing.TB, store *neo4jstore.Store, adjust func(*httpapi.Deps)) *harness {
	tb.Helper()
	d := httpapi.Deps{
		Log: zerolog.New(testLog()), Store: store, Curation: store, Limits: graph.DefaultLimits,
		MaxBodyBytes: 64 << 10, RequestTimeout: 30 * time.Second, Schema: "type Query { ok: Boolean }",
	}
	adjust(&d)
	srv := httptest.NewServer(httpapi.NewServer(d))
	tb.Cleanup(srv.Close)
	h := &harness{url: srv.URL, store: store}
	h.curatorName = fmt.Sprintf("test-curator-%d-%d", time.Now().UnixNano(), unique())
	h.curator = h.token(tb, h.curatorName, kg.RoleCurator)
	h.admin = h.token(tb, fmt.Sprintf("test-admin-%d-%d", time.Now().UnixNano(), unique()), kg.RoleAdmin)
	revokedName := fmt.Sprintf("test-revoked-%d-%d", time.Now().UnixNano(), unique())
	h.revoked = h.token(tb, revokedName, kg.RoleAdmin)
	if _, err := store.RevokeToken(context.Background(), testChange, revokedName); err != nil {
		tb.Fatalf("revoking: %v", err)
	}
	return h
}

func (h *harness) token(tb testing.TB, name string, role kg.Role) string {
	tb.Helper()
	value := fmt.Sprintf("test-token-%s-%d", name, time.Now().UnixNano())
	if _, err := h.store.CreateToken(context.Background(), testChange, name, role, graph.HashToken(value)); err != nil {
		tb.Fatal(err)
	}
	return value
}

// response is a GraphQL response as a client sees it (gqltest, the tests' one client).
type response = gqltest.Response

// do posts a GraphQL request with a bearer token ("" for none).
func (h *harness) do(tb testing.TB, token, query string, vars map[string]any) response {
	tb.Helper()
	return h.doWith(tb, token, nil, query, vars)
}

// doWith posts a GraphQL request with a bearer token ("" for none) and further headers.
func (h *harness) doWith(tb testing.TB, token string, header http.Header, query string, vars map[string]any) response {
	tb.Helper()
	return gqltest.Post(tb, h.url, token, header, query, vars)
}

// post sends one raw request body to /query with a bearer token ("" for none) and further
// headers, and returns the status and the answer as sent.
func (h *harness) post(tb testing.TB, token string, header http.Header, body []byte) (int, []byte) {
	tb.Helper()
	resp := gqltest.PostRaw(tb, h.url, token, header, body)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return resp.StatusCode, raw
}

// ok decodes a root field of a response that must have succeeded.
func ok[T any](tb testing.TB, r response, field string) T {
	tb.Helper()
	if r.Status != http.StatusOK {
		tb.Fatalf("unexpected failure (%d): %s", r.Status, r.Raw)
	}
	return gqltest.Data[T](tb, r, field)
}

// mutate runs one mutation with its input as the variable $in.
func (h *harness) mutate(tb testing.TB, token, name string, in map[string]any) response {
	tb.Helper()
	q := fmt.Sprintf("mutation($in: %s!) { %s(input: $in) { change { seq mutation curator reason touched { target before after } } } }", inputTypes[name], name)
	return h.do(tb, token, q, map[string]any{"in": in})
}

// inputTypes are the input types of the mutations, read from the schema (see
// TestEveryMutationHasItsTests).
var inputTypes = map[string]string{}

type changePayload struct {
	Change struct {
		Seq      int    `json:"seq"`
		Mutation string `json:"mutation"`
		Curator  string `json:"curator"`
		Reason   string `json:"reason"`
		Touched  []struct {
			Target string  `json:"target"`
			Before *string `json:"before"`
			After  *string `json:"after"`
		} `json:"touched"`
	} `json:"change"`
}

// studyInput is a valid new study, with a DOI of its own.
func studyInput() map[string]any {
	n := unique()
	return gqltest.StudyInput("a study the 2026 review names", "https://doi.org/10.5555/review.2026",
		fmt.Sprintf("https://doi.org/10.5555/Curation.%d.%d", time.Now().UnixNano(), n), fmt.Sprintf("Probiotic trial %d", n), int(1000+n))
}

// createStudy creates a study and returns its id.
func (h *harness) createStudy(tb testing.TB) string {
	tb.Helper()
	r := h.do(tb, h.curator, `mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id } } }`, map[string]any{"in": studyInput()})
	p := ok[struct{ Study struct{ ID string } }](tb, r, "createStudy")
	return p.Study.ID
}

// version reads an entity's current version.
func (h *harness) version(tb testing.TB, id string) int {
	tb.Helper()
	r := h.do(tb, "", `query($id: ID!) { revision(id: $id) { version retired } }`, map[string]any{"id": id})
	return ok[struct{ Version int }](tb, r, "revision").Version
}

// changeCount counts the audit records.
func changeCount(tb testing.TB) int64 {
	rows := kgtest.Cypher(tb, "MATCH (c:Change) RETURN count(c) AS n", nil)
	return rows[0]["n"].(int64)
}

func clone(m map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

func cypherChange(tb testing.TB, seq int) []map[string]any {
	return kgtest.Cypher(tb, "MATCH (c:Change {seq: $seq}) RETURN c.mutation AS mutation, c.curator AS curator, c.touched AS touched", map[string]any{"seq": seq})
}

func testLog() io.Writer {
	if os.Getenv("CURATION_LOG") != "" {
		return os.Stderr
	}
	return io.Discard
}

// export exports the graph to seed files, which must load.
func (h *harness) export(tb testing.TB) map[string][]byte {
	tb.Helper()
	g, err := h.store.Snapshot(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	files, err := seed.Export(g, seed.Data)
	if err != nil {
		tb.Fatalf("the export does not load: %v", err)
	}
	return files
}

// exported is export with the record of id in file (nil when it is not there).
func (h *harness) exported(tb testing.TB, file, id string) (map[string][]byte, map[string]any) {
	tb.Helper()
	files := h.export(tb)
	var records []map[string]any
	if err := yaml.Unmarshal(files[file], &records); err != nil {
		tb.Fatal(err)
	}
	for _, r := range records {
		if r["id"] == id {
			return files, r
		}
	}
	return files, nil
}

// caller is who sends a request in an authorisation test, and the status and code the
// service must answer with.
type caller struct {
	who, token string
	status     int
	code       string
}

// unauthenticated are the callers every operation that needs a token refuses with 401
// UNAUTHENTICATED: none, an unknown one, a revoked one.
func (h *harness) unauthenticated() []caller {
	return []caller{
		{"no token", "", http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"unknown token", "not-a-token", http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"revoked token", h.revoked, http.StatusUnauthorized, "UNAUTHENTICATED"},
	}
}
