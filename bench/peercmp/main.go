// Command peercmp measures the service against the generic peer (@neo4j/graphql on Apollo
// Server, bench/peer) and against the floor (one hand-written Cypher statement per shape
// through the Go driver), on the same Neo4j and graph. It checks that the three give the
// same answers, interleaves the runs, and prints markdown tables.
//
//	go run ./bench/peercmp -uri bolt://127.0.0.1:7695 -label seed
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/bench/internal/harness"
)

type target int

const (
	ours target = iota
	peer
	raw
)

var targetNames = []string{"ours", "peer", "raw"}

type key struct {
	shape   int
	target  target
	clients int
}

type result struct {
	rates     []float64 // requests per second, one per repetition
	latencies []time.Duration
	failed    int
	firstErr  string
	requests  int
	trips     int
	cpu       map[string]time.Duration // CPU time by process during the runs
}

type bench struct {
	env       *env
	driver    neo4j.DriverWithContext
	oursPID   int
	peerPID   int
	neo4jPID  int
	results   map[key]*result
	runFor    time.Duration
	clientSet []int
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "peercmp:", err)
		os.Exit(1)
	}
}

func run() error {
	uri := flag.String("uri", "bolt://127.0.0.1:7695", "the Neo4j holding the graph (scripts/bench-neo4j SIZE uri)")
	label := flag.String("label", "seed", "name of the graph for the tables")
	neo4jPIDFile := flag.String("neo4j-pid-file", "", "the Neo4j server's pid file, to report its CPU per request")
	bin := flag.String("bin", "bin/gutskin", "the service binary")
	oursAddr := flag.String("ours-addr", "127.0.0.1:18094", "address for the service")
	peerAddr := flag.String("peer-addr", "127.0.0.1:18095", "address for the peer")
	peerDir := flag.String("peer-dir", "bench/peer", "the peer's directory (npm ci done)")
	reps := flag.Int("reps", 3, "interleaved repetitions of every run")
	runFor := flag.Duration("run", 2*time.Second, "length of one run (one shape, one target, one client count)")
	clients := flag.String("clients", "1,32", "client counts")
	doi := flag.String("doi", "10.1111/eci.13201", "the study looked up by DOI (the seed's HN001 trial)")
	allowMismatch := flag.Bool("allow-mismatch", false, "measure shapes whose answers differ instead of stopping")
	flag.Parse()

	var clientSet []int
	for _, c := range strings.Split(*clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			return fmt.Errorf("-clients: %q is not a positive number", c)
		}
		clientSet = append(clientSet, n)
	}
	for _, a := range []string{*oursAddr, *peerAddr} {
		if err := harness.FreeAddr(a); err != nil {
			return err
		}
	}
	ctx := context.Background()

	svc, err := harness.StartService(*bin, *uri, *oursAddr)
	if err != nil {
		return err
	}
	defer svc.Stop()
	port := (*peerAddr)[strings.LastIndex(*peerAddr, ":")+1:]
	host := (*peerAddr)[:strings.LastIndex(*peerAddr, ":")]
	node := exec.Command("node", "server.js")
	node.Dir = *peerDir
	node.Env = append(os.Environ(), "NEO4J_URI="+*uri, "PORT="+port, "HOST="+host, "NODE_ENV=production")
	peerURL := "http://" + *peerAddr + "/"
	pr, err := harness.StartCommand(node, peerURL, peerURL+"?query=%7B__typename%7D")
	if err != nil {
		return fmt.Errorf("starting the peer (run `npm ci` in %s first): %w", *peerDir, err)
	}
	defer pr.Stop()

	driver, err := neo4j.NewDriverWithContext(*uri, neo4j.NoAuth(), func(c *neo4j.Config) { c.MaxConnectionPoolSize = 100 })
	if err != nil {
		return err
	}
	defer driver.Close(ctx)

	b := &bench{env: &env{oursURL: svc.URL, peerURL: peerURL, doi: *doi}, driver: driver, oursPID: svc.PID(), peerPID: pr.PID(),
		results: map[key]*result{}, runFor: *runFor, clientSet: clientSet}
	if *neo4jPIDFile != "" {
		if s, err := os.ReadFile(*neo4jPIDFile); err == nil {
			b.neo4jPID, _ = strconv.Atoi(strings.TrimSpace(string(s)))
		}
	}

	all := shapes()
	var measured []int
	var skipped []string
	mismatch := map[int]string{}
	for i, s := range all {
		if s.setup != nil {
			if err := s.setup(ctx, b.env); err != nil {
				return fmt.Errorf("%s: setup: %w", s.name, err)
			}
		}
		if diff, err := b.compare(ctx, s); err != nil {
			// A shape that fails outright (e.g. the service's time limit on a large graph)
			// is reported, not measured.
			fmt.Fprintf(os.Stderr, "peercmp: %s: not measured: %v\n", s.name, err)
			skipped = append(skipped, fmt.Sprintf("%s: %v", s.name, err))
			continue
		} else if diff != "" {
			fmt.Fprintf(os.Stderr, "peercmp: %s: answers differ\n%s\n", s.name, diff)
			if !*allowMismatch {
				return fmt.Errorf("%s: the three answers differ (see above); -allow-mismatch measures anyway", s.name)
			}
			mismatch[i] = "answers differ"
		} else {
			fmt.Fprintf(os.Stderr, "peercmp: %s: ours, peer and raw answers equal\n", s.name)
		}
		measured = append(measured, i)
	}

	_, _, _ = harness.RSS(b.oursPID)
	idleOurs, _, _ := harness.RSS(b.oursPID)
	idlePeer, _, _ := harness.RSS(b.peerPID)
	for rep := 0; rep < *reps; rep++ {
		for _, i := range measured {
			for t := 0; t < 3; t++ {
				tg := target((t + rep + i) % 3) // rotate who goes first
				for _, c := range clientSet {
					b.runOnce(ctx, i, all[i], tg, c)
				}
			}
		}
		fmt.Fprintf(os.Stderr, "peercmp: repetition %d of %d done\n", rep+1, *reps)
	}
	_, peakOurs, _ := harness.RSS(b.oursPID)
	_, peakPeer, _ := harness.RSS(b.peerPID)

	b.print(*label, all, measured, mismatch, *reps)
	for _, s := range skipped {
		fmt.Printf("\nNot measured: %s\n", s)
	}
	fmt.Printf("\nRSS: ours %s idle, %s peak; peer %s idle, %s peak.\n", harness.MB(idleOurs), harness.MB(peakOurs), harness.MB(idlePeer), harness.MB(peakPeer))
	return nil
}

