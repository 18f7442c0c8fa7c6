package kg

import (
	"context"
	"sync"
)

// Reading one's own writes across instances. Each instance reads from the database through
// a driver of its own; behind a load balancer a curator's next request may reach another
// instance, and with a Neo4j cluster that instance may read from a replica that has not yet
// applied the write. Neo4j's answer is bookmarks: an opaque token naming a committed
// transaction, which a later transaction may be told to wait for. The HTTP layer reads the
// bookmarks a client sends, the store reads after them and notes the bookmark of each write,
// and the HTTP layer returns it with the answer.

type bookmarksKey struct{}

// bookmarks is a request's: those to read after (from the client) and those written.
type bookmarks struct {
	after   []string
	mu      sync.Mutex
	written []string
}

// WithBookmarks returns ctx carrying the bookmarks a request's reads and writes must follow
// (none: the request still collects the bookmarks of its writes).
func WithBookmarks(ctx context.Context, after []string) context.Context {
	return context.WithValue(ctx, bookmarksKey{}, &bookmarks{after: after})
}

// ReadAfter returns the bookmarks the request's transactions must follow.
func ReadAfter(ctx context.Context) []string {
	if b, ok := ctx.Value(bookmarksKey{}).(*bookmarks); ok {
		return b.after
	}
	return nil
}

// NoteWritten records the bookmarks of a committed write (nothing without WithBookmarks).
func NoteWritten(ctx context.Context, written []string) {
	if b, ok := ctx.Value(bookmarksKey{}).(*bookmarks); ok && len(written) > 0 {
		b.mu.Lock()
		b.written = append([]string(nil), written...)
		b.mu.Unlock()
	}
}

// Written returns the bookmarks of the request's last committed write, if any.
func Written(ctx context.Context) []string {
	if b, ok := ctx.Value(bookmarksKey{}).(*bookmarks); ok {
		b.mu.Lock()
		defer b.mu.Unlock()
		return b.written
	}
	return nil
}
