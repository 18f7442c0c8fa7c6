package httpapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// A handler still working when the deadline passes does not hold the answer back: the
// client gets TIMEOUT with Retry-After, and what the handler writes afterwards is dropped.
func TestDeadlineGuardAnswersByTheDeadline(t *testing.T) {
	finished := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer close(finished)
		<-r.Context().Done()
		time.Sleep(200 * time.Millisecond) // keeps working past its deadline and grace
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"data":{"late":true}}`))
	})
	h := timeout(20 * time.Millisecond)(deadlineGuard(10 * time.Millisecond)(slow))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/query", nil))
	body := rec.Body.String()
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(body, `"TIMEOUT"`) || rec.Header().Get("Retry-After") == "" {
		t.Errorf("answer: %d %v %s", rec.Code, rec.Header(), body)
	}
	<-finished
	if strings.Contains(rec.Body.String(), "late") {
		t.Errorf("the late write reached the client: %s", rec.Body.String())
	}

	// A handler that answers in time is passed through untouched.
	quick := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTeapot)
		_, _ = w.Write([]byte(`{"data":{}}`))
	})
	rec = httptest.NewRecorder()
	timeout(time.Second)(deadlineGuard(10*time.Millisecond)(quick)).ServeHTTP(rec, httptest.NewRequest("POST", "/query", nil))
	if rec.Code != http.StatusTeapot || rec.Body.String() != `{"data":{}}` || rec.Header().Get("Content-Type") != "application/json" {
		t.Errorf("in time: %d %v %s", rec.Code, rec.Header(), rec.Body.String())
	}
}

// Admission control turns a request away at once when every place is taken and the queue
// is full.
func TestAdmissionRefusesBeyondTheQueue(t *testing.T) {
	m := newMetrics(newRegistry(), nil)
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	busy := http.HandlerFunc(func(http.ResponseWriter, *http.Request) { entered <- struct{}{}; <-release })
	h := admit(1, 0, time.Second, m)(busy)
	go h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/query", nil).WithContext(context.Background()))
	<-entered
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/query", nil))
	close(release)
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), `"SERVICE_OVERLOADED"`) || rec.Header().Get("Retry-After") != "1" {
		t.Errorf("answer: %d %v %s", rec.Code, rec.Header(), rec.Body.String())
	}
}
