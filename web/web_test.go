package web

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, target string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// explorerIndex is the built index.html, to compare deep-link answers against.
func explorerIndex(t *testing.T) string {
	t.Helper()
	return string(load().files["index.html"].data)
}

func TestExplorerServesIndexForDeepLinks(t *testing.T) {
	h := Explorer()
	want := explorerIndex(t)
	for _, target := range []string{
		"/explore/",
		"/explore/claim/claim:probiotics-help-acne",
		"/explore/study/study:10.3390%2Fmicroorganisms9020353",
		"/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=3",
		"/explore/claims?maturity=EMERGING",
	} {
		res := get(t, h, target)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", target, res.StatusCode)
		}
		if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", target, ct)
		}
		if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("%s: Cache-Control %q", target, cc)
		}
		if got := body(t, res); got != want {
			t.Errorf("%s: not the Explorer's index.html", target)
		}
	}
}

func TestExplorerServesHashedAssets(t *testing.T) {
	h := Explorer()
	var js, css string
	for name := range load().files {
		switch {
		case strings.HasPrefix(name, "assets/explorer-") && strings.HasSuffix(name, ".js"):
			js = name
		case strings.HasPrefix(name, "assets/explorer-") && strings.HasSuffix(name, ".css"):
			css = name
		}
	}
	if js == "" || css == "" {
		t.Fatal("dist has no explorer-*.js or explorer-*.css; run npm run build in web/")
	}
	index := explorerIndex(t)
	for name, wantType := range map[string]string{js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8"} {
		if !strings.Contains(index, "/explore/"+name) {
			t.Errorf("index.html does not reference /explore/%s", name)
		}
		res := get(t, h, "/explore/"+name)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", name, res.StatusCode)
		}
		if ct := res.Header.Get("Content-Type"); ct != wantType {
			t.Errorf("%s: Content-Type %q, want %q", name, ct, wantType)
		}
		if cc := res.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("%s: Cache-Control %q, want a long immutable cache", name, cc)
		}
		if got := body(t, res); got != string(load().files[name].data) {
			t.Errorf("%s: wrong body", name)
		}

		// Gzipped when asked for, and the same bytes once unzipped.
		res = get(t, h, "/explore/"+name, "Accept-Encoding", "gzip, br")
		if res.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("%s: not gzipped", name)
		}
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		unzipped, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if string(unzipped) != string(load().files[name].data) {
			t.Errorf("%s: gzipped body differs", name)
		}

		// A revalidation with the ETag is answered 304.
		etag := get(t, h, "/explore/"+name).Header.Get("ETag")
		if res := get(t, h, "/explore/"+name, "If-None-Match", etag); res.StatusCode != http.StatusNotModified {
			t.Errorf("%s: If-None-Match gave %d, want 304", name, res.StatusCode)
		}
	}
}

func TestExplorerMissingAssetIs404(t *testing.T) {
	res := get(t, Explorer(), "/explore/assets/nope-123.js")
	if res.StatusCode != http.StatusNotFound {
		t.Fatalf("status %d, want 404", res.StatusCode)
	}
}

func TestExplorerRefusesWrites(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/explore/", nil)
	rec := httptest.NewRecorder()
	Explorer().ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("status %d, want 405", rec.Code)
	}
}

func TestPlayground(t *testing.T) {
	res := get(t, Playground(), "/playground")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	b := body(t, res)
	if !strings.Contains(b, `id="graphiql"`) || !strings.Contains(b, "/explore/assets/playground-") {
		t.Errorf("not the playground page:\n%s", b)
	}
	// Its script is served by Explorer.
	i := strings.Index(b, "/explore/assets/playground-")
	src := b[i : i+strings.Index(b[i:], `"`)]
	if res := get(t, Explorer(), src); res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") {
		t.Errorf("%s: status %d, type %q", src, res.StatusCode, res.Header.Get("Content-Type"))
	}
}
