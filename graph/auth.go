package graph

import (
	"context"
	"crypto/sha256"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"gutskin/kg"
)

// Authenticator finds the unrevoked token with a given SHA-256 hash.
type Authenticator interface {
	Authenticate(ctx context.Context, hash []byte) (kg.Principal, bool, error)
}

// WriteGuard lets a mutation operation run only with a valid bearer token, within the
// token's burst allowance; reads pass untouched. The role each mutation needs is checked by
// the mutation itself (authorize). The token's value is hashed at once and never kept.
type WriteGuard struct {
	Tokens Authenticator
	// Burst is how many writes a token may make at once; they come back at Rate per second.
	Burst int
	Rate  float64

	mu      sync.Mutex
	buckets map[string]*bucket
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
	p, err := g.authenticate(ctx, oc.Headers)
	if err == nil && !g.allow(p.Name, time.Now()) {
		err = kg.Errorf(kg.ERATELIMITED, "the token %q has made more changes in a burst than it may; wait a moment and retry", p.Name)
	}
	if err != nil {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{PresentError(ctx, err)}})
	}
	return next(kg.WithPrincipal(ctx, p))
}

// BearerToken returns the token of an "Authorization: Bearer <token>" header, or "".
func BearerToken(h http.Header) string {
	scheme, token, ok := strings.Cut(strings.TrimSpace(h.Get("Authorization")), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(token)
}

// HashToken is what is stored of a token: its SHA-256 hash.
func HashToken(token string) []byte {
	sum := sha256.Sum256([]byte(token))
	return sum[:]
}

func (g *WriteGuard) authenticate(ctx context.Context, h http.Header) (kg.Principal, error) {
	token := BearerToken(h)
	if token == "" {
		return kg.Principal{}, kg.Errorf(kg.EUNAUTHENTICATED, "changes need a token: send \"Authorization: Bearer <token>\" (an admin makes them with `gutskin token create`, or `go run . token create` in the repository)")
	}
	if g.Tokens == nil {
		return kg.Principal{}, kg.Errorf(kg.EUNAUTHENTICATED, "this service accepts no tokens")
	}
	p, ok, err := g.Tokens.Authenticate(ctx, HashToken(token))
	if err != nil {
		return kg.Principal{}, err
	}
	if !ok || !p.Role.Valid() {
		return kg.Principal{}, kg.Errorf(kg.EUNAUTHENTICATED, "the token is unknown or revoked")
	}
	return p, nil
}

// bucket is a token bucket: tokens left, and when it was last filled.
type bucket struct {
	left float64
	at   time.Time
}

// allow takes one write from a token's bucket, if one is left.
func (g *WriteGuard) allow(name string, now time.Time) bool {
	burst, rate := g.Burst, g.Rate
	if burst <= 0 {
		burst = DefaultWriteBurst
	}
	if rate <= 0 {
		rate = DefaultWriteRate
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.buckets == nil {
		g.buckets = map[string]*bucket{}
	}
	b, ok := g.buckets[name]
	if !ok {
		b = &bucket{left: float64(burst), at: now}
		g.buckets[name] = b
	}
	b.left = min(float64(burst), b.left+now.Sub(b.at).Seconds()*rate)
	b.at = now
	if b.left < 1 {
		return false
	}
	b.left--
	return true
}
