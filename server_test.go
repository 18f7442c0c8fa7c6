package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// TestServiceEndToEnd starts the whole program as `make run` does (seed included) and
// queries it over HTTP.
func TestServiceEndToEnd(t *testing.T) {
	kgtest.Store(t) // skips (or fails in CI) without Neo4j
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var logs bytes.Buffer
	go func() {
		done <- run(ctx, []string{"-addr", addr, "-seed"}, kgtest.Getenv, &syncWriter{w: &logs})
	}()
	waitHealthy(t, "http://"+addr+"/readyz", done)

	body := `{"query":"{ condition(id: \"condition:atopic-dermatitis\") { name synonyms } }"}`
	resp, err := http.Post("http://"+addr+"/query", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Data struct{ Condition struct{ Name string } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if out.Data.Condition.Name != "Atopic dermatitis" {
		t.Errorf("condition name = %q", out.Data.Condition.Name)
	}
	if resp.Header.Get("X-Request-Id") == "" {
		t.Error("no request id header")
	}
	for _, path := range []string{"/readyz", "/schema.graphql"} {
		r, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		if r.StatusCode != 200 {
			t.Errorf("%s = %d", path, r.StatusCode)
		}
		if path == "/schema.graphql" && !strings.Contains(string(b), "type Query") {
			t.Error("/schema.graphql does not serve the SDL")
		}
	}

	// A second instance on the same address says so instead of failing obscurely.
	err = run(context.Background(), []string{"-addr", addr}, kgtest.Getenv, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "already in use") {
		t.Errorf("second instance: err = %v, want 'already in use'", err)
	}

	// Shutdown is graceful and run returns cleanly.
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run returned %v", err)
		}
	case <-time.After(25 * time.Second):
		t.Fatal("run did not return after cancel")
	}
	for _, want := range []string{`"message":"seed loaded"`, `"message":"request"`, `"status":200`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs lack %s", want)
		}
	}
}

func TestBadConfigurationFailsClearly(t *testing.T) {
	err := run(context.Background(), []string{"-log-level", "loud"}, func(string) string { return "" }, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "bad log level") {
		t.Errorf("err = %v", err)
	}
	err = run(context.Background(), []string{"-neo4j-uri", "bolt://127.0.0.1:1", "-connect-timeout", "1s"}, func(string) string { return "" }, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "did not answer") {
		t.Errorf("err = %v", err)
	}
}

