package seed_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/seed"
)

// sourceDocument reads one of the two source documents the seed was built from; they sit
// in ../shared/seeds beside the repository.
func sourceDocument(t *testing.T, prefix string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", prefix+"_*.txt"))
	if len(matches) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("source document %s not found beside the repository", prefix)
		}
		t.Skipf("source document %s not found beside the repository", prefix)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func one[T any](t *testing.T, query string, params map[string]any) T {
	t.Helper()
	rows := kgtest.Cypher(t, query, params)
	if len(rows) != 1 {
		t.Fatalf("want one row, got %d: %s", len(rows), query)
	}
	v, _ := rows[0]["v"].(T)
	return v
}

// TestSeedHoldsBothDocuments checks the stored graph against the documents themselves.
func TestSeedHoldsBothDocuments(t *testing.T) {
	kgtest.Store(t)
	t.Run("41 studies under their citation numbers", func(t *testing.T) {
		for src, want := range map[string]int64{"source:gut-health-acne": 36, "source:gut-skin-evidence": 5} {
			rows := kgtest.Cypher(t, `MATCH (:Source {id: $src})-[c:CITES]->(s:Study) RETURN c.number AS n ORDER BY n`, map[string]any{"src": src})
			if int64(len(rows)) != want {
				t.Errorf("%s cites %d studies, want %d", src, len(rows), want)
			}
			for i, r := range rows {
				if r["n"].(int64) != int64(i+1) {
					t.Errorf("%s: citation numbers are not 1..%d: found %v at %d", src, want, r["n"], i+1)
					break
				}
			}
		}
		if n := one[int64](t, `MATCH (s:Study) RETURN count(s) AS v`, nil); n != 41 {
			t.Errorf("%d studies, want 41", n)
		}
	})
	t.Run("every DOI of document 000", func(t *testing.T) {
		doc := sourceDocument(t, "000")
		dois := regexp.MustCompile(`doi\.org/([0-9A-Za-z./()_;:-]+)`).FindAllStringSubmatch(doc, -1)
		if len(dois) < 30 {
			t.Fatalf("found only %d DOIs in the document", len(dois))
		}
		for _, m := range dois {
			doi := strings.TrimRight(m[1], ".")
			if n := one[int64](t, `MATCH (s:Study {doiLower: $doi}) RETURN count(s) AS v`, map[string]any{"doi": strings.ToLower(doi)}); n != 1 {
				t.Errorf("DOI %s is not in the graph", doi)
			}
		}
	})
	t.Run("every strain, apart from its species", func(t *testing.T) {
		for _, name := range []string{"HN001", "BB536", "LGG", "BB-12", "LS01", "DSM 22775", "HY7714", "SP1", "DS-01"} {
			rows := kgtest.Cypher(t, `MATCH (s:Strain) WHERE s.searchNames CONTAINS $name
				OPTIONAL MATCH (s)-[:MEMBER_OF]->(sp:Species) RETURN s.id AS id, s.strainKind AS kind, sp.id AS species`, map[string]any{"name": name})
			if len(rows) != 1 {
				t.Errorf("strain %s: %d nodes", name, len(rows))
				continue
			}
			if rows[0]["kind"] == "STRAIN" && rows[0]["species"] == nil {
				t.Errorf("strain %s has no species", name)
			}
		}
		for former, current := range map[string]string{"Lactobacillus rhamnosus": "Lacticaseibacillus rhamnosus", "Lactobacillus plantarum": "Lactiplantibacillus plantarum",
			"Lactobacillus salivarius": "Ligilactobacillus salivarius", "Propionibacterium acnes": "Cutibacterium acnes"} {
			if n := one[int64](t, `MATCH (s:Species {name: $current}) WHERE $former IN s.formerNames RETURN count(s) AS v`, map[string]any{"former": former, "current": current}); n != 1 {
				t.Errorf("%s is not recorded as the former name of %s", former, current)
			}
		}
	})
	t.Run("every graded claim of document 001", func(t *testing.T) {
		rows := kgtest.Cypher(t, `MATCH (c:Claim {source: 'source:gut-skin-evidence', maturityBasis: 'GRADED_BY_SOURCE'}) RETURN c.maturity AS m`, nil)
		if len(rows) != 6 {
			t.Errorf("%d graded claims, want the 6 rows of the grading table", len(rows))
		}
		grades := map[string]bool{}
		for _, r := range rows {
			grades[r["m"].(string)] = true
		}
		for _, m := range []string{"ESTABLISHED", "PLAUSIBLE", "EMERGING", "EARLY", "NOT_SUPPORTED"} {
			if !grades[m] {
				t.Errorf("no graded claim at %s", m)
			}
		}
		if n := one[int64](t, `MATCH (c:Claim {source: 'source:gut-health-acne'}) RETURN count(c) AS v`, nil); n < 20 {
			t.Errorf("only %d claims from document 000", n)
		}
	})
	t.Run("the quantitative findings", func(t *testing.T) {
		checks := []struct{ query string }{
			{`MATCH (f:Finding) WHERE f.trials = 6 AND f.participants = 241 AND f.heterogeneityI2 = 96 RETURN count(f) AS v`},
			{`MATCH (f:Finding) WHERE f.effectSize = -0.29 AND f.pValue = 0.35 RETURN count(f) AS v`},
			{`MATCH (f:Finding) WHERE f.studyCount = 11 RETURN count(f) AS v`},
			{`MATCH (f:Finding) WHERE f.value = -15 RETURN count(f) AS v`},
			{`MATCH (f:Finding) WHERE f.value = 16.5 RETURN count(f) AS v`},
			{`MATCH (f:Finding) WHERE f.value = 70 RETURN count(f) AS v`},
		}
		for _, c := range checks {
			if n := one[int64](t, c.query, nil); n < 1 {
				t.Errorf("no finding matches: %s", c.query)
			}
		}
		if n := one[int64](t, `MATCH (f:Finding) WHERE NOT EXISTS { (:Study)-[:REPORTS]->(f) } RETURN count(f) AS v`, nil); n != 0 {
			t.Errorf("%d findings are tied to no study", n)
		}
	})
	t.Run("provenance on every node and relationship", func(t *testing.T) {
		if n := one[int64](t, `MATCH (n:Entity) WHERE n.provenance IS NULL OR n.provenance = '[]' RETURN count(n) AS v`, nil); n != 0 {
			t.Errorf("%d nodes without provenance", n)
		}
		if n := one[int64](t, `MATCH ()-[r]->() WHERE r.provenance IS NULL OR r.provenance = '[]' OR size(r.sourceIds) = 0 RETURN count(r) AS v`, nil); n != 0 {
			t.Errorf("%d relationships without provenance", n)
		}
	})
}

