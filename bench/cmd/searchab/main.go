// Command searchab times search statements against each other on one Neo4j, interleaved
// (each round runs every variant once, so a busy machine slows them alike), and prints the
// median and 90th percentile of each. A variant is name=statement.cypher=lucene.txt: the
// statement gets the parameters neo4jstore's search passes ($lucene, $limit for a page of
// 10, $options, no cursor). Variants whose name starts with "k" carry a kind restriction
// inside their Lucene query; the others get -kinds as the $kinds parameter (the statement of
// before the restriction moved into the index).
//
//	go run ./bench/cmd/searchab -uri bolt://127.0.0.1:7752 -kinds CLAIM \
//	    old=.bench/search_old.cypher=.bench/old.txt knew=neo4jstore/queries/search.cypher=.bench/new.txt
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "searchab:", err)
		os.Exit(1)
	}
}

type variant struct{ name, cypher, lucene string }

func run() error {
	uri := flag.String("uri", "bolt://127.0.0.1:7697", "the Neo4j to search")
	rounds := flag.Int("n", 60, "timed rounds (after 3 warm-up rounds)")
	total := flag.Bool("total", true, "ask for the total (the whole index read) as well as the page")
	kinds := flag.String("kinds", "", "a kind to keep to, e.g. CLAIM")
	flag.Parse()
	var vs []variant
	for _, a := range flag.Args() {
		p := strings.SplitN(a, "=", 3)
		if len(p) != 3 {
			return fmt.Errorf("variant %q: want name=statement.cypher=lucene.txt", a)
		}
		c, err := os.ReadFile(p[1])
		if err != nil {
			return err
		}
		l, err := os.ReadFile(p[2])
		if err != nil {
			return err
		}
		vs = append(vs, variant{p[0], string(c), strings.TrimSpace(string(l))})
	}
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(*uri, neo4j.NoAuth())
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	times := make([][]time.Duration, len(vs))
	totals := make([]any, len(vs))
	for i := 0; i < *rounds+3; i++ {
		for j, v := range vs {
			inIndex := strings.HasPrefix(v.name, "k")
			params := map[string]any{"lucene": v.lucene, "kinds": nil, "limit": 11, "afterScore": nil, "afterId": nil, "options": map[string]any{}}
			if *kinds != "" && !inIndex {
				params["kinds"] = []string{*kinds}
			}
			// As the store asks: a first page without a total reads a bounded prefix of the
			// index, unless kinds are filtered outside it.
			if !*total && (*kinds == "" || inIndex) {
				params["options"] = map[string]any{"limit": 11 + 16}
			}
			start := time.Now()
			res, err := neo4j.ExecuteQuery(ctx, d, v.cypher, params, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase("neo4j"), neo4j.ExecuteQueryWithReadersRouting())
			if err != nil {
				return fmt.Errorf("%s: %w", v.name, err)
			}
			if i >= 3 {
				times[j] = append(times[j], time.Since(start))
			}
			totals[j], _ = res.Records[0].Get("total")
		}
	}
	for j, v := range vs {
		t := times[j]
		sort.Slice(t, func(a, b int) bool { return t[a] < t[b] })
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		fmt.Printf("%-8s p50 %7.1f ms  p90 %7.1f ms  total %v\n", v.name, ms(t[len(t)/2]), ms(t[len(t)*9/10]), totals[j])
	}
	return nil
}
