// Package web serves the browser front end: the Explorer, a single-page app under /explore/,
// and the GraphQL playground (GraphiQL) at /playground. Both are built by Vite from the
// sources in this folder (npm ci && npm run build) into dist/, which is committed and
// embedded, so that `go build` needs no Node.
//
// Every asset lives in dist/assets/ and is served under /explore/assets/ by Explorer, the
// playground's included. Asset names carry a content hash, so they are cached for a year;
// the HTML pages are revalidated on every load.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed all:dist
var dist embed.FS

const (
	// ExplorerPrefix is where Explorer is mounted; it receives the full path.
	ExplorerPrefix = "/explore/"

	cacheImmutable  = "public, max-age=31536000, immutable"
	cacheRevalidate = "no-cache"
)

// contentTypes covers what Vite emits; it does not depend on the machine's mime tables.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".json":  "application/json",
	".map":   "application/json",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".jpg":   "image/jpeg",
	".webp":  "image/webp",
	".ico":   "image/x-icon",
	".woff":  "font/woff",
	".woff2": "font/woff2",
	".ttf":   "font/ttf",
	".txt":   "text/plain; charset=utf-8",
	".wasm":  "application/wasm",
}

// compressible are the types worth sending gzipped.
var compressible = map[string]bool{".html": true, ".js": true, ".mjs": true, ".css": true, ".json": true, ".map": true, ".svg": true, ".txt": true}

// file is one embedded file, with its ETag and, once asked for, its gzipped form.
type file struct {
	name        string
	data        []byte
	contentType string
	etag        string

	gzipOnce sync.Once
	gzipped  []byte
}

func (f *file) gzip() []byte {
	f.gzipOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(f.data)
		_ = zw.Close()
		if buf.Len() < len(f.data) {
			f.gzipped = buf.Bytes()
		}
	})
	return f.gzipped
}

type site struct {
	files map[string]*file // by path inside dist, e.g. "assets/explorer-abc.js"
}

var (
	loadOnce sync.Once
	loaded   *site
)

// load reads dist once. A missing index.html or playground.html means a broken build and
// panics at start-up rather than serving nothing.
func load() *site {
	loadOnce.Do(func() {
		s := &site{files: map[string]*file{}}
		root, err := fs.Sub(dist, "dist")
		if err != nil {
			panic("web: " + err.Error())
		}
		err = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(root, p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(data)
			ct := contentTypes[path.Ext(p)]
			if ct == "" {
				ct = http.DetectContentType(data)
			}
			s.files[p] = &file{name: p, data: data, contentType: ct, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
			return nil
		})
		if err != nil {
			panic("web: reading dist: " + err.Error())
		}
		for _, required := range []string{"index.html", "playground.html"} {
			if s.files[required] == nil {
				panic("web: dist/" + required + " is missing; run `npm ci && npm run build` in web/")
			}
		}
		loaded = s
	})
	return loaded
}

// Explorer serves the Explorer. Mount it at /explore/ without stripping the prefix. Files of
// the build (under /explore/assets/ and the favicon) are served as they are; every other
// path under /explore/ gets the Explorer's index.html, so that deep links such as
// /explore/claim/claim:x or /explore/pathways?from=...&to=... load the app, which then shows
// the view the URL names. A missing file under /explore/assets/ is a 404.
func Explorer() http.Handler {
	s := load()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowMethod(w, r) {
			return
		}
		p := r.URL.Path
		if p == strings.TrimSuffix(ExplorerPrefix, "/") {
			http.Redirect(w, r, ExplorerPrefix, http.StatusMovedPermanently)
			return
		}
		rel, ok := strings.CutPrefix(p, ExplorerPrefix)
		if !ok {
			http.NotFound(w, r)
			return
		}
		if f := s.files[rel]; f != nil && rel != "index.html" && rel != "playground.html" {
			cache := cacheRevalidate
			if strings.HasPrefix(rel, "assets/") {
				cache = cacheImmutable
			}
			s.serve(w, r, f, cache)
			return
		}
		if strings.HasPrefix(rel, "assets/") {
			w.Header().Set("Cache-Control", cacheRevalidate)
			http.NotFound(w, r)
			return
		}
		s.serve(w, r, s.files["index.html"], cacheRevalidate)
	})
}

// Playground serves the GraphiQL page for any request it is given; mount it at /playground.
// Its scripts and styles are under /explore/assets/, served by Explorer.
func Playground() http.Handler {
	s := load()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowMethod(w, r) {
			return
		}
		s.serve(w, r, s.files["playground.html"], cacheRevalidate)
	})
}

func allowMethod(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	return false
}

// serve writes f with its type, cache policy and ETag (answering If-None-Match with 304),
// gzipped when the client accepts it and it is worth it.
func (s *site) serve(w http.ResponseWriter, r *http.Request, f *file, cache string) {
	h := w.Header()
	h.Set("Content-Type", f.contentType)
	h.Set("Cache-Control", cache)
	h.Set("X-Content-Type-Options", "nosniff")
	data := f.data
	etag := f.etag
	if compressible[path.Ext(f.name)] {
		h.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r) {
			if gz := f.gzip(); gz != nil {
				data = gz
				etag = strings.TrimSuffix(f.etag, `"`) + `-gz"`
				h.Set("Content-Encoding", "gzip")
			}
		}
	}
	h.Set("ETag", etag)
	// ServeContent answers conditional and range requests; the zero time sends no Last-Modified.
	http.ServeContent(w, r, f.name, zeroTime, bytes.NewReader(data))
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

var zeroTime = time.Time{}
