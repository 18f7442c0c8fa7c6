package gen

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"gutskin/kg"
	"gutskin/seed"
)

// recorder keeps everything a generation emits.
type recorder struct {
	nodes []kg.NodeRecord
	rels  []kg.RelationRecord
}

func (r *recorder) Node(n kg.NodeRecord) error {
	if len(r.rels) > 0 {
		return fmt.Errorf("node %s after a relationship", n.ID)
	}
	r.nodes = append(r.nodes, n)
	return nil
}

func (r *recorder) Relation(x kg.RelationRecord) error { r.rels = append(r.rels, x); return nil }

func generate(t *testing.T, size int, seedNum uint64) *recorder {
	t.Helper()
	r := &recorder{}
	if err := Generate(Config{Entities: size, Seed: seedNum}, r); err != nil {
		t.Fatal(err)
	}
	return r
}

func digest(r *recorder) string {
	h := sha256.New()
	enc := json.NewEncoder(h) // map keys are sorted, so equal records encode equally
	for _, n := range r.nodes {
		_ = enc.Encode(n)
	}
	for _, x := range r.rels {
		_ = enc.Encode(x)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := generate(t, 3000, 7), generate(t, 3000, 7)
	if digest(a) != digest(b) {
		t.Error("the same size and seed gave different graphs")
	}
	if c := generate(t, 3000, 8); digest(a) == digest(c) {
		t.Error("another seed number gave the same graph")
	}
}

func TestGenerateHasTheRequestedSizeAndEveryKind(t *testing.T) {
	r := generate(t, 5000, 1)
	if len(r.nodes) != 5000 {
		t.Errorf("%d entities, want 5000", len(r.nodes))
	}
	for _, k := range missing(kg.Kinds, r.nodes, func(n kg.NodeRecord) kg.Kind { return n.Kind }) {
		t.Errorf("no entity of kind %s", k)
	}
	for _, k := range missing(kg.RelationKinds, r.rels, func(x kg.RelationRecord) kg.RelationKind { return x.Kind }) {
		t.Errorf("no relationship of type %s", k)
	}
	perEntity := float64(len(r.rels)) / float64(len(r.nodes))
	if perEntity < 3.5 || perEntity > 6.5 {
		t.Errorf("%.2f relationships per entity, want about 5", perEntity)
	}
}

// missing returns the members of all that no item's kind (kindOf) is, in all's order.
func missing[T any, K comparable](all []K, items []T, kindOf func(T) K) []K {
	seen := map[K]bool{}
	for _, it := range items {
		seen[kindOf(it)] = true
	}
	var out []K
	for _, k := range all {
		if !seen[k] {
			out = append(out, k)
		}
	}
	return out
}

func TestGenerateIncludesTheSeedUnchanged(t *testing.T) {
	g, err := seed.Load(seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	r := generate(t, 2000, 1)
	byID := map[string]kg.NodeRecord{}
	for _, n := range r.nodes {
		byID[n.ID] = n
	}
	for _, n := range g.Nodes {
		if got, ok := byID[n.ID]; !ok || !reflect.DeepEqual(got, n) {
			t.Errorf("seed entity %s missing or changed", n.ID)
		}
	}
	keys := map[string]bool{}
	for _, x := range r.rels {
		keys[x.Key] = true
	}
	for _, x := range g.Relations {
		if !keys[x.Key] {
			t.Errorf("seed relationship %s missing", x.Key)
		}
	}
	// A size below the seed's gives the seed alone.
	if small := generate(t, 10, 1); len(small.nodes) != len(g.Nodes) || len(small.rels) != len(g.Relations) {
		t.Errorf("size 10 gave %d entities and %d relationships, want the seed's %d and %d", len(small.nodes), len(small.rels), len(g.Nodes), len(g.Relations))
	}
}

// endKinds are the kinds each relationship type may join, as the schema documents them.
var endKinds = map[kg.RelationKind][2][]kg.Kind{
	kg.RelCites:        {{kg.KindSource}, {kg.KindStudy}},
	kg.RelMakes:        {{kg.KindSource}, {kg.KindClaim}},
	kg.RelMemberOf:     {{kg.KindStrain}, {kg.KindSpecies}},
	kg.RelModulates:    {{kg.KindStrain, kg.KindSpecies}, {kg.KindMechanism}},
	kg.RelInfluences:   {{kg.KindMechanism}, {kg.KindMechanism, kg.KindCondition}},
	kg.RelAffects:      {{kg.KindFactor}, {kg.KindMechanism, kg.KindCondition}},
	kg.RelImplicatedIn: {{kg.KindSpecies}, {kg.KindCondition}},
	kg.RelSubtypeOf:    {{kg.KindCondition}, {kg.KindCondition}},
	kg.RelExamined:     {{kg.KindStudy}, {kg.KindStrain, kg.KindSpecies}},
	kg.RelInvestigates: {{kg.KindStudy}, {kg.KindCondition, kg.KindMechanism, kg.KindFactor}},
	kg.RelHasEvidence:  {{kg.KindClaim}, {kg.KindStudy}},
	kg.RelAbout:        {nil, nil}, // a claim's subject may be of any kind but claim and source
	kg.RelReports:      {{kg.KindStudy}, {kg.KindFinding}},
	kg.RelMeasures:     {{kg.KindFinding}, nil},
}

func TestGeneratedRecordsHaveTheStoredShape(t *testing.T) {
	r := generate(t, 4000, 3)
	kindOf := map[string]kg.Kind{}
	for _, n := range r.nodes {
		if k, err := kg.KindOfID(n.ID); err != nil || k != n.Kind {
			t.Fatalf("id %s does not carry the prefix of kind %s", n.ID, n.Kind)
		}
		if _, dup := kindOf[n.ID]; dup {
			t.Fatalf("id %s generated twice", n.ID)
		}
		kindOf[n.ID] = n.Kind
		for _, p := range []string{"id", "kind", "label", "sortName", "searchNames", "searchText", "provenance", "sourceIds"} {
			if _, ok := n.Props[p]; !ok {
				t.Fatalf("%s lacks %s", n.ID, p)
			}
		}
		var prov []kg.Provenance
		if err := json.Unmarshal([]byte(n.Props["provenance"].(string)), &prov); err != nil || len(prov) == 0 || prov[0].Citations == nil {
			t.Fatalf("%s: provenance %q is not a non-empty JSON list with citations", n.ID, n.Props["provenance"])
		}
	}
	keys := map[string]bool{}
	for _, x := range r.rels {
		if keys[x.Key] {
			t.Fatalf("relationship %s generated twice", x.Key)
		}
		keys[x.Key] = true
		from, okF := kindOf[x.From]
		to, okT := kindOf[x.To]
		if !okF || !okT {
			t.Fatalf("%s joins an entity that does not exist", x.Key)
		}
		ends := endKinds[x.Kind]
		if ends[0] != nil && !contains(ends[0], from) || ends[1] != nil && !contains(ends[1], to) {
			t.Fatalf("%s joins a %s to a %s", x.Key, from, to)
		}
		m := kg.Maturity(fmt.Sprint(x.Props["maturity"]))
		if !m.IsValid() || x.Props["maturityRank"] != m.Rank() {
			t.Fatalf("%s: maturity %v rank %v", x.Key, x.Props["maturity"], x.Props["maturityRank"])
		}
		if x.Kind == kg.RelHasEvidence && !contains([]string{"SUPPORTS", "QUALIFIES", "CONTRADICTS"}, x.Props["stance"].(string)) {
			t.Fatalf("%s: stance %v", x.Key, x.Props["stance"])
		}
		if _, ok := x.Props["studyIds"].([]string); !ok {
			t.Fatalf("%s: studyIds is not a list", x.Key)
		}
	}
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestDegreesAreSkewed checks the shape of a literature graph: a few mechanisms and
// conditions are hubs, while studies, claims and strains have few links each.
func TestDegreesAreSkewed(t *testing.T) {
	r := generate(t, 20000, 1)
	degree := map[string]int{}
	for _, x := range r.rels {
		degree[x.From]++
		degree[x.To]++
	}
	byKind := map[kg.Kind][]int{}
	for _, n := range r.nodes {
		byKind[n.Kind] = append(byKind[n.Kind], degree[n.ID])
	}
	for _, k := range kg.Kinds {
		sort.Sort(sort.Reverse(sort.IntSlice(byKind[k])))
	}
	for _, k := range []kg.Kind{kg.KindMechanism, kg.KindCondition} {
		ds := byKind[k]
		top, median := ds[0], ds[len(ds)/2]
		if top < 50*max(median, 1) {
			t.Errorf("%s: busiest has %d links, median %d; want a hub at least 50 times the median", k, top, median)
		}
	}
	for _, k := range []kg.Kind{kg.KindStudy, kg.KindClaim, kg.KindStrain} {
		ds := byKind[k]
		median := ds[len(ds)/2]
		if median > 12 {
			t.Errorf("%s: median %d links, want few", k, median)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int{"300": 300, "10k": 10000, "100K": 100000, "1m": 1000000, "0": 0} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "k", "ten", "1.5m", "-3", "10kb"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) gave no error", in)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	dir := t.TempDir()
	sum, err := WriteCSV(Config{Entities: 600, Seed: 1}, dir)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	if len(files) != len(kg.Kinds)+len(kg.RelationKinds) {
		t.Errorf("%d CSV files, want one per kind and per relationship type", len(files))
	}
	args := strings.Join(sum.ImportArgs, "\n")
	for _, f := range files {
		if !strings.Contains(args, f) {
			t.Errorf("the import arguments do not name %s", f)
		}
	}
	// Rows per file match the summary; the header declares typed columns.
	lines := func(path string) (string, int) {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		s := bufio.NewScanner(f)
		s.Buffer(make([]byte, 1<<20), 1<<20)
		s.Scan()
		header, n := s.Text(), 0
		for s.Scan() {
			n++
		}
		return header, n
	}
	header, n := lines(filepath.Join(dir, "nodes-Study.csv"))
	if n < sum.Nodes[kg.KindStudy] || !strings.HasPrefix(header, "id:ID,") || !strings.Contains(header, "year:long") || !strings.Contains(header, "authors:string[]") {
		t.Errorf("nodes-Study.csv: header %q, %d lines for %d studies", header, n, sum.Nodes[kg.KindStudy])
	}
	header, n = lines(filepath.Join(dir, "rels-CITES.csv"))
	if n != sum.Relations[kg.RelCites] || !strings.HasPrefix(header, ":START_ID,:END_ID,key,") || !strings.Contains(header, "number:long") {
		t.Errorf("rels-CITES.csv: header %q, %d lines for %d relationships", header, n, sum.Relations[kg.RelCites])
	}
	// Empty strings are quoted (stored as ""), empty lists are left out and listed.
	b, _ := os.ReadFile(filepath.Join(dir, "nodes-Claim.csv"))
	if !strings.Contains(string(b), `,"",`) {
		t.Error(`claims' empty searchNames are not written as ""`)
	}
	if !contains(sum.EmptyRelationLists["CITES"], "studyIds") {
		t.Errorf("CITES.studyIds is empty in the seed but not listed: %v", sum.EmptyRelationLists)
	}
}
