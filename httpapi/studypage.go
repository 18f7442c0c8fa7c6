package httpapi

import (
	"bytes"
	"cmp"
	"context"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"

	"gutskin/cite"
	"gutskin/graph"
)

// studyPage serves an explorer study page (/explore/study/{id}) as the explorer does, with
// the study's Highwire citation_* meta tags put into the HTML's head, so that a reference
// manager reading the page as served (Zotero does not run the app) finds the citation. An id
// that names no study, or a store that does not answer, gets the page without tags: the app
// then says what is wrong.
func studyPage(d Deps) http.Handler {
	res := &graph.Resolver{Store: d.Store, Limits: d.Limits}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		if strings.Contains(id, "/assets/") || !strings.HasPrefix(id, "study:") {
			d.Explorer.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), cmp.Or(d.RequestTimeout, 5*time.Second))
		defer cancel()
		studies, err := res.CitedStudies(ctx, []string{id})
		if err != nil || len(studies) != 1 {
			d.Explorer.ServeHTTP(w, r)
			return
		}
		// The explorer's own answer, whole and uncompressed, then the tags before </head>.
		inner := r.Clone(r.Context())
		inner.Header.Del("Accept-Encoding")
		inner.Header.Del("If-None-Match")
		inner.Header.Del("If-Modified-Since")
		inner.Header.Del("Range")
		rec := &pageRecorder{header: http.Header{}, status: http.StatusOK}
		d.Explorer.ServeHTTP(rec, inner)
		page := rec.body.Bytes()
		at := bytes.Index(page, []byte("</head>"))
		if rec.status != http.StatusOK || at < 0 {
			copyHeader(w.Header(), rec.header)
			w.WriteHeader(rec.status)
			_, _ = w.Write(page)
			return
		}
		out := make([]byte, 0, len(page)+2048)
		out = append(out, page[:at]...)
		out = append(out, HighwireHTML(studies[0])...)
		out = append(out, page[at:]...)
		copyHeader(w.Header(), rec.header)
		h := w.Header()
		h.Del("ETag")
		h.Del("Content-Encoding")
		h.Set("Content-Length", strconv.Itoa(len(out)))
		h.Set("Cache-Control", "no-cache")
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			_, _ = w.Write(out)
		}
	})
}

// HighwireHTML writes a study's citation meta tags, one per line, HTML-escaped.
func HighwireHTML(s cite.Study) string {
	var b strings.Builder
	for _, m := range cite.Highwire(s) {
		b.WriteString(`<meta name="` + html.EscapeString(m.Name) + `" content="` + html.EscapeString(m.Content) + "\">\n")
	}
	return b.String()
}

func copyHeader(dst, src http.Header) {
	for k, v := range src {
		dst[k] = append([]string(nil), v...)
	}
}

// pageRecorder keeps what a handler writes.
type pageRecorder struct {
	header http.Header
	status int
	body   bytes.Buffer
	wrote  bool
}

func (p *pageRecorder) Header() http.Header { return p.header }
func (p *pageRecorder) WriteHeader(status int) {
	if !p.wrote {
		p.status, p.wrote = status, true
	}
}
func (p *pageRecorder) Write(b []byte) (int, error) {
	p.wrote = true
	return p.body.Write(b)
}
