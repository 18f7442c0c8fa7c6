// Package httpapi is the service's HTTP surface: the GraphQL endpoint, health checks, the
// schema, the explorer and the playground, behind the middleware every request passes.
package httpapi

import (
	"cmp"
	"context"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/graph"
	"gutskin/graph/generated"
	"gutskin/kg"
)

// Deps is what the server needs.
type Deps struct {
	Log    zerolog.Logger
	Store  kg.Store
	Limits graph.Limits
	// Document bounds the shape of query documents (zero value: graph.DefaultDocumentLimits).
	Document graph.DocumentLimits
	// MaxBodyBytes bounds a request body; larger ones get 413.
	MaxBodyBytes int64
	// RequestTimeout bounds the work of one GraphQL request, Neo4j transactions included.
	RequestTimeout time.Duration
	// MaxRoundTrips bounds the Neo4j round trips of one request (0: DefaultMaxRoundTrips).
	MaxRoundTrips int
	// MaxInFlight and MaxQueued are admission control: GraphQL requests worked on at once,
	// and waiting for a place (0: the defaults below).
	MaxInFlight, MaxQueued int
	// Schema is the SDL served at /schema.graphql.
	Schema string
	// Explorer and Playground serve the browser front end (nil leaves them out).
	Explorer, Playground http.Handler
	// Releases serves published releases under /releases/ (nil leaves them out), and
	// ReleaseCatalog names the latest in `stats` (nil: none).
	Releases       http.Handler
	ReleaseCatalog kg.Releases
	// Registry receives the service's metrics, served at /metrics (nil: a new one).
	Registry *prometheus.Registry
	// Collectors are further metrics to serve, the store's for one.
	Collectors []prometheus.Collector
	// Curation takes curators' changes and knows their tokens (nil: every mutation is
	// refused as UNAUTHENTICATED).
	Curation kg.Curation
	// WriteBurst and WriteRate are each token's burst allowance of writes and how many come
	// back per second (0: graph.DefaultWriteBurst, graph.DefaultWriteRate).
	WriteBurst int
	WriteRate  float64
	// AuthFailureBurst and AuthFailureRate are each client address's allowance of requests
	// with unknown or revoked tokens, and how many come back per second (0: the defaults
	// in auth.go); beyond it, 429 RATE_LIMITED before the token is looked up.
	AuthFailureBurst int
	AuthFailureRate  float64
	// Lifetime ends live connections when it is done (nil: they end with their clients).
	Lifetime context.Context
	// MaxWebsockets bounds the websocket connections open at once, MaxWebsocketsPerClient
	// those of one client address, MaxSubscriptions the subscriptions of one connection, and
	// PingInterval is how often a client must answer a ping (0: the defaults in live.go).
	MaxWebsockets, MaxWebsocketsPerClient, MaxSubscriptions int
	PingInterval                                            time.Duration
	// CORS says which other origins' pages may call /query (zero value: same origin only;
	// cors.go has the rules).
	CORS CORS
	// Caching configures ETags, Cache-Control and the answer cache of GET reads (cache.go);
	// they need Curation, whose audit trail gives the graph version.
	Caching Caching
	// LivePoll is how often the process looks for new changes while someone subscribes
	// (0: graph.DefaultFeedInterval).
	LivePoll time.Duration
}

// Defaults of the request limits.
const (
	DefaultMaxRoundTrips = 50
	DefaultMaxInFlight   = 48
	DefaultMaxQueued     = 256
)

// NewServer returns the service's HTTP handler.
func NewServer(d Deps) http.Handler {
	if d.Registry == nil {
		d.Registry = newRegistry()
	}
	if d.Document == (graph.DocumentLimits{}) {
		d.Document = graph.DefaultDocumentLimits
	}
	d.MaxRoundTrips = cmp.Or(d.MaxRoundTrips, DefaultMaxRoundTrips)
	d.MaxInFlight = cmp.Or(d.MaxInFlight, DefaultMaxInFlight)
	d.MaxQueued = cmp.Or(d.MaxQueued, DefaultMaxQueued)
	d.MaxWebsockets = cmp.Or(d.MaxWebsockets, DefaultMaxWebsockets)
	d.MaxSubscriptions = cmp.Or(d.MaxSubscriptions, DefaultMaxSubscriptions)
	d.MaxWebsocketsPerClient = cmp.Or(d.MaxWebsocketsPerClient, DefaultMaxWebsocketsPerClient)
	d.PingInterval = cmp.Or(d.PingInterval, DefaultPingInterval)
	if d.Lifetime == nil {
		d.Lifetime = context.Background()
	}
	m := newMetrics(d.Registry, d.Collectors)
	mux := http.NewServeMux()
	addRoutes(mux, d, newGraphQL(d, m), metricsHandler(d.Registry))
	var h http.Handler = mux
	h = securityHeaders(h)
	h = accessLog(m)(h)
	h = requestID(h)
	h = withLogger(d.Log)(h)
	return h
}

