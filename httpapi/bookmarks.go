package httpapi

import (
	"context"
	"net/http"
	"strings"

	"gutskin/kg"
)

// Reading one's own writes through any instance (kg/consistency.go): the answer to a
// mutation carries the write's Neo4j bookmark in the Gutskin-Bookmark header; a client that
// sends it back with later requests, to whichever instance, reads nothing older than its
// write. With a single Neo4j server every read already follows every committed write; with a
// cluster, a replica waits until it has applied the write (or the request is answered
// SERVICE_UNAVAILABLE, to be tried again).
const bookmarkHeader = "Gutskin-Bookmark"

// Bounds of the header: a bookmark is a short opaque token, and a client needs only the
// last one it was given.
const (
	maxBookmarks     = 8
	maxBookmarkBytes = 512
)

// withBookmarks reads the bookmarks a request sends (refusing a malformed header with 400
// BAD_REQUEST before anything is read), puts them on the context for the store, and adds the
// bookmark of the request's write, if it made one, to the answer's headers.
func withBookmarks(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		after, problem := parseBookmarks(r.Header.Values(bookmarkHeader))
		if problem != "" {
			clientError(w, r, refuse(http.StatusBadRequest, codeBadRequest, "the "+bookmarkHeader+" header "+problem))
			return
		}
		ctx := kg.WithBookmarks(r.Context(), after)
		next.ServeHTTP(&bookmarkWriter{ResponseWriter: w, ctx: ctx}, r.WithContext(ctx))
	})
}

// parseBookmarks splits the header's values at commas; it says what is wrong, or "".
func parseBookmarks(values []string) ([]string, string) {
	var out []string
	for _, v := range values {
		for _, b := range strings.Split(v, ",") {
			b = strings.TrimSpace(b)
			if b == "" {
				continue
			}
			if len(b) > maxBookmarkBytes {
				return nil, "holds a bookmark longer than 512 bytes; send back only what the service returned"
			}
			for _, c := range b {
				if c <= ' ' || c > '~' {
					return nil, "holds a character a bookmark never has; send back only what the service returned"
				}
			}
			out = append(out, b)
		}
	}
	if len(out) > maxBookmarks {
		return nil, "holds more than 8 bookmarks; the last one returned is enough"
	}
	return out, ""
}

// bookmarkWriter adds the request's write bookmark to the headers when the answer starts.
type bookmarkWriter struct {
	http.ResponseWriter
	ctx     context.Context
	started bool
}

func (b *bookmarkWriter) start() {
	if b.started {
		return
	}
	b.started = true
	if written := kg.Written(b.ctx); len(written) > 0 {
		b.Header().Set(bookmarkHeader, strings.Join(written, ", "))
		b.Header().Set("Cache-Control", "no-store")
	}
}

func (b *bookmarkWriter) WriteHeader(code int) {
	b.start()
	b.ResponseWriter.WriteHeader(code)
}

func (b *bookmarkWriter) Write(p []byte) (int, error) {
	b.start()
	return b.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection's own writer.
func (b *bookmarkWriter) Unwrap() http.ResponseWriter { return b.ResponseWriter }
