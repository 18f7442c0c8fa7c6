package httpapi

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// admit is admission control for GraphQL requests: at most inFlight run at once, at most
// queued wait for a place, and none waits past maxWait or its deadline. A request turned
// away gets 503 SERVICE_OVERLOADED with Retry-After at once, so that a burst is answered
// quickly instead of every request answering late.
func admit(inFlight, queued int, maxWait time.Duration, m *metrics) func(http.Handler) http.Handler {
	slots := make(chan struct{}, max(inFlight, 1))
	queue := make(chan struct{}, max(queued, 0))
	overloaded := refuse(http.StatusServiceUnavailable, codeOverloaded, "the service is busy; try again shortly")
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case slots <- struct{}{}:
			default:
				if !waitForSlot(r.Context(), slots, queue, maxWait, m) {
					m.refused.Inc()
					clientError(w, r, overloaded)
					return
				}
			}
			m.inFlight.Inc()
			defer func() { <-slots; m.inFlight.Dec() }()
			next.ServeHTTP(w, r)
		})
	}
}

func waitForSlot(ctx context.Context, slots, queue chan struct{}, maxWait time.Duration, m *metrics) bool {
	select {
	case queue <- struct{}{}:
	default:
		return false // the queue is full
	}
	m.queued.Inc()
	defer func() { <-queue; m.queued.Dec() }()
	timer := time.NewTimer(maxWait)
	defer timer.Stop()
	select {
	case slots <- struct{}{}:
		return true
	case <-timer.C:
	case <-ctx.Done():
	}
	return false
}

const codeOverloaded = "SERVICE_OVERLOADED"

// deadlineGuard makes sure a request is answered by its deadline (plus a short grace for
// the handler to give its own TIMEOUT answer), however busy the process is: the handler
// writes into a buffer, and if it is still working when time is up, the buffer is dropped
// and the client gets TIMEOUT. The handler's work stops on its own, its context being done.
func deadlineGuard(grace time.Duration) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if _, ok := r.Context().Deadline(); !ok {
				next.ServeHTTP(w, r)
				return
			}
			buf := &bufferedResponse{header: w.Header().Clone(), status: http.StatusOK}
			done := make(chan any, 1)
			go func() {
				defer func() { done <- recover() }()
				next.ServeHTTP(buf, r)
			}()
			select {
			case p := <-done:
				if p != nil {
					panic(p)
				}
				buf.copyTo(w)
				return
			case <-r.Context().Done():
			}
			select {
			case p := <-done:
				if p != nil {
					panic(p)
				}
				buf.copyTo(w)
			case <-time.After(grace):
				buf.abandon()
				clientError(w, r, refuse(http.StatusServiceUnavailable, "TIMEOUT", "the request took too long"))
			}
		})
	}
}

// bufferedResponse holds a response until it is complete; once abandoned it takes writes
// and drops them.
type bufferedResponse struct {
	mu        sync.Mutex
	header    http.Header
	status    int
	body      bytes.Buffer
	abandoned bool
}

func (b *bufferedResponse) Header() http.Header { return b.header }

func (b *bufferedResponse) WriteHeader(status int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.status = status
}

func (b *bufferedResponse) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.abandoned {
		return len(p), nil
	}
	return b.body.Write(p)
}

func (b *bufferedResponse) abandon() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.abandoned = true
}

func (b *bufferedResponse) copyTo(w http.ResponseWriter) {
	b.mu.Lock()
	defer b.mu.Unlock()
	h := w.Header()
	for k, v := range b.header {
		h[k] = v
	}
	h.Set("Content-Length", strconv.Itoa(b.body.Len()))
	w.WriteHeader(b.status)
	_, _ = w.Write(b.body.Bytes())
}