// newGraphQL builds the GraphQL handler with its transport, caches and limits. From the
// outside in: the body limit, the deadline, admission control, the answer-by-the-deadline
// guard, the round-trip budget, the loaders, then gqlgen, whose hooks run in this order:
// document limits (before parsing and validation), then depth and complexity. Websockets
// take their own way in (live.go).
func newGraphQL(d Deps, m *metrics) http.Handler {
	var feed *graph.Feed
	if head, ok := d.Curation.(graph.ChangeHead); ok {
		feed = graph.NewFeed(head, d.Log)
		feed.Interval = cmp.Or(d.LivePoll, graph.DefaultFeedInterval)
		feed.FetchTimeout = cmp.Or(d.RequestTimeout, feed.FetchTimeout)
		go feed.Run(d.Lifetime)
	}
	srv := handler.New(generated.NewExecutableSchema(generated.Config{
		Resolvers:  &graph.Resolver{Store: d.Store, Limits: d.Limits, Curation: d.Curation, Feed: feed, Releases: d.ReleaseCatalog},
		Complexity: graph.Complexity(d.Limits),
	}))
	srv.AddTransport(newLiveTransport(d))
	var version *graphVersion
	if d.Curation != nil {
		ttl := cmp.Or(d.Caching.VersionTTL, DefaultVersionTTL)
		version = &graphVersion{latest: d.Curation.Latest, ttl: max(ttl, 0)}
	}
	tr := newTransport(d.CORS)
	if version != nil {
		tr.written = version.invalidate
	}
	srv.AddTransport(tr)
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetValidationRulesFn(graph.ValidationRules)
	srv.Use(extension.Introspection{})
	srv.Use(graph.DocumentLimit{Limits: d.Document})
	srv.Use(graph.DepthLimit{Max: d.Limits.MaxDepth})
	srv.Use(&graph.ComplexityLimit{Max: d.Limits.MaxComplexity})
	srv.Use(writeGuard(d))
	srv.Use(graph.InputLimit{})
	var replays kg.Replays
	if r, ok := d.Curation.(kg.Replays); ok {
		replays = r
	}
	srv.Use(&graph.Idempotency{Replays: replays})
	srv.SetErrorPresenter(graph.PresentError)
	srv.SetRecoverFunc(graph.Recover)
	// Each response says how many Neo4j round trips it cost: the measure of "no N+1".
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp != nil && !isLive(ctx) {
			if resp.Extensions == nil {
				resp.Extensions = map[string]any{}
			}
			resp.Extensions["neo4jRoundTrips"] = kg.RoundTrips(ctx)
			noteErrorCode(ctx, resp.Errors)
		}
		return resp
	})
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if oc := graphql.GetOperationContext(ctx); oc != nil {
			if entry, ok := ctx.Value(accessEntryKey{}).(*accessEntry); ok {
				name := oc.OperationName
				if name == "" && oc.Operation != nil {
					name = oc.Operation.Name
				}
				entry.setOperation(name)
			}
		}
		return next(ctx)
	})
	srv.AroundOperations(onlySubscriptions)
	live := liveHandler(d, srv)
	var h http.Handler = srv
	var tokens graph.Authenticator
	if d.Curation != nil {
		tokens = d.Curation
	}
	h = authenticate(tokens, newAuthFailures(d.AuthFailureBurst, d.AuthFailureRate))(h)
	h = countRoundTrips(d.MaxRoundTrips)(h)
	h = idempotencyKey(h)
	h = deadlineGuard(250 * time.Millisecond)(h)
	h = admit(d.MaxInFlight, d.MaxQueued, min(d.RequestTimeout/2, 2*time.Second), m)(h)
	if version != nil {
		caching := d.Caching
		caching.Bytes = cmp.Or(caching.Bytes, DefaultCacheBytes)
		h = answerCaching(caching, version, d.CORS, m.cache, d.Registry)(h)
	}
	h = timeout(d.RequestTimeout)(h)
	h = withBookmarks(h)
	h = limitBody(d.MaxBodyBytes)(h)
	plain := h
	return d.CORS.handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebsocket(r) {
			live.ServeHTTP(w, r)
			return
		}
		plain.ServeHTTP(w, r)
	}))
}
