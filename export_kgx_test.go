package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gutskin/kgtest"
	"gutskin/kgx"
)

// gutskin export --format kgx-tsv|kgx-jsonl writes the files the kgx package writes; an
// unknown format is refused with the usage before Neo4j is asked.
func TestExportCommandWritesKGX(t *testing.T) {
	store := kgtest.Store(t)
	for _, f := range kgx.Formats {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		if err := runExport(context.Background(), []string{"--format", string(f), "--dir", dir}, kgtest.Getenv, &stdout, &stderr); err != nil {
			t.Fatalf("%s: %v\n%s", f, err, stderr.String())
		}
		for _, p := range []kgx.Part{kgx.Nodes, kgx.Edges} {
			got, err := os.ReadFile(filepath.Join(dir, kgx.FileName(f, p)))
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := kgx.Write(context.Background(), store, f, p, &want); err != nil {
				t.Fatal(err)
			}
			if want.Len() == 0 || !bytes.Equal(got, want.Bytes()) {
				t.Errorf("%s %s: the command wrote %d bytes, the export %d", f, p, len(got), want.Len())
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "datapackage.json")); (err == nil) != (f == kgx.TSV) {
			t.Errorf("%s: datapackage.json present: %v", f, err == nil)
		}
	}
	err := runExport(context.Background(), []string{"--format", "rdf", "--dir", t.TempDir()}, kgtest.Getenv, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), `unknown export format "rdf"`) {
		t.Fatalf("an unknown format: %v", err)
	}
}

// gutskin import --kgx DIR --reason TEXT --dry-run reports what the files hold and that the
// seeded graph has them already, writing nothing; without a reason it prints the usage.
func TestImportCommandDryRun(t *testing.T) {
	store := kgtest.Store(t)
	dir := t.TempDir()
	if _, err := kgx.WriteDir(context.Background(), store, kgx.TSV, dir); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	err := runImport(context.Background(), []string{"--kgx", dir, "--reason", "check", "--dry-run"}, kgtest.Getenv, &stdout, &stderr)
	seedGraph := kgtest.Seed(t)
	if err != nil || !strings.Contains(stdout.String(), fmt.Sprintf("would import %d entities and %d relationships", len(seedGraph.Nodes), len(seedGraph.Relations))) ||
		!strings.Contains(stdout.String(), fmt.Sprintf("refused: %d entities exist already", len(seedGraph.Nodes))) {
		t.Fatalf("dry run: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	err = runImport(context.Background(), []string{"--kgx", dir, "--dry-run"}, kgtest.Getenv, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "usage:") {
		t.Fatalf("without a reason: %v", err)
	}
}