// TestStartUpAnswersHealthAtOnce checks that the listener says "alive" while the seed is
// still loading, and "ready" only once it is loaded; until then queries get a coded 503.
func TestStartUpAnswersHealthAtOnce(t *testing.T) {
	kgtest.Store(t)
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"-addr", addr, "-seed"}, kgtest.Getenv, io.Discard) }()
	get := func(path string) (int, string) {
		r, err := http.Get("http://" + addr + path)
		if err != nil {
			return 0, ""
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	status := func(path string) int {
		code, _ := get(path)
		return code
	}
	sawStarting := false
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		health := status("/healthz")
		if health == 200 {
			ready, body := get("/readyz")
			if ready == 200 {
				break
			}
			// Only the start-up handler says "starting"; once the service serves, a 503
			// from /readyz is a slow Neo4j ping, and queries are answered.
			if ready == 503 && strings.HasPrefix(body, "starting") {
				sawStarting = true
				resp, err := http.Post("http://"+addr+"/query", "application/json", strings.NewReader(`{"query":"{ stats { nodes { kind count } } }"}`))
				if err == nil {
					b, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 503 || !strings.Contains(string(b), `"SERVICE_UNAVAILABLE"`) || resp.Header.Get("Retry-After") == "" {
						t.Errorf("a query while starting: %d %s", resp.StatusCode, b)
					}
				}
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !sawStarting {
		t.Error("/healthz never answered while the seed was loading")
	}
	if got := status("/readyz"); got != 200 {
		t.Errorf("/readyz after loading = %d", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("run returned %v", err)
	}
}

// TestConfigurationRefusesBadValues: a value that does not parse stops the program with a
// message naming it, instead of falling back to the default.
func TestConfigurationRefusesBadValues(t *testing.T) {
	tests := []struct {
		env  map[string]string
		args []string
		want string
	}{
		{map[string]string{"MAX_PAGE_SIZE": "abc"}, nil, "MAX_PAGE_SIZE"},
		{map[string]string{"CONNECT_TIMEOUT": "30"}, nil, "CONNECT_TIMEOUT"},
		{map[string]string{"REQUEST_TIMEOUT": "-1s"}, nil, "REQUEST_TIMEOUT"},
		{map[string]string{"SEED": "yes please"}, nil, "SEED"},
		{map[string]string{"MAX_COMPLEXITY": "0"}, nil, "MAX_COMPLEXITY"},
		{map[string]string{"LOG_FORMAT": "xml"}, nil, "LOG_FORMAT"},
		{map[string]string{"PPROF_ADDR": "0.0.0.0:6060"}, nil, "PPROF_ADDR"},
		{map[string]string{"CACHE_MAX_AGE": "1.5s"}, nil, "CACHE_MAX_AGE"},
		{map[string]string{"CACHE_BYTES": "-1"}, nil, "CACHE_BYTES"},
		{map[string]string{"CORS_ORIGINS": "https://ok.example,app.example.org"}, nil, "CORS_ORIGINS"},
		{nil, []string{"-max-depth", "deep"}, "-max-depth"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			getenv := func(k string) string { return tt.env[k] }
			err := run(context.Background(), tt.args, getenv, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one naming %s", err, tt.want)
			}
		})
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitHealthy(t *testing.T, url string, done <-chan error) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("run stopped early: %v", err)
		default:
		}
		if r, err := http.Get(url); err == nil {
			r.Body.Close()
			if r.StatusCode == 200 {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal(fmt.Sprintf("%s did not answer within 60s", url))
}

// syncWriter lets the test read logs the server writes from other goroutines.
type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// TestWarmUpBeforeReady: the service has Neo4j plan the pathways and connections statements
// of the explorer's default depth before /readyz says ready (the log says so before it says
// ready), and the other depths once it serves (the gauge counts them all); -warm-up 0 skips
// the warm-up.
func TestWarmUpBeforeReady(t *testing.T) {
	kgtest.Store(t)
	all := len(neo4jstore.WarmQueries())
	for _, tt := range []struct {
		args   []string
		warmed int
	}{
		// A budget far past what the warm-up needs: planned on a fresh server sharing two
		// cores with the other half of the tests, the eight statements after ready once took
		// more than a minute, the default budget.
		{[]string{"-warm-up", "10m"}, all},
		{[]string{"-warm-up", "0"}, 0},
	} {
		addr := freeAddr(t)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		logs := &syncWriter{w: &bytes.Buffer{}}
		go func() {
			done <- run(ctx, append([]string{"-addr", addr}, tt.args...), kgtest.Getenv, logs)
		}()
		waitHealthy(t, "http://"+addr+"/readyz", done)
		log := logs.String()
		before := strings.Index(log, `"phase":"before ready","statements":2,`)
		ready := strings.Index(log, `"message":"ready: `)
		if tt.warmed > 0 && (before < 0 || before > ready) {
			t.Errorf("the log does not say the default depth's 2 statements were warmed before ready:\n%s", log)
		}
		if tt.warmed == 0 && strings.Contains(log, "warmed") {
			t.Errorf("with -warm-up 0, the log says statements were warmed:\n%s", log)
		}
		// The other depths are warmed in the background: wait for the gauge to count them.
		want := fmt.Sprintf("\ngutskin_warmed_statements %d\n", tt.warmed)
		var metrics string
		for deadline := time.Now().Add(10 * time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			r, err := http.Get("http://" + addr + "/metrics")
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(r.Body)
			r.Body.Close()
			if metrics = string(b); strings.Contains(metrics, want) {
				break
			}
		}
		if !strings.Contains(metrics, want) {
			t.Errorf("with %v, /metrics never said %q:\n%s", tt.args, strings.TrimSpace(want), logs.String())
		}
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run returned %v", err)
		}
	}
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}
