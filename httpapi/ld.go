package httpapi

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gutskin/graph"
	"gutskin/graph/model"
	"gutskin/jsonld"
	"gutskin/kg"
)

// JSON-LD (package jsonld) is served three ways, from one store fetch each:
//
//	GET /ld/{id}                      the entity's document (application/ld+json)
//	GET /explore/<kind>/<id>          the same, when Accept asks for application/ld+json
//	                                  before text/html; otherwise the explorer page,
//	                                  whose head carries the document (ldHead)
//
// An unknown id is 404 NOT_FOUND in the GraphQL error shape.

// maxIDBytes bounds an id taken from a URL before it reaches the store.
const maxIDBytes = 512

// linkedData answers GET /ld/{id}.
func linkedData(d Deps) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		serveLD(w, r, d, r.PathValue("id"))
	})
}

// negotiateLD answers an explorer entity page with its JSON-LD when the request prefers
// application/ld+json; everything else goes to next.
func negotiateLD(d Deps, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, ok := jsonld.IDOfPage(r.URL.Path)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Accept")
		if !prefersLD(r.Header.Values("Accept")) {
			next.ServeHTTP(w, r)
			return
		}
		serveLD(w, r, d, id)
	})
}

func serveLD(w http.ResponseWriter, r *http.Request, d Deps, id string) {
	doc, err := fetchLD(r, d, id)
	if err != nil {
		code := kg.ErrorCode(err)
		status, gqlCode := http.StatusInternalServerError, graph.CodeInternal
		switch code {
		case kg.ENOTFOUND:
			status, gqlCode = http.StatusNotFound, graph.CodeNotFound
		case kg.EINVALID:
			status, gqlCode = http.StatusBadRequest, "BAD_REQUEST"
		case kg.EUNAVAILABLE, kg.EOVERLOADED, kg.ETIMEOUT:
			status, gqlCode = http.StatusServiceUnavailable, map[string]string{
				kg.EUNAVAILABLE: graph.CodeUnavailable, kg.EOVERLOADED: graph.CodeOverloaded, kg.ETIMEOUT: graph.CodeTimeout}[code]
			w.Header().Set("Retry-After", "1")
		}
		msg := kg.ErrorMessage(err)
		if code == kg.EINTERNAL {
			loggerFrom(r).Error().Err(err).Msg("json-ld fetch failed")
		}
		noteCode(r.Context(), gqlCode)
		writeJSONError(w, status, gqlCode, msg)
		return
	}
	body, err := jsonld.Marshal(doc)
	if err != nil {
		loggerFrom(r).Error().Err(err).Msg("json-ld encoding failed")
		writeJSONError(w, http.StatusInternalServerError, graph.CodeInternal, "internal error")
		return
	}
	w.Header().Set("Content-Type", jsonld.MediaType)
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(body)
}

// fetchLD reads one entity in one store round trip (a claim merged into another, which
// answers by its old id, takes a second) and describes it.
func fetchLD(r *http.Request, d Deps, id string) (jsonld.Doc, error) {
	doc, _, err := fetchLDRow(r, d, id)
	return doc, err
}

