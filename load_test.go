package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"gutskin/kgtest"
)

// loadMix is what the load run's clients send: the explorer's usual reads, the expensive
// graph searches, and requests that must be refused cheaply.
var loadMix = []string{
	`{ stats { nodes { kind count } } }`,
	`{ strain(id: "strain:hn001") { name studies { title year } claims { statement maturity } } }`,
	`{ claims(first: 50) { nodes { id statement evidence { stance study { title strains { label } } } } } }`,
	`{ search(query: "eczema probiotics", first: 10) { edges { score node { id label } } } }`,
	`{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 4, first: 10) { strength hops { relation { kind } } } }`,
	`{ neighbourhood(id: "condition:acne", depth: 2, limit: 200) { nodes { id } edges { kind } } }`,
	`{` + strings.Repeat(" __typename", 3000) + ` }`,
	`{ a: stats { nodes { kind } } b: stats { nodes { kind } } c: stats { nodes { kind } } d: stats { nodes { kind } } }`,
}

// BenchmarkLoad holds 64 concurrent clients sending the mix above for 20 seconds against
// the whole program on loopback, and reports latency percentiles, answers later than the
// request deadline (goal: none later than the deadline plus a second) and the process's
// peak resident memory (server and clients share the process). Run it with `make load`;
// its duration does not depend on b.N.
func BenchmarkLoad(b *testing.B) {
	kgtest.Store(b)
	const (
		clients  = 64
		duration = 20 * time.Second
		deadline = 10 * time.Second
	)
	addr := freeAddrB(b)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-addr", addr, "-request-timeout", deadline.String()}, kgtest.Getenv, io.Discard)
	}()
	defer func() { cancel(); <-done }()
	waitReady(b, "http://"+addr+"/readyz")

	type result struct {
		took time.Duration
		code string
	}
	var mu sync.Mutex
	var results []result
	client := &http.Client{Timeout: 3 * deadline, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	stop := time.Now().Add(duration)
	var wg sync.WaitGroup
	b.ResetTimer()
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(i), 12))
			for time.Now().Before(stop) {
				body, _ := json.Marshal(map[string]string{"query": loadMix[rng.IntN(len(loadMix))]})
				start := time.Now()
				resp, err := client.Post("http://"+addr+"/query", "application/json", bytes.NewReader(body))
				code := "transport-error"
				if err == nil {
					raw, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					code = firstCode(raw, resp.StatusCode)
				}
				mu.Lock()
				results = append(results, result{time.Since(start), code})
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	b.StopTimer()

	took := make([]time.Duration, len(results))
	codes := map[string]int{}
	late, veryLate := 0, 0
	for i, r := range results {
		took[i] = r.took
		codes[r.code]++
		if r.took > deadline {
			late++
		}
		if r.took > deadline+time.Second {
			veryLate++
		}
	}
	slices.Sort(took)
	pct := func(p float64) time.Duration { return took[min(len(took)-1, int(p*float64(len(took))))] }
	rss := peakRSS()
	b.ReportMetric(float64(len(results)), "requests")
	b.ReportMetric(float64(pct(0.50).Milliseconds()), "p50-ms")
	b.ReportMetric(float64(pct(0.99).Milliseconds()), "p99-ms")
	b.ReportMetric(float64(took[len(took)-1].Milliseconds()), "max-ms")
	b.ReportMetric(float64(late), "past-deadline")
	b.ReportMetric(float64(veryLate), "past-deadline+1s")
	b.ReportMetric(float64(rss>>20), "peak-RSS-MiB")
	b.Logf("%d clients, %s: %d answers; p50 %s, p99 %s, max %s; %d past the deadline, %d more than 1 s past; peak RSS %d MiB; by code: %v",
		clients, duration, len(results), pct(0.50), pct(0.99), took[len(took)-1], late, veryLate, rss>>20, codes)
	if veryLate > 0 {
		b.Errorf("%d answers came more than a second after their deadline", veryLate)
	}
}

func firstCode(raw []byte, status int) string {
	var r struct {
		Errors []struct {
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if json.Unmarshal(raw, &r) != nil {
		return "not-json-" + strconv.Itoa(status)
	}
	if len(r.Errors) == 0 {
		return "ok"
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// peakRSS reads the process's peak resident set (VmHWM) from /proc.
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func freeAddrB(b *testing.B) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitReady(b *testing.B, url string) {
	for end := time.Now().Add(60 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if r, err := http.Get(url); err == nil {
			r.Body.Close()
			if r.StatusCode == 200 {
				return
			}
		}
	}
	b.Fatal(fmt.Sprintf("%s not ready within 60s", url))
}
