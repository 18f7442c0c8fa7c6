package httpapi

import (
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/graph"
)

// Writes: mutations pass graph.WriteGuard (a bearer token, its burst allowance) and the
// role check of each mutation; this file gives their refusals the HTTP status a client
// and a proxy expect. The transport already takes mutations only as POST with a JSON body
// (GET is refused with 405, other bodies with 415), so another origin cannot forge one
// with a link or a form; and a mutation whose Origin is another origin is refused unless
// CORS_ORIGINS lists it exactly (cors.go).

func writeGuard(d Deps) *graph.WriteGuard {
	g := &graph.WriteGuard{Burst: d.WriteBurst, Rate: d.WriteRate}
	if d.Curation != nil {
		g.Tokens = d.Curation
	}
	return g
}

// writeStatus is 401, 403 or 429 for a mutation refused for want of a token, a role or
// its burst allowance, 422 for an Idempotency-Key used for another request; 200 otherwise,
// as for every GraphQL answer.
func writeStatus(oc *graphql.OperationContext, resp *graphql.Response) int {
	if oc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Mutation || resp == nil {
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
