package httpapi_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// Every explorer path gets the app's page, but with a status that says whether its view
// exists: 200 for a known view or entity, 404 (same page, so the app shows its not-found
// view) for an unknown route or an id the graph lacks. Files and head steps are unchanged.
func TestExplorerStatus(t *testing.T) {
	srv := newLDServer(t)
	for _, c := range []struct {
		path   string
		status int
		html   bool
		has    string // what the body must contain
	}{
		{"/explore/", 200, true, "<div"},
		{"/explore/strain/strain:hn001", 200, true, `application/ld+json`},
		{"/explore/study/" + url.PathEscape("study:gut-microbiome-skin-health-gut-skin-axis-2022"), 200, true, `citation_title`},
		{"/explore/claims", 200, true, ""},
		{"/explore/pathways?from=strain:hn001&to=condition:acne", 200, true, ""},
		{"/explore/compare?ids=strain:hn001,strain:ls01", 200, true, ""},
		{"/explore/no-such-page", 404, true, "<div"},
		{"/explore/claims/extra/segments", 404, true, ""},
		{"/explore/strain/strain:no-such-strain", 404, true, "<div"},
		{"/explore/strain/nothing-with-this-prefix", 404, true, ""},
		{"/explore/favicon.svg", 200, false, "<svg"},
		{"/explore/assets/no-such-file.js", 404, false, ""},
	} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+c.path, nil)
		req.Header.Set("Accept", "text/html")
		req.Header.Set("If-None-Match", `"anything"`)
		resp, body := doReq(t, req)
		if resp.StatusCode != c.status {
			t.Errorf("%s: status %d, want %d", c.path, resp.StatusCode, c.status)
		}
		isHTML := strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html")
		if c.html && (!isHTML || !strings.Contains(string(body), "</html>")) {
			t.Errorf("%s: not the explorer's page (%s): %.80s", c.path, resp.Header.Get("Content-Type"), body)
		}
		if c.has != "" && !strings.Contains(string(body), c.has) {
			t.Errorf("%s: the page lacks %q", c.path, c.has)
		}
		if c.status == 404 && c.html && strings.Contains(string(body), "application/ld+json") {
			t.Errorf("%s: a missing entity's page carries JSON-LD", c.path)
		}
	}
}

func doReq(tb testing.TB, req *http.Request) (*http.Response, []byte) {
	tb.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return resp, []byte(b.String())
}
