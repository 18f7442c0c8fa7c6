package httpapi_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/jsonld"
	"gutskin/kgtest"
	"gutskin/scripts/validators"
	"gutskin/web"
)

// newLDServer serves the real handler, explorer included, over the real, seeded Neo4j.
func newLDServer(tb testing.TB) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(httpapi.NewServer(httpapi.Deps{
		Log:            zerolog.New(io.Discard),
		Store:          kgtest.Store(tb),
		Limits:         graph.DefaultLimits,
		MaxBodyBytes:   64 << 10,
		RequestTimeout: 10 * time.Second,
		Schema:         "type Query { ok: Boolean }",
		Explorer:       web.Explorer(),
	}))
	tb.Cleanup(srv.Close)
	return srv
}

func getWith(tb testing.TB, url, accept string) (*http.Response, []byte) {
	tb.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

// ldOf fetches an entity's JSON-LD from /ld/{id}, checking the answer's form.
func ldOf(tb testing.TB, base, id string) (jsonld.Doc, []byte) {
	tb.Helper()
	resp, body := getWith(tb, base+"/ld/"+id, "")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != jsonld.MediaType {
		tb.Fatalf("/ld/%s: %d %s: %s", id, resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	var doc jsonld.Doc
	if err := json.Unmarshal(body, &doc); err != nil {
		tb.Fatalf("/ld/%s: not JSON: %v", id, err)
	}
	return doc, body
}

// validator runs one of scripts/validators/*.py through scripts/pytool (the pinned, offline
// JSON-LD tools) and returns its output and exit code. Without python3 the test is skipped,
// except in CI, where a missing validator is a failure.
func validator(tb testing.TB, script string, files ...string) (string, int) {
	tb.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("python3 is missing, so the JSON-LD validators cannot run: %v", err)
		}
		tb.Skipf("python3 is missing; the JSON-LD validators cannot run (a failure in CI)")
	}
	// One server per validator and test binary imports the libraries once
	// (scripts/validators/forkserver.py); each run is a fresh process of its own.
	args := append([]string{"python", filepath.Join("..", "scripts", "validators", script)}, files...)
	code, out, err := validators.RunCombined("jsonld", ".", args...)
	if err != nil {
		tb.Fatalf("running %s: %v", script, err)
	}
	return out, code
}

func writeDoc(tb testing.TB, dir, name string, doc any) string {
	tb.Helper()
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

var unsafeFileChars = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// TestJSONLDOfEverySeedEntityValidates serves the JSON-LD of every seed entity and checks
// all of them with the schema.org vocabulary check and the SHACL shapes; then shows each
// validator failing on a broken document, so a check that silently passes cannot.
func TestJSONLDOfEverySeedEntityValidates(t *testing.T) {
	srv := newLDServer(t)
	dir := t.TempDir()
	var files []string
	types := map[string]int{}
	var claimDoc jsonld.Doc
	for _, n := range kgtest.Seed(t).Nodes {
		doc, _ := ldOf(t, srv.URL, n.ID)
		page, _ := jsonld.PagePath(n.ID)
		if doc["@id"] != srv.URL+page || doc["identifier"] == nil || doc["@context"] != jsonld.Context {
			t.Fatalf("%s: @id %v, identifier %v, @context %v", n.ID, doc["@id"], doc["identifier"], doc["@context"])
		}
		types[doc["@type"].(string)]++
		if n.ID == "claim:gut-skin-link-exists" {
			claimDoc = doc
		}
		files = append(files, writeDoc(t, dir, unsafeFileChars.ReplaceAllString(n.ID, "_")+".jsonld", doc))
	}
	for _, want := range []string{"ScholarlyArticle", "Claim", "MedicalCondition", "Taxon", "MedicalEntity", "Observation", "Article"} {
		if types[want] == 0 {
			t.Errorf("no seed entity is described as %s (types: %v)", want, types)
		}
	}
	if claimDoc == nil {
		t.Fatal("claim:gut-skin-link-exists is not in the seed")
	}

	for _, script := range []string{"schemaorg_check.py", "shacl_check.py"} {
		out, code := validator(t, script, files...)
		if code != 0 {
			t.Errorf("%s refuses the seed's JSON-LD (exit %d):\n%s", script, code, out)
		}
		if !strings.Contains(out, "0 failed") {
			t.Errorf("%s did not report on every file:\n%s", script, out)
		}
	}

	// An unknown property: the vocabulary check must refuse it.
	unknown := cloneDoc(t, claimDoc)
	unknown["reviewVerdict"] = "true"
	out, code := validator(t, "schemaorg_check.py", writeDoc(t, dir, "broken-unknown-property.jsonld", unknown))
	if code != 1 || !strings.Contains(out, "http://schema.org/reviewVerdict is not a schema.org property") {
		t.Errorf("schemaorg_check.py accepted an unknown property (exit %d):\n%s", code, out)
	}
	// A type that does not exist, and a property on a type it does not belong to.
	wrongType := cloneDoc(t, claimDoc)
	wrongType["review"].(map[string]any)["reviewRating"].(map[string]any)["@type"] = "Verdict"
	wrongType["taxonRank"] = "species"
	out, code = validator(t, "schemaorg_check.py", writeDoc(t, dir, "broken-type.jsonld", wrongType))
	if code != 1 || !strings.Contains(out, "type http://schema.org/Verdict is not a schema.org class") ||
		!strings.Contains(out, "property http://schema.org/taxonRank is not one of Claim") {
		t.Errorf("schemaorg_check.py accepted an unknown type or a misplaced property (exit %d):\n%s", code, out)
	}
	// A ClaimReview without reviewRating: the SHACL shapes must refuse it.
	noRating := cloneDoc(t, claimDoc)
	delete(noRating["review"].(map[string]any), "reviewRating")
	out, code = validator(t, "shacl_check.py", writeDoc(t, dir, "broken-no-rating.jsonld", noRating))
	if code != 1 || !strings.Contains(out, "reviewRating") {
		t.Errorf("shacl_check.py accepted a ClaimReview without reviewRating (exit %d):\n%s", code, out)
	}
	// A rating off the scale and a study without a name.
	offScale := cloneDoc(t, claimDoc)
	offScale["review"].(map[string]any)["reviewRating"].(map[string]any)["ratingValue"] = 7
	cited := offScale["citation"].([]any)[0].(map[string]any)
	delete(cited, "name")
	out, code = validator(t, "shacl_check.py", writeDoc(t, dir, "broken-scale.jsonld", offScale))
	if code != 1 || !strings.Contains(out, "Value is not <= Literal(\"5\"") ||
		!strings.Contains(out, "Less than 1 values on <"+cited["@id"].(string)+">") {
		t.Errorf("shacl_check.py accepted a rating of 7 and a nameless study (exit %d):\n%s", code, out)
	}
}

func cloneDoc(tb testing.TB, d jsonld.Doc) jsonld.Doc {
	tb.Helper()
	b, _ := json.Marshal(d)
	var out jsonld.Doc
	if err := json.Unmarshal(b, &out); err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestJSONLDOnTheExplorerPage: the entity page's URL answers JSON-LD when asked for it, and
// its HTML carries the same document in its head.
func TestJSONLDOnTheExplorerPage(t *testing.T) {
	srv := newLDServer(t)
	const id = "study:10.3390/microorganisms9020353"
	want, _ := ldOf(t, srv.URL, id)
	page, _ := jsonld.PagePath(id)
	if page != "/explore/study/study:10.3390%2Fmicroorganisms9020353" {
		t.Fatalf("page path %q is not the explorer's", page)
	}

	resp, body := getWith(t, srv.URL+page, "application/ld+json")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != jsonld.MediaType || !strings.Contains(resp.Header.Get("Vary"), "Accept") {
		t.Fatalf("Accept: application/ld+json: %d %s (Vary %q)", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Vary"))
	}
	var got jsonld.Doc
	if err := json.Unmarshal(body, &got); err != nil || !jsonEqual(got, want) {
		t.Fatalf("the page's JSON-LD differs from /ld/: %v\n%s", err, body)
	}

	resp, body = getWith(t, srv.URL+page, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") ||
		!strings.Contains(strings.Join(resp.Header.Values("Vary"), ","), "Accept") {
		t.Fatalf("a browser's Accept: %d %s (Vary %q)", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Values("Vary"))
	}
	doc := scriptLD(t, body)
	if !jsonEqual(doc, want) {
		t.Fatalf("the page's <script type=\"application/ld+json\"> differs from /ld/:\n%s", body)
	}
	head := string(body[:bytes.Index(body, []byte("</head>"))])

	// Gzipped when the client takes it (the Go client asks and unpacks by itself), whole
	// with its length when it does not.
	resp, err := http.Get(srv.URL + page)
	if err != nil {
		t.Fatal(err)
	}
	zipped, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !resp.Uncompressed || !jsonEqual(scriptLD(t, zipped), want) {
		t.Errorf("the page with its JSON-LD was not sent gzipped (uncompressed by the client: %v)", resp.Uncompressed)
	}
	req, _ := http.NewRequest(http.MethodGet, srv.URL+page, nil)
	req.Header.Set("Accept-Encoding", "gzip;q=0")
	if resp, err = http.DefaultClient.Do(req); err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.Header.Get("Content-Encoding") != "" || resp.Header.Get("Content-Length") != strconv.Itoa(len(plain)) || !jsonEqual(scriptLD(t, plain), want) {
		t.Errorf("refusing gzip: Content-Encoding %q, Content-Length %q for %d bytes", resp.Header.Get("Content-Encoding"), resp.Header.Get("Content-Length"), len(plain))
	}
	if !strings.Contains(head, `<script type="application/ld+json">`) {
		t.Errorf("the JSON-LD is not in the head")
	}

	// Pages that name no entity are served as before, without JSON-LD.
	for p, want := range map[string]int{"/explore/": 200, "/explore/claims": 200, "/explore/claim/claim:no-such-claim": 404} {
		resp, body := getWith(t, srv.URL+p, "text/html")
		if resp.StatusCode != want || bytes.Contains(body, []byte("application/ld+json")) {
			t.Errorf("%s: %d, carries JSON-LD: %v", p, resp.StatusCode, bytes.Contains(body, []byte("application/ld+json")))
		}
	}
	// Asked for JSON-LD, a page of nothing is a coded 404.
	resp, body = getWith(t, srv.URL+"/explore/claim/claim:no-such-claim", "application/ld+json")
	if resp.StatusCode != 404 || !strings.Contains(string(body), `"code":"NOT_FOUND"`) {
		t.Errorf("unknown entity page as JSON-LD: %d %s", resp.StatusCode, body)
	}
}

// TestJSONLDErrors: unknown and malformed ids get coded answers, never a stack trace or a
// statement.
func TestJSONLDErrors(t *testing.T) {
	srv := newLDServer(t)
	for path, want := range map[string]struct {
		status int
		code   string
	}{
		"/ld/claim:no-such-claim":               {404, "NOT_FOUND"},
		"/ld/nonsense":                          {404, "NOT_FOUND"},
		"/ld/study:%3C%2Fscript%3E":             {404, "NOT_FOUND"},
		"/ld/claim:x'})%20RETURN%201%20//":      {404, "NOT_FOUND"},
		"/ld/claim:" + strings.Repeat("x", 600): {400, "BAD_REQUEST"},
		"/ld/":                                  {404, "NOT_FOUND"},
	} {
		resp, body := getWith(t, srv.URL+path, jsonld.MediaType)
		if resp.StatusCode != want.status || !strings.Contains(string(body), `"code":"`+want.code+`"`) {
			t.Errorf("%s: %d %s, want %d %s", path, resp.StatusCode, body, want.status, want.code)
		}
		for _, leak := range []string{"MATCH", "goroutine", "panic", "neo4j"} {
			if strings.Contains(string(body), leak) {
				t.Errorf("%s: the answer shows %q: %s", path, leak, body)
			}
		}
	}
}

var ldScript = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

func scriptLD(tb testing.TB, page []byte) jsonld.Doc {
	tb.Helper()
	m := ldScript.FindAllSubmatch(page, -1)
	if len(m) != 1 {
		tb.Fatalf("the page has %d JSON-LD scripts, want 1", len(m))
	}
	var d jsonld.Doc
	if err := json.Unmarshal(m[0][1], &d); err != nil {
		tb.Fatalf("the page's JSON-LD is not JSON: %v", err)
	}
	return d
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// TestJSONLDIsOneRoundTrip: a document, and a page carrying one, cost one Neo4j read each.
func TestJSONLDIsOneRoundTrip(t *testing.T) {
	srv := newHardenedServer(t, kgtest.Store(t), func(d *httpapi.Deps) { d.Explorer = web.Explorer() })
	for _, c := range []struct{ path, accept string }{
		{"/ld/claim:gut-skin-link-exists", ""},
		{"/ld/source:gut-health-acne", ""},
		{"/explore/study/study:10.3390%2Fmicroorganisms9020353", "text/html"},
		{"/explore/strain/strain:hn001", jsonld.MediaType},
	} {
		before := srv.neo4jReads(t)
		resp, body := getWith(t, srv.URL+c.path, c.accept)
		if resp.StatusCode != 200 || !bytes.Contains(body, []byte(`"@context"`)) {
			t.Fatalf("%s: %d %s", c.path, resp.StatusCode, body)
		}
		if n := srv.neo4jReads(t) - before; n != 1 {
			t.Errorf("%s cost %d Neo4j reads, want 1", c.path, n)
		}
	}
}
