// Package harness holds what the benchmark clients share: starting the service binary
// against a chosen Neo4j, posting GraphQL documents over HTTP, reading a process's memory,
// and summarising latencies. It talks to the service only over HTTP, so it keeps working
// whatever the service does inside.
package harness

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	neturl "net/url"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Process is a server started by a benchmark, stopped with Stop.
type Process struct {
	cmd  *exec.Cmd
	URL  string // the GraphQL endpoint
	done chan error
	log  *bytes.Buffer
}

// StartService runs the service binary (without -seed) on addr against the Neo4j at uri
// and waits until /readyz answers.
func StartService(bin, uri, addr string) (*Process, error) {
	cmd := exec.Command(bin, "-log-level", "warn")
	cmd.Env = append(os.Environ(), "NEO4J_URI="+uri, "ADDR="+addr, "SEED=false")
	return start(cmd, "http://"+addr+"/query", "http://"+addr+"/readyz", http.StatusOK)
}

// StartCommand runs any server command and waits until readyURL answers at all (any
// status below 500: some servers refuse a bare GET, which still shows they listen).
func StartCommand(cmd *exec.Cmd, queryURL, readyURL string) (*Process, error) {
	return start(cmd, queryURL, readyURL, 0)
}

func start(cmd *exec.Cmd, queryURL, readyURL string, wantStatus int) (*Process, error) {
	p := &Process{cmd: cmd, URL: queryURL, done: make(chan error, 1), log: &bytes.Buffer{}}
	cmd.Stdout = &lockedWriter{w: p.log}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	go func() { p.done <- cmd.Wait() }()
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-p.done:
			return nil, fmt.Errorf("%s exited during start (%v): %s", cmd.Path, err, tail(p.log.String()))
		default:
		}
		resp, err := http.Get(readyURL)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == wantStatus || wantStatus == 0 && resp.StatusCode < 500 {
				return p, nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	p.Stop()
	return nil, fmt.Errorf("%s did not answer %s within 90s: %s", cmd.Path, readyURL, tail(p.log.String()))
}

// PID is the server's process id.
func (p *Process) PID() int { return p.cmd.Process.Pid }

// Stop ends the server and waits for it.
func (p *Process) Stop() {
	_ = p.cmd.Process.Signal(os.Interrupt)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func tail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}

// FreeAddr checks that addr is not in use, so that a benchmark never talks to a server it
// did not start.
func FreeAddr(addr string) error {
	c, err := net.DialTimeout("tcp", addr, 300*time.Millisecond)
	if err == nil {
		c.Close()
		return fmt.Errorf("%s is already in use; stop what listens there or choose another address", addr)
	}
	return nil
}

// RSS reads a process's resident set size and its peak (VmRSS, VmHWM) in bytes.
func RSS(pid int) (now, peak int64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			now = kb * 1024
		case "VmHWM:":
			peak = kb * 1024
		}
	}
	return now, peak, nil
}

// Response is a GraphQL response.
type Response struct {
	Data       json.RawMessage `json:"data"`
	Errors     []GraphQLError  `json:"errors"`
	Extensions map[string]any  `json:"extensions"`
}

// GraphQLError is one entry of a response's errors.
type GraphQLError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

// Err summarises a response's errors, or is nil.
func (r *Response) Err() error {
	if len(r.Errors) == 0 {
		return nil
	}
	var parts []string
	for _, e := range r.Errors {
		code, _ := e.Extensions["code"].(string)
		parts = append(parts, strings.TrimSpace(code+" "+e.Message))
	}
	return fmt.Errorf("%s", strings.Join(parts, "; "))
}

// Code is the extensions.code of the first error, or "".
func (r *Response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// RoundTrips is extensions.neo4jRoundTrips, or -1 when the server does not report it.
func (r *Response) RoundTrips() int {
	v, ok := r.Extensions["neo4jRoundTrips"].(float64)
	if !ok {
		return -1
	}
	return int(v)
}

// Client posts GraphQL documents; one per benchmark, shared by its goroutines.
var Client = &http.Client{
	Timeout: 60 * time.Second,
	Transport: &http.Transport{
		MaxIdleConns:        256,
		MaxIdleConnsPerHost: 256,
		IdleConnTimeout:     90 * time.Second,
	},
}

// Post sends one GraphQL request and decodes the answer.
func Post(ctx context.Context, url, query string, vars map[string]any) (*Response, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return send(req)
}

// Get sends a query as a GET request (the query and its variables in the URL), the way a
// browser or an HTTP cache repeats a read.
func Get(ctx context.Context, endpoint, query string, vars map[string]any) (*Response, error) {
	q := neturl.Values{"query": {query}}
	if len(vars) > 0 {
		b, _ := json.Marshal(vars)
		q.Set("variables", string(b))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	return send(req)
}

func send(req *http.Request) (*Response, error) {
	resp, err := Client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var r Response
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("HTTP %d, not a GraphQL response: %.300s", resp.StatusCode, b)
	}
	return &r, nil
}

// Stats summarises latencies.
type Stats struct {
	N             int
	P50, P95, P99 time.Duration
}

// Summarise computes percentiles (nearest rank) of ds.
func Summarise(ds []time.Duration) Stats {
	if len(ds) == 0 {
		return Stats{}
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	at := func(p float64) time.Duration {
		i := int(p*float64(len(s))+0.999999) - 1
		if i < 0 {
			i = 0
		}
		if i >= len(s) {
			i = len(s) - 1
		}
		return s[i]
	}
	return Stats{N: len(s), P50: at(0.50), P95: at(0.95), P99: at(0.99)}
}

// Ms formats a duration in milliseconds with sensible precision.
func Ms(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	switch {
	case ms >= 100:
		return fmt.Sprintf("%.0f ms", ms)
	case ms >= 10:
		return fmt.Sprintf("%.1f ms", ms)
	}
	return fmt.Sprintf("%.2f ms", ms)
}

// MB formats bytes as MB.
func MB(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }
