package httpapi_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/kgtest"
	"gutskin/scripts/validators"
	"gutskin/web"
)

// get fetches a path of the test server and returns status, headers and body.
func get(t *testing.T, base, path string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(body)
}

func errorCode(t *testing.T, body string) string {
	t.Helper()
	var r response
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatalf("error answer is not JSON: %s", body)
	}
	return r.Code()
}

var tyLine = regexp.MustCompile(`(?m)^TY  - `)

func TestCiteOneStudyAndErrors(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	status, h, body := get(t, srv.URL, "/cite/bibtex?ids="+url.QueryEscape("study:10.3390/microorganisms9020353"))
	if status != 200 || h.Get("Content-Type") != "application/x-bibtex; charset=utf-8" ||
		h.Get("Content-Disposition") != `attachment; filename="gutskin-depessemier2021gut.bib"` {
		t.Fatalf("bibtex: %d %v\n%s", status, h, body)
	}
	for _, want := range []string{"@article{depessemier2021gut,", "author = {De Pessemier, B. and Grine, L.", "journal = {Microorganisms}", "doi = {10.3390/microorganisms9020353}"} {
		if !strings.Contains(body, want) {
			t.Errorf("bibtex lacks %q:\n%s", want, body)
		}
	}
	// The comma-less author forms come out as "Family, I." in every format.
	id := url.QueryEscape("study:topical-probiotics-atopic-dermatitis-meta-analysis-2024")
	_, h, ris := get(t, srv.URL, "/cite/ris?ids="+id)
	if h.Get("Content-Type") != "application/x-research-info-systems; charset=utf-8" || !strings.Contains(ris, "AU  - Flint, E.\r\nAU  - Ahmad, N.\r\n") || !strings.HasSuffix(ris, "ER  - \r\n") {
		t.Errorf("ris: %v\n%q", h, ris)
	}
	_, h, csl := get(t, srv.URL, "/cite/csl-json?ids="+id)
	if h.Get("Content-Type") != "application/vnd.citationstyles.csl+json" || !strings.Contains(csl, `"family": "Flint",
        "given": "E."`) {
		t.Errorf("csl: %v\n%s", h, csl)
	}

	many := make([]string, 201)
	for i := range many {
		many[i] = "study:x" + strconv.Itoa(i)
	}
	for _, c := range []struct {
		path   string
		status int
		code   string
	}{
		{"/cite/endnote?ids=study:x", 404, "NOT_FOUND"},
		{"/cite/bibtex?ids=" + url.QueryEscape("study:no-such-study"), 404, "NOT_FOUND"},
		{"/cite/bibtex?ids=" + url.QueryEscape("study:10.3390/microorganisms9020353,study:nope' OR 1=1 //"), 404, "NOT_FOUND"},
		{"/cite/bibtex?ids=claim:x", 400, "BAD_USER_INPUT"},
		{"/cite/bibtex?ids=", 400, "BAD_USER_INPUT"},
		{"/cite/bibtex?ids=" + strings.Join(many, ","), 400, "BAD_USER_INPUT"},
		{"/cite/ris?claim=claim:no-such-claim", 404, "NOT_FOUND"},
		{"/cite/ris?claim=study:x", 400, "BAD_USER_INPUT"},
		{"/cite/ris?claim=claim:x&ids=study:y", 400, "BAD_USER_INPUT"},
		{"/cite/ris?claim=claim:x&design=EDITORIAL", 400, "BAD_USER_INPUT"},
		{"/cite/ris?desing=EDITORIAL", 400, "BAD_USER_INPUT"},
		{"/cite/ris?design=SOMETHING", 400, "BAD_USER_INPUT"},
		{"/cite/ris?yearFrom=twenty", 400, "BAD_USER_INPUT"},
		{"/cite/ris?condition=strain:hn001", 400, "BAD_USER_INPUT"},
		{"/cite/ris?order=colour", 400, "BAD_USER_INPUT"},
		{"/cite/ris?rollUp=maybe", 400, "BAD_USER_INPUT"},
	} {
		status, h, body := get(t, srv.URL, c.path)
		if status != c.status || errorCode(t, body) != c.code || h.Get("Content-Type") != "application/json" {
			t.Errorf("%s: %d %s, want %d %s", c.path, status, body, c.status, c.code)
		}
		if strings.Contains(body, "MATCH") || strings.Contains(body, "goroutine") {
			t.Errorf("%s: the answer shows internals: %s", c.path, body)
		}
	}
	// A script of another site may not read a bibliography; a link from there may.
	req, _ := http.NewRequest("GET", srv.URL+"/cite/ris?ids=study:x", nil)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Sec-Fetch-Mode", "cors")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 403 {
		t.Errorf("cross-site fetch: %d, want 403", resp.StatusCode)
	}
}

