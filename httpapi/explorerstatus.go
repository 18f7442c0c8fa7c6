package httpapi

import (
	"context"
	"net/http"
	"strings"

	"gutskin/jsonld"
	"gutskin/kg"
)

// The explorer is one page (index.html) that shows whatever view its URL names, so every
// path under /explore/ gets it. Its status, though, says whether that view exists: a path
// the explorer has no view for, or an entity page whose entity the graph lacks, answers 404
// with the same page, which then shows its own "not found" view. Crawlers and link checkers
// see the 404; readers see the app.

// explorerRoutes are the one-segment views of web/src/explorer/router.ts (parse): keep the
// two lists together.
var explorerRoutes = map[string]bool{
	"": true, "index.html": true,
	"pathways": true, "search": true, "compare": true, "curator": true,
	"claims": true, "studies": true, "strains": true, "mechanisms": true, "conditions": true,
	"factors": true, "sources": true, "contested": true,
}

type pageEntityKey struct{}

// pageEntity is an entity page's JSON-LD read once for the request: explorerStatus reads it
// to know whether the entity exists, ldHead puts it in the head.
type pageEntity struct {
	doc jsonld.Doc
	row kg.Row
	err error
}

func pageEntityFrom(ctx context.Context) (*pageEntity, bool) {
	p, ok := ctx.Value(pageEntityKey{}).(*pageEntity)
	return p, ok
}

// explorerStatus serves next (the explorer with its head steps) with 404 for unknown views
// and unknown entities. Files (assets, favicon) and pages that exist keep next's answer; an
// entity that cannot be read now (Neo4j away) keeps 200, as the app says what is wrong.
func explorerStatus(d Deps, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rel, ok := strings.CutPrefix(r.URL.Path, jsonld.ExplorerPrefix)
		if !ok || strings.HasPrefix(rel, "assets/") {
			next.ServeHTTP(w, r)
			return
		}
		missing := false
		if seg, rest, two := strings.Cut(rel, "/"); !two || rest == "" {
			missing = !explorerRoutes[seg]
		} else if _, err := kg.KindOfID(rest); err != nil {
			missing = true // no kind has this prefix, so nothing has this id
		} else {
			doc, row, err := fetchLDRow(r, d, rest)
			missing = kg.ErrorCode(err) == kg.ENOTFOUND || kg.ErrorCode(err) == kg.EINVALID
			if id, isPage := jsonld.IDOfPage(r.URL.Path); isPage && id == rest {
				r = r.WithContext(context.WithValue(r.Context(), pageEntityKey{}, &pageEntity{doc: doc, row: row, err: err}))
			}
		}
		if !missing {
			next.ServeHTTP(w, r)
			return
		}
		// The whole page, whatever the request's conditions (a 304 or a range of a 404 means
		// nothing), with the status put right as it is written.
		inner := r.Clone(r.Context())
		for _, h := range []string{"If-None-Match", "If-Modified-Since", "Range", "If-Range"} {
			inner.Header.Del(h)
		}
		next.ServeHTTP(&notFoundWriter{ResponseWriter: w}, inner)
	})
}

// notFoundWriter turns the explorer page's 200 into 404. Anything else (a file that is not
// HTML, an error) passes as it is.
type notFoundWriter struct {
	http.ResponseWriter
	wrote bool
}

func (n *notFoundWriter) WriteHeader(code int) {
	if n.wrote {
		return
	}
	n.wrote = true
	if code == http.StatusOK && strings.HasPrefix(n.Header().Get("Content-Type"), "text/html") {
		n.Header().Del("ETag")
		n.Header().Set("Cache-Control", "no-cache")
		code = http.StatusNotFound
	}
	n.ResponseWriter.WriteHeader(code)
}

func (n *notFoundWriter) Write(b []byte) (int, error) {
	if !n.wrote {
		n.WriteHeader(http.StatusOK)
	}
	return n.ResponseWriter.Write(b)
}