// compare runs the shape once each way and reports the difference of the normalised answers.
func (b *bench) compare(ctx context.Context, s *shape) (string, error) {
	var answers [3]string
	for t := ours; t <= raw; t++ {
		v, _, err := b.do(ctx, s, t, true)
		if err != nil {
			return "", fmt.Errorf("%s: %w", targetNames[t], err)
		}
		j, _ := json.Marshal(v)
		answers[t] = string(j)
	}
	if answers[ours] == answers[peer] && answers[ours] == answers[raw] {
		return "", nil
	}
	var out []string
	for t, a := range answers {
		out = append(out, fmt.Sprintf("  %s: %.600s", targetNames[t], a))
	}
	return strings.Join(out, "\n"), nil
}

// do sends one request; with normalise it also returns the answer in canonical form.
func (b *bench) do(ctx context.Context, s *shape, t target, normalise bool) (any, int, error) {
	switch t {
	case ours, peer:
		g, url := s.ours, b.env.oursURL
		if t == peer {
			g, url = s.peer, b.env.peerURL
		}
		send := harness.Post
		if g.get && t == ours {
			send = harness.Get
		}
		r, err := send(ctx, url, g.query, g.vars(b.env))
		if err != nil {
			return nil, 0, err
		}
		if r.Err() != nil {
			return nil, 0, r.Err()
		}
		if !normalise {
			return nil, r.RoundTrips(), nil
		}
		v, err := g.normalise(r.Data)
		return v, r.RoundTrips(), err
	}
	res, err := neo4j.ExecuteQuery(ctx, b.driver, s.raw.cypher, s.raw.params(b.env), neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, 0, err
	}
	if len(res.Records) != 1 {
		return nil, 0, fmt.Errorf("raw statement returned %d rows, want 1", len(res.Records))
	}
	if !normalise {
		return nil, 1, nil
	}
	v, _ := res.Records[0].Get("result")
	out, err := s.raw.normalise(v)
	return out, 1, err
}