// TestCiteListsMatchTheAPI: the claim and filter bibliographies hold exactly the studies the
// GraphQL API lists for the same claim and filter.
func TestCiteListsMatchTheAPI(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{ claims(first: 100) { nodes { id evidence { study { id } } } } }`, nil)
	var claims struct {
		Nodes []struct {
			ID       string
			Evidence []struct{ Study struct{ ID string } }
		}
	}
	if err := json.Unmarshal(r.Data["claims"], &claims); err != nil || len(claims.Nodes) == 0 {
		t.Fatalf("claims: %v %s", err, r.Raw)
	}
	best := claims.Nodes[0]
	for _, c := range claims.Nodes {
		if len(c.Evidence) > len(best.Evidence) {
			best = c
		}
	}
	if len(best.Evidence) < 2 {
		t.Fatalf("no claim with two studies: %+v", best)
	}
	status, h, body := get(t, srv.URL, "/cite/csl-json?claim="+url.QueryEscape(best.ID))
	var items []struct{ ID string }
	if err := json.Unmarshal([]byte(body), &items); err != nil || status != 200 {
		t.Fatalf("claim %s: %d %v %s", best.ID, status, err, body)
	}
	var want []string
	for _, e := range best.Evidence {
		want = append(want, e.Study.ID)
	}
	var got []string
	for _, it := range items {
		got = append(got, it.ID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("claim %s: bibliography %v, evidence %v", best.ID, got, want)
	}
	if !strings.HasSuffix(h.Get("Content-Disposition"), `-studies.json"`) || h.Get("X-Study-Count") != strconv.Itoa(len(want)) {
		t.Errorf("claim headers: %v", h)
	}

	for _, c := range []struct{ query, filter string }{
		{"design=META_ANALYSIS", `{designs: [META_ANALYSIS]}`},
		{"design=META_ANALYSIS,CONTROLLED_TRIAL&yearFrom=2020", `{designs: [META_ANALYSIS, CONTROLLED_TRIAL], yearFrom: 2020}`},
		{"condition=condition:acne", `{condition: "condition:acne"}`},
		{"condition=condition:acne&rollUp=false", `{condition: "condition:acne", rollUp: false}`},
		{"strain=species:lacticaseibacillus-rhamnosus", `{strain: "species:lacticaseibacillus-rhamnosus"}`},
		{"mechanism=mechanism:gut-barrier-integrity", `{mechanism: "mechanism:gut-barrier-integrity"}`},
		{"yearFrom=2022&yearTo=2024&order=year&direction=desc", `{yearFrom: 2022, yearTo: 2024}, orderBy: {field: YEAR, direction: DESC}`},
	} {
		r := post(t, srv.URL, `{ studies(first: 100, filter: `+c.filter+`) { nodes { id } } }`, nil)
		var page struct{ Nodes []struct{ ID string } }
		if err := json.Unmarshal(r.Data["studies"], &page); err != nil || r.Code() != "" {
			t.Fatalf("%s: %v %s", c.filter, err, r.Raw)
		}
		status, _, body := get(t, srv.URL, "/cite/ris?"+c.query)
		if status != 200 {
			t.Fatalf("%s: %d %s", c.query, status, body)
		}
		if len(page.Nodes) == 0 {
			t.Errorf("%s: the API lists no studies; choose a filter that matches some", c.filter)
		}
		if n := len(tyLine.FindAllString(body, -1)); n != len(page.Nodes) {
			t.Errorf("%s: %d records, the API lists %d studies", c.query, n, len(page.Nodes))
		}
		status, _, body = get(t, srv.URL, "/cite/csl-json?"+c.query)
		var items []struct{ ID string }
		_ = json.Unmarshal([]byte(body), &items)
		var got, ids []string
		for _, it := range items {
			got = append(got, it.ID)
		}
		for _, n := range page.Nodes {
			ids = append(ids, n.ID)
		}
		if status != 200 || strings.Join(got, " ") != strings.Join(ids, " ") {
			t.Errorf("%s: %d, ids %v, want %v", c.query, status, got, ids)
		}
	}
}

