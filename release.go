package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"path/filepath"
	"time"

	"gutskin/neo4jstore"
	"gutskin/release"
	"gutskin/seed"
)

// The release subcommand: `gutskin release --out DIR` (or `--dir RELEASES`, which writes
// RELEASES/<version>/) writes a versioned snapshot of the live graph in every export format
// with its RO-Crate metadata (see package release).

const releaseUsage = `usage:
  gutskin release --out DIR       write a release into DIR (new or empty)
  gutskin release --dir RELEASES  write it into RELEASES/<version>
Options: --previous DIR (the release to list changes since; default: the newest release
beside it), --date YYYY-MM-DD (default: the day of the latest change), --seed-dir REF (the
order of the seed files), --no-seed-files (for a graph not loaded from seed files), --base-url URL (PUBLIC_URL; the JSON-LD's URLs). Neo4j is found as for serving: NEO4J_URI, NEO4J_USER,
NEO4J_PASSWORD, NEO4J_DATABASE.`

func runRelease(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gutskin release", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "write the release into this directory")
	dir := fs.String("dir", "", "write the release into DIR/<version>")
	prev := fs.String("previous", "", "the previous release's directory")
	date := fs.String("date", "", "the publication date, YYYY-MM-DD")
	ref := fs.String("seed-dir", getenv("SEED_DIR"), "the seed files whose order to keep (default: the built-in seed)")
	noSeed := fs.Bool("no-seed-files", false, "leave the seed files out (for a graph not loaded from seed files, such as the synthetic benchmark graphs, whose entities carry no seed record)")
	base := fs.String("base-url", envOr(getenv, "PUBLIC_URL", "http://localhost:8080"), "the service's public address, for the URLs in the JSON-LD (PUBLIC_URL)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if (*out == "") == (*dir == "") || fs.NArg() > 0 {
		return errors.New(releaseUsage)
	}
	store, closeStore, err := commandStore(ctx, getenv, stderr, 10*time.Minute)
	if err != nil {
		return err
	}
	defer closeStore()
	target := *out
	if target == "" {
		target = filepath.Join(*dir, fmt.Sprintf(".incoming-%d", time.Now().UnixNano()))
	}
	start := time.Now()
	progress := func(part string, took time.Duration) {
		fmt.Fprintf(stderr, "  %s: %s\n", part, took.Round(time.Millisecond))
	}
	var reference iofs.FS
	if !*noSeed {
		reference = seed.Files(*ref)
	}
	m, err := writeRelease(ctx, store, release.Options{Out: target, Previous: *prev, Date: *date, Progress: progress}, reference, *base)
	if err != nil {
		return err
	}
	if *dir != "" {
		final := filepath.Join(*dir, m.Version)
		if err := renameDir(target, final); err != nil {
			return err
		}
		target = final
	}
	fmt.Fprintf(stdout, "release %s (graph version %d, %s): %d files in %s, %s\n", m.Version, m.Seq, m.DatePublished, len(m.Files), target, time.Since(start).Round(time.Millisecond))
	return nil
}

// writeRelease writes every part of a release from the store.
func writeRelease(ctx context.Context, store *neo4jstore.Store, o release.Options, reference iofs.FS, base string) (release.Manifest, error) {
	o.Parts = append(o.Parts, release.Standard(store, base, reference)...)
	return release.Write(ctx, store, o)
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// renameDir moves a finished release into place; a release of the same version already
// there is the same bytes, so the new copy is dropped.
func renameDir(from, to string) error {
	if _, err := os.Stat(to); err == nil {
		return os.RemoveAll(from)
	}
	return os.Rename(from, to)
}
