// Command gutskin serves the gut–skin axis knowledge graph over GraphQL, with a browser
// explorer and playground, backed by Neo4j.
package main

//go:generate go -C kg run ./internal/enumgen
//go:generate go -C graph/model run ../internal/modelgen
//go:generate go tool gqlgen generate
//go:generate go run ./graph/internal/execpatch

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/formatter"

	"gutskin/graph"
	"gutskin/graph/generated"
	"gutskin/httpapi"
	"gutskin/kg"
	"gutskin/neo4jstore"
	"gutskin/release"
	"gutskin/seed"
	"gutskin/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	run := run
	if len(os.Args) > 1 {
		if sub, ok := subcommands[os.Args[1]]; ok {
			run = func(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
				return sub(ctx, args[1:], getenv, os.Stdout, stderr)
			}
		}
	}
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gutskin:", err)
		os.Exit(1)
	}
}

// subcommands are the binary's commands besides serving: each takes its arguments, the
// environment, and where to write.
var subcommands = map[string]func(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error{
	"token":   runToken,
	"export":  runExport,
	"release": runRelease,
	"import":  runImport,
}

type options struct {
	addr                          string
	neo4jURI, neo4jUser, neo4jPwd string
	neo4jDB                       string
	logLevel, logFormat           string
	seed, seedOnly                bool
	seedDir                       string
	connectTimeout                time.Duration
	warmUp                        time.Duration
	requestTimeout                time.Duration
	maxBodyBytes                  int64
	limits                        graph.Limits
	maxRoundTrips                 int
	maxInFlight, maxQueued        int
	neo4jConcurrency              int
	pprofAddr                     string
	releasesDir                   string
	devToken                      bool
	cors                          httpapi.CORS
	caching                       httpapi.Caching
	keyTTL                        time.Duration
}

// envParsed reads the environment variable key with parse; unset, it is def. A value parse
// refuses is added to problems (it is not want) and gives def, so that it is reported once,
// not again by the range checks.
func envParsed[T any](getenv func(string) string, problems *[]string, key string, def T, parse func(string) (T, error), want string) T {
	v := getenv(key)
	if v == "" {
		return def
	}
	x, err := parse(v)
	if err != nil {
		*problems = append(*problems, fmt.Sprintf("%s=%q is not %s", key, v, want))
		return def
	}
	return x
}

// parseOptions reads flags, falling back to environment variables, then defaults. A value
// that does not parse, or is out of range, stops the program with a message naming it:
// nothing falls back silently.
func parseOptions(args []string, getenv func(string) string, stderr io.Writer) (options, error) {
	var problems []string
	env := func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
	envInt := func(key string, def int) int {
		return envParsed(getenv, &problems, key, def, strconv.Atoi, "a whole number")
	}
	envDur := func(key string, def time.Duration) time.Duration {
		return envParsed(getenv, &problems, key, def, time.ParseDuration, "a duration with a unit, such as 30s or 2m")
	}
	envBool := func(key string) bool {
		return envParsed(getenv, &problems, key, false, strconv.ParseBool, "true or false")
	}
	var o options
	var maxBody int
	fs := flag.NewFlagSet("gutskin", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.addr, "addr", env("ADDR", ":8080"), "address to serve on (ADDR)")
	fs.StringVar(&o.neo4jURI, "neo4j-uri", env("NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j URI, bolt:// or neo4j:// (NEO4J_URI)")
	fs.StringVar(&o.neo4jUser, "neo4j-user", env("NEO4J_USER", ""), "Neo4j user; empty for no authentication (NEO4J_USER)")
	fs.StringVar(&o.neo4jPwd, "neo4j-password", env("NEO4J_PASSWORD", ""), "Neo4j password (NEO4J_PASSWORD)")
	fs.StringVar(&o.neo4jDB, "neo4j-database", env("NEO4J_DATABASE", "neo4j"), "Neo4j database (NEO4J_DATABASE)")
	fs.StringVar(&o.logLevel, "log-level", env("LOG_LEVEL", "info"), "debug, info, warn or error (LOG_LEVEL)")
	fs.StringVar(&o.logFormat, "log-format", env("LOG_FORMAT", "json"), "json or console (LOG_FORMAT)")
	fs.BoolVar(&o.seed, "seed", envBool("SEED"), "load the seed into Neo4j before serving (SEED=true)")
	fs.BoolVar(&o.seedOnly, "seed-only", false, "load the seed and exit")
	fs.StringVar(&o.seedDir, "seed-dir", env("SEED_DIR", ""), "read seed files from this directory instead of the built-in copy (SEED_DIR)")
	fs.DurationVar(&o.connectTimeout, "connect-timeout", envDur("CONNECT_TIMEOUT", 60*time.Second), "how long to wait for Neo4j at start (CONNECT_TIMEOUT)")
	fs.DurationVar(&o.warmUp, "warm-up", envDur("WARM_UP", time.Minute), "how long the warm-up may take, before /readyz says ready and again after: Neo4j plans the pathways and connections statements; 0: no warm-up (WARM_UP)")
	fs.DurationVar(&o.requestTimeout, "request-timeout", envDur("REQUEST_TIMEOUT", 10*time.Second), "time limit of one GraphQL request (REQUEST_TIMEOUT)")
	fs.IntVar(&maxBody, "max-body-bytes", envInt("MAX_BODY_BYTES", 1<<20), "largest request body (MAX_BODY_BYTES)")
	fs.IntVar(&o.limits.MaxPageSize, "max-page-size", envInt("MAX_PAGE_SIZE", graph.DefaultLimits.MaxPageSize), "largest page (MAX_PAGE_SIZE)")
	fs.IntVar(&o.limits.MaxDepth, "max-depth", envInt("MAX_DEPTH", graph.DefaultLimits.MaxDepth), "deepest query (MAX_DEPTH)")
	fs.IntVar(&o.limits.MaxComplexity, "max-complexity", envInt("MAX_COMPLEXITY", graph.DefaultLimits.MaxComplexity), "most complex query (MAX_COMPLEXITY)")
	fs.IntVar(&o.maxRoundTrips, "max-round-trips", envInt("MAX_ROUND_TRIPS", httpapi.DefaultMaxRoundTrips), "most Neo4j round trips of one request (MAX_ROUND_TRIPS)")
	fs.IntVar(&o.maxInFlight, "max-in-flight", envInt("MAX_IN_FLIGHT", httpapi.DefaultMaxInFlight), "GraphQL requests worked on at once (MAX_IN_FLIGHT)")
	fs.IntVar(&o.maxQueued, "max-queued", envInt("MAX_QUEUED", httpapi.DefaultMaxQueued), "GraphQL requests waiting for a place before SERVICE_OVERLOADED (MAX_QUEUED)")
	fs.IntVar(&o.neo4jConcurrency, "neo4j-max-concurrent", envInt("NEO4J_MAX_CONCURRENT", neo4jstore.DefaultMaxConcurrent), "Neo4j reads running at once (NEO4J_MAX_CONCURRENT)")
	fs.BoolVar(&o.devToken, "dev-token", false, "local development only: create a curator token if none exists and print it once")
	fs.StringVar(&o.releasesDir, "releases-dir", env("RELEASES_DIR", "releases"), "serve the releases `gutskin release --dir` wrote here at /releases/ (RELEASES_DIR)")
	fs.StringVar(&o.pprofAddr, "pprof-addr", env("PPROF_ADDR", ""), "serve pprof on this loopback address, e.g. 127.0.0.1:6060; empty: off (PPROF_ADDR)")
	fs.DurationVar(&o.caching.MaxAge, "cache-max-age", envDur("CACHE_MAX_AGE", 0), "Cache-Control max-age of GET reads; 0: no-cache, every reuse revalidated by ETag (CACHE_MAX_AGE)")
	fs.DurationVar(&o.caching.StaleWhileRevalidate, "cache-stale-while-revalidate", envDur("CACHE_STALE_WHILE_REVALIDATE", 0), "Cache-Control stale-while-revalidate of GET reads, with a max age (CACHE_STALE_WHILE_REVALIDATE)")
	cacheBytes := fs.Int("cache-bytes", envInt("CACHE_BYTES", httpapi.DefaultCacheBytes), "bytes of GET answers kept in process; 0: none (CACHE_BYTES)")
	fs.DurationVar(&o.caching.VersionTTL, "graph-version-ttl", envDur("GRAPH_VERSION_TTL", httpapi.DefaultVersionTTL), "how long a read of the graph version is trusted for ETags and the answer cache; 0: read for every GET (GRAPH_VERSION_TTL)")
	fs.DurationVar(&o.keyTTL, "idempotency-key-ttl", envDur("IDEMPOTENCY_KEY_TTL", defaultKeyTTL), "how long a mutation's Idempotency-Key (and its kept answer) is honoured before it is forgotten; 0: kept forever (IDEMPOTENCY_KEY_TTL)")
	corsOrigins := fs.String("cors-origins", env("CORS_ORIGINS", ""), "origins whose pages may call /query: comma-separated exact origins, or * for public reads; empty: same origin only (CORS_ORIGINS)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if c, err := httpapi.ParseCORS(*corsOrigins); err != nil {
		problems = append(problems, fmt.Sprintf("-cors-origins (CORS_ORIGINS): %v", err))
	} else {
		o.cors = c
	}
	if fs.NArg() > 0 {
		problems = append(problems, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	o.maxBodyBytes = int64(maxBody)
	atLeast := func(name, key string, v, least int) {
		if v < least {
			problems = append(problems, fmt.Sprintf("-%s (%s) must be at least %d, not %d", name, key, least, v))
		}
	}
	atLeast("max-body-bytes", "MAX_BODY_BYTES", maxBody, 1024)
	atLeast("cache-bytes", "CACHE_BYTES", *cacheBytes, 0)
	o.caching.Bytes = int64(*cacheBytes)
	if o.caching.Bytes == 0 {
		o.caching.Bytes = -1 // none
	}
	for _, d := range []struct {
		name, key string
		v         time.Duration
	}{{"cache-max-age", "CACHE_MAX_AGE", o.caching.MaxAge}, {"cache-stale-while-revalidate", "CACHE_STALE_WHILE_REVALIDATE", o.caching.StaleWhileRevalidate}, {"graph-version-ttl", "GRAPH_VERSION_TTL", o.caching.VersionTTL}} {
		if d.v < 0 || d.v%time.Second != 0 && d.key != "GRAPH_VERSION_TTL" {
			problems = append(problems, fmt.Sprintf("-%s (%s) must be whole seconds, at least 0, not %s", d.name, d.key, d.v))
		}
	}
	if o.caching.VersionTTL == 0 {
		o.caching.VersionTTL = -1 // read for every request
	}
	atLeast("max-page-size", "MAX_PAGE_SIZE", o.limits.MaxPageSize, 1)
	atLeast("max-depth", "MAX_DEPTH", o.limits.MaxDepth, 1)
	atLeast("max-complexity", "MAX_COMPLEXITY", o.limits.MaxComplexity, 1)
	atLeast("max-round-trips", "MAX_ROUND_TRIPS", o.maxRoundTrips, 1)
	atLeast("max-in-flight", "MAX_IN_FLIGHT", o.maxInFlight, 1)
	atLeast("max-queued", "MAX_QUEUED", o.maxQueued, 0)
	atLeast("neo4j-max-concurrent", "NEO4J_MAX_CONCURRENT", o.neo4jConcurrency, 1)
	if o.connectTimeout <= 0 {
		problems = append(problems, "-connect-timeout (CONNECT_TIMEOUT) must be positive")
	}
	if o.keyTTL < 0 || o.keyTTL > 0 && o.keyTTL < time.Minute {
		problems = append(problems, fmt.Sprintf("-idempotency-key-ttl (IDEMPOTENCY_KEY_TTL) must be 0 (keep forever) or at least 1m, not %s", o.keyTTL))
	}
	if o.requestTimeout <= 0 {
		problems = append(problems, "-request-timeout (REQUEST_TIMEOUT) must be positive")
	}
	if o.warmUp < 0 {
		problems = append(problems, "-warm-up (WARM_UP) must be at least 0")
	}
	if o.logFormat != "json" && o.logFormat != "console" {
		problems = append(problems, fmt.Sprintf("-log-format (LOG_FORMAT) must be json or console, not %q", o.logFormat))
	}
	if o.pprofAddr != "" && !loopback(o.pprofAddr) {
		problems = append(problems, fmt.Sprintf("-pprof-addr (PPROF_ADDR) must be a loopback address such as 127.0.0.1:6060, not %q", o.pprofAddr))
	}
	if len(problems) > 0 {
		return o, fmt.Errorf("bad configuration: %s", strings.Join(problems, "; "))
	}
	o.limits.DefaultPageSize = min(graph.DefaultLimits.DefaultPageSize, o.limits.MaxPageSize)
	return o, nil
}

func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// run is the whole program; main only supplies the process's context, arguments,
// environment and output. The listener answers /healthz as soon as it is open; /readyz
// says ready, and /query answers, only once Neo4j answers and the seed is loaded.
func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	o, err := parseOptions(args, getenv, stderr)
	if err != nil {
		return err
	}
	log, err := newLogger(o, stderr)
	if err != nil {
		return err
	}
	registry := prometheus.NewRegistry()
	registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	seedSeconds := prometheus.NewGauge(prometheus.GaugeOpts{Name: "gutskin_seed_load_seconds", Help: "How long loading the seed took at start (0: not loaded by this process)."})
	registry.MustRegister(seedSeconds)
	warmed := prometheus.NewGauge(prometheus.GaugeOpts{Name: "gutskin_warmed_statements", Help: "Pathways and connections statements run once at start so that Neo4j has planned them (the explorer's default depth before /readyz says ready, the other depths after)."})
	registry.MustRegister(warmed)

	// Claim the address first, so that a second instance says so before doing any work.
	var srv *server
	if !o.seedOnly {
		ln, err := listen(o.addr)
		if err != nil {
			return err
		}
		srv = startServer(ln, starting(registry), log)
		defer srv.stop(log)
		if o.pprofAddr != "" {
			stopPprof, err := servePprof(o.pprofAddr, log)
			if err != nil {
				return err
			}
			defer stopPprof()
		}
	}

	driver, err := openDriver(ctx, o, log)
	if err != nil {
		return err
	}
	defer driver.Close(context.Background())
	store := neo4jstore.New(driver, o.neo4jDB, o.requestTimeout)
	store.SetConcurrency(o.neo4jConcurrency, o.requestTimeout)
	defer store.Close()

	if o.seed || o.seedOnly {
		start := time.Now()
		if err := loadSeed(ctx, store, o, log); err != nil {
			return err
		}
		seedSeconds.Set(time.Since(start).Seconds())
		if o.seedOnly {
			return nil
		}
	} else if err := store.EnsureSchema(ctx); err != nil {
		// Without -seed the database may still lack an index (search needs the full-text
		// one): make what is missing before saying ready.
		return err
	}
	if o.devToken {
		if err := ensureDevToken(ctx, store, stderr); err != nil {
			return err
		}
	}

	// The explorer's default depth is warmed before the service says ready, the other depths
	// once it serves: planning all of them cold takes tens of seconds on a busy machine.
	now, later := splitWarmUp(neo4jstore.WarmQueries())
	warmed.Add(float64(warmUp(ctx, store, now, neo4jstore.WarmAtOnce, o.warmUp, "before ready", log)))

	srv.handler.Store(ptr(httpapi.NewServer(httpapi.Deps{
		Log: log, Store: store, Limits: o.limits, MaxBodyBytes: o.maxBodyBytes,
		RequestTimeout: o.requestTimeout, MaxRoundTrips: o.maxRoundTrips,
		MaxInFlight: o.maxInFlight, MaxQueued: o.maxQueued, Schema: schemaSDL(),
		Explorer: web.Explorer(), Playground: web.Playground(), Releases: release.Handler(o.releasesDir), ReleaseCatalog: release.Catalog(o.releasesDir),
		Registry: registry, Collectors: store.Collectors(), Curation: store, Lifetime: ctx, CORS: o.cors, Caching: o.caching,
	})))
	if o.keyTTL > 0 {
		go forgetKeys(ctx, store, o.keyTTL, log)
	}
	log.Info().Str("addr", srv.addr).Msg("ready: /query, /playground, /explore/, /healthz, /readyz, /metrics, /schema.graphql")
	warmCtx, stopWarming := context.WithCancel(ctx)
	warming := make(chan struct{})
	go func() {
		defer close(warming)
		warmed.Add(float64(warmUp(warmCtx, store, later, 1, o.warmUp, "after ready", log)))
	}()
	// The store and driver close after the warm-up has stopped.
	defer func() { stopWarming(); <-warming }()
	select {
	case err := <-srv.errc:
		return err
	case <-ctx.Done():
		return nil
	}
}

func ptr[T any](v T) *T { return &v }

// defaultKeyTTL: a client retries a lost answer within seconds or minutes; a day covers a
// laptop that slept through its retry, as other APIs with idempotency keys do.
const defaultKeyTTL = 24 * time.Hour

// forgetKeys clears the idempotency keys older than ttl at start and then every ttl/24
// (between a minute and an hour), until ctx ends. A key is honoured for at least ttl.
func forgetKeys(ctx context.Context, store *neo4jstore.Store, ttl time.Duration, log zerolog.Logger) {
	every := min(max(ttl/24, time.Minute), time.Hour)
	for {
		n, err := store.ForgetIdempotencyKeys(ctx, time.Now().Add(-ttl))
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			log.Warn().Err(err).Msg("forgetting old idempotency keys failed; trying again later")
		case n > 0:
			log.Info().Int("keys", n).Dur("older_than", ttl).Msg("forgot old idempotency keys")
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
		}
	}
}

// warmUpDepth is the explorer's default depth, warmed before the service says ready.
const warmUpDepth = 3

// splitWarmUp divides the warm-up's questions into those of the default depth and the others.
func splitWarmUp(qs []kg.PathQuery) (now, later []kg.PathQuery) {
	for _, q := range qs {
		if q.MaxHops == warmUpDepth {
			now = append(now, q)
		} else {
			later = append(later, q)
		}
	}
	return now, later
}

// warmUp has Neo4j plan the statements of qs, atOnce at a time (neo4jstore.Warm): planned cold, the first
// pathways or connections question took seconds. It takes at most limit (0: no warm-up);
// past it, or on an error, the rest stay unplanned, which only makes their first questions
// slow, so it is logged and the service goes on. It returns how many ran.
func warmUp(ctx context.Context, store *neo4jstore.Store, qs []kg.PathQuery, atOnce int, limit time.Duration, phase string, log zerolog.Logger) int {
	if limit <= 0 || len(qs) == 0 {
		return 0
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	n, err := store.Warm(ctx, qs, atOnce)
	if err != nil {
		if errors.Is(context.Cause(ctx), context.Canceled) {
			return n // the service is stopping
		}
		log.Warn().Err(err).Str("phase", phase).Int("statements", n).Dur("took", time.Since(start)).Msg("warm-up stopped; the first pathways questions may be slow")
		return n
	}
	log.Info().Str("phase", phase).Int("statements", n).Dur("took", time.Since(start)).Msg("pathways statements warmed")
	return n
}

// starting answers while the service connects and loads: alive, not ready, no queries yet.
func starting(registry *prometheus.Registry) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, "starting: connecting to Neo4j, loading the seed and warming the pathways statements\n")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, `{"errors":[{"message":"the service is starting; try again shortly","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}`)
	})
	return mux
}

