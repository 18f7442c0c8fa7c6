// Package httpapi is the service's HTTP surface: the GraphQL endpoint, health checks, the
// schema, the explorer and the playground, behind the middleware every request passes.
package httpapi

import (
	"context"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/graph"
	"gutskin/graph/generated"
	"gutskin/kg"
	"gutskin/neo4jstore"
)

// Deps is what the server needs.
type Deps struct {
	Log    zerolog.Logger
	Store  kg.Store
	Limits graph.Limits
	// MaxBodyBytes bounds a request body; larger ones get 413.
	MaxBodyBytes int64
	// RequestTimeout bounds the work of one GraphQL request, Neo4j transactions included.
	RequestTimeout time.Duration
	// Schema is the SDL served at /schema.graphql.
	Schema string
	// Explorer and Playground serve the browser front end (nil leaves them out).
	Explorer, Playground http.Handler
}

// NewServer returns the service's HTTP handler.
func NewServer(d Deps) http.Handler {
	mux := http.NewServeMux()
	addRoutes(mux, d, newGraphQL(d))
	var h http.Handler = mux
	h = securityHeaders(h)
	h = accessLog(h)
	h = requestID(h)
	h = withLogger(d.Log)(h)
	return h
}

// newGraphQL builds the GraphQL handler with its transports, caches and limits.
func newGraphQL(d Deps) http.Handler {
	srv := handler.New(generated.NewExecutableSchema(generated.Config{
		Resolvers:  &graph.Resolver{Store: d.Store, Limits: d.Limits},
		Complexity: graph.Complexity(d.Limits),
	}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(extension.FixedComplexityLimit(d.Limits.MaxComplexity))
	srv.Use(graph.DepthLimit{Max: d.Limits.MaxDepth})
	srv.SetErrorPresenter(graph.PresentError)
	srv.SetRecoverFunc(graph.Recover)
	// Each response says how many Neo4j round trips it cost: the measure of "no N+1".
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp != nil {
			if resp.Extensions == nil {
				resp.Extensions = map[string]any{}
			}
			resp.Extensions["neo4jRoundTrips"] = neo4jstore.RoundTrips(ctx)
		}
		return resp
	})
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if oc := graphql.GetOperationContext(ctx); oc != nil {
			if entry, ok := ctx.Value(accessEntryKey{}).(*accessEntry); ok {
				entry.operation = oc.OperationName
			}
		}
		return next(ctx)
	})
	var h http.Handler = srv
	h = countRoundTrips(h)
	h = timeout(d.RequestTimeout)(h)
	h = limitBody(d.MaxBodyBytes)(h)
	return h
}
