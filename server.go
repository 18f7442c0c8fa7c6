// Command gutskin serves the gut–skin axis knowledge graph over GraphQL, with a browser
// explorer and playground, backed by Neo4j.
package main

//go:generate go tool gqlgen generate

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/formatter"

	"gutskin/graph"
	"gutskin/graph/generated"
	"gutskin/httpapi"
	"gutskin/neo4jstore"
	"gutskin/seed"
	"gutskin/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gutskin:", err)
		os.Exit(1)
	}
}

type options struct {
	addr                          string
	neo4jURI, neo4jUser, neo4jPwd string
	neo4jDB                       string
	logLevel, logFormat           string
	seed, seedOnly                bool
	seedDir                       string
	connectTimeout                time.Duration
	requestTimeout                time.Duration
	maxBodyBytes                  int64
	limits                        graph.Limits
}

// parseOptions reads flags, falling back to environment variables, then defaults.
func parseOptions(args []string, getenv func(string) string, stderr io.Writer) (options, error) {
	env := func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
	envInt := func(key string, def int) int {
		n, err := strconv.Atoi(getenv(key))
		if err != nil {
			return def
		}
		return n
	}
	envDur := func(key string, def time.Duration) time.Duration {
		d, err := time.ParseDuration(getenv(key))
		if err != nil {
			return def
		}
		return d
	}
	var o options
	fs := flag.NewFlagSet("gutskin", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.addr, "addr", env("ADDR", ":8080"), "address to serve on (ADDR)")
	fs.StringVar(&o.neo4jURI, "neo4j-uri", env("NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j URI, bolt:// or neo4j:// (NEO4J_URI)")
	fs.StringVar(&o.neo4jUser, "neo4j-user", env("NEO4J_USER", ""), "Neo4j user; empty for no authentication (NEO4J_USER)")
	fs.StringVar(&o.neo4jPwd, "neo4j-password", env("NEO4J_PASSWORD", ""), "Neo4j password (NEO4J_PASSWORD)")
	fs.StringVar(&o.neo4jDB, "neo4j-database", env("NEO4J_DATABASE", "neo4j"), "Neo4j database (NEO4J_DATABASE)")
	fs.StringVar(&o.logLevel, "log-level", env("LOG_LEVEL", "info"), "debug, info, warn or error (LOG_LEVEL)")
	fs.StringVar(&o.logFormat, "log-format", env("LOG_FORMAT", "json"), "json or console (LOG_FORMAT)")
	fs.BoolVar(&o.seed, "seed", env("SEED", "") == "true", "load the seed into Neo4j before serving (SEED=true)")
	fs.BoolVar(&o.seedOnly, "seed-only", false, "load the seed and exit")
	fs.StringVar(&o.seedDir, "seed-dir", env("SEED_DIR", ""), "read seed files from this directory instead of the built-in copy (SEED_DIR)")
	fs.DurationVar(&o.connectTimeout, "connect-timeout", envDur("CONNECT_TIMEOUT", 60*time.Second), "how long to wait for Neo4j at start (CONNECT_TIMEOUT)")
	fs.DurationVar(&o.requestTimeout, "request-timeout", envDur("REQUEST_TIMEOUT", 10*time.Second), "time limit of one GraphQL request (REQUEST_TIMEOUT)")
	fs.Int64Var(&o.maxBodyBytes, "max-body-bytes", int64(envInt("MAX_BODY_BYTES", 1<<20)), "largest request body (MAX_BODY_BYTES)")
	fs.IntVar(&o.limits.MaxPageSize, "max-page-size", envInt("MAX_PAGE_SIZE", graph.DefaultLimits.MaxPageSize), "largest page (MAX_PAGE_SIZE)")
	fs.IntVar(&o.limits.MaxDepth, "max-depth", envInt("MAX_DEPTH", graph.DefaultLimits.MaxDepth), "deepest query (MAX_DEPTH)")
	fs.IntVar(&o.limits.MaxComplexity, "max-complexity", envInt("MAX_COMPLEXITY", graph.DefaultLimits.MaxComplexity), "most complex query (MAX_COMPLEXITY)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	o.limits.DefaultPageSize = min(graph.DefaultLimits.DefaultPageSize, o.limits.MaxPageSize)
	return o, nil
}

// run is the whole program; main only supplies the process's context, arguments,
// environment and output.
func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	o, err := parseOptions(args, getenv, stderr)
	if err != nil {
		return err
	}
	log, err := newLogger(o, stderr)
	if err != nil {
		return err
	}
	// Claim the address first, so that a second instance says so before doing any work.
	var ln net.Listener
	if !o.seedOnly {
		if ln, err = listen(o.addr); err != nil {
			return err
		}
		defer ln.Close()
	}

	driver, err := openDriver(ctx, o, log)
	if err != nil {
		return err
	}
	defer driver.Close(context.Background())
	store := neo4jstore.New(driver, o.neo4jDB, o.requestTimeout)

	if o.seed || o.seedOnly {
		if err := loadSeed(ctx, store, o, log); err != nil {
			return err
		}
		if o.seedOnly {
			return nil
		}
	}

	handler := httpapi.NewServer(httpapi.Deps{
		Log: log, Store: store, Limits: o.limits, MaxBodyBytes: o.maxBodyBytes,
		RequestTimeout: o.requestTimeout, Schema: schemaSDL(),
		Explorer: web.Explorer(), Playground: web.Playground(),
	})
	return serve(ctx, ln, handler, log)
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
		c.SocketConnectTimeout = 3 * time.Second
		// While Neo4j is away, answer SERVICE_UNAVAILABLE within seconds rather than retrying for long.
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

// serve answers on ln until ctx ends, then lets in-flight requests finish.
func serve(ctx context.Context, ln net.Listener, h http.Handler, log zerolog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info().Str("addr", ln.Addr().String()).Msg("serving: /query, /playground, /explore/, /healthz, /readyz, /schema.graphql")
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info().Msg("shutting down; letting requests finish")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// driverLog sends the Neo4j driver's own log through zerolog.
type driverLog struct{ log zerolog.Logger }

func (d driverLog) Error(name, id string, err error) {
	d.log.Error().Str("name", name).Str("id", id).Err(err).Msg("driver error")
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