func newLogger(o options, stderr io.Writer) (zerolog.Logger, error) {
	level, err := zerolog.ParseLevel(o.logLevel)
	if err != nil {
		return zerolog.Logger{}, fmt.Errorf("bad log level %q: %w", o.logLevel, err)
	}
	var out io.Writer = stderr
	if o.logFormat == "console" {
		out = zerolog.ConsoleWriter{Out: stderr, TimeFormat: time.TimeOnly}
	}
	return zerolog.New(out).Level(level).With().Timestamp().Logger(), nil
}

// openDriver builds the one driver of the process and waits, with backoff, until Neo4j
// answers or the connect timeout passes.
func openDriver(ctx context.Context, o options, log zerolog.Logger) (neo4j.DriverWithContext, error) {
	auth := neo4j.NoAuth()
	if o.neo4jUser != "" {
		auth = neo4j.BasicAuth(o.neo4jUser, o.neo4jPwd, "")
	}
	driver, err := neo4j.NewDriverWithContext(o.neo4jURI, auth, func(c *config.Config) {
		c.Log = driverLog{log.With().Str("component", "neo4j-driver").Logger()}
		c.ConnectionAcquisitionTimeout = 5 * time.Second
		// A database that does not answer a connection within a second is held away: the
		// store's circuit breaker then answers SERVICE_UNAVAILABLE at once until it is back.
		c.SocketConnectTimeout = time.Second
		// Reads do not retry (the breaker decides); this bounds the seed's writes.
		c.MaxTransactionRetryTime = 3 * time.Second
	})
	if err != nil {
		return nil, fmt.Errorf("bad Neo4j configuration: %w", err)
	}
	deadline := time.Now().Add(o.connectTimeout)
	wait := 250 * time.Millisecond
	for {
		err = driver.VerifyConnectivity(ctx)
		if err == nil {
			log.Info().Str("uri", o.neo4jURI).Str("database", o.neo4jDB).Msg("connected to Neo4j")
			return driver, nil
		}
		if time.Now().Add(wait).After(deadline) || ctx.Err() != nil {
			driver.Close(context.Background())
			return nil, fmt.Errorf("Neo4j at %s did not answer within %s (start one with `scripts/neo4j start` or set NEO4J_URI): %w", o.neo4jURI, o.connectTimeout, err)
		}
		log.Warn().Err(err).Dur("retry_in", wait).Msg("Neo4j not reachable yet")
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
		wait = min(wait*2, 5*time.Second)
	}
}