// TestResearcherQuestions asks the stored graph what a researcher would ask of the documents.
func TestResearcherQuestions(t *testing.T) {
	kgtest.Store(t)
	tests := []struct {
		question, cypher string
		check            func(rows []map[string]any) error
	}{
		{"Which studies stand behind the claim that probiotic effects are strain-specific?",
			`MATCH (c:Claim {id: 'claim:probiotic-effects-strain-specific'})-[e:HAS_EVIDENCE]->(s:Study) RETURN s.year AS year, e.stance AS stance`,
			func(rows []map[string]any) error {
				if len(rows) < 2 {
					return fmt.Errorf("%d studies", len(rows))
				}
				return nil
			}},
		{"Which strains were studied in atopic dermatitis?",
			`MATCH (st:Strain)<-[:EXAMINED]-(s:Study)-[:INVESTIGATES]->(c:Condition) WHERE c.id IN ['condition:atopic-dermatitis', 'condition:adult-atopic-dermatitis'] RETURN DISTINCT st.name AS name`,
			func(rows []map[string]any) error {
				for _, r := range rows {
					if r["name"] == "LS01" {
						return nil
					}
				}
				return fmt.Errorf("LS01 missing from %v", rows)
			}},
		{"Which graded claims are marketing rather than science, and how mature are they?",
			`MATCH (c:Claim {claimKind: 'MARKETING'}) RETURN c.maturityRank AS rank`,
			func(rows []map[string]any) error {
				for _, r := range rows {
					if r["rank"].(int64) > 3 {
						return fmt.Errorf("a marketing claim graded above EMERGING")
					}
				}
				if len(rows) == 0 {
					return fmt.Errorf("none")
				}
				return nil
			}},
		{"Which claims rest on no study at all?",
			`MATCH (c:Claim) WHERE NOT (c)-[:HAS_EVIDENCE]->() RETURN c.id AS id`,
			func(rows []map[string]any) error {
				for _, r := range rows {
					if r["id"] == "claim:gut-cleanse-detox-clears-skin" {
						return nil
					}
				}
				return fmt.Errorf("the detox claim should rest on nothing: %v", rows)
			}},
		{"How does HN001 reach acne?",
			`MATCH p = (:Strain {id: 'strain:hn001'})-[:MODULATES|INFLUENCES*1..3]->(:Condition {id: 'condition:acne'}) RETURN length(p) AS hops`,
			func(rows []map[string]any) error {
				if len(rows) == 0 {
					return fmt.Errorf("no path")
				}
				return nil
			}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if err := tt.check(kgtest.Cypher(t, tt.cypher, nil)); err != nil {
				t.Error(err)
			}
		})
	}
}

// snapshot reads every node's and relationship's properties, for comparing graphs.
func snapshot(t *testing.T) []map[string]any {
	return kgtest.Cypher(t, `CALL () { MATCH (n:Entity) RETURN collect([n.id, labels(n), properties(n)]) AS nodes }
		CALL () { MATCH (a)-[r]->(b) RETURN collect([type(r), a.id, b.id, properties(r)]) AS rels }
		RETURN nodes, rels`, nil)
}

func TestLoadingTwiceGivesTheSameGraph(t *testing.T) {
	store := kgtest.Store(t)
	before := snapshot(t)
	g, err := seed.Load(seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Import(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, snapshot(t)) {
		t.Error("loading the seed again changed the graph")
	}
}

func TestFailedWriteLeavesTheGraphAsItWas(t *testing.T) {
	store := kgtest.Store(t)
	before := snapshot(t)
	g := kgtest.Seed(t)
	broken := kg.Graph{Nodes: append([]kg.NodeRecord{}, g.Nodes...), Relations: g.Relations}
	// A new node first, then one whose property Neo4j cannot store: the whole import fails.
	broken.Nodes = append(broken.Nodes,
		kg.NodeRecord{ID: "factor:written-then-rolled-back", Kind: kg.KindFactor, Props: map[string]any{"id": "factor:written-then-rolled-back", "kind": "FACTOR"}},
		kg.NodeRecord{ID: "factor:unstorable", Kind: kg.KindFactor, Props: map[string]any{"id": "factor:unstorable", "nested": map[string]any{"a": 1}}})
	if err := store.Import(context.Background(), broken); err == nil {
		t.Fatal("import of an unstorable property succeeded")
	}
	if !reflect.DeepEqual(before, snapshot(t)) {
		t.Error("a failed import changed the graph")
	}
}
