// Package kgtest is the one harness for tests that need the real Neo4j: it connects once per
// test binary, loads the real seed once, and refuses to skip silently in CI.
package kgtest

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
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

// The tests run on a Neo4j of their own, never the development database: the harness resets
// curation (tokens, audit records, curated entities) between tests, which would delete a
// curator's work. `make test` starts that server with scripts/test-neo4j.
const (
	// DefaultURI and DefaultDatabase are where scripts/test-neo4j serves the tests.
	DefaultURI      = "bolt://127.0.0.1:7688"
	DefaultDatabase = "gutskintest"
	// serverDatabase is the database the service and `make run` use unless told otherwise.
	serverDatabase = "neo4j"
)

// URI is the Bolt URI of the tests' Neo4j (NEO4J_TEST_URI, default DefaultURI). NEO4J_URI,
// which the service reads, is deliberately not consulted.
func URI() string {
	if u := os.Getenv("NEO4J_TEST_URI"); u != "" {
		return u
	}
	return DefaultURI
}

// Database is the database tests use (NEO4J_TEST_DATABASE, default DefaultDatabase).
func Database() string {
	if db := os.Getenv("NEO4J_TEST_DATABASE"); db != "" {
		return db
	}
	return DefaultDatabase
}

// Getenv is os.Getenv with the service's Neo4j settings pointed at the tests' database, for
// tests that start the program (run, runToken) the way the binary starts. Unless WARM_UP is
// set, the services they start skip the warm-up (a test of it asks with -warm-up): it
// planned statements for 6 s or more at each of the root package's service starts.
func Getenv(key string) string {
	switch key {
	case "NEO4J_URI":
		return URI()
	case "NEO4J_DATABASE":
		return Database()
	case "WARM_UP":
		if v, ok := os.LookupEnv(key); ok {
			return v
		}
		return "0"
	}
	return os.Getenv(key)
}

// CheckIsolated refuses a test database that may be the development one: a database named
// as the service's default, or the very URI and database the environment gives the service
// (NEO4J_URI, NEO4J_DATABASE), which is what `make run` serves.
func CheckIsolated(uri, database, serviceURI, serviceDatabase string) error {
	why := ""
	switch {
	case database == serverDatabase:
		why = fmt.Sprintf("the database is named %q, the name the service and `make run` use", database)
	case serviceURI != "" && sameServer(uri, serviceURI) && database == orDefault(serviceDatabase, serverDatabase):
		why = fmt.Sprintf("NEO4J_URI and NEO4J_DATABASE name the same database (%s, %s)", uri, database)
	}
	if why == "" {
		return nil
	}
	return fmt.Errorf("%w: refusing to run the tests against %s database %s: %s. The tests delete curated "+
		"entities, tokens and audit records, so they run only on a database of their own: "+
		"`make test` starts one (scripts/test-neo4j start: %s, database %s); set NEO4J_TEST_URI and "+
		"NEO4J_TEST_DATABASE to use another", errNotIsolated, uri, database, why, DefaultURI, DefaultDatabase)
}