func loadSeed(ctx context.Context, store *neo4jstore.Store, o options, log zerolog.Logger) error {
	start := time.Now()
	fsys := seed.Files(o.seedDir)
	g, err := seed.Load(fsys)
	if err != nil {
		return err
	}
	if err := store.EnsureSchema(ctx); err != nil {
		return err
	}
	if err := store.Import(ctx, g); err != nil {
		return err
	}
	log.Info().Int("nodes", len(g.Nodes)).Int("relationships", len(g.Relations)).Dur("took", time.Since(start)).Msg("seed loaded")
	return nil
}

func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("%s is already in use: is the service already running (`make run` in another terminal)? Stop it or set ADDR", addr)
	}
	return ln, err
}

// server serves whichever handler it holds: the start-up one, then the service.
type server struct {
	http    *http.Server
	handler atomic.Pointer[http.Handler]
	addr    string
	errc    chan error
}

func startServer(ln net.Listener, initial http.Handler, log zerolog.Logger) *server {
	s := &server{addr: ln.Addr().String(), errc: make(chan error, 1)}
	s.handler.Store(&initial)
	s.http = &http.Server{
		Handler:           http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { (*s.handler.Load()).ServeHTTP(w, r) }),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	go func() { s.errc <- s.http.Serve(ln) }()
	log.Info().Str("addr", s.addr).Msg("listening; /healthz answers, /readyz once the graph is loaded")
	return s
}

