// Package livetest holds the end-to-end tests of live updates: several service
// instances over one real Neo4j, websocket subscribers, and writes through another
// instance. They change the graph, so they live in a test binary of their own.
package livetest

import (
	"bytes"
	"context"
	"fmt"
	"gutskin/internal/gqltest"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// instance is one service process: its own driver, store, feed and HTTP server.
type instance struct {
	url   string
	store *neo4jstore.Store
	stop  context.CancelFunc
	srv   *httptest.Server
}

type options struct {
	requestTimeout   time.Duration
	maxWebsockets    int
	maxPerClient     int
	maxSubscriptions int
	livePoll         time.Duration // 0: 20 ms, to keep the tests quick
	pingInterval     time.Duration
	// curation, when set, wraps the store as the instance's curation (to count its reads).
	curation func(*neo4jstore.Store) kg.Curation
}

// newInstance starts a service over the test database with a driver of its own, so that
// nothing but Neo4j is shared with other instances.
func newInstance(tb testing.TB, o options) *instance {
	tb.Helper()
	kgtest.Store(tb) // the seeded database, or a skip (a failure in CI)
	driver := kgtest.NewDriver(tb)
	store := neo4jstore.New(driver, kgtest.Database(), 30*time.Second)
	lifetime, stop := context.WithCancel(context.Background())
	if o.requestTimeout == 0 {
		o.requestTimeout = 30 * time.Second
	}
	if o.livePoll == 0 {
		o.livePoll = 20 * time.Millisecond
	}
	var curation kg.Curation = store
	if o.curation != nil {
		curation = o.curation(store)
	}
	srv := httptest.NewServer(httpapi.NewServer(httpapi.Deps{
		Log: zerolog.New(io.Discard), Store: store, Curation: curation, Limits: graph.DefaultLimits,
		MaxBodyBytes: 64 << 10, RequestTimeout: o.requestTimeout, Schema: "type Query { ok: Boolean }",
		WriteBurst: 1000, WriteRate: 1000, Lifetime: lifetime, LivePoll: o.livePoll,
		MaxWebsockets: o.maxWebsockets, MaxWebsocketsPerClient: o.maxPerClient, MaxSubscriptions: o.maxSubscriptions, PingInterval: o.pingInterval,
	}))
	tb.Cleanup(func() {
		stop()
		srv.Close()
		store.Close()
		_ = driver.Close(context.Background())
	})
	return &instance{url: srv.URL, store: store, stop: stop, srv: srv}
}

var serial atomic.Int64

// curatorToken stores a new curator token and returns its value.
func curatorToken(tb testing.TB, in *instance) (name, value string) {
	tb.Helper()
	n := serial.Add(1)
	name = fmt.Sprintf("live-curator-%d-%d", time.Now().UnixNano(), n)
	value = "live-token-" + name
	meta := kg.ChangeMeta{Mutation: "createToken", Curator: "live test", Reason: "a curator for the live tests"}
	if _, err := in.store.CreateToken(context.Background(), meta, name, kg.RoleCurator, graph.HashToken(value)); err != nil {
		tb.Fatal(err)
	}
	return name, value
}

// createStudy adds a study through in and returns the seq of its change and its id.
func createStudy(tb testing.TB, in *instance, token string) (seq int, id string) {
	tb.Helper()
	seq, id, _ = createStudyAnswer(tb, in, token)
	return seq, id
}

// createStudyAnswer is createStudy, with the answer's headers.
func createStudyAnswer(tb testing.TB, in *instance, token string) (seq int, id string, header http.Header) {
	tb.Helper()
	n := serial.Add(1)
	vars := map[string]any{"in": gqltest.StudyInput("live update test", "https://doi.org/10.5555/live.test",
		fmt.Sprintf("10.5555/live.%d.%d", time.Now().UnixNano(), n), fmt.Sprintf("Live trial %d", n), int(5000+n))}
	r := gqltest.Post(tb, in.url, token, nil, `mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id } change { seq } } }`, vars)
	if r.Status != http.StatusOK {
		tb.Fatalf("createStudy failed (%d): %s", r.Status, r.Raw)
	}
	out := gqltest.Data[struct {
		Study  struct{ ID string }
		Change struct{ Seq int }
	}](tb, r, "createStudy")
	return out.Change.Seq, out.Study.ID, r.Header
}

const wait = 10 * time.Second

// startCursor makes a change through in and returns the cursor of that change, read from
// the changes query: a subscription after it receives every change that follows.
func startCursor(tb testing.TB, in *instance, token string) string {
	tb.Helper()
	since := time.Now().Add(-time.Second).UTC().Format(time.RFC3339)
	seq, _ := createStudy(tb, in, token)
	out := gqltest.Data[struct {
		Edges []struct {
			Cursor string
			Node   struct{ Seq int }
		}
	}](tb, gqltest.Post(tb, in.url, "", nil, `query($since: String) { changes(since: $since, first: 100) { edges { cursor node { seq } } } }`,
		map[string]any{"since": since}), "changes")
	for _, e := range out.Edges {
		if e.Node.Seq == seq {
			return e.Cursor
		}
	}
	tb.Fatalf("change %d is not in the changes list", seq)
	return ""
}

// A write through one instance reaches a subscriber of another.
func TestWriteReachesSubscriberOfAnotherInstance(t *testing.T) {
	a, b := newInstance(t, options{}), newInstance(t, options{})
	curator, token := curatorToken(t, a)
	sub := dial(t, b.url, nil)
	sub.subscribeChanges(t, "1", startCursor(t, a, token))
	seq, id := createStudy(t, a, token)
	got := sub.nextChange(t, wait)
	if got.Node.Seq != seq || got.Node.Mutation != "createStudy" || got.Node.Curator != curator {
		t.Fatalf("got change %+v, want seq %d by %s", got.Node, seq, curator)
	}
	if len(got.Node.Touched) == 0 || got.Node.Touched[0].Target != id {
		t.Fatalf("the change should touch %s first: %+v", id, got.Node.Touched)
	}
	// And a write through the subscriber's own instance arrives too, after it.
	seq2, _ := createStudy(t, b, token)
	if got := sub.nextChange(t, wait); got.Node.Seq != seq2 {
		t.Fatalf("got change %d, want %d", got.Node.Seq, seq2)
	}
}

// A subscriber that disconnects and reconnects with its last cursor gets exactly what it
// missed, in commit order, then what follows.
func TestReconnectWithCursorGetsWhatWasMissed(t *testing.T) {
	a, b := newInstance(t, options{}), newInstance(t, options{})
	_, token := curatorToken(t, a)

	first := dial(t, a.url, nil)
	first.subscribeChanges(t, "feed", startCursor(t, a, token))
	seq0, _ := createStudy(t, b, token)
	last := first.nextChange(t, wait)
	if last.Node.Seq != seq0 {
		t.Fatalf("got %d, want %d", last.Node.Seq, seq0)
	}
	first.close()

	var missed []int
	for range 5 {
		seq, _ := createStudy(t, b, token)
		missed = append(missed, seq)
	}
	// Reconnect to the other instance, with the cursor of the last change received.
	again := dial(t, b.url, nil)
	again.subscribeChanges(t, "feed", last.Cursor)
	for i, want := range missed {
		got := again.nextChange(t, wait)
		if got.Node.Seq != want {
			t.Fatalf("change %d after reconnecting: got seq %d, want %d (missed %v)", i, got.Node.Seq, want, missed)
		}
	}
	next, _ := createStudy(t, a, token)
	if got := again.nextChange(t, wait); got.Node.Seq != next {
		t.Fatalf("after catching up: got seq %d, want %d", got.Node.Seq, next)
	}
}

// A subscription outlives the request timeout: it is not a request.
func TestSubscriptionOutlivesRequestTimeout(t *testing.T) {
	short := newInstance(t, options{requestTimeout: 200 * time.Millisecond})
	writer := newInstance(t, options{})
	_, token := curatorToken(t, writer)
	sub := dial(t, short.url, nil)
	sub.subscribeChanges(t, "1", startCursor(t, writer, token))
	time.Sleep(3 * 200 * time.Millisecond) // several request timeouts
	seq, _ := createStudy(t, writer, token)
	got := sub.nextChange(t, wait)
	for got.Node.Seq < seq {
		got = sub.nextChange(t, wait)
	}
	if got.Node.Seq != seq {
		t.Fatalf("got %d, want %d", got.Node.Seq, seq)
	}
}

func TestWebsocketRefusals(t *testing.T) {
	in := newInstance(t, options{maxSubscriptions: 2})

	t.Run("another origin", func(t *testing.T) {
		dialRefused(t, in.url, http.Header{"Origin": {"https://elsewhere.example"}}, http.StatusForbidden, "a connection from another origin")
	})
	t.Run("same origin", func(t *testing.T) {
		c := dial(t, in.url, http.Header{"Origin": {in.url}})
		c.close()
	})
	t.Run("queries and mutations go by POST", func(t *testing.T) {
		c := dial(t, in.url, nil)
		c.subscribe(t, "q", `{ revision(id: "claim:gut-skin-axis-exists") { version } }`, nil)
		m, err := c.next(wait)
		if err != nil || errorCode(m) != "BAD_REQUEST" {
			t.Fatalf("want BAD_REQUEST, got %+v %v", m, err)
		}
	})
	t.Run("a bad cursor", func(t *testing.T) {
		c := dial(t, in.url, nil)
		c.subscribeChanges(t, "1", "not-a-cursor")
		m, err := c.next(wait)
		if err != nil || errorCode(m) != graph.CodeBadUserInput {
			t.Fatalf("want BAD_USER_INPUT, got %+v %v", m, err)
		}
	})
	t.Run("subscriptions per connection", func(t *testing.T) {
		c := dial(t, in.url, nil)
		ids := []string{"1", "2", "3"}
		for _, id := range ids {
			c.subscribeChanges(t, id, "")
		}
		// They start concurrently: any one of the three is the one refused.
		m, err := c.next(wait)
		if err != nil || errorCode(m) != graph.CodeSubscriptionLimit {
			t.Fatalf("want SUBSCRIPTION_LIMIT_EXCEEDED for one of three, got %+v %v", m, err)
		}
		if m, err := c.next(wait); err != nil || m.ID != m.ID || m.Type != "complete" {
			t.Fatalf("the refused subscription should complete, got %+v %v", m, err)
		}
		// Ending a running one gives its place back.
		running := "1"
		if m.ID == "1" {
			running = "2"
		}
		if err := c.send(wsMessage{ID: running, Type: "complete"}); err != nil {
			t.Fatal(err)
		}
		for n := 4; n < 20; n++ {
			id := fmt.Sprint(n)
			c.subscribeChanges(t, id, "")
			for {
				m, err := c.next(500 * time.Millisecond)
				switch {
				case err != nil:
					return // nothing refused it: it runs
				case m.ID == running:
					continue // the end of the one completed
				case m.ID == id && errorCode(m) == graph.CodeSubscriptionLimit:
					_, _ = c.next(wait) // its complete
					// The place comes back when the ended subscription's goroutine has
					// finished, which a busy machine may delay; ask again a moment later.
					time.Sleep(50 * time.Millisecond)
				default:
					t.Fatalf("unexpected %+v", m)
				}
				break
			}
		}
		t.Fatal("the place of a completed subscription never came back")
	})
}

func TestWebsocketConnectionLimit(t *testing.T) {
	in := newInstance(t, options{maxWebsockets: 1})
	c := dial(t, in.url, nil)
	dialRefused(t, in.url, nil, http.StatusServiceUnavailable, "the second connection")
	c.close()
	// Its place comes back once the first has gone.
	awaitPlace(t, in.url, "the place of a closed connection did not come back")
}

// One client address holds at most its share of the websocket places: beyond it, 429
// RATE_LIMITED, and a place comes back when one of its connections closes.
func TestWebsocketLimitPerClient(t *testing.T) {
	in := newInstance(t, options{maxWebsockets: 10, maxPerClient: 2})
	a, b := dial(t, in.url, nil), dial(t, in.url, nil)
	defer b.close()
	dialRefused(t, in.url, nil, http.StatusTooManyRequests, "a third connection from one address")
	a.close()
	awaitPlace(t, in.url, "the place of a closed connection did not come back to its address")
}

// A client that answers the server's pings keeps its connection; one that does not is
// dropped after two intervals.
func TestPings(t *testing.T) {
	in := newInstance(t, options{pingInterval: 100 * time.Millisecond})
	_, token := curatorToken(t, in)
	live := dial(t, in.url, nil)
	deaf, err := dialAs(in.url, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(deaf.close)
	live.subscribeChanges(t, "1", startCursor(t, in, token))
	deaf.subscribeChanges(t, "1", "")
	select {
	case <-deaf.done:
	case <-time.After(wait):
		t.Fatal("a client that answers no ping is still connected")
	}
	seq, _ := createStudy(t, in, token)
	if got := live.nextChange(t, wait); got.Node.Seq != seq {
		t.Fatalf("got %d, want %d", got.Node.Seq, seq)
	}
}

// Stopping the service closes its websockets; the client can reconnect elsewhere.
func TestShutdownClosesWebsockets(t *testing.T) {
	in := newInstance(t, options{})
	c := dial(t, in.url, nil)
	c.subscribeChanges(t, "1", "")
	in.stop()
	for {
		if _, err := c.next(wait); err != nil {
			if !isClosed(c) {
				t.Fatalf("the connection should be closed: %v", err)
			}
			return
		}
	}
}

func isClosed(c *wsClient) bool {
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

func asDialError(err error, target **dialError) bool {
	de, ok := err.(*dialError)
	if ok {
		*target = de
	}
	return ok
}

// countingCuration counts the reads of the audit trail that subscriptions make.
type countingCuration struct {
	*neo4jstore.Store
	reads atomic.Int64
}

func (c *countingCuration) Changes(ctx context.Context, since time.Time, after int64, first int) ([]kg.Change, bool, error) {
	c.reads.Add(1)
	return c.Store.Changes(ctx, since, after, first)
}

// Subscribers at the same place share one read of the audit trail: with 200 of them on an
// instance, each change costs that instance a few reads, not one per subscriber, and every
// subscriber still gets every change in order.
func TestSubscribersShareReads(t *testing.T) {
	const subscribers, changes = 200, 3
	counter := &countingCuration{}
	reader := newInstance(t, options{maxPerClient: subscribers, curation: func(s *neo4jstore.Store) kg.Curation { counter.Store = s; return counter }})
	writer := newInstance(t, options{})
	_, token := curatorToken(t, writer)
	start := startCursor(t, writer, token)
	subs := feedSubscribers(t, reader.url, subscribers, start)
	before := counter.reads.Load()
	var seqs []int
	for range changes {
		seq, _ := createStudy(t, writer, token)
		seqs = append(seqs, seq)
	}
	for i, sub := range subs {
		for _, want := range seqs {
			if got := sub.nextChange(t, wait); got.Node.Seq != want {
				t.Fatalf("subscriber %d: got change %d, want %d", i, got.Node.Seq, want)
			}
		}
	}
	reads := counter.reads.Load() - before
	t.Logf("%d subscribers, %d changes: %d reads of the audit trail", subscribers, changes, reads)
	if reads < 1 || reads > 4*changes {
		t.Fatalf("%d subscribers and %d changes cost %d reads of the audit trail; shared, at most %d", subscribers, changes, reads, 4*changes)
	}
}

// postQuery sends a query to in with the Gutskin-Bookmark header (when not empty) and
// returns the status, the first error's code and the body.
func postQuery(tb testing.TB, in *instance, query string, vars map[string]any, bookmark string) (int, string, []byte) {
	tb.Helper()
	header := http.Header{}
	if bookmark != "" {
		header.Set("Gutskin-Bookmark", bookmark)
	}
	r := gqltest.Post(tb, in.url, "", header, query, vars)
	return r.Status, r.Code(), r.Raw
}

// A write's answer carries its Neo4j bookmark; a read sent with it to another instance
// reads after the write. A malformed bookmark is refused before anything is read, and one
// the database does not know is a client's mistake, not a server error.
func TestBookmarkReadsYourWriteThroughAnotherInstance(t *testing.T) {
	a, b := newInstance(t, options{}), newInstance(t, options{})
	_, token := curatorToken(t, a)
	_, id, header := createStudyAnswer(t, a, token)
	bookmark := header.Get("Gutskin-Bookmark")
	if bookmark == "" {
		t.Fatal("a mutation's answer has no Gutskin-Bookmark header")
	}
	const read = `query($id: ID!) { study(id: $id) { id } }`
	status, code, body := postQuery(t, b, read, map[string]any{"id": id}, bookmark)
	if status != http.StatusOK || code != "" || !bytes.Contains(body, []byte(id)) {
		t.Fatalf("reading after the bookmark through another instance: %d %s %s", status, code, body)
	}
	status, code, body = postQuery(t, b, read, map[string]any{"id": id}, strings.Repeat("x", 600))
	if status != http.StatusBadRequest || code != "BAD_REQUEST" {
		t.Fatalf("an oversized bookmark: want 400 BAD_REQUEST, got %d %s %s", status, code, body)
	}
	status, code, body = postQuery(t, b, read, map[string]any{"id": id}, "FB:not-a-bookmark")
	if code == "" || code == "INTERNAL_SERVER_ERROR" || status >= 500 && code != "SERVICE_UNAVAILABLE" {
		t.Fatalf("an unknown bookmark: want a client's error, got %d %s %s", status, code, body)
	}
	t.Logf("unknown bookmark: %d %s", status, code)
}
