package httpapi

import (
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"golang.org/x/time/rate"

	"gutskin/graph"
	"gutskin/kg"
)

// Who is calling is decided here, once per request: a bearer token becomes the caller on
// the request's context (graph.WithCaller), which the GraphQL layer authorises. Writes then
// pass graph.WriteGuard (a valid token, its burst allowance) and the role check of each
// mutation; this file also gives their refusals the HTTP status a client and a proxy
// expect. The transport already takes mutations only as POST with a JSON body (GET is
// refused with 405, other bodies with 415), so another origin cannot forge one with a link
// or a form; and a mutation whose Origin is another origin is refused unless CORS_ORIGINS
// lists it exactly (cors.go).

// Defaults of the allowance of failed authentications per client address: a burst, then
// one more a second. Tokens are 256 random bits, so this is not what keeps them secret; it
// keeps a guessing run from costing a token look-up in Neo4j per request.
const (
	DefaultAuthFailureBurst = 10
	DefaultAuthFailureRate  = 1
)

// authenticate checks the request's bearer token, if it sent one, and puts the outcome on
// its context. An address whose failed attempts are beyond its allowance is refused with
// 429 RATE_LIMITED before the token is looked up.
func authenticate(tokens graph.Authenticator, failures *authFailures) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			token := bearerToken(r.Header)
			if token == "" {
				next.ServeHTTP(w, r)
				return
			}
			addr := clientAddress(r)
			if wait, ok := failures.mayTry(addr); !ok {
				w.Header().Set("Retry-After", strconv.Itoa(max(1, int(wait.Round(time.Second).Seconds()))))
				clientError(w, r, refuse(http.StatusTooManyRequests, graph.CodeRateLimited, "too many attempts with unknown or revoked tokens from this address; wait and retry"))
				return
			}
			ctx := r.Context()
			p, err := graph.Authenticate(ctx, tokens, token)
			if kg.ErrorCode(err) == kg.EUNAUTHENTICATED {
				failures.failed(addr)
			}
			next.ServeHTTP(w, r.WithContext(graph.WithCaller(ctx, p, err)))
		})
	}
}

// bearerToken returns the token of an "Authorization: Bearer <token>" header, or "" (no
// header, another scheme: reads need no token, and a mutation is then refused for want of one).
func bearerToken(h http.Header) string {
	scheme, token, ok := strings.Cut(strings.TrimSpace(h.Get("Authorization")), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(token)
}

// clientAddress is the address the connection comes from (not a header a client can set).
func clientAddress(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// authFailures is the allowance of failed authentications of each client address.
type authFailures struct {
	burst int
	every rate.Limit

	mu    sync.Mutex
	addrs map[string]*rate.Limiter
}

// maxTrackedAddresses bounds the addresses remembered; past it, those whose allowance is
// whole again are forgotten.
const maxTrackedAddresses = 10000

func newAuthFailures(burst int, perSecond float64) *authFailures {
	if burst <= 0 {
		burst = DefaultAuthFailureBurst
	}
	if perSecond <= 0 {
		perSecond = DefaultAuthFailureRate
	}
	return &authFailures{burst: burst, every: rate.Limit(perSecond), addrs: map[string]*rate.Limiter{}}
}

// mayTry says whether an address may present a token now, and if not how long to wait.
func (f *authFailures) mayTry(addr string) (time.Duration, bool) {
	f.mu.Lock()
	l := f.addrs[addr]
	f.mu.Unlock()
	if l == nil {
		return 0, true
	}
	now := time.Now()
	if l.TokensAt(now) >= 1 {
		return 0, true
	}
	r := l.ReserveN(now, 1)
	wait := r.DelayFrom(now)
	r.CancelAt(now)
	return wait, false
}

// failed spends one of an address's allowance.
func (f *authFailures) failed(addr string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	l := f.addrs[addr]
	if l == nil {
		if len(f.addrs) >= maxTrackedAddresses {
			f.forgetRested()
		}
		l = rate.NewLimiter(f.every, f.burst)
		f.addrs[addr] = l
	}
	l.Allow()
}

func (f *authFailures) forgetRested() {
	now := time.Now()
	for addr, l := range f.addrs {
		if l.TokensAt(now) >= float64(f.burst) {
			delete(f.addrs, addr)
		}
	}
	if len(f.addrs) >= maxTrackedAddresses {
		f.addrs = map[string]*rate.Limiter{}
	}
}

func writeGuard(d Deps) *graph.WriteGuard {
	return &graph.WriteGuard{Burst: d.WriteBurst, Rate: d.WriteRate}
}

// authStatus is 401, 403 or 429 for an operation refused for want of a token, a role or a
// burst allowance (a mutation, or a query of tokens or the viewer), 422 for an
// Idempotency-Key used for another request; 200 otherwise, as for every GraphQL answer.
func authStatus(resp *graphql.Response) int {
	if resp == nil {
		return http.StatusOK
	}
	for _, e := range resp.Errors {
		switch e.Extensions["code"] {
		case graph.CodeUnauthenticated:
			return http.StatusUnauthorized
		case graph.CodeForbidden:
			return http.StatusForbidden
		case graph.CodeRateLimited:
			return http.StatusTooManyRequests
		case graph.CodeKeyReused:
			return http.StatusUnprocessableEntity
		}
	}
	return http.StatusOK
}

// idempotencyKey hands a request's Idempotency-Key header to the GraphQL layer, which
// makes keyed mutations safe to retry (graph.Idempotency).
func idempotencyKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if key := r.Header.Get("Idempotency-Key"); key != "" {
			r = r.WithContext(graph.WithIdempotencyKey(r.Context(), key))
		}
		next.ServeHTTP(w, r)
	})
}