func sameServer(a, b string) bool {
	host := func(u string) string {
		if i := strings.Index(u, "://"); i >= 0 {
			u = u[i+3:]
		}
		return strings.Replace(strings.TrimSuffix(u, "/"), "localhost", "127.0.0.1", 1)
	}
	return host(a) == host(b)
}

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// connect opens a driver to the tests' database after checking it is not the development one.
// hold takes the database for this process (see holdDatabase); a reader that changes
// nothing (LoadedStore, in fuzz workers whose parent holds it) does not.
func connect(ctx context.Context, hold bool) (neo4j.DriverWithContext, error) {
	uri := URI()
	if err := CheckIsolated(uri, Database(), os.Getenv("NEO4J_URI"), os.Getenv("NEO4J_DATABASE")); err != nil {
		return nil, err
	}
	if hold {
		if err := holdDatabase(uri, Database()); err != nil {
			return nil, err
		}
	}
	auth := neo4j.NoAuth()
	if u := os.Getenv("NEO4J_TEST_USER"); u != "" {
		auth = neo4j.BasicAuth(u, os.Getenv("NEO4J_TEST_PASSWORD"), "")
	}
	d, err := neo4j.NewDriverWithContext(uri, auth)
	if err != nil {
		return nil, err
	}
	for {
		if err = d.VerifyConnectivity(ctx); err == nil || ctx.Err() != nil {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if err != nil {
		_ = d.Close(context.Background())
		return nil, fmt.Errorf("%s: %w (start the tests' Neo4j with `scripts/test-neo4j start`)", uri, err)
	}
	return d, nil
}

// fail ends a test whose database could not be had: a refusal always fails; an unreachable
// Neo4j skips, except in CI (CI set), where it fails.
func fail(tb testing.TB, err error) {
	tb.Helper()
	if os.Getenv("CI") != "" || errors.Is(err, errNotIsolated) {
		tb.Fatalf("Neo4j for tests: %v", err)
	}
	tb.Skipf("Neo4j not reachable: %v", err)
}

var errNotIsolated = errors.New("not the tests' own database")

// Store returns a store over the real Neo4j holding exactly the real seed. Without a
// reachable Neo4j the test is skipped, except in CI (CI set), where it fails.
func Store(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	once.Do(setup)
	if setupErr != nil {
		fail(tb, setupErr)
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
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	d, err := connect(ctx, true)
	if err != nil {
		setupErr = err
		return
	}
	s := neo4jstore.New(d, Database(), 30*time.Second)
	g, err := seed.Load(seed.Data)
	if err == nil {
		err = s.EnsureSchema(ctx)
	}
	if err == nil {
		err = resetCuration(ctx, d)
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

// Scratch deletes the entities whose ids start with prefix, now and when the test ends, for
// tests that write entities of their own beside the seed.
func Scratch(tb testing.TB, prefix string) {
	tb.Helper()
	remove := func() {
		Cypher(tb, `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, map[string]any{"prefix": prefix})
	}
	remove()
	tb.Cleanup(remove)
}

// Cypher runs one statement against the test database and returns its records as maps,
// for tests that check the stored graph directly.
func Cypher(tb testing.TB, query string, params map[string]any) []map[string]any {
	tb.Helper()
	return cypherOn(tb, Driver(tb), query, params)
}

// LoadedCypher is Cypher for the processes that use LoadedStore.
func LoadedCypher(tb testing.TB, query string, params map[string]any) []map[string]any {
	tb.Helper()
	LoadedStore(tb)
	return cypherOn(tb, loadedDriver, query, params)
}

func cypherOn(tb testing.TB, d neo4j.DriverWithContext, query string, params map[string]any) []map[string]any {
	tb.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, query, params, neo4j.EagerResultTransformer,
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
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		d, err := connect(ctx, false)
		if err != nil {
			loadedErr = err
			return
		}
		loadedDriver, loadedStore = d, neo4jstore.New(d, Database(), 30*time.Second)
	})
	if loadedErr != nil {
		fail(tb, loadedErr)
	}
	return loadedStore
}

var (
	loadedOnce   sync.Once
	loadedStore  *neo4jstore.Store
	loadedDriver neo4j.DriverWithContext
	loadedErr    error
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
	if err := resetCuration(ctx, driver); err != nil {
		return err
	}
	return store.Import(ctx, graph)
}

// Address is the host:port of the tests' Neo4j, for a Proxy in front of it.
func Address() string {
	u := URI()
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	return strings.TrimSuffix(u, "/")
}

// NewDriver opens a driver of its own to the tests' Neo4j (after Store has checked it), for
// tests that need a second connection pool, as a second service instance has.
func NewDriver(tb testing.TB) neo4j.DriverWithContext {
	tb.Helper()
	Store(tb)
	auth := neo4j.NoAuth()
	if u := os.Getenv("NEO4J_TEST_USER"); u != "" {
		auth = neo4j.BasicAuth(u, os.Getenv("NEO4J_TEST_PASSWORD"), "")
	}
	d, err := neo4j.NewDriverWithContext(URI(), auth)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// holdDatabase takes an exclusive lock on the test database for the rest of this process,
// so that two test runs on one machine take turns instead of resetting each other's data
// (go test -p 1 runs the packages of one run one after another; a second run waits).
func holdDatabase(uri, database string) error {
	sum := sha256.Sum256([]byte(uri + "\x00" + database))
	path := filepath.Join(os.TempDir(), fmt.Sprintf("gutskin-test-%x.lock", sum[:6]))
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return fmt.Errorf("locking the test database: %w", err)
	}
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
		fmt.Fprintf(os.Stderr, "kgtest: another test run uses %s database %s; waiting for it (%s)\n", uri, database, path)
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			return fmt.Errorf("locking the test database: %w", err)
		}
	}
	heldLock = f // kept open: the lock lasts as long as the process
	return nil
}

var heldLock *os.File

// resetCuration removes every trace of curation: curated entities and relationships,
// retired entities, audit records and tokens, and the marks on seed records, so that each
// test binary starts from exactly the seed. Only tests delete curated work: the service
// has no such operation.
func resetCuration(ctx context.Context, d neo4j.DriverWithContext) error {
	for _, stmt := range []string{
		"MATCH (n) WHERE n:Change OR n:ChangeSequence OR n:Token OR n:Retired OR n:RemovedLink OR (n:Entity AND n.origin = 'curated') DETACH DELETE n",
		"MATCH (:Entity)-[r]->(:Entity) WHERE r.origin = 'curated' DELETE r",
		"MATCH (n:Entity) WHERE n.curatedKeys IS NOT NULL OR n.version IS NOT NULL REMOVE n.curatedKeys, n.version",
	} {
		if _, err := neo4j.ExecuteQuery(ctx, d, stmt, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(Database())); err != nil {
			return fmt.Errorf("kgtest: resetting curation: %w", err)
		}
	}
	return nil
}
