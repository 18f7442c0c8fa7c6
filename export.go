package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"time"

	"gutskin/kgx"
	"gutskin/seed"
)

// The export subcommand: `gutskin export --dir DIR` writes the live graph (seed and
// curated records; retired ones left out) as seed files under DIR/data/, in the seed's
// format, order and ids, so that curated work can be reviewed as a diff and released as
// data (`--dir seed` writes over the built-in seed's sources), and loaded with
// `-seed-dir DIR`.

const exportUsage = `usage:
  gutskin export --dir DIR [--seed-dir REF]   write the graph as DIR/data/*.yaml
  gutskin export --format kgx-tsv --dir DIR   write it as KGX TSV: DIR/nodes.tsv, DIR/edges.tsv
                                              and DIR/datapackage.json (docs/biolink.md)
  gutskin export --format kgx-jsonl --dir DIR write it as KGX JSON Lines: DIR/nodes.jsonl,
                                              DIR/edges.jsonl
Seed files (--format seed, the default) keep the record order of the seed files in REF
(default: SEED_DIR, else the built-in seed); records that are not there follow, by id.
Neo4j is found as for serving: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`

func runExport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gutskin export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "", "write DIR/data/*.yaml")
	ref := fs.String("seed-dir", getenv("SEED_DIR"), "the seed files whose order to keep (default: the built-in seed)")
	format := fs.String("format", "seed", "seed, kgx-tsv or kgx-jsonl")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" || fs.NArg() > 0 {
		return errors.New(exportUsage)
	}
	if *format != "seed" && !slices.Contains(kgx.Formats, kgx.Format(*format)) {
		return fmt.Errorf("unknown export format %q\n%s", *format, exportUsage)
	}
	store, closeStore, err := commandStore(ctx, getenv, stderr, 60*time.Second)
	if err != nil {
		return err
	}
	defer closeStore()
	if *format != "seed" {
		names, err := kgx.WriteDir(ctx, store, kgx.Format(*format), *dir)
		for _, name := range names {
			fmt.Fprintf(stdout, "wrote %s\n", filepath.Join(*dir, name))
		}
		return err
	}
	g, err := store.Snapshot(ctx)
	if err != nil {
		return err
	}
	files, err := seed.Export(g, seed.Files(*ref))
	if err != nil {
		return err
	}
	return writeSeedFiles(*dir, files, stdout)
}

// writeSeedFiles writes each file through a temporary file and a rename, so that a reader
// never sees half of one.
func writeSeedFiles(dir string, files map[string][]byte, stdout io.Writer) error {
	data := filepath.Join(dir, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		tmp, err := os.CreateTemp(data, "."+name+".*")
		if err != nil {
			return err
		}
		_, werr := tmp.Write(files[name])
		cerr := tmp.Close()
		if err := errors.Join(werr, cerr); err != nil {
			_ = os.Remove(tmp.Name())
			return err
		}
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp.Name(), filepath.Join(data, name)); err != nil {
			_ = os.Remove(tmp.Name())
			return err
		}
		fmt.Fprintf(stdout, "wrote %s\n", filepath.Join(data, name))
	}
	return nil
}
