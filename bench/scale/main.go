// Command scale measures the service on a large bulk-imported graph: it starts the service
// binary (without -seed) against that Neo4j, runs each query shape with one client, then
// loads it with many clients and reads its memory, and prints a markdown table.
//
//	go run ./bench/scale -uri bolt://127.0.0.1:7697 -label 100k
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"gutskin/bench/internal/harness"
)

type shape struct {
	name  string
	query string
	vars  map[string]any
	// check reads the answer and says what it found, or why it is wrong.
	check func(data json.RawMessage) (string, error)
	// goal is the target for the shape at 1m entities, printed beside the figure.
	goal string
}

// Goals at 1m entities (issue 22).
const (
	listGoal        = "p95 < 50 ms"
	nestedGoal      = "p95 < 30 ms"
	connectionsGoal = "p95 < 100 ms"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

func run() error {
	uri := flag.String("uri", "bolt://127.0.0.1:7697", "the bulk-imported Neo4j (scripts/bench-neo4j SIZE uri)")
	label := flag.String("label", "", "name of the graph for the table (e.g. 100k)")
	bin := flag.String("bin", "bin/gutskin", "the service binary")
	addr := flag.String("addr", "127.0.0.1:18093", "address for the service")
	reps := flag.Int("reps", 20, "timed repetitions of each query (after 2 warm-up runs)")
	clients := flag.Int("clients", 32, "concurrent clients for the memory measurement")
	loadFor := flag.Duration("load", 20*time.Second, "how long the concurrent load runs")
	summary := flag.String("summary", "", "summary.json written by benchgen; gives the graph's size without asking the service")
	only := flag.String("only", "", "a regular expression: measure only the rows whose names match it (all by default)")
	hub := flag.String("hub", "mechanism:gut-barrier-integrity", "the entity whose neighbourhood is measured (the generator's busiest mechanism)")
	flag.Parse()
	keep, err := regexp.Compile(*only)
	if err != nil {
		return fmt.Errorf("-only: %w", err)
	}

	if err := harness.FreeAddr(*addr); err != nil {
		return err
	}
	svc, err := harness.StartService(*bin, *uri, *addr)
	if err != nil {
		return err
	}
	defer svc.Stop()
	ctx := context.Background()

	stats, err := graphSize(ctx, svc.URL, *summary)
	if err != nil {
		stats = "size unknown (" + err.Error() + ")"
	}
	deep, page, err := deepCursor(ctx, svc.URL, 1000)
	if err != nil {
		fmt.Fprintf(os.Stderr, "scale: walking to page 1000 stopped at page %d: %v\n", page, err)
	}
	shapes := []shape{
		{name: "pathways HN001 → acne, 4 hops", query: pathwaysQ, vars: map[string]any{"hops": 4}, check: countPaths},
		{name: "pathways HN001 → acne, 5 hops", query: pathwaysQ, vars: map[string]any{"hops": 5}, check: countPaths},
		{name: "connections HN001 → acne, 4 hops", query: connectionsQ, vars: map[string]any{"hops": 4}, check: countConnections},
		{name: "connections HN001 → acne, 5 hops", query: connectionsQ, vars: map[string]any{"hops": 5}, check: countConnections},
		{name: `search "eczema probiotics" (10 hits, totalCount)`, query: searchQ, vars: map[string]any{"q": "eczema probiotics"}, check: searchHits},
		{name: "studies by year, page 1 of 10, totalCount", query: studiesQ, vars: map[string]any{"after": nil}, check: studyPage},
		{name: fmt.Sprintf("studies by year, page %d of 10, totalCount", page), query: studiesQ, vars: map[string]any{"after": deep}, check: studyPage},
		{name: "60 claims → evidence → study → strains", query: nestedClaimsQ, check: claimCount, goal: nestedGoal},
		{name: "hub neighbourhood, depth 2, limit 100", query: neighbourhoodQ, vars: map[string]any{"id": *hub}, check: subgraph},
		{name: "connections gut-barrier integrity → acne (two hubs), 4 hops", query: hubConnectionsQ, check: countConnections, goal: connectionsGoal},
	}
	shapes = append(shapes, filterShapes(hasExactFlag(ctx, svc.URL))...)
	shapes = slices.DeleteFunc(shapes, func(s shape) bool { return !keep.MatchString(s.name) })
	if len(shapes) == 0 {
		return fmt.Errorf("-only %q matches no row", *only)
	}

	fmt.Fprintf(os.Stderr, "scale: %s, one client, %d repetitions per query\n", stats, *reps)
	var rows []string
	for _, s := range shapes {
		row, err := measure(ctx, svc.URL, s, *reps)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		fmt.Fprintln(os.Stderr, "  "+row)
		rows = append(rows, row)
	}
	time.Sleep(2 * time.Second)
	idle, _, err := harness.RSS(svc.PID())
	if err != nil {
		return err
	}
	done, failed, peak := load(ctx, svc.URL, shapes, *clients, *loadFor, svc.PID())

	fmt.Printf("\n### %s: %s\n\n", orDefault(*label, *uri), stats)
	fmt.Println("| query (one client) | p50 | p95 | goal at 1m | round trips | answer |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Println(r)
	}
	fmt.Printf("\nService RSS: %s idle after the runs above; peak %s under %d clients (%s of mixed queries: %d answered, %d failed).\n",
		harness.MB(idle), harness.MB(peak), *clients, *loadFor, done, failed)
	return nil
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// measure runs one shape reps times after two warm-up runs. Errors such as TIMEOUT are
// reported in the row, not hidden: the time of a failed request still counts.
func measure(ctx context.Context, url string, s shape, reps int) (string, error) {
	var times []time.Duration
	answer, lastErr, trips := "", "", -1
	runs, failed := 0, 0
	for i := 0; i < reps+2; i++ {
		start := time.Now()
		r, err := harness.Post(ctx, url, s.query, s.vars)
		took := time.Since(start)
		if err != nil {
			return "", err
		}
		if i >= 2 {
			times = append(times, took)
		}
		runs++
		if r.Err() != nil {
			failed++
			lastErr = r.Err().Error()
			if r.Code() == "TIMEOUT" && i >= 2 {
				break // one timed-out repetition after the warm-up says enough
			}
			continue
		}
		trips = r.RoundTrips()
		a, err := s.check(r.Data)
		if err != nil {
			return "", err
		}
		answer = a
	}
	st := harness.Summarise(times)
	if failed > 0 {
		answer = strings.TrimPrefix(fmt.Sprintf("%s; %d of %d runs failed: %s", answer, failed, runs, lastErr), "; ")
	}
	return fmt.Sprintf("| %s | %s | %s | %s | %s | %s |", s.name, harness.Ms(st.P50), harness.Ms(st.P95), orDefault(s.goal, "—"), tripsText(trips), answer), nil
}

func tripsText(n int) string {
	if n < 0 {
		return "—"
	}
	return fmt.Sprint(n)
}

// load runs clients goroutines issuing the shapes in turn (the slow pathways shapes
// excepted, so that the load is of ordinary requests) and samples the peak RSS.
func load(ctx context.Context, url string, shapes []shape, clients int, d time.Duration, pid int) (done, failed int64, peak int64) {
	var light []shape
	for _, s := range shapes {
		if !strings.HasPrefix(s.name, "pathways") && !strings.HasPrefix(s.name, "connections") {
			light = append(light, s)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := c; ctx.Err() == nil; i++ {
				s := light[i%len(light)]
				r, err := harness.Post(ctx, url, s.query, s.vars)
				if ctx.Err() != nil {
					return
				}
				if err != nil || r.Err() != nil {
					atomic.AddInt64(&failed, 1)
					continue
				}
				atomic.AddInt64(&done, 1)
			}
		}(c)
	}
	stop := make(chan struct{})
	go func() { wg.Wait(); close(stop) }()
	for {
		select {
		case <-stop:
			_, p, _ := harness.RSS(pid)
			return done, failed, max(peak, p)
		case <-time.After(100 * time.Millisecond):
			if _, p, err := harness.RSS(pid); err == nil && p > peak {
				peak = p
			}
		}
	}
}

const pathwaysQ = `query($hops: Int) { pathways(from: "strain:hn001", to: "condition:acne", maxHops: $hops, first: 10) {
  strength nodes { id label } hops { forward relation { kind effect maturity studies { id } } } } }`

// connectionsQ is pathwaysQ with links followed either way (pathways follow their direction).
const connectionsQ = `query($hops: Int) { connections(from: "strain:hn001", to: "condition:acne", maxHops: $hops, first: 10) {
  strength nodes { id label } hops { forward relation { kind effect maturity studies { id } } } } }`

const hubConnectionsQ = `{ connections(from: "mechanism:gut-barrier-integrity", to: "condition:acne", maxHops: 4, first: 10) {
  strength nodes { id label } hops { forward relation { kind effect maturity studies { id } } } } }`

const searchQ = `query($q: String!) { search(query: $q, first: 10) { totalCount edges { score matched node { id label kind } } } }`

const studiesQ = `query($after: String) { studies(orderBy: {field: YEAR}, first: 10, after: $after) {
  totalCount nodes { id title year } pageInfo { hasNextPage endCursor } } }`

const nestedClaimsQ = `{ claims(first: 60) { nodes { id statement evidence { stance study { id title design strains { id label } } } } } }`

const neighbourhoodQ = `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { truncated nodes { id kind } edges { kind from { id } to { id } } } }`

func countPaths(data json.RawMessage) (string, error) { return countPathsIn(data, "pathways") }

func countConnections(data json.RawMessage) (string, error) { return countPathsIn(data, "connections") }

// countPathsIn reads the list of paths under field (pathways or connections).
func countPathsIn(data json.RawMessage, field string) (string, error) {
	var d map[string][]struct {
		Strength string
		Nodes    []struct{ ID string }
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	paths := d[field]
	if len(paths) == 0 {
		return "", fmt.Errorf("no path found")
	}
	return fmt.Sprintf("%d paths, strongest %s, %d hops", len(paths), paths[0].Strength, len(paths[0].Nodes)-1), nil
}

func searchHits(data json.RawMessage) (string, error) {
	var d struct {
		Search struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	if len(d.Search.Edges) == 0 {
		return "", fmt.Errorf("no hit")
	}
	return fmt.Sprintf("totalCount %d, first %s", d.Search.TotalCount, d.Search.Edges[0].Node.ID), nil
}

func studyPage(data json.RawMessage) (string, error) {
	var d struct {
		Studies struct {
			TotalCount int
			Nodes      []struct {
				ID   string
				Year int
			}
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	if len(d.Studies.Nodes) == 0 {
		return "", fmt.Errorf("empty page")
	}
	return fmt.Sprintf("totalCount %d, years %d–%d", d.Studies.TotalCount, d.Studies.Nodes[0].Year, d.Studies.Nodes[len(d.Studies.Nodes)-1].Year), nil
}

func claimCount(data json.RawMessage) (string, error) {
	var d struct {
		Claims struct {
			Nodes []struct {
				Evidence []struct {
					Study struct{ Strains []struct{ ID string } }
				}
			}
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	ev, strains := 0, 0
	for _, c := range d.Claims.Nodes {
		ev += len(c.Evidence)
		for _, e := range c.Evidence {
			strains += len(e.Study.Strains)
		}
	}
	if len(d.Claims.Nodes) != 60 {
		return "", fmt.Errorf("%d claims, want 60", len(d.Claims.Nodes))
	}
	return fmt.Sprintf("60 claims, %d evidence, %d strains", ev, strains), nil
}

func subgraph(data json.RawMessage) (string, error) {
	var d struct {
		Neighbourhood struct {
			Truncated bool
			Nodes     []struct{ ID string }
			Edges     []struct{ Kind string }
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	return fmt.Sprintf("%d nodes, %d edges, truncated %v", len(d.Neighbourhood.Nodes), len(d.Neighbourhood.Edges), d.Neighbourhood.Truncated), nil
}

// graphSize describes the graph from the generator's summary, or as the service counts it.
func graphSize(ctx context.Context, url, summary string) (string, error) {
	if summary != "" {
		b, err := os.ReadFile(summary)
		if err != nil {
			return "", err
		}
		var sum struct{ Nodes, Relations map[string]int }
		if err := json.Unmarshal(b, &sum); err != nil {
			return "", err
		}
		n, rel := 0, 0
		for _, c := range sum.Nodes {
			n += c
		}
		for _, c := range sum.Relations {
			rel += c
		}
		return fmt.Sprintf("%d entities, %d relationships", n, rel), nil
	}
	r, err := harness.Post(ctx, url, `{ stats { nodes { kind count } relations { kind count } } }`, nil)
	if err != nil {
		return "", err
	}
	if r.Err() != nil {
		return "", r.Err()
	}
	var d struct {
		Stats struct {
			Nodes, Relations []struct {
				Kind  string
				Count int
			}
		}
	}
	if err := json.Unmarshal(r.Data, &d); err != nil {
		return "", err
	}
	n, rel := 0, 0
	for _, c := range d.Stats.Nodes {
		n += c.Count
	}
	for _, c := range d.Stats.Relations {
		rel += c.Count
	}
	return fmt.Sprintf("%d entities, %d relationships", n, rel), nil
}

// deepCursor walks the studies by year a hundred at a time to the cursor before page
// `page` of ten (or the last full page, if there are fewer studies); the walk is not timed.
func deepCursor(ctx context.Context, url string, page int) (any, int, error) {
	want := (page - 1) * 10
	var cursor any
	seen := 0
	for seen < want {
		n := min(100, want-seen)
		var r *harness.Response
		var err error
		for try := 0; try < 3; try++ { // a busy machine may time a page out; try again
			r, err = harness.Post(ctx, url, `query($after: String, $n: Int) { studies(orderBy: {field: YEAR}, first: $n, after: $after) {
			  nodes { id } pageInfo { hasNextPage endCursor } } }`, map[string]any{"after": cursor, "n": n})
			if err == nil {
				err = r.Err()
			}
			if err == nil {
				break
			}
		}
		if err != nil {
			return cursor, seen/10 + 1, err // the deepest page reached will do
		}
		var d struct {
			Studies struct {
				Nodes    []struct{ ID string }
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		if err := json.Unmarshal(r.Data, &d); err != nil {
			return nil, 0, err
		}
		if !d.Studies.PageInfo.HasNextPage || len(d.Studies.Nodes) < n {
			break // fewer studies than that: the deepest full page will do
		}
		seen += len(d.Studies.Nodes)
		cursor = d.Studies.PageInfo.EndCursor
	}
	return cursor, seen/10 + 1, nil
}

// filterShapes are the filtered lists: every filter of studies, claims and strains, each
// with and without roll-up where it has one, each with and without totalCount, first page
// of 10 in the default order.
func filterShapes(exactFlag bool) []shape {
	type list struct{ field, filter string }
	lists := []list{
		{"studies", `{strain: "strain:hn001"}`},
		{"studies", `{strain: "species:lacticaseibacillus-rhamnosus"}`},
		{"studies", `{strain: "species:lacticaseibacillus-rhamnosus", rollUp: false}`},
		{"studies", `{condition: "condition:acne"}`},
		{"studies", `{condition: "condition:acne", rollUp: false}`},
		{"studies", `{mechanism: "mechanism:gut-barrier-integrity"}`},
		{"studies", `{source: "source:gut-skin-evidence"}`},
		{"studies", `{yearFrom: 2020, yearTo: 2021}`},
		{"studies", `{designs: [META_ANALYSIS]}`},
		{"studies", `{condition: "condition:acne", designs: [RANDOMIZED_CONTROLLED_TRIAL], yearFrom: 2015}`},
		{"claims", `{condition: "condition:acne"}`},
		{"claims", `{condition: "condition:acne", rollUp: false}`},
		{"claims", `{subject: "species:lacticaseibacillus-rhamnosus"}`},
		{"claims", `{subject: "species:lacticaseibacillus-rhamnosus", rollUp: false}`},
		{"claims", `{mechanism: "mechanism:gut-barrier-integrity"}`},
		{"claims", `{source: "source:gut-skin-evidence"}`},
		{"claims", `{disputed: true}`},
		{"claims", `{maturities: [ESTABLISHED]}`},
		{"claims", `{claimKind: MARKETING}`},
		{"claims", `{minMaturity: PLAUSIBLE, condition: "condition:atopic-dermatitis"}`},
		{"strains", `{condition: "condition:acne"}`},
		{"strains", `{condition: "condition:acne", rollUp: false}`},
		{"strains", `{species: "species:lacticaseibacillus-rhamnosus"}`},
		{"strains", `{mechanism: "mechanism:gut-barrier-integrity"}`},
	}
	var out []shape
	for _, l := range lists {
		for _, total := range []bool{true, false} {
			name, sel := fmt.Sprintf("%s(filter: %s)", l.field, l.filter), "nodes { id }"
			if total {
				name, sel = name+", totalCount", "totalCount nodes { id }"
				if exactFlag {
					sel = "totalCount totalCountIsExact nodes { id }"
				}
			}
			field := l.field
			out = append(out, shape{name: name, goal: listGoal,
				query: fmt.Sprintf("{ %s(filter: %s, first: 10) { %s pageInfo { hasNextPage } } }", field, l.filter, sel),
				check: func(data json.RawMessage) (string, error) { return listPage(data, field) }})
		}
	}
	return out
}

// listPage reads a filtered list's page: its size and, when asked, its total.
func listPage(data json.RawMessage, field string) (string, error) {
	var d map[string]struct {
		TotalCount        *int
		TotalCountIsExact *bool
		Nodes             []struct{ ID string }
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	l, ok := d[field]
	if !ok {
		return "", fmt.Errorf("no %s in the answer", field)
	}
	out := fmt.Sprintf("%d on the page", len(l.Nodes))
	if l.TotalCount != nil {
		out = fmt.Sprintf("totalCount %d, %s", *l.TotalCount, out)
		if l.TotalCountIsExact != nil && !*l.TotalCountIsExact {
			out = fmt.Sprintf("totalCount %d+ (not exact), %d on the page", *l.TotalCount, len(l.Nodes))
		}
	}
	return out, nil
}

// hasExactFlag says whether the service's lists say if their totals are exact (a binary from
// before they did is measured with totalCount alone).
func hasExactFlag(ctx context.Context, url string) bool {
	r, err := harness.Post(ctx, url, `{ __type(name: "StudyConnection") { fields { name } } }`, nil)
	if err != nil || r.Err() != nil {
		return false
	}
	return strings.Contains(string(r.Data), `"totalCountIsExact"`)
}
