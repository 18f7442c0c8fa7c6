// Package neo4jstore implements the knowledge graph's storage on Neo4j: reading it for the
// API and writing the seed. Every value reaches Cypher as a parameter; the only names built
// into a statement are labels and relationship types taken from kg's allow-lists.
package neo4jstore

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

//go:embed queries/*.cypher
var queryFiles embed.FS

// query returns the text of queries/<name>.cypher; a missing file is a programming error.
// The files are read once: a request should not copy its statement out of the binary.
func query(name string) string {
	q, ok := queryTexts[name]
	if !ok {
		panic(fmt.Sprintf("neo4jstore: missing query %s", name))
	}
	return q
}

var queryTexts = func() map[string]string {
	entries, err := queryFiles.ReadDir("queries")
	if err != nil {
		panic(fmt.Sprintf("neo4jstore: the embedded queries: %v", err))
	}
	texts := make(map[string]string, len(entries))
	for _, e := range entries {
		b, err := queryFiles.ReadFile("queries/" + e.Name())
		if err != nil {
			panic(fmt.Sprintf("neo4jstore: the embedded query %s: %v", e.Name(), err))
		}
		texts[strings.TrimSuffix(e.Name(), ".cypher")] = withoutComments(string(b))
	}
	return texts
}()

// withoutComments drops the lines that hold only a comment. The files explain their
// statements at length, and Neo4j reads a statement's whole text on every run, to pre-parse
// it and to find its plan in the cache: on the seed, the pathways statement without its 72
// lines of comments (6 of its 16.6 KB) cost Neo4j 10 % less CPU a run (5.63 against 4.98 ms,
// then 4.58 against 4.11, 2,000 runs each, interleaved). DEBUG_CYPHER prints statements as
// sent, so without them too; the files keep them.
func withoutComments(text string) string {
	var b strings.Builder
	for line := range strings.Lines(text) {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			b.WriteString(line)
		}
	}
	return b.String()
}

// Store reads and writes the graph in one Neo4j database.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	// txTimeout bounds every transaction on the server side too, so a request that gives up
	// does not leave work running in Neo4j.
	txTimeout time.Duration
	// gate bounds the reads in flight across the process, so that one client's fan-out
	// cannot take every pooled connection; maxWait bounds the wait for a place.
	gate    chan struct{}
	maxWait time.Duration
	breaker *breaker
	metrics *storeMetrics
	// writeHook, set only by tests, runs at the named stages of a curation write.
	writeHook func(stage string)
	// listCountLimit is how far a filtered list is counted (kg.ListCountLimit unless set).
	listCountLimit int
}

// DefaultMaxConcurrent is how many reads may run in Neo4j at once unless configured
// otherwise: well under the driver's pool of 100 connections.
const DefaultMaxConcurrent = 32

// New returns a Store over an open driver.
func New(driver neo4j.DriverWithContext, database string, txTimeout time.Duration) *Store {
	if txTimeout <= 0 {
		txTimeout = 10 * time.Second
	}
	s := &Store{driver: driver, database: database, txTimeout: txTimeout, metrics: newStoreMetrics()}
	s.SetConcurrency(DefaultMaxConcurrent, 2*time.Second)
	s.breaker = newBreaker(s.probe, s.metrics.circuitOpen)
	return s
}

// SetConcurrency sets how many reads may run at once and how long a read waits for a place
// before the request is refused as overloaded. Call it before the store is used.
func (s *Store) SetConcurrency(n int, maxWait time.Duration) {
	s.gate = make(chan struct{}, max(n, 1))
	s.maxWait = maxWait
	s.metrics.concurrencyLimit.Set(float64(max(n, 1)))
}

// Close stops the store's background work (the outage probe); it does not close the driver.
func (s *Store) Close() { s.breaker.stop() }

var _ kg.Store = (*Store)(nil)

var errUnavailable = kg.Errorf(kg.EUNAVAILABLE, "the graph database is not reachable; try again shortly")

