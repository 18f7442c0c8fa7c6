// Package exporttest checks the export against the real Neo4j: the seed loaded and
// exported is the seed, and a curated graph exported and loaded into an empty database is
// the same graph. It empties the database, so it lives in a test binary of its own and
// puts the seed back when it ends.
package exporttest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"gopkg.in/yaml.v3"

	"gutskin/graph"
	"gutskin/httpapi"
	"gutskin/internal/gqltest"
	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
	"gutskin/seed"
)

// The seed, loaded into Neo4j and exported from it, is the seed: every file, every record
// in order, field by field.
func TestExportOfLoadedSeedIsTheSeed(t *testing.T) {
	_, files := kgtest.ExportOf(t, kgtest.Store(t))
	kgtest.SameFilesAsSeed(t, files)
}

// A graph curators changed in every way the mutations allow, exported, then loaded into
// an empty database, is the same graph: the same entities and relationships with the same
// properties (leaving out who changed what when, which the audit trail keeps). Exporting
// that graph again writes the same files.
func TestExportThenLoadIsTheSameGraph(t *testing.T) {
	store := kgtest.Store(t)
	ctx := context.Background()
	t.Cleanup(func() { restoreSeed(t, store) })
	h := newHarness(t, store)
	did := curate(t, h)

	before, files := kgtest.ExportOf(t, store)
	checkExported(t, files, did)
	dir := t.TempDir()
	for name, b := range files {
		if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "data", name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	loaded, err := seed.Load(seed.Files(dir))
	if err != nil {
		t.Fatal(err)
	}
	kgtest.Cypher(t, "MATCH (n) DETACH DELETE n", nil)
	if err := store.Import(ctx, loaded); err != nil {
		t.Fatal(err)
	}
	after, err := store.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameGraph(t, before, after)

	again, err := seed.Export(after, seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		if !bytes.Equal(b, again[name]) {
			t.Errorf("%s: exporting the loaded export writes something else", name)
		}
	}
}

// curate changes the graph through the API: a new study cited as evidence, evidence
// restated and removed, a relationship stated and one removed, a claim regraded, a seed
// study corrected, a new study retired, and a seed entity retired with its links.
func curate(t *testing.T, h *harness) curated {
	kept := h.createStudy(t)
	gone := h.createStudy(t)
	const claim = "claim:gut-skin-link-exists"
	h.ok(t, "addEvidence", map[string]any{"reason": "new trial", "source": "https://doi.org/10.5555/t", "claim": claim, "study": kept, "stance": "SUPPORTS", "note": "A new trial."})
	h.ok(t, "addEvidence", map[string]any{"reason": "retired below", "source": "https://doi.org/10.5555/t", "claim": claim, "study": gone, "stance": "QUALIFIES"})
	h.ok(t, "addEvidence", map[string]any{"reason": "reread", "source": "https://doi.org/10.5555/t", "claim": claim,
		"study": "study:gut-microbiome-skin-health-gut-skin-axis-2022", "stance": "QUALIFIES", "note": "Restated.", "replace": true})
	h.ok(t, "removeEvidence", map[string]any{"reason": "not about this", "claim": claim, "study": "study:editorial-gut-skin-axis-2024"})
	h.ok(t, "addRelation", map[string]any{"reason": "the trial studied eczema", "source": "https://doi.org/10.5555/t", "type": "INVESTIGATES",
		"from": kept, "to": "condition:atopic-dermatitis", "maturity": "EMERGING",
		"provenance": []map[string]any{{"source": "source:gut-health-acne", "section": "References"}}})
	rel := kgtest.Cypher(t, `MATCH (a:Entity)-[r:EXAMINED]->(b:Entity) WHERE coalesce(r.origin, 'seed') = 'seed' RETURN a.id AS from, b.id AS to ORDER BY from, to LIMIT 1`, nil)
	if len(rel) == 0 {
		t.Fatal("the seed states no EXAMINED relationship to remove")
	}
	h.ok(t, "removeRelation", map[string]any{"reason": "wrong", "type": "EXAMINED", "from": rel[0]["from"], "to": rel[0]["to"]})
	h.ok(t, "gradeClaim", map[string]any{"reason": "new meta-analysis", "source": "https://doi.org/10.5555/meta", "claim": claim,
		"expectedVersion": h.version(t, claim), "maturity": "ESTABLISHED", "basis": "ASSESSED", "rationale": "Two reviews agree."})
	h.ok(t, "updateStudy", map[string]any{"reason": "typo", "id": kept, "expectedVersion": h.version(t, kept), "title": "Corrected title"})
	h.ok(t, "retire", map[string]any{"reason": "duplicate", "id": gone, "expectedVersion": h.version(t, gone)})
	// A seed entity nothing refers to but links: retiring it takes those links out.
	factor := kgtest.Cypher(t, `MATCH (f:Factor)
WHERE NOT EXISTS { MATCH (c:Claim)-[:ABOUT]->(f) WHERE COUNT { (c)-[:ABOUT]->() } < 2 }
  AND COUNT { (f)--() } > 0
RETURN f.id AS id ORDER BY id LIMIT 1`, nil)
	if len(factor) == 0 {
		t.Fatal("no factor to retire")
	}
	id := factor[0]["id"].(string)
	h.ok(t, "retire", map[string]any{"reason": "out of scope", "id": id, "expectedVersion": h.version(t, id)})
	return curated{claim: claim, kept: kept, gone: gone, factor: id,
		removed: "EXAMINED|" + rel[0]["from"].(string) + "|" + rel[0]["to"].(string)}
}

// curated is what curate changed.
type curated struct {
	claim, kept, gone, factor, removed string
}

// checkExported checks that the files say what the curators did.
func checkExported(t *testing.T, files map[string][]byte, did curated) {
	t.Helper()
	var claims []seed.ClaimRecord
	var studies []seed.StudyRecord
	var rels []seed.RelationshipRecord
	for name, into := range map[string]any{"claims.yaml": &claims, "studies.yaml": &studies, "relationships.yaml": &rels} {
		if err := yaml.Unmarshal(files[name], into); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	var evidence []string
	for _, c := range claims {
		if c.ID == did.claim {
			if c.Maturity != "ESTABLISHED" || c.MaturityBasis != "ASSESSED" || c.Assessment != "Two reviews agree." {
				t.Errorf("the regrade is not exported: %+v", c)
			}
			for _, e := range c.Evidence {
				evidence = append(evidence, e.Study+" "+e.Stance)
			}
		}
		for _, s := range c.Subjects {
			if s == did.factor {
				t.Errorf("%s still names the retired %s", c.ID, s)
			}
		}
	}
	want := []string{"study:gut-microbiome-skin-health-gut-skin-axis-2022 QUALIFIES", did.kept + " SUPPORTS"}
	if !reflect.DeepEqual(evidence, want) {
		t.Errorf("evidence of %s: %v, want %v (the seed's in place, restated; removed and retired left out; added last)", did.claim, evidence, want)
	}
	last := studies[len(studies)-1]
	if last.ID != did.kept || last.Title != "Corrected title" {
		t.Errorf("the last study should be the curated one, corrected: %s %q", last.ID, last.Title)
	}
	for _, s := range studies {
		if s.ID == did.gone {
			t.Errorf("the retired %s is exported", s.ID)
		}
	}
	var stated, removed bool
	for _, r := range rels {
		key := r.Type + "|" + r.From + "|" + r.To
		stated = stated || key == "INVESTIGATES|"+did.kept+"|condition:atopic-dermatitis"
		removed = removed || key == did.removed
		if r.From == did.factor || r.To == did.factor {
			t.Errorf("%s leads to the retired %s", key, did.factor)
		}
	}
	if !stated || removed {
		t.Errorf("relationships: the stated one exported %v, the removed one exported %v", stated, removed)
	}
	if bytes.Contains(files["factors.yaml"], []byte("id: "+did.factor+"\n")) {
		t.Errorf("the retired %s is exported", did.factor)
	}
}

// sameGraph compares the entities and relationships of two snapshots with their
// properties, leaving out the store's bookkeeping (version, who made or changed what,
// which keys curators set) and what export keeps of the records, which loading writes
// afresh.
func sameGraph(t *testing.T, want, got kg.Graph) {
	t.Helper()
	ignore := func(k string) bool {
		return kg.BookkeepingProp(k) || k == seed.RecordProp || k == seed.ElementProp
	}
	strip := func(props map[string]any) string {
		m := map[string]any{}
		for k, v := range props {
			if !ignore(k) {
				m[k] = v
			}
		}
		b, _ := json.Marshal(m)
		return string(b)
	}
	index := func(g kg.Graph) map[string]string {
		out := map[string]string{}
		for _, n := range g.Nodes {
			out["node "+n.ID] = string(n.Kind) + " " + strip(n.Props)
		}
		for _, r := range g.Relations {
			out["rel "+r.Key] = strip(r.Props)
		}
		return out
	}
	w, g := index(want), index(got)
	if reflect.DeepEqual(w, g) {
		return
	}
	var keys []string
	for k := range w {
		keys = append(keys, k)
	}
	for k := range g {
		if _, ok := w[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	shown := 0
	for _, k := range keys {
		if w[k] != g[k] && shown < 10 {
			t.Errorf("%s:\nbefore export: %s\nafter loading: %s", k, w[k], g[k])
			shown++
		}
	}
	t.Fatalf("the graph loaded from the export differs (%d entities and relationships before, %d after)", len(w), len(g))
}

// restoreSeed puts the database back as the harness leaves it: exactly the seed.
func restoreSeed(t *testing.T, store *neo4jstore.Store) {
	ctx := context.Background()
	kgtest.Cypher(t, "MATCH (n) DETACH DELETE n", nil)
	if err := store.EnsureSchema(ctx); err != nil {
		t.Error(err)
	}
	if err := store.Import(ctx, kgtest.Seed(t)); err != nil {
		t.Error(err)
	}
}

// harness is a service over the test database with an admin token (which may do what a
// curator may, and restore).
type harness struct {
	url, admin string
}

func newHarness(t *testing.T, store *neo4jstore.Store) *harness {
	srv := httptest.NewServer(httpapi.NewServer(httpapi.Deps{
		Log: zerolog.New(io.Discard), Store: store, Curation: store, Limits: graph.DefaultLimits,
		MaxBodyBytes: 64 << 10, RequestTimeout: 30 * time.Second, Schema: "type Query { ok: Boolean }",
		WriteBurst: 1000, WriteRate: 1000,
	}))
	t.Cleanup(srv.Close)
	name := fmt.Sprintf("export-admin-%d", time.Now().UnixNano())
	h := &harness{url: srv.URL, admin: "export-token-" + name}
	meta := kg.ChangeMeta{Mutation: "createToken", Curator: "export test", Reason: "an admin for the export test"}
	if _, err := store.CreateToken(context.Background(), meta, name, kg.RoleAdmin, graph.HashToken(h.admin)); err != nil {
		t.Fatal(err)
	}
	return h
}

var studies int

func (h *harness) createStudy(t *testing.T) string {
	t.Helper()
	studies++
	in := gqltest.StudyInput("a study the 2026 review names", "https://doi.org/10.5555/review.2026",
		fmt.Sprintf("10.5555/export.%d.%d", time.Now().UnixNano(), studies), fmt.Sprintf("Export trial %d", studies), 9000+studies)
	var out struct{ Study struct{ ID string } }
	h.do(t, `mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id } } }`, map[string]any{"in": in}, "createStudy", &out)
	return out.Study.ID
}

// ok runs one mutation, which must succeed.
func (h *harness) ok(t *testing.T, name string, in map[string]any) {
	t.Helper()
	input := strings.ToUpper(name[:1]) + name[1:] + "Input"
	if name == "restore" {
		input = "RetireInput"
	}
	h.do(t, fmt.Sprintf("mutation($in: %s!) { %s(input: $in) { change { seq } } }", input, name), map[string]any{"in": in}, name, nil)
}

func (h *harness) version(t *testing.T, id string) int {
	t.Helper()
	var out struct{ Version int }
	h.do(t, `query($id: ID!) { revision(id: $id) { version } }`, map[string]any{"id": id}, "revision", &out)
	return out.Version
}

func (h *harness) do(t *testing.T, query string, vars map[string]any, field string, into any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, h.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+h.admin)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r struct {
		Data   map[string]json.RawMessage
		Errors []json.RawMessage
	}
	if err := json.Unmarshal(raw, &r); err != nil || len(r.Errors) > 0 || resp.StatusCode != http.StatusOK {
		t.Fatalf("%s failed (%d): %s", field, resp.StatusCode, raw)
	}
	if into != nil {
		if err := json.Unmarshal(r.Data[field], into); err != nil {
			t.Fatal(err)
		}
	}
}
