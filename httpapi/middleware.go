package httpapi

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"

	"gutskin/kg"
)

// withLogger puts the logger in every request's context (zerolog's hlog.NewHandler).
func withLogger(log zerolog.Logger) func(http.Handler) http.Handler { return hlog.NewHandler(log) }

// requestID gives every request an id, echoed in the X-Request-Id header and in its logs.
func requestID(next http.Handler) http.Handler {
	return hlog.RequestIDHandler("request_id", "X-Request-Id")(next)
}

type accessEntryKey struct{}

// accessEntry collects what the access log line and the metrics report that only inner
// handlers know. It is written from the handler's goroutine, read when the answer is sent.
type accessEntry struct {
	mu              sync.Mutex
	operation, code string
}

func (e *accessEntry) setOperation(op string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.operation = op
}

func (e *accessEntry) setCode(code string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.code == "" {
		e.code = code
	}
}

func (e *accessEntry) read() (operation, code string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.operation, e.code
}

// accessLog writes one line per request (method, path, status, size, duration, operation,
// error code) and feeds the request metrics.
func accessLog(m *metrics) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			entry := &accessEntry{}
			r = r.WithContext(context.WithValue(r.Context(), accessEntryKey{}, entry))
			hlog.AccessHandler(func(r *http.Request, status, size int, d time.Duration) {
				op, code := entry.read()
				m.observe(r, status, op, code, d)
				ev := hlog.FromRequest(r).Info()
				if status >= 500 {
					ev = hlog.FromRequest(r).Warn()
				}
				ev.Str("method", r.Method).Str("path", r.URL.Path).Int("status", status).Int("bytes", size).
					Dur("duration", d).Str("operation", op).Str("code", code).Msg("request")
			})(next).ServeHTTP(w, r)
		})
	}
}

func loggerFrom(r *http.Request) *zerolog.Logger { return hlog.FromRequest(r) }

// securityHeaders keeps every page to this origin: no request leaves the machine.
func securityHeaders(next http.Handler) http.Handler {
	const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
		"font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// limitBody refuses bodies over max bytes with 413 before GraphQL sees them.
func limitBody(max int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Body == nil || r.Method == http.MethodGet {
				next.ServeHTTP(w, r)
				return
			}
			if r.ContentLength > max {
				tooLarge(w, max)
				return
			}
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
			var maxErr *http.MaxBytesError
			if errors.As(err, &maxErr) {
				tooLarge(w, max)
				return
			}
			if err != nil {
				writeJSONError(w, http.StatusBadRequest, "BAD_REQUEST", "could not read the request body")
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

func tooLarge(w http.ResponseWriter, max int64) {
	w.Header().Set("Connection", "close")
	writeJSONError(w, http.StatusRequestEntityTooLarge, "PAYLOAD_TOO_LARGE", "the request body is larger than the limit of "+itoa(max)+" bytes")
}

// writeJSONError answers in the GraphQL error shape, so clients read one format.
func writeJSONError(w http.ResponseWriter, status int, code, msg string) {
	writeCodedError(w, "application/json", status, code, msg)
}

// writeCodedError is writeJSONError with the Content-Type given.
func writeCodedError(w http.ResponseWriter, contentType string, status int, code, msg string) {
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(status)
	_, _ = w.Write([]byte(`{"errors":[{"message":` + quote(msg) + `,"extensions":{"code":"` + code + `"}}]}`))
}

// timeout bounds a request's work; the deadline reaches Neo4j as a transaction timeout.
func timeout(d time.Duration) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// countRoundTrips opens each GraphQL request's budget of Neo4j round trips.
func countRoundTrips(limit int) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(w, r.WithContext(kg.WithRoundTrips(r.Context(), limit)))
		})
	}
}
