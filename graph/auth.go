package graph

import (
	"context"
	"crypto/sha256"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/time/rate"

	"gutskin/kg"
)

// Who is calling is decided at the edge: the HTTP layer checks a request's bearer token once
// (Authenticate) and puts the outcome on the request's context (WithCaller). This layer only
// authorises: WriteGuard lets a mutation run for a valid token within its allowance, each
// mutation checks its role (authorize), and the token queries read the same outcome.

// Authenticator finds the unrevoked token with a given SHA-256 hash.
type Authenticator interface {
	Authenticate(ctx context.Context, hash []byte) (kg.Principal, bool, error)
}

// HashToken is what is stored of a token: its SHA-256 hash.
func HashToken(token string) []byte {
	sum := sha256.Sum256([]byte(token))
	return sum[:]
}

// Authenticate checks a bearer token: the principal of the unrevoked token it is, or
// UNAUTHENTICATED (or the store's error when it cannot tell). The token is hashed at once
// and never kept.
func Authenticate(ctx context.Context, tokens Authenticator, token string) (kg.Principal, error) {
	if tokens == nil {
		return kg.Principal{}, kg.Errorf(kg.EUNAUTHENTICATED, "this service accepts no tokens")
	}
	p, ok, err := tokens.Authenticate(ctx, HashToken(token))
	if err != nil {
		return kg.Principal{}, err
	}
	if !ok || !p.Role.Valid() {
		return kg.Principal{}, kg.Errorf(kg.EUNAUTHENTICATED, "the token is unknown or revoked")
	}
	return p, nil
}

// caller is what the edge found of a request that sent a token: its principal, or why it
// is refused.
type caller struct {
	err error
}

type callerKey struct{}

// WithCaller returns ctx saying a bearer token was sent and what Authenticate made of it:
// err nil, the token's principal is on the context too.
func WithCaller(ctx context.Context, p kg.Principal, err error) context.Context {
	ctx = context.WithValue(ctx, callerKey{}, caller{err: err})
	if err == nil {
		ctx = kg.WithPrincipal(ctx, p)
	}
	return ctx
}

// callerOf returns the principal of the request's token; sent is false when none was sent.
func callerOf(ctx context.Context) (p kg.Principal, sent bool, err error) {
	c, sent := ctx.Value(callerKey{}).(caller)
	if !sent {
		if p, ok := kg.PrincipalFrom(ctx); ok {
			return p, true, nil
		}
		return kg.Principal{}, false, kg.Errorf(kg.EUNAUTHENTICATED, "changes need a token: send \"Authorization: Bearer <token>\" (an admin makes them with `gutskin token create`, or `go run . token create` in the repository)")
	}
	if c.err != nil {
		return kg.Principal{}, true, c.err
	}
	p, _ = kg.PrincipalFrom(ctx)
	return p, true, nil
}

// WriteGuard lets a mutation operation run only for a caller with a valid token, within the
// token's burst allowance; reads pass untouched. The role each mutation needs is checked by
// the mutation itself (authorize).
type WriteGuard struct {
	// Burst is how many writes a token may make at once; they come back at Rate per second.
	Burst int
	Rate  float64

	mu       sync.Mutex
	limiters map[string]*rate.Limiter
}

// Default burst allowance of a token.
const (
	DefaultWriteBurst = 20
	DefaultWriteRate  = 5
)

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = (*WriteGuard)(nil)

func (*WriteGuard) ExtensionName() string                   { return "WriteGuard" }
func (*WriteGuard) Validate(graphql.ExecutableSchema) error { return nil }
func (g *WriteGuard) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return next(ctx)
	}
	p, _, err := callerOf(ctx)
	if err == nil && !g.allow(p.Name, time.Now()) {
		err = kg.Errorf(kg.ERATELIMITED, "the token %q has made more changes in a burst than it may; wait a moment and retry", p.Name)
	}
	if err != nil {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{PresentError(ctx, err)}})
	}
	return next(ctx)
}

// allow takes one write from a token's allowance, if one is left.
func (g *WriteGuard) allow(name string, now time.Time) bool {
	burst, perSecond := g.Burst, g.Rate
	if burst <= 0 {
		burst = DefaultWriteBurst
	}
	if perSecond <= 0 {
		perSecond = DefaultWriteRate
	}
	g.mu.Lock()
	l, ok := g.limiters[name]
	if !ok {
		if g.limiters == nil {
			g.limiters = map[string]*rate.Limiter{}
		}
		l = rate.NewLimiter(rate.Limit(perSecond), burst)
		g.limiters[name] = l
	}
	g.mu.Unlock()
	return l.AllowN(now, 1)
}
