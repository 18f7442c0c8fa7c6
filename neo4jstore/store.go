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
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

//go:embed queries/*.cypher
var queryFiles embed.FS

// query returns the text of queries/<name>.cypher; a missing file is a programming error.
func query(name string) string {
	b, err := queryFiles.ReadFile("queries/" + name + ".cypher")
	if err != nil {
		panic(fmt.Sprintf("neo4jstore: missing query %s: %v", name, err))
	}
	return string(b)
}

// Store reads and writes the graph in one Neo4j database.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	// txTimeout bounds every transaction on the server side too, so a request that gives up
	// does not leave work running in Neo4j.
	txTimeout time.Duration
}

// New returns a Store over an open driver.
func New(driver neo4j.DriverWithContext, database string, txTimeout time.Duration) *Store {
	if txTimeout <= 0 {
		txTimeout = 10 * time.Second
	}
	return &Store{driver: driver, database: database, txTimeout: txTimeout}
}

var _ kg.Store = (*Store)(nil)

type roundTripKey struct{}

// WithRoundTrips returns a context that counts the Neo4j round trips made under it.
func WithRoundTrips(ctx context.Context) context.Context {
	return context.WithValue(ctx, roundTripKey{}, new(atomic.Int64))
}

// RoundTrips returns how many round trips were made under ctx (see WithRoundTrips).
func RoundTrips(ctx context.Context) int64 {
	if c, ok := ctx.Value(roundTripKey{}).(*atomic.Int64); ok {
		return c.Load()
	}
	return 0
}

func countRoundTrip(ctx context.Context) {
	if c, ok := ctx.Value(roundTripKey{}).(*atomic.Int64); ok {
		c.Add(1)
	}
}

// read runs one read statement; it is the single path by which the API reaches Neo4j.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	countRoundTrip(ctx)
	if deadlinePassed(ctx) {
		// No transaction can finish in no time; starting one would only race the deadline.
		return nil, mapError(ctx, context.DeadlineExceeded)
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database),
		neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(s.timeoutFor(ctx))))
	if err != nil {
		return nil, mapError(ctx, err)
	}
	return res.Records, nil
}

// timeoutFor ties the server-side transaction timeout to the request's deadline.
func (s *Store) timeoutFor(ctx context.Context) time.Duration {
	if dl, ok := ctx.Deadline(); ok {
		if left := time.Until(dl); left > 0 && left < s.txTimeout {
			return left
		}
	}
	return s.txTimeout
}

// Ping checks that the database answers a query.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.read(ctx, "RETURN 1", nil)
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
