// Package release writes a versioned, citable snapshot of the graph: every export format in
// one directory with an RO-Crate 1.3 `ro-crate-metadata.json` that names the release, its
// version, date and license, and lists every file with its size and SHA-256. Two runs on
// the same graph write byte-identical files: every part is sorted, and the date is the
// latest change's (or given).
package release

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"gutskin/kg"
)

// MetadataFile is the RO-Crate metadata descriptor's name.
const MetadataFile = "ro-crate-metadata.json"

// License is the license every release is published under; the graph's statements are
// written in its own words, so they may be shared with attribution.
const (
	LicenseID   = "https://creativecommons.org/licenses/by/4.0/"
	LicenseName = "Creative Commons Attribution 4.0 International"
)

// Source is what a release is read from: the store's audit trail (the graph's version and
// what changed), besides what each part reads.
type Source interface {
	Latest(ctx context.Context) (int64, time.Time, error)
	Changes(ctx context.Context, since time.Time, after int64, first int) ([]kg.Change, bool, error)
}

// File is one file of a release, as a part wrote it.
type File struct {
	// Path is relative to the release directory, with forward slashes.
	Path string
	// Name says what the file holds, for a reader of the metadata.
	Name string
	// Format is the file's media type.
	Format string
}

// Part writes some of a release's files under dir and says which.
type Part struct {
	Name  string
	Write func(ctx context.Context, dir string) ([]File, error)
}

// Options say where and what to write.
type Options struct {
	// Out is the release directory; it must not exist or be empty.
	Out string
	// Previous is an earlier release's directory ("": none, or the newest release beside
	// Out whose graph version is lower); its changes are left out of this one's.
	Previous string
	// Date is the publication date (YYYY-MM-DD); "" for the day of the latest change, or
	// today while there is none.
	Date  string
	Parts []Part
	Name  string
	// Progress, when set, is told each part's name and how long it took.
	Progress func(part string, took time.Duration)
}

// Manifest is what a release's metadata says about it.
type Manifest struct {
	Version string `json:"version"`
	// Seq is the graph's version: the latest change's sequence number (0: as seeded).
	Seq           int64          `json:"seq"`
	DatePublished string         `json:"datePublished"`
	Files         []ManifestFile `json:"files"`
	// Changes summarises what changed since the previous release.
	Changes Summary `json:"changes"`
}

// ManifestFile is one listed file.
type ManifestFile struct {
	Path   string `json:"path"`
	Name   string `json:"name"`
	Format string `json:"encodingFormat"`
	Size   int64  `json:"contentSize"`
	SHA256 string `json:"sha256"`
}

// Write builds a release: every part, the changes since the previous release, then the
// RO-Crate metadata over all of them.
func Write(ctx context.Context, src Source, o Options) (Manifest, error) {
	if o.Out == "" {
		return Manifest{}, errors.New("release: no output directory")
	}
	if entries, err := os.ReadDir(o.Out); err == nil && len(entries) > 0 {
		return Manifest{}, fmt.Errorf("release: %s is not empty; a release is written into a new directory", o.Out)
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return Manifest{}, err
	}
	seq, at, err := src.Latest(ctx)
	if err != nil {
		return Manifest{}, err
	}
	date := o.Date
	switch {
	case date != "":
		if _, err := time.Parse(time.DateOnly, date); err != nil {
			return Manifest{}, fmt.Errorf("release: date %q is not YYYY-MM-DD", date)
		}
	case seq > 0:
		date = at.UTC().Format(time.DateOnly)
	default:
		date = time.Now().UTC().Format(time.DateOnly)
	}
	var files []File
	for _, p := range o.Parts {
		began := time.Now()
		fs, err := p.Write(ctx, o.Out)
		if o.Progress != nil {
			o.Progress(p.Name, time.Since(began))
		}
		if err != nil {
			return Manifest{}, fmt.Errorf("release: %s: %w", p.Name, err)
		}
		files = append(files, fs...)
	}
	prev, err := previousSeq(o, seq)
	if err != nil {
		return Manifest{}, err
	}
	summary, changeFiles, err := writeChanges(ctx, src, o.Out, prev, seq)
	if err != nil {
		return Manifest{}, err
	}
	files = append(files, changeFiles...)
	m := Manifest{Seq: seq, DatePublished: date, Changes: summary}
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	content := sha256.New()
	for _, f := range files {
		size, sum, err := digest(filepath.Join(o.Out, filepath.FromSlash(f.Path)))
		if err != nil {
			return Manifest{}, err
		}
		m.Files = append(m.Files, ManifestFile{Path: f.Path, Name: f.Name, Format: f.Format, Size: size, SHA256: sum})
		fmt.Fprintf(content, "%s %s\n", sum, f.Path)
	}
	m.Version = fmt.Sprintf("%d-%s", seq, hex.EncodeToString(content.Sum(nil))[:8])
	name := o.Name
	if name == "" {
		name = "Gut–skin axis knowledge graph"
	}
	b, err := crate(m, name)
	if err != nil {
		return Manifest{}, err
	}
	return m, os.WriteFile(filepath.Join(o.Out, MetadataFile), b, 0o644)
}