// read runs one read statement; it is the single path by which the API reaches Neo4j.
// In order: the request's round-trip budget, the circuit breaker (an unreachable database
// is answered at once), the process-wide concurrency gate, then the statement itself.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if err := kg.SpendRoundTrip(ctx); err != nil {
		s.metrics.roundTrips.WithLabelValues("refused").Inc()
		return nil, err
	}
	if deadlinePassed(ctx) {
		// No transaction can finish in no time; starting one would only race the deadline.
		return nil, mapError(ctx, context.DeadlineExceeded)
	}
	if s.breaker.isOpen() {
		s.metrics.roundTrips.WithLabelValues("unavailable").Inc()
		return nil, errUnavailable
	}
	if err := s.enter(ctx); err != nil {
		s.metrics.roundTrips.WithLabelValues(outcome(err)).Inc()
		return nil, err
	}
	defer s.leave()
	start := time.Now()
	recs, err := s.run(ctx, cypher, params)
	// A stale pooled connection (Neo4j restarted since it was opened) fails once; a fresh
	// one tells whether the database is really away.
	if err != nil && databaseAway(err) && ctx.Err() == nil {
		recs, err = s.run(ctx, cypher, params)
	}
	s.metrics.latency.Observe(time.Since(start).Seconds())
	if err != nil {
		if databaseAway(err) && ctx.Err() == nil {
			s.breaker.trip()
		}
		err = mapError(ctx, err)
		s.metrics.roundTrips.WithLabelValues(outcome(err)).Inc()
		return nil, err
	}
	s.metrics.roundTrips.WithLabelValues("ok").Inc()
	return recs, nil
}

// run sends one auto-commit statement. Unlike the driver's managed transactions it does not
// retry for seconds when the database is away: the breaker decides what happens next.
func (s *Store) run(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{
		AccessMode:      neo4j.AccessModeRead,
		DatabaseName:    s.database,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
		// After what the client has seen written, through whichever instance.
		Bookmarks: neo4j.BookmarksFromRawValues(kg.ReadAfter(ctx)...),
	})
	defer session.Close(context.WithoutCancel(ctx))
	res, err := session.Run(ctx, cypher, params, neo4j.WithTxTimeout(s.timeoutFor(ctx)))
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// enter waits for a place among the reads in flight: at most maxWait, and never past the
// request's deadline.
func (s *Store) enter(ctx context.Context) error {
	select {
	case s.gate <- struct{}{}:
		s.metrics.inFlight.Inc()
		return nil
	default:
	}
	s.metrics.waiting.Inc()
	defer s.metrics.waiting.Dec()
	timer := time.NewTimer(s.maxWait)
	defer timer.Stop()
	select {
	case s.gate <- struct{}{}:
		s.metrics.inFlight.Inc()
		return nil
	case <-ctx.Done():
		return mapError(ctx, ctx.Err())
	case <-timer.C:
		return kg.Errorf(kg.EOVERLOADED, "the service is busy; try again shortly")
	}
}

func (s *Store) leave() {
	<-s.gate
	s.metrics.inFlight.Dec()
}

// timeoutFor ties the server-side transaction timeout to the request's deadline. The
// warm-up's statements (warm.go) are bounded by its deadline alone: planning counts against
// the timeout, and a statement planned cold can take longer than a request may.
func (s *Store) timeoutFor(ctx context.Context) time.Duration {
	dl, ok := ctx.Deadline()
	if ok && warming(ctx) {
		return max(time.Until(dl), time.Millisecond)
	}
	if ok {
		if left := time.Until(dl); left > 0 && left < s.txTimeout {
			return left
		}
	}
	return s.txTimeout
}

// Ping checks that the database answers a query, within a second. While the breaker is
// open it answers at once. It does not queue behind the concurrency limit: readiness says
// whether Neo4j answers, not whether this process is busy.
func (s *Store) Ping(ctx context.Context) error {
	if s.breaker.isOpen() {
		return errUnavailable
	}
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	_, err := s.run(ctx, "RETURN 1", nil)
	if err != nil {
		if databaseAway(err) {
			s.breaker.trip()
		}
		return mapError(ctx, err)
	}
	return nil
}

