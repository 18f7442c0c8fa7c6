package gen

import (
	"strings"
	"testing"

	"gutskin/kg"
)

// The issue's graph: the seed copied 700 times, hubs shared by groups of 50.
func TestCopiesHaveTheSizeOfTheIssuesGraph(t *testing.T) {
	c := &counter{}
	if err := Generate(Config{Copies: 700, GroupSize: 50}, c); err != nil {
		t.Fatal(err)
	}
	if c.nodes != 98504 || c.relations != 400092 {
		t.Errorf("%d entities and %d relationships, want 98,504 and 400,092", c.nodes, c.relations)
	}
}

type counter struct{ nodes, relations int }

func (c *counter) Node(kg.NodeRecord) error         { c.nodes++; return nil }
func (c *counter) Relation(kg.RelationRecord) error { c.relations++; return nil }

// What the import's constraints and the service's reads need: ids, DOIs, relationship keys and
// citation keys unique; every end of a relationship and every source named in sourceIds
// stored; the first copy with the seed's ids; each hub of a group linked from each of the
// group's copies.
func TestCopiesAreAStorableGraph(t *testing.T) {
	const copies, group = 7, 3
	r := &recorder{}
	if err := Generate(Config{Copies: copies, GroupSize: group}, r); err != nil {
		t.Fatal(err)
	}
	ids := map[string]kg.Kind{}
	dois := map[string]bool{}
	for _, n := range r.nodes {
		if _, dup := ids[n.ID]; dup {
			t.Errorf("id %s written twice", n.ID)
		}
		ids[n.ID] = n.Kind
		if d, ok := n.Props["doiLower"].(string); ok && d != "" {
			if dois[d] {
				t.Errorf("DOI %s written twice", d)
			}
			dois[d] = true
		}
		if n.Props["id"] != n.ID {
			t.Errorf("%s stores id %v", n.ID, n.Props["id"])
		}
	}
	for _, n := range r.nodes {
		for _, s := range stringsOf(n.Props["sourceIds"]) {
			if ids[s] != kg.KindSource {
				t.Errorf("%s names the source %s, which is not stored", n.ID, s)
			}
		}
	}
	keys, citeKeys := map[string]bool{}, map[string]bool{}
	from := map[string]map[string]bool{} // hub id → the copies whose studies investigate it
	for _, x := range r.rels {
		k := string(x.Kind) + " " + x.Key
		if keys[k] {
			t.Errorf("relationship key %s written twice", k)
		}
		keys[k] = true
		if _, ok := ids[x.From]; !ok {
			t.Errorf("%s starts at %s, which is not stored", x.Key, x.From)
		}
		if _, ok := ids[x.To]; !ok {
			t.Errorf("%s ends at %s, which is not stored", x.Key, x.To)
		}
		if ck, ok := x.Props["citeKey"].(string); ok {
			if citeKeys[ck] {
				t.Errorf("citation key %s written twice", ck)
			}
			citeKeys[ck] = true
		}
		if x.Kind == kg.RelInvestigates && ids[x.To] == kg.KindCondition {
			if from[x.To] == nil {
				from[x.To] = map[string]bool{}
			}
			from[x.To][copyOf(x.From)] = true
		}
	}
	for _, id := range []string{"strain:hn001", "condition:acne", "mechanism:gut-barrier-integrity", "source:gut-health-acne"} {
		if _, ok := ids[id]; !ok {
			t.Errorf("the first copy lacks the seed's id %s", id)
		}
	}
	if got := len(from["condition:acne"]); got != group {
		t.Errorf("acne of group 0 is investigated by studies of %d copies, want %d", got, group)
	}
	if got := len(from["condition:acne-g02"]); got != copies-2*group {
		t.Errorf("acne of group 2 is investigated by studies of %d copies, want %d", got, copies-2*group)
	}
}

// copyOf reads the copy an id belongs to from its suffix ("" for the first).
func copyOf(id string) string {
	if i := strings.LastIndex(id, "-c"); i >= 0 {
		return id[i:]
	}
	return ""
}

func stringsOf(v any) []string {
	switch x := v.(type) {
	case []string:
		return x
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
