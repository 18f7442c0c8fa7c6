// Command benchgen builds a synthetic knowledge graph for scale benchmarks and prepares a
// bulk-imported Neo4j to serve it.
//
//	benchgen csv -size 100k -seed 1 -out DIR
//	benchgen csv -copies 700 -group 50 -out DIR
//	    writes CSV files for `neo4j-admin database import full`, DIR/import.args (the tool's
//	    arguments, one a line) and DIR/summary.json (counts by label and type): a generated
//	    graph of that size, or the seed copied that many times with hubs shared by groups
//	benchgen schema -uri bolt://127.0.0.1:7694 -summary DIR/summary.json
//	    applies the service's own schema statements (neo4jstore.SchemaStatements: constraints,
//	    indexes, the full-text index),
//	    waits for them to be online and checks the stored counts against the summary
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/bench/gen"
	"gutskin/kg"
	"gutskin/neo4jstore"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "benchgen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: benchgen csv|schema [flags]")
	}
	switch args[0] {
	case "csv":
		return writeCSV(args[1:])
	case "schema":
		return applySchema(args[1:])
	}
	return fmt.Errorf("unknown command %q; want csv or schema", args[0])
}

func writeCSV(args []string) error {
	fs := flag.NewFlagSet("csv", flag.ContinueOnError)
	size := fs.String("size", "10k", "entities in all, the seed's included: a number, or with k or m (10k, 100k, 1m)")
	seedNum := fs.Uint64("seed", 1, "random seed; the same size and seed give the same graph")
	copies := fs.Int("copies", 0, "instead of -size and -seed: the seed copied this many times, its hubs shared by groups of copies (bench/gen/copies.go)")
	group := fs.Int("group", gen.DefaultGroupSize, "with -copies: how many copies share one set of mechanisms, conditions, species and sources")
	out := fs.String("out", "", "directory for the CSV files (emptied first)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	n, err := gen.ParseSize(*size)
	if err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("-out is required")
	}
	if err := os.RemoveAll(*out); err != nil {
		return err
	}
	start := time.Now()
	sum, err := gen.WriteCSV(gen.Config{Entities: n, Seed: *seedNum, Copies: *copies, GroupSize: *group}, *out)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "import.args"), []byte(strings.Join(sum.ImportArgs, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	b, _ := json.MarshalIndent(sum, "", "  ")
	if err := os.WriteFile(filepath.Join(*out, "summary.json"), b, 0o644); err != nil {
		return err
	}
	nodes, rels := 0, 0
	for _, c := range sum.Nodes {
		nodes += c
	}
	for _, c := range sum.Relations {
		rels += c
	}
	fmt.Printf("benchgen: %d entities, %d relationships (%.2f per entity) written to %s in %s\n",
		nodes, rels, float64(rels)/float64(max(nodes, 1)), *out, time.Since(start).Round(time.Millisecond))
	return nil
}

func applySchema(args []string) error {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	uri := fs.String("uri", "bolt://127.0.0.1:7694", "the bulk-imported Neo4j")
	summary := fs.String("summary", "", "summary.json written by `benchgen csv`; counts are checked against it when given")
	timeout := fs.Duration("timeout", 30*time.Minute, "how long to wait for indexes to come online")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	driver, err := neo4j.NewDriverWithContext(*uri, neo4j.NoAuth())
	if err != nil {
		return err
	}
	defer driver.Close(ctx)
	if err := driver.VerifyConnectivity(ctx); err != nil {
		return err
	}
	start := time.Now()
	if *summary != "" {
		if err := fillEmptyLists(ctx, driver, *summary); err != nil {
			return err
		}
	}
	for _, stmt := range neo4jstore.SchemaStatements() {
		if strings.HasPrefix(stmt, "CALL db.awaitIndexes") {
			continue // waited for below, with a longer limit than the service's
		}
		if _, err := neo4j.ExecuteQuery(ctx, driver, stmt, nil, neo4j.EagerResultTransformer); err != nil {
			return fmt.Errorf("schema statement %q: %w", firstLine(stmt), err)
		}
	}
	if _, err := neo4j.ExecuteQuery(ctx, driver, "CALL db.awaitIndexes($s)", map[string]any{"s": int(timeout.Seconds())}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(*timeout))); err != nil {
		return fmt.Errorf("waiting for indexes: %w", err)
	}
	fmt.Printf("benchgen: constraints and indexes online after %s\n", time.Since(start).Round(time.Millisecond))
	if *summary == "" {
		return nil
	}
	return checkCounts(ctx, driver, *summary)
}

func firstLine(s string) string { return strings.SplitN(s, "\n", 2)[0] }