// fetchLDRow is fetchLD with the row it was built from, for what else a page's head says
// of the entity (a study's citation tags) without another read.
func fetchLDRow(r *http.Request, d Deps, id string) (jsonld.Doc, kg.Row, error) {
	if len(id) > maxIDBytes || !utf8.ValidString(id) || strings.ContainsAny(id, "\x00\r\n") {
		return nil, nil, kg.Errorf(kg.EINVALID, "not an id")
	}
	kind, err := kg.KindOfID(id)
	if err != nil {
		return nil, nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	ctx, cancel := context.WithTimeout(r.Context(), ldTimeout(d))
	defer cancel()
	ctx = kg.WithRoundTrips(ctx, 2)
	sel := jsonld.Selection()
	rows, err := d.Store.Fetch(ctx, []string{id}, sel)
	if err != nil {
		return nil, nil, err
	}
	row := rows[0]
	if row == nil && kind == kg.KindClaim {
		if row, err = d.Store.FetchMerged(ctx, id, sel); err != nil {
			return nil, nil, err
		}
	}
	if row == nil {
		return nil, nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	return jsonld.Document(row, baseURL(r)), row, nil
}

func ldTimeout(d Deps) time.Duration {
	if d.RequestTimeout > 0 {
		return d.RequestTimeout
	}
	return 10 * time.Second
}

// prefersLD reports whether an Accept header asks for JSON-LD at least as much as for
// HTML (a browser's Accept names text/html first; a crawler or client asking for
// application/ld+json gets the document).
func prefersLD(accept []string) bool {
	ld, html := -1.0, -1.0
	for _, h := range accept {
		for _, part := range strings.Split(h, ",") {
			typ, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			q := 1.0
			for _, p := range strings.Split(params, ";") {
				if v, ok := strings.CutPrefix(strings.TrimSpace(p), "q="); ok {
					if f, err := strconv.ParseFloat(v, 64); err == nil {
						q = f
					}
				}
			}
			switch strings.ToLower(strings.TrimSpace(typ)) {
			case jsonld.MediaType:
				ld = max(ld, q)
			case "text/html":
				html = max(html, q)
			}
		}
	}
	return ld > 0 && ld >= html
}

var hostForm = regexp.MustCompile(`^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$`)

// baseURL is the origin the request was made to, for the documents' absolute IRIs. A Host
// header that is not a plain host[:port] is not echoed.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	host := r.Host
	if !hostForm.MatchString(host) {
		host = "localhost"
	}
	return scheme + "://" + host
}

// A HeadStep gives the elements to add to the head of the explorer page served for r, or
// nil for none. Steps are independent: withHead asks each and inserts what they give in
// order, so another (citation meta tags, say) is one more argument to withHead.
type HeadStep func(r *http.Request) []byte

// withHead serves next's page with what the steps give inserted before </head>. When no
// step gives anything, next answers as it would alone (with its gzip and ETag); otherwise the
// page is read whole from next, uncompressed, and sent without an ETag, as it now differs
// from the file (gzipped here when the client takes it).
func withHead(next http.Handler, steps ...HeadStep) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		var head []byte
		for _, step := range steps {
			head = append(head, step(r)...)
		}
		if len(head) == 0 {
			next.ServeHTTP(w, r)
			return
		}
		inner := r.Clone(r.Context())
		for _, h := range []string{"Accept-Encoding", "If-None-Match", "If-Modified-Since", "Range", "If-Range"} {
			inner.Header.Del(h)
		}
		rec := &pageRecorder{header: http.Header{}}
		next.ServeHTTP(rec, inner)
		i := bytes.Index(rec.body.Bytes(), []byte("</head>"))
		if rec.status() != http.StatusOK || !strings.HasPrefix(rec.header.Get("Content-Type"), "text/html") || i < 0 {
			rec.copyTo(w, rec.body.Bytes())
			return
		}
		page := rec.body.Bytes()
		out := make([]byte, 0, len(page)+len(head))
		out = append(append(append(out, page[:i]...), head...), page[i:]...)
		rec.header.Del("ETag")
		if acceptsGzip(r) {
			var z bytes.Buffer
			zw := gzip.NewWriter(&z)
			_, _ = zw.Write(out)
			_ = zw.Close()
			out = z.Bytes()
			rec.header.Set("Content-Encoding", "gzip")
		}
		rec.copyTo(w, out)
	})
}

// acceptsGzip reports whether the client takes gzip (and has not refused it with q=0).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			q, err := strconv.ParseFloat(strings.TrimPrefix(strings.ReplaceAll(params, " ", ""), "q="), 64)
			return params == "" || err != nil || q > 0
		}
	}
	return false
}

// pageRecorder keeps what a handler writes.
type pageRecorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (p *pageRecorder) Header() http.Header         { return p.header }
func (p *pageRecorder) Write(b []byte) (int, error) { return p.body.Write(b) }
func (p *pageRecorder) WriteHeader(code int) {
	if p.code == 0 {
		p.code = code
	}
}

func (p *pageRecorder) status() int {
	if p.code == 0 {
		return http.StatusOK
	}
	return p.code
}

func (p *pageRecorder) copyTo(w http.ResponseWriter, body []byte) {
	h := w.Header()
	for k, v := range p.header {
		if k == "Vary" {
			h[k] = append(h[k], v...) // keep what wrappers outside said (Vary: Accept)
			continue
		}
		h[k] = v
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(p.status())
	_, _ = w.Write(body)
}

// ldHead puts an entity page's JSON-LD into its head, as <script type="application/ld+json">.
// A page whose entity cannot be read now (unknown id, Neo4j away) is served without it: the
// explorer then says what is wrong, as it always has.
func ldHead(d Deps) HeadStep {
	return func(r *http.Request) []byte {
		id, ok := jsonld.IDOfPage(r.URL.Path)
		if !ok {
			return nil
		}
		var doc jsonld.Doc
		var row kg.Row
		var err error
		if p, ok := pageEntityFrom(r.Context()); ok { // read already by explorerStatus
			doc, row, err = p.doc, p.row, p.err
		} else {
			doc, row, err = fetchLDRow(r, d, id)
		}
		if err != nil {
			if kg.ErrorCode(err) != kg.ENOTFOUND && kg.ErrorCode(err) != kg.EINVALID {
				loggerFrom(r).Warn().Err(err).Msg("explorer page served without its JSON-LD")
			}
			return nil
		}
		tag, err := jsonld.ScriptTag(doc)
		if err != nil {
			loggerFrom(r).Error().Err(err).Msg("json-ld encoding failed")
			return nil
		}
		// A study's page also carries its citation meta tags, from the same row.
		if s, ok := model.Wrap(row).(model.Study); ok {
			tag = append([]byte(HighwireHTML(s.CiteStudy())), tag...)
		}
		return tag
	}
}
