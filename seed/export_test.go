package seed_test

import (
	"strings"
	"testing"

	"gutskin/kg"
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
	kgtest.SameFilesAsSeed(t, files)
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

// The record stored on an entity reads back as the record it was built from, fields
// that no property holds (idKeptBecause, verified) included.
func TestStoredRecord(t *testing.T) {
	g, err := seed.Load(seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	var checked int
	for _, n := range g.Nodes {
		if n.Kind != kg.KindStudy {
			continue
		}
		rec, ok := seed.StoredRecord[seed.StudyRecord](n.Props)
		if !ok || rec.ID != n.ID || rec.Title != n.Props["title"] {
			t.Fatalf("%s: stored record %+v", n.ID, rec)
		}
		if rec.IDKeptBecause != "" || len(rec.Verified) > 0 {
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no study with idKeptBecause or verified fields to check")
	}
	if _, ok := seed.StoredRecord[seed.StudyRecord](map[string]any{}); ok {
		t.Error("a node without a record gave one")
	}
}