// checkCounts compares the stored entities per label and relationships per type with what
// was written, and fails on any difference.
func checkCounts(ctx context.Context, driver neo4j.DriverWithContext, path string) error {
	want, err := readSummary(path)
	if err != nil {
		return err
	}
	var problems []string
	total := 0
	for _, k := range kg.Kinds {
		got, err := count(ctx, driver, "MATCH (n:Entity:"+k.Label()+") RETURN count(n) AS c")
		if err != nil {
			return err
		}
		total += want.Nodes[k]
		if got != want.Nodes[k] {
			problems = append(problems, fmt.Sprintf("%s: %d stored, %d written", k.Label(), got, want.Nodes[k]))
		}
	}
	all, err := count(ctx, driver, "MATCH (n) RETURN count(n) AS c")
	if err != nil {
		return err
	}
	if all != total {
		problems = append(problems, fmt.Sprintf("all nodes: %d stored, %d written", all, total))
	}
	for _, r := range kg.RelationKinds {
		got, err := count(ctx, driver, "MATCH ()-[r:"+string(r)+"]->() RETURN count(r) AS c")
		if err != nil {
			return err
		}
		if got != want.Relations[r] {
			problems = append(problems, fmt.Sprintf("%s: %d stored, %d written", r, got, want.Relations[r]))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("the stored graph differs from the CSV files:\n  %s", strings.Join(problems, "\n  "))
	}
	fmt.Printf("benchgen: stored counts match the CSV files for %d labels and %d relationship types\n", len(kg.Kinds), len(kg.RelationKinds))
	return nil
}

func count(ctx context.Context, driver neo4j.DriverWithContext, cypher string) (int, error) {
	res, err := neo4j.ExecuteQuery(ctx, driver, cypher, nil, neo4j.EagerResultTransformer)
	if err != nil {
		return 0, err
	}
	c, _, err := neo4j.GetRecordValue[int64](res.Records[0], "c")
	return int(c), err
}

// fillEmptyLists stores [] where the seed loader stores an empty list and the import tool
// stored nothing. Two statements (nodes, relationships) take the labels, types and property
// names from the generator's summary as parameters, through Cypher's dynamic labels and
// property keys, and commit every 50,000 changes.
func fillEmptyLists(ctx context.Context, driver neo4j.DriverWithContext, path string) error {
	sum, err := readSummary(path)
	if err != nil {
		return err
	}
	start := time.Now()
	var nodeFills, relFills []map[string]any
	for label, props := range sum.EmptyNodeLists {
		if !knownLabel(label) {
			return fmt.Errorf("summary names an unknown label %q", label)
		}
		for _, p := range props {
			nodeFills = append(nodeFills, map[string]any{"label": label, "prop": p})
		}
	}
	for typ, props := range sum.EmptyRelationLists {
		if !kg.RelationKind(typ).IsValid() {
			return fmt.Errorf("summary names an unknown relationship type %q", typ)
		}
		for _, p := range props {
			relFills = append(relFills, map[string]any{"type": typ, "prop": p})
		}
	}
	stmts := []struct {
		cypher string
		fills  []map[string]any
	}{
		{`UNWIND $fills AS f
MATCH (n:$(f.label)) WHERE n[f.prop] IS NULL
CALL (n, f) { SET n[f.prop] = [] } IN TRANSACTIONS OF 50000 ROWS`, nodeFills},
		{`UNWIND $fills AS f
MATCH ()-[r:$(f.type)]->() WHERE r[f.prop] IS NULL
CALL (r, f) { SET r[f.prop] = [] } IN TRANSACTIONS OF 50000 ROWS`, relFills},
	}
	for _, st := range stmts {
		if len(st.fills) == 0 {
			continue
		}
		// CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction, and the server's
		// default transaction timeout is meant for requests; this may take minutes.
		session := driver.NewSession(ctx, neo4j.SessionConfig{})
		res, err := session.Run(ctx, st.cypher, map[string]any{"fills": st.fills}, neo4j.WithTxTimeout(time.Hour))
		if err == nil {
			_, err = res.Consume(ctx)
		}
		session.Close(ctx)
		if err != nil {
			return fmt.Errorf("restoring empty lists: %w", err)
		}
	}
	fmt.Printf("benchgen: empty lists restored for %d node and %d relationship properties, in %s\n", len(nodeFills), len(relFills), time.Since(start).Round(time.Millisecond))
	return nil
}

func readSummary(path string) (gen.Summary, error) {
	var sum gen.Summary
	b, err := os.ReadFile(path)
	if err != nil {
		return sum, err
	}
	return sum, json.Unmarshal(b, &sum)
}

func knownLabel(label string) bool {
	for _, k := range kg.Kinds {
		if k.Label() == label {
			return true
		}
	}
	return false
}