// stop lets in-flight requests finish.
func (s *server) stop(log zerolog.Logger) {
	log.Info().Msg("shutting down; letting requests finish")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := s.http.Shutdown(ctx); err != nil {
		log.Warn().Err(err).Msg("shutdown")
	}
}

// servePprof serves the Go profiler on its own (loopback) address, apart from the service.
func servePprof(addr string, log zerolog.Logger) (func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("-pprof-addr %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	log.Info().Str("addr", ln.Addr().String()).Msg("pprof on /debug/pprof/")
	return func() { _ = srv.Close() }, nil
}

// driverLog sends the Neo4j driver's own log through zerolog.
type driverLog struct{ log zerolog.Logger }

// Error logs what the driver reports as an error. A transaction ended by the client's own
// mistake (a refusal of ours, such as a stale version, or a constraint Neo4j enforces for
// us) is no fault of the service: the request's own log line says it, at info.
func (d driverLog) Error(name, id string, err error) {
	ev := d.log.Error()
	var app *kg.Error
	var n4j *neo4j.Neo4jError
	switch {
	case errors.As(err, &app):
		ev = d.log.Debug()
	case errors.As(err, &n4j) && strings.HasPrefix(n4j.Code, "Neo.ClientError.Schema.ConstraintValidationFailed"):
		ev = d.log.Debug()
	}
	ev.Str("name", name).Str("id", id).Err(err).Msg("driver error")
}
func (d driverLog) Warnf(name, id string, msg string, args ...any) {
	d.log.Warn().Str("name", name).Str("id", id).Msgf(msg, args...)
}
func (d driverLog) Infof(name, id string, msg string, args ...any) {
	d.log.Debug().Str("name", name).Str("id", id).Msgf(msg, args...)
}
func (d driverLog) Debugf(name, id string, msg string, args ...any) {
	d.log.Trace().Str("name", name).Str("id", id).Msgf(msg, args...)
}

// schemaSDL is the whole schema as one document (the root file and every part merged), as
// served at /schema.graphql.
func schemaSDL() string {
	var b strings.Builder
	formatter.NewFormatter(&b, formatter.WithIndent("  ")).FormatSchema(generated.NewExecutableSchema(generated.Config{}).Schema())
	return b.String()
}
