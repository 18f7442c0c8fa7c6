package seed_test

import (
	"io/fs"
	"strings"
	"testing"

	"gutskin/kgtest"
	"gutskin/seed"
)

// Exporting the graph the seed builds gives back the seed files: the same records, in
// the same order, field by field.
func TestExportOfTheSeedIsTheSeed(t *testing.T) {
	g, err := seed.Load(seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	files, err := seed.Export(g, seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(seed.Data, "data/*.yaml")
	if len(files) != len(names) {
		t.Fatalf("exported %d files, the seed has %d", len(files), len(names))
	}
	for _, path := range names {
		want, _ := fs.ReadFile(seed.Data, path)
		got, ok := files[strings.TrimPrefix(path, "data/")]
		if !ok {
			t.Errorf("%s was not exported", path)
			continue
		}
		kgtest.SameSeedRecords(t, path, want, got)
	}
}

// An entity without a stored record cannot be exported, and says so.
func TestExportRefusesEntitiesWithoutRecords(t *testing.T) {
	g, err := seed.Load(seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	delete(g.Nodes[0].Props, seed.RecordProp)
	if _, err := seed.Export(g, seed.Data); err == nil || !strings.Contains(err.Error(), g.Nodes[0].ID) {
		t.Fatalf("want an error naming %s, got %v", g.Nodes[0].ID, err)
	}
}

// An export that would not load is refused: here a claim whose only subject is gone.
func TestExportChecksWhatItWrites(t *testing.T) {
	g, err := seed.Load(seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	var claim string
	about := map[string]int{}
	for _, r := range g.Relations {
		if r.Kind == "ABOUT" {
			about[r.From]++
		}
	}
	for id, n := range about {
		if n == 1 {
			claim = id
		}
	}
	if claim == "" {
		t.Fatal("the seed has no claim with a single subject to test with")
	}
	kept := g.Relations[:0]
	for _, r := range g.Relations {
		if !(r.Kind == "ABOUT" && r.From == claim) {
			kept = append(kept, r)
		}
	}
	g.Relations = kept
	if _, err := seed.Export(g, seed.Data); err == nil || !strings.Contains(err.Error(), claim) {
		t.Fatalf("want a load error naming %s, got %v", claim, err)
	}
}