// probe asks the database for an answer, bypassing the breaker and the gate; the breaker
// calls it in the background while it is open.
func (s *Store) probe(ctx context.Context) error {
	_, err := s.run(ctx, "RETURN 1", nil)
	return err
}

// mapError turns driver errors into application errors; the original stays in the chain
// for the log, never in a response.
func mapError(ctx context.Context, err error) error {
	var limit *neo4j.TransactionExecutionLimit
	// The driver retried because it could not reach the database: more than one attempt
	// failed. A single failed attempt may be the deadline itself cutting a connection short
	// (the driver then reports a garbled handshake as a connectivity error).
	retriedUnreachable := errors.As(err, &limit) && len(limit.Errors) > 1 && unreachable(err)
	switch {
	case deadlinePassed(ctx) && !retriedUnreachable:
		// The request's own deadline passed; the driver may report it as a connectivity
		// error, but the database was there.
		return errors.Join(kg.Errorf(kg.ETIMEOUT, "the request took too long"), err)
	case unreachable(err):
		return errors.Join(kg.Errorf(kg.EUNAVAILABLE, "the graph database is not reachable; try again shortly"), err)
	case errors.Is(err, context.DeadlineExceeded):
		return errors.Join(kg.Errorf(kg.ETIMEOUT, "the request took too long"), err)
	case errors.Is(err, context.Canceled):
		return errors.Join(kg.Errorf(kg.ETIMEOUT, "the request was cancelled"), err)
	}
	var n4j *neo4j.Neo4jError
	if errors.As(err, &n4j) {
		switch {
		case strings.Contains(n4j.Code, "TransactionTimedOut") || strings.Contains(n4j.Code, "Transaction.Terminated"):
			return errors.Join(kg.Errorf(kg.ETIMEOUT, "the request took too long"), err)
		case strings.HasPrefix(n4j.Code, "Neo.TransientError"), strings.Contains(n4j.Code, "DatabaseUnavailable"):
			return errors.Join(kg.Errorf(kg.EUNAVAILABLE, "the graph database is not available; try again shortly"), err)
		case strings.Contains(n4j.Code, "InvalidBookmark"):
			return errors.Join(kg.Errorf(kg.EINVALID, "the Gutskin-Bookmark header holds a bookmark this database does not know; send one this service returned, or none"), err)
		case searchIndexMissing(err):
			return errors.Join(kg.Errorf(kg.EUNAVAILABLE, "the search index is being rebuilt; try again shortly"), err)
		}
	}
	return err
}

// deadlinePassed reports whether ctx's deadline has passed. It also looks at the clock: the
// driver can fail on the deadline (even as a garbled handshake) a moment before the context's
// timer marks it done.
func deadlinePassed(ctx context.Context) bool {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return true
	}
	dl, ok := ctx.Deadline()
	return ok && !time.Now().Before(dl)
}

// unreachable reports whether the driver could not reach the database, including when it
// gave up retrying for that reason.
func unreachable(err error) bool {
	if neo4j.IsConnectivityError(err) {
		return true
	}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		for _, e := range limit.Errors {
			if neo4j.IsConnectivityError(e) {
				return true
			}
		}
	}
	return false
}

// databaseAway reports whether an error means the database cannot be used at all (as
// opposed to one statement failing): it feeds the circuit breaker.
func databaseAway(err error) bool {
	if unreachable(err) {
		return true
	}
	var n4j *neo4j.Neo4jError
	return errors.As(err, &n4j) && strings.Contains(n4j.Code, "DatabaseUnavailable")
}

// searchIndexMissing reports whether a statement failed because the full-text index was
// not there: another instance is rebuilding it after loading the seed.
func searchIndexMissing(err error) bool {
	return err != nil && strings.Contains(err.Error(), "no such fulltext schema index")
}