func TestStudyCitationField(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{ study(id: "study:gut-microbiome-skin-health-gut-skin-axis-2022") {
		authors authorNames { family given initials display }
		bib: citation(format: BIBTEX) ris: citation(format: RIS) csl: citation(format: CSL_JSON) } }`, nil)
	var s struct {
		Authors     []string
		AuthorNames []struct {
			Family, Display string
			Given, Initials *string
		}
		Bib, RIS, CSL string
	}
	if err := json.Unmarshal(r.Data["study"], &s); err != nil || r.Code() != "" {
		t.Fatalf("%v %s", err, r.Raw)
	}
	if len(s.AuthorNames) != len(s.Authors) || s.AuthorNames[0].Display != "Mahmud, M. R." || s.AuthorNames[0].Family != "Mahmud" ||
		*s.AuthorNames[0].Given != "Md Rayhan" || *s.AuthorNames[0].Initials != "M. R." || s.AuthorNames[10].Display != "Pirttilä, A. M." {
		t.Errorf("authorNames = %+v", s.AuthorNames)
	}
	if !strings.HasPrefix(s.Bib, "@article{mahmud2022impact,\n  author = {Mahmud, M. R. and Akter, S.") || !strings.Contains(s.Bib, "pmid = {35866234}") {
		t.Errorf("bibtex:\n%s", s.Bib)
	}
	if !strings.HasPrefix(s.RIS, "TY  - JOUR\r\n") || !strings.Contains(s.RIS, "AU  - Pirttilä, A. M.\r\n") || !strings.Contains(s.RIS, "AN  - 35866234\r\n") {
		t.Errorf("ris:\n%s", s.RIS)
	}
	if !strings.Contains(s.CSL, `"type": "article-journal"`) || !strings.Contains(s.CSL, `"PMID": "35866234"`) {
		t.Errorf("csl:\n%s", s.CSL)
	}
	r = post(t, srv.URL, `{ study(id: "study:gut-microbiome-skin-health-gut-skin-axis-2022") { citation(format: ENDNOTE) } }`, nil)
	if r.Code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Errorf("an unknown format: %s", r.Raw)
	}
}

// validate runs one of scripts/validators through scripts/pytool and returns its output and
// whether it passed. A validator that cannot be installed fails the test in CI.
func validate(t *testing.T, validator, file string, expected int) (string, bool) {
	t.Helper()
	root, _ := filepath.Abs("..")
	args := []string{"python", filepath.Join(root, "scripts/validators", validator+".py"), file}
	if expected > 0 {
		args = append(args, strconv.Itoa(expected))
	}
	// One server per validator and test binary imports the libraries once
	// (scripts/validators/forkserver.py); each run is a fresh process of its own.
	code, out, err := validators.RunCombined("citations", ".", args...)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("validator %s could not be installed: %v", validator, err)
		}
		t.Skipf("validator %s could not be installed (fails in CI): %v", validator, err)
	}
	return out, code == 0
}

// TestCitationsPassTheValidators exports every study of the seeded graph in the three
// formats through /cite and checks them with each format's own validator; then shows each
// validator failing on a broken file, so that a validator that checks nothing cannot pass.
func TestCitationsPassTheValidators(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	r := post(t, srv.URL, `{ studies { totalCount } }`, nil)
	var total struct{ TotalCount int }
	if err := json.Unmarshal(r.Data["studies"], &total); err != nil || total.TotalCount < 40 {
		t.Fatalf("studies: %v %s", err, r.Raw)
	}
	dir := t.TempDir()
	files := map[string]string{}
	for _, f := range []struct{ format, validator, ext string }{{"csl-json", "csl", ".json"}, {"bibtex", "bibtex", ".bib"}, {"ris", "ris", ".ris"}} {
		status, h, body := get(t, srv.URL, "/cite/"+f.format)
		if status != 200 || h.Get("Content-Disposition") != `attachment; filename="gutskin-studies`+f.ext+`"` {
			t.Fatalf("%s: %d %v %s", f.format, status, h, body)
		}
		path := filepath.Join(dir, "all"+f.ext)
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		files[f.validator] = body
		out, ok := validate(t, f.validator, path, total.TotalCount)
		if !ok || !strings.Contains(out, strconv.Itoa(total.TotalCount)+" ") {
			t.Errorf("%s: the export of every study fails its validator:\n%s", f.format, out)
		}
	}

	// Broken files, each made from the valid export.
	broken := map[string]struct{ name, body, says string }{
		"csl":    {"no-type.json", strings.Replace(files["csl"], `"type": "article-journal",`, "", 1), "type"},
		"bibtex": {"dup.bib", files["bibtex"] + "\n" + files["bibtex"][:strings.Index(files["bibtex"], "}\n")+2], "repeated bibliography entry"},
		"ris":    {"no-er.ris", strings.Replace(files["ris"], "ER  - \r\n", "", 1), "TY lines"},
	}
	for validator, b := range broken {
		if b.body == files[validator] {
			t.Fatalf("%s: could not break the file", validator)
		}
		path := filepath.Join(dir, b.name)
		if err := os.WriteFile(path, []byte(b.body), 0o600); err != nil {
			t.Fatal(err)
		}
		out, ok := validate(t, validator, path, 0)
		if ok || !strings.Contains(out, b.says) {
			t.Errorf("%s passed (or failed for another reason) on %s:\n%s", validator, b.name, out)
		}
	}
}

// TestStudyPageCarriesCitationMeta: the HTML served for an explorer study page holds the
// study's Highwire tags (Zotero reads the page as served), escaped; other pages do not.
func TestStudyPageCarriesCitationMeta(t *testing.T) {
	srv := httptest.NewServer(httpapi.NewServer(httpapi.Deps{Log: zerolog.New(io.Discard), Store: kgtest.Store(t),
		Limits: graph.DefaultLimits, RequestTimeout: 10 * time.Second, Explorer: web.Explorer()}))
	t.Cleanup(srv.Close)
	status, h, body := get(t, srv.URL, "/explore/study/"+url.PathEscape("study:gut-microbiome-skin-health-gut-skin-axis-2022"))
	if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
		t.Fatalf("%d %v", status, h)
	}
	head := body[:strings.Index(body, "</head>")]
	for _, want := range []string{
		`<meta name="citation_title" content="Impact of gut microbiome on skin health: gut-skin axis observed through the lenses of therapeutics and skin diseases">`,
		`<meta name="citation_author" content="Mahmud, M. R.">`,
		`<meta name="citation_author" content="Pirttilä, A. M.">`,
		`<meta name="citation_publication_date" content="2022">`,
		`<meta name="citation_journal_title" content="Gut Microbes">`,
		`<meta name="citation_volume" content="14">`,
		`<meta name="citation_issue" content="1">`,
		`<meta name="citation_firstpage" content="e2096995">`,
		`<meta name="citation_doi" content="10.1080/19490976.2022.2096995">`,
		`<meta name="citation_pmid" content="35866234">`,
	} {
		if !strings.Contains(head, want) {
			t.Errorf("the served head lacks %s", want)
		}
	}
	if n := strings.Count(head, `name="citation_author"`); n != 11 {
		t.Errorf("%d citation_author tags, want 11", n)
	}
	if !strings.Contains(body, `<div id="app"`) && !strings.Contains(body, "<script") {
		t.Errorf("the page is not the explorer's: %s", body)
	}
	// HTML in a field is escaped: the consensus statement's journal has an ampersand.
	_, _, body = get(t, srv.URL, "/explore/study/"+url.PathEscape("study:10.1038/nrgastro.2014.66"))
	if !strings.Contains(body, `<meta name="citation_journal_title" content="Nature Reviews Gastroenterology &amp; Hepatology">`) {
		t.Errorf("journal not escaped or missing:\n%s", body[:strings.Index(body, "</head>")])
	}
	// Unknown studies and other pages are the plain explorer page (404 for an unknown id).
	for p, want := range map[string]int{"/explore/study/study:no-such-study": 404, "/explore/claim/claim:x": 404, "/explore/": 200} {
		status, _, body := get(t, srv.URL, p)
		if status != want || strings.Contains(body, "citation_") {
			t.Errorf("%s: %d, has citation tags: %v", p, status, strings.Contains(body, "citation_"))
		}
	}
}
