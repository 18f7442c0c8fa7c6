package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"time"

	"gutskin/kgx"
)

// The import subcommand: `gutskin import --kgx DIR --reason TEXT [--dry-run]` loads KGX
// files this graph exported (its Biolink mapping, docs/biolink.md) through the seed's rules
// as one audited change (kgx.Import).

const importUsage = `usage:
  gutskin import --kgx DIR --reason TEXT [--dry-run]
Reads DIR/nodes.tsv and DIR/edges.tsv (or the .jsonl pair) in this graph's KGX mapping,
checks them by the seed's rules, and adds them as one change with its audit record (curator
"command line"), all or nothing; entities that exist already refuse the whole import.
--dry-run checks and reports what would be added, and writes nothing. Neo4j is found as
for serving: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`

func runImport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gutskin import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("kgx", "", "the directory holding the KGX files")
	reason := fs.String("reason", "", "why, for the audit record")
	dryRun := fs.Bool("dry-run", false, "check and report, write nothing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" || *reason == "" || fs.NArg() > 0 {
		return errors.New(importUsage)
	}
	store, closeStore, err := commandStore(ctx, getenv, stderr, 5*time.Minute)
	if err != nil {
		return err
	}
	defer closeStore()
	rep, err := kgx.Import(ctx, store, *dir, cliChange(kgx.ImportMutation, *reason), *dryRun)
	if err == nil || len(rep.Existing) > 0 {
		rep.Print(stdout)
	}
	return err
}
