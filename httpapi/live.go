package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	gqltransport "github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"gutskin/graph"
)

// Live updates: GraphQL subscriptions over a websocket at /query (the graphql-transport-ws
// protocol; gqlgen's older graphql-ws one is accepted too). A websocket lives for as long
// as its client wants, so it does not pass the middleware made for requests (the request
// deadline, admission control's places, the answer-by-the-deadline buffer, the round-trip
// budget): it has limits of its own instead. Each connection must come from this origin
// or one CORS_ORIGINS allows (or from no browser at all), there are at most MaxWebsockets at once, each holds at most
// MaxSubscriptions subscriptions, each read of Neo4j it causes has the request timeout,
// the client must answer pings, and every connection is closed when the service stops.
// Only subscriptions are served on it: queries and mutations go by HTTP, where their
// limits and write rules apply.

// Defaults of the websocket limits.
const (
	DefaultMaxWebsockets = 1000
	// One client address may hold a tenth of the places, so that one client cannot take them
	// all; clients behind one proxy or NAT share an address, hence not fewer.
	DefaultMaxWebsocketsPerClient = 100
	DefaultMaxSubscriptions       = 10
	DefaultPingInterval           = 15 * time.Second
	wsInitTimeout                 = 10 * time.Second
	wsReadLimit                   = 64 << 10
)

type liveKey struct{}

// isLive reports whether ctx belongs to a websocket connection.
func isLive(ctx context.Context) bool { return ctx.Value(liveKey{}) != nil }

// isWebsocket reports whether r asks to become a websocket.
func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

// liveTransport is gqlgen's websocket transport, taking only the requests that passed
// liveHandler's checks.
type liveTransport struct{ gqltransport.Websocket }

func (t liveTransport) Supports(r *http.Request) bool { return isWebsocket(r) && isLive(r.Context()) }

func newLiveTransport(d Deps) liveTransport {
	limit := int64(wsReadLimit)
	return liveTransport{gqltransport.Websocket{
		// coder/websocket refuses an Origin whose host is not the request's or matches none
		// of the patterns; liveHandler has already answered those with a coded 403, and
		// checked the scheme too.
		Implementation: gqltransport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{OriginPatterns: d.CORS.originHosts()}},
		// Reads are open: the init payload needs no token and is not read.
		InitFunc: func(ctx context.Context, _ gqltransport.InitPayload) (context.Context, *gqltransport.InitPayload, error) {
			return graph.WithSubscriptionLimit(ctx, d.MaxSubscriptions), nil, nil
		},
		InitTimeout:      wsInitTimeout,
		PingPongInterval: d.PingInterval,
		PayloadReadLimit: &limit,
		ErrorFunc: func(ctx context.Context, err error) {
			zerolog.Ctx(ctx).Debug().Err(err).Msg("websocket")
		},
	}}
}

// liveHandler admits websocket connections to gql: same origin or allowed by CORS, within the connection
// limit, and closed when lifetime ends.
func liveHandler(d Deps, gql http.Handler) http.Handler {
	open := gauge("gutskin_websocket_connections", "Websocket connections open (live subscriptions).")
	d.Registry.MustRegister(open)
	var count atomic.Int64
	var mu sync.Mutex
	perClient := map[string]int{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", "GET")
			clientError(w, r, refuse(http.StatusMethodNotAllowed, codeMethodNotAllowed, "a websocket is opened with GET"))
			return
		}
		if !d.CORS.websocketAllowed(r) {
			clientError(w, r, refuse(http.StatusForbidden, codeForbidden, "websocket connections from an origin not in CORS_ORIGINS are refused"))
			return
		}
		if n := count.Add(1); n > int64(d.MaxWebsockets) {
			count.Add(-1)
			clientError(w, r, refuse(http.StatusServiceUnavailable, codeOverloaded, "too many live connections; try again shortly"))
			return
		}
		addr := clientAddress(r)
		mu.Lock()
		mine := perClient[addr]
		if mine < d.MaxWebsocketsPerClient {
			perClient[addr] = mine + 1
		}
		mu.Unlock()
		if mine >= d.MaxWebsocketsPerClient {
			count.Add(-1)
			clientError(w, r, refuse(http.StatusTooManyRequests, graph.CodeRateLimited,
				fmt.Sprintf("this address already holds %d live connections; close one first", mine)))
			return
		}
		open.Inc()
		defer func() {
			count.Add(-1)
			open.Dec()
			mu.Lock()
			if perClient[addr]--; perClient[addr] <= 0 {
				delete(perClient, addr)
			}
			mu.Unlock()
		}()
		ctx, cancel := context.WithCancel(context.WithValue(r.Context(), liveKey{}, true))
		defer cancel()
		stop := context.AfterFunc(d.Lifetime, cancel)
		defer stop()
		gql.ServeHTTP(w, r.WithContext(ctx))
	})
}

// sameOrigin accepts a request without an Origin (not from a browser) or from a page of
// the host it is sent to.
func sameOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host)
}

// onlySubscriptions refuses queries and mutations sent over a websocket.
func onlySubscriptions(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if isLive(ctx) && oc != nil && oc.Operation != nil && oc.Operation.Operation != ast.Subscription {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
			Message:    "only subscriptions are served over the websocket; send queries and mutations as POST to /query",
			Extensions: map[string]any{"code": codeBadRequest},
		}}})
	}
	return next(ctx)
}
