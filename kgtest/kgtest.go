// Package kgtest is the one harness for tests that need the real Neo4j: it connects once per
// test binary, loads the real seed once, and refuses to skip silently in CI.
package kgtest

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
	"gutskin/neo4jstore"
	"gutskin/seed"
)

var (
	once     sync.Once
	driver   neo4j.DriverWithContext
	store    *neo4jstore.Store
	graph    kg.Graph
	setupErr error
)

// Database is the Neo4j database tests use (NEO4J_DATABASE, default neo4j).
func Database() string {
	if db := os.Getenv("NEO4J_DATABASE"); db != "" {
		return db
	}
	return "neo4j"
}

// Store returns a store over the real Neo4j holding exactly the real seed. Without a
// reachable Neo4j the test is skipped, except in CI (CI set), where it fails.
func Store(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	once.Do(setup)
	if setupErr != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("Neo4j is required in CI: %v", setupErr)
		}
		tb.Skipf("Neo4j not reachable (start it with `scripts/neo4j start`): %v", setupErr)
	}
	return store
}

// Driver returns the shared driver (after Store has been called).
func Driver(tb testing.TB) neo4j.DriverWithContext {
	Store(tb)
	return driver
}

// Seed returns the graph the seed loader produced and the store holds.
func Seed(tb testing.TB) kg.Graph {
	Store(tb)
	return graph
}

func setup() {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		uri = "bolt://127.0.0.1:7687"
	}
	auth := neo4j.NoAuth()
	if u := os.Getenv("NEO4J_USER"); u != "" {
		auth = neo4j.BasicAuth(u, os.Getenv("NEO4J_PASSWORD"), "")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	d, err := neo4j.NewDriverWithContext(uri, auth)
	if err != nil {
		setupErr = err
		return
	}
	for {
		if err = d.VerifyConnectivity(ctx); err == nil || ctx.Err() != nil {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if err != nil {
		setupErr = fmt.Errorf("%s: %w", uri, err)
		return
	}
	s := neo4jstore.New(d, Database(), 30*time.Second)
	g, err := seed.Load(seed.Data)
	if err == nil {
		err = s.EnsureSchema(ctx)
	}
	if err == nil {
		err = s.ResetCuration(ctx)
	}
	if err == nil {
		err = s.Import(ctx, g)
	}
	if err != nil {
		setupErr = fmt.Errorf("loading the seed: %w", err)
		return
	}
	driver, store, graph = d, s, g
}

// Cypher runs one statement against the test database and returns its records as maps,
// for tests that check the stored graph directly.
func Cypher(tb testing.TB, query string, params map[string]any) []map[string]any {
	tb.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), Driver(tb), query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(Database()))
	if err != nil {
		tb.Fatalf("cypher failed: %v\n%s", err, query)
	}
	out := make([]map[string]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.AsMap()
	}
	return out
}

// LoadedStore returns a store over the real Neo4j without loading the seed, for processes
// that start many times against a database another step has already seeded (the workers
// of `go test -fuzz`). Like Store, it skips without Neo4j, except in CI.
func LoadedStore(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	loadedOnce.Do(func() {
		uri := os.Getenv("NEO4J_URI")
		if uri == "" {
			uri = "bolt://127.0.0.1:7687"
		}
		auth := neo4j.NoAuth()
		if u := os.Getenv("NEO4J_USER"); u != "" {
			auth = neo4j.BasicAuth(u, os.Getenv("NEO4J_PASSWORD"), "")
		}
		d, err := neo4j.NewDriverWithContext(uri, auth)
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			err = d.VerifyConnectivity(ctx)
			cancel()
		}
		if err != nil {
			loadedErr = fmt.Errorf("%s: %w", uri, err)
			return
		}
		loadedStore = neo4jstore.New(d, Database(), 30*time.Second)
	})
	if loadedErr != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("Neo4j is required in CI: %v", loadedErr)
		}
		tb.Skipf("Neo4j not reachable: %v", loadedErr)
	}
	return loadedStore
}

var (
	loadedOnce  sync.Once
	loadedStore *neo4jstore.Store
	loadedErr   error
)

// RestoreSeed takes away everything tests curated and loads the seed again, for a test
// binary's TestMain to call after its tests, so that what runs next against the same
// database (the browser tests, a server) meets exactly the seed. It does nothing if no test
// used the database.
func RestoreSeed() error {
	if store == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := store.ResetCuration(ctx); err != nil {
		return err
	}
	return store.Import(ctx, graph)
}