// runOnce runs one shape one way with n clients for the run length.
func (b *bench) runOnce(ctx context.Context, i int, s *shape, t target, n int) {
	k := key{i, t, n}
	res := b.results[k]
	if res == nil {
		res = &result{cpu: map[string]time.Duration{}}
		b.results[k] = res
	}
	// one untimed request warms the path
	_, _, _ = b.do(ctx, s, t, false)
	cpuBefore := b.cpu()
	ctx, cancel := context.WithTimeout(ctx, b.runFor)
	defer cancel()
	var mu sync.Mutex
	var lat []time.Duration
	var done, failed int64
	var firstErr atomic.Value
	trips := 0
	start := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < n; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for ctx.Err() == nil {
				t0 := time.Now()
				_, rt, err := b.do(context.Background(), s, t, false)
				d := time.Since(t0)
				if err != nil {
					atomic.AddInt64(&failed, 1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				atomic.AddInt64(&done, 1)
				mine = append(mine, d)
				if rt > 0 {
					mu.Lock()
					trips = rt
					mu.Unlock()
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpuAfter := b.cpu()
	for name, v := range cpuAfter {
		res.cpu[name] += v - cpuBefore[name]
	}
	res.rates = append(res.rates, float64(done)/elapsed.Seconds())
	res.latencies = append(res.latencies, lat...)
	res.failed += int(failed)
	if e, ok := firstErr.Load().(string); ok && res.firstErr == "" {
		res.firstErr = fmt.Sprintf("%s, %d clients: %.200s", targetNames[t], n, e)
	}
	res.requests += int(done)
	if trips > 0 {
		res.trips = trips
	}
}

// cpu reads the CPU time used so far by the service, the peer, Neo4j and this process.
func (b *bench) cpu() map[string]time.Duration {
	out := map[string]time.Duration{}
	for name, pid := range map[string]int{"ours": b.oursPID, "peer": b.peerPID, "neo4j": b.neo4jPID, "client": os.Getpid()} {
		if pid > 0 {
			out[name] = cpuTime(pid)
		}
	}
	return out
}

func cpuTime(pid int) time.Duration {
	s, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return 0
	}
	// Fields after the command name (which may hold spaces) start after the last ')'.
	f := strings.Fields(string(s[strings.LastIndexByte(string(s), ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * time.Second / 100 // USER_HZ is 100 on Linux
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func (b *bench) print(label string, all []*shape, measured []int, mismatch map[int]string, reps int) {
	lo, hi := b.clientSet[0], b.clientSet[len(b.clientSet)-1]
	fmt.Printf("\n### %s: ours vs peer vs raw (%d interleaved repetitions of %s per run; medians of the repetitions' req/s)\n\n", label, reps, b.runFor)
	fmt.Printf("| shape | ours / peer req/s, %d client | %d clients | p50 ours / peer, 1 client | p99 ours / peer, %d clients | ours p50 ÷ raw p50 | round trips ours / peer / raw |\n", lo, hi, hi)
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, i := range measured {
		o1, p1, r1 := b.results[key{i, ours, lo}], b.results[key{i, peer, lo}], b.results[key{i, raw, lo}]
		oN, pN := b.results[key{i, ours, hi}], b.results[key{i, peer, hi}]
		so1, sp1, sr1 := harness.Summarise(o1.latencies), harness.Summarise(p1.latencies), harness.Summarise(r1.latencies)
		soN, spN := harness.Summarise(oN.latencies), harness.Summarise(pN.latencies)
		name := all[i].name
		if m := mismatch[i]; m != "" {
			name += " (" + m + ")"
		}
		fmt.Printf("| %s | %s | %s | %s / %s | %s / %s | %.1f× | %d / 1 / 1 |\n", name,
			ratio(median(o1.rates), median(p1.rates)), ratio(median(oN.rates), median(pN.rates)),
			harness.Ms(so1.P50), harness.Ms(sp1.P50), harness.Ms(soN.P99), harness.Ms(spN.P99),
			float64(so1.P50)/float64(max(sr1.P50, 1)), o1.trips)
	}
	fmt.Printf("\nAbsolute figures (req/s are medians of the repetitions; latencies pooled):\n\n")
	fmt.Println("| shape | clients | ours req/s | peer req/s | raw req/s | ours p50 / p99 | peer p50 / p99 | raw p50 / p99 | failed ours / peer / raw |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, i := range measured {
		for _, c := range b.clientSet {
			o, p, r := b.results[key{i, ours, c}], b.results[key{i, peer, c}], b.results[key{i, raw, c}]
			so, sp, sr := harness.Summarise(o.latencies), harness.Summarise(p.latencies), harness.Summarise(r.latencies)
			fmt.Printf("| %s | %d | %.0f | %.0f | %.0f | %s / %s | %s / %s | %s / %s | %d / %d / %d |\n", all[i].name, c,
				median(o.rates), median(p.rates), median(r.rates), harness.Ms(so.P50), harness.Ms(so.P99),
				harness.Ms(sp.P50), harness.Ms(sp.P99), harness.Ms(sr.P50), harness.Ms(sr.P99), o.failed, p.failed, r.failed)
		}
	}
	for _, i := range measured {
		for t := ours; t <= raw; t++ {
			for _, c := range b.clientSet {
				if r := b.results[key{i, t, c}]; r.failed > 0 {
					fmt.Printf("\nFailures, %s: %d, the first: %s\n", all[i].name, r.failed, r.firstErr)
				}
			}
		}
	}
	if b.neo4jPID == 0 {
		return
	}
	fmt.Printf("\nCPU per request at %d client (server + Neo4j, ms; the raw floor's client is this process):\n\n", lo)
	fmt.Println("| shape | ours | peer | raw |")
	fmt.Println("|---|---|---|---|")
	per := func(r *result, proc string) float64 {
		if r.requests == 0 {
			return 0
		}
		return float64(r.cpu[proc]) / float64(time.Millisecond) / float64(r.requests)
	}
	for _, i := range measured {
		o, p, r := b.results[key{i, ours, lo}], b.results[key{i, peer, lo}], b.results[key{i, raw, lo}]
		fmt.Printf("| %s | %.1f + %.1f | %.1f + %.1f | %.1f + %.1f |\n", all[i].name, per(o, "ours"), per(o, "neo4j"),
			per(p, "peer"), per(p, "neo4j"), per(r, "client"), per(r, "neo4j"))
	}
}

func ratio(a, b float64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f", a/b)
}
