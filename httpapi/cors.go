package httpapi

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Cross-origin access to /query (CORS_ORIGINS). Credentials never ride on cookies: the
// service reads only bearer tokens, and it never sends Access-Control-Allow-Credentials, so
// a browser never attaches cookies or HTTP authentication to a cross-origin request and a
// page elsewhere can read only what a curl could read. Three rules follow one list:
//
//   - reads (a JSON POST or a GET of a query, and websocket subscriptions) from a browser on
//     another origin are served, with CORS headers, when its origin is listed or the list
//     holds "*";
//   - a mutation from another origin needs its origin listed exactly ("*" is not enough),
//     as well as a token: a public read API does not open writes to every page;
//   - a cross-site GET that names no allowed origin (a link, an <img>, a form) is still
//     refused with FORBIDDEN, so a page elsewhere cannot make its visitors spend Neo4j
//     unless "*" makes the API public anyway.
//
// Requests without an Origin (not from a browser) and same-origin requests are untouched.

// CORS is the parsed CORS_ORIGINS: exact origins, and whether "*" was given.
type CORS struct {
	Any     bool
	Origins []string // scheme://host[:port], lower case, no trailing slash
}

// corsMaxAge is how long a browser may keep a preflight's answer (Chromium caps it at 2 h).
const corsMaxAge = "7200"

// corsAllowHeaders are the request headers a cross-origin client may send: the JSON body,
// the bearer token, an idempotency key, and the headers GraphQL clients (Apollo and others)
// add for persisted queries, client awareness and CSRF prevention.
var corsAllowHeaders = strings.Join([]string{
	"content-type", "accept", "authorization", "idempotency-key", "gutskin-bookmark",
	"apollographql-client-name", "apollographql-client-version", "apollo-require-preflight",
	"x-apollo-operation-name", "graphql-client-name", "graphql-client-version", "x-request-id",
}, ", ")

// corsExposeHeaders are the response headers a cross-origin page may read.
const corsExposeHeaders = "ETag, Retry-After, X-Request-Id, Gutskin-Bookmark"

// ParseCORS reads CORS_ORIGINS: empty (same origin only), "*", or a comma-separated list of
// exact origins such as https://app.example.org,http://localhost:5173 ("*" may stand among
// them: public reads, and mutations from the listed origins).
func ParseCORS(s string) (CORS, error) {
	var c CORS
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if part == "*" {
			c.Any = true
			continue
		}
		o, err := canonicalOrigin(part)
		if err != nil {
			return CORS{}, err
		}
		c.Origins = append(c.Origins, o)
	}
	return c, nil
}

// canonicalOrigin checks that s is an origin as browsers send it (scheme, host and
// optional port, nothing else) and lower-cases it.
func canonicalOrigin(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || strings.Contains(u.Host, "*") {
		return "", fmt.Errorf("%q is not an origin such as https://app.example.org or http://localhost:5173", s)
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), nil
}

// listed reports whether origin is one of the exact origins.
func (c CORS) listed(origin string) bool {
	if origin == "" {
		return false
	}
	o := strings.ToLower(origin)
	for _, allowed := range c.Origins {
		if o == allowed {
			return true
		}
	}
	return false
}

// readsFrom reports whether a browser page of origin may read answers.
func (c CORS) readsFrom(origin string) bool {
	return origin != "" && origin != "null" && (c.Any || c.listed(origin))
}

// foreignOrigin is the request's Origin when it names another origin than the one the
// request was sent to ("" for same-origin requests and requests without one).
func foreignOrigin(r *http.Request) string {
	if sameOrigin(r) {
		return ""
	}
	return r.Header.Get("Origin")
}

// mutationAllowed reports whether r may carry a mutation: same origin, no browser, or an
// origin listed exactly.
func (c CORS) mutationAllowed(r *http.Request) bool {
	o := foreignOrigin(r)
	return o == "" || c.listed(o)
}

// websocketAllowed reports whether r may open a websocket: the same rule as reads.
func (c CORS) websocketAllowed(r *http.Request) bool {
	o := foreignOrigin(r)
	return o == "" || c.readsFrom(o)
}

// crossSiteGETAllowed reports whether a browser's cross-site GET may be served: with "*"
// always (the API is public), otherwise only a CORS request from a listed origin.
func (c CORS) crossSiteGETAllowed(r *http.Request) bool {
	return c.Any || c.listed(r.Header.Get("Origin"))
}

// handler answers preflights and adds CORS headers to the answers of allowed origins.
// Every answer says Vary: Origin, so that no cache hands one origin's headers to another.
func (c CORS) handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Add("Vary", "Origin")
		origin := r.Header.Get("Origin")
		allowed := c.readsFrom(origin)
		if allowed {
			if c.listed(origin) {
				h.Set("Access-Control-Allow-Origin", origin)
			} else {
				h.Set("Access-Control-Allow-Origin", "*")
			}
		}
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Add("Vary", "Access-Control-Request-Method, Access-Control-Request-Headers")
			h.Set("Allow", "GET, POST, OPTIONS")
			if allowed {
				h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
				h.Set("Access-Control-Allow-Headers", corsAllowHeaders)
				h.Set("Access-Control-Max-Age", corsMaxAge)
			}
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if allowed {
			h.Set("Access-Control-Expose-Headers", corsExposeHeaders)
		}
		next.ServeHTTP(w, r)
	})
}

// originHosts are the hosts of the allowed origins as coder/websocket's origin patterns.
func (c CORS) originHosts() []string {
	if c.Any {
		return []string{"*"}
	}
	hosts := make([]string, 0, len(c.Origins))
	for _, o := range c.Origins {
		hosts = append(hosts, o[strings.Index(o, "://")+3:])
	}
	return hosts
}