func digest(path string) (int64, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	return n, hex.EncodeToString(h.Sum(nil)), err
}

// crate is the RO-Crate 1.3 metadata: the descriptor, the root dataset with its version,
// date, license and parts, each file with its size and checksum, and the license.
func crate(m Manifest, name string) ([]byte, error) {
	parts := make([]map[string]any, len(m.Files))
	graph := []any{
		map[string]any{"@id": MetadataFile, "@type": "CreativeWork",
			"conformsTo": map[string]any{"@id": "https://w3id.org/ro/crate/1.3"}, "about": map[string]any{"@id": "./"}},
	}
	for i, f := range m.Files {
		parts[i] = map[string]any{"@id": f.Path}
	}
	c := m.Changes
	graph = append(graph, map[string]any{
		"@id": "./", "@type": "Dataset", "name": name,
		"description": fmt.Sprintf("A release of the gut–skin axis knowledge graph at graph version %d: the live graph (retired entities left out) "+
			"as KGX (Biolink), a bibliography (CSL-JSON, BibTeX, RIS), CSV tables, JSON-LD and the seed files it loads from. "+
			"Since the previous release: %d entities added, %d retired, %d restored, %d claims regraded, %d relationships added, %d removed, %d records changed.",
			m.Seq, c.EntitiesAdded, c.Retired, c.Restored, c.Regraded, c.RelationsAdded, c.RelationsRemoved, c.RecordsChanged),
		"version": m.Version, "datePublished": m.DatePublished,
		"license": map[string]any{"@id": LicenseID}, "hasPart": parts,
	})
	for _, f := range m.Files {
		graph = append(graph, map[string]any{"@id": f.Path, "@type": "File", "name": f.Name, "encodingFormat": f.Format,
			"contentSize": strconv.FormatInt(f.Size, 10), "sha256": f.SHA256})
	}
	graph = append(graph, map[string]any{"@id": LicenseID, "@type": "CreativeWork", "name": LicenseName})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	err := enc.Encode(map[string]any{"@context": "https://w3id.org/ro/crate/1.3/context", "@graph": graph})
	return buf.Bytes(), err
}

// Read reads a release's manifest back from its metadata.
func Read(dir string) (Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, MetadataFile))
	if err != nil {
		return Manifest{}, err
	}
	var doc struct {
		Graph []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return Manifest{}, fmt.Errorf("release: %s: %w", dir, err)
	}
	var m Manifest
	for _, n := range doc.Graph {
		switch n["@type"] {
		case "Dataset":
			m.Version, _ = n["version"].(string)
			m.DatePublished, _ = n["datePublished"].(string)
		case "File":
			size, _ := strconv.ParseInt(fmt.Sprint(n["contentSize"]), 10, 64)
			f := ManifestFile{Size: size}
			f.Path, _ = n["@id"].(string)
			f.Name, _ = n["name"].(string)
			f.Format, _ = n["encodingFormat"].(string)
			f.SHA256, _ = n["sha256"].(string)
			m.Files = append(m.Files, f)
		}
	}
	seq, _, ok := strings.Cut(m.Version, "-")
	n, err := strconv.ParseInt(seq, 10, 64)
	if !ok || err != nil {
		return Manifest{}, fmt.Errorf("release: %s: version %q is not <graph version>-<hash>", dir, m.Version)
	}
	m.Seq = n
	return m, nil
}

// previousSeq is the graph version of the previous release: the one named, else the newest
// release beside Out at a lower graph version than seq (-1: none, so every change counts).
func previousSeq(o Options, seq int64) (int64, error) {
	if o.Previous != "" {
		m, err := Read(o.Previous)
		if err != nil {
			return 0, err
		}
		return m.Seq, nil
	}
	all, err := List(filepath.Dir(filepath.Clean(o.Out)))
	if err != nil {
		return -1, nil
	}
	best := int64(-1)
	for _, m := range all {
		if m.Seq > best && m.Seq < seq {
			best = m.Seq
		}
	}
	return best, nil
}

// List reads every release directly under dir, oldest graph version first.
func List(dir string) ([]Manifest, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Manifest
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if m, err := Read(filepath.Join(dir, e.Name())); err == nil {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(a, b Manifest) int {
		if a.Seq != b.Seq {
			return int(a.Seq - b.Seq)
		}
		return strings.Compare(a.Version, b.Version)
	})
	return out, nil
}
