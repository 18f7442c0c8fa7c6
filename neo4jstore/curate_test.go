package neo4jstore_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// TestWriteCutMidway: the connection to Neo4j is cut in the middle of each kind of curation
// write (a create, an update that adds and removes links, a token), after the change and
// after its audit record but before the commit: neither the change nor its audit record
// remains.
func TestWriteCutMidway(t *testing.T) {
	seeded := kgtest.Store(t)
	target := kgtest.Address()
	meta := kg.ChangeMeta{Mutation: "test", Curator: "test", Reason: "cut"}
	// The update's entity: a strain of one species, moved to another by the cut write.
	strain := fmt.Sprintf("strain:cut-%d", time.Now().UnixNano())
	memberOf := func(species string) kg.RelationRecord {
		return kg.RelationRecord{Kind: kg.RelMemberOf, From: strain, To: species, Key: "MEMBER_OF|" + strain + "|" + species, Props: map[string]any{"maturity": "ESTABLISHED"}}
	}
	if _, err := seeded.Create(context.Background(), meta, kg.Graph{
		Nodes:     []kg.NodeRecord{{ID: strain, Kind: kg.KindStrain, Props: map[string]any{"id": strain, "kind": "STRAIN", "name": "Cut", "species": "species:lacticaseibacillus-rhamnosus"}}},
		Relations: []kg.RelationRecord{memberOf("species:lacticaseibacillus-rhamnosus")},
	}); err != nil {
		t.Fatal(err)
	}
	writes := []struct {
		name string
		// write makes the change through store; touched is what it would leave behind.
		write   func(store *neo4jstore.Store, n string) error
		touched func(n string) string
	}{
		{"create", func(store *neo4jstore.Store, n string) error {
			id := "study:cut-" + n
			_, err := store.Create(context.Background(), meta, kg.Graph{
				Nodes: []kg.NodeRecord{{ID: id, Kind: kg.KindStudy, Props: map[string]any{"id": id, "kind": "STUDY", "title": "Cut"}}},
			})
			return err
		}, func(n string) string {
			return "MATCH (n {id: 'study:cut-" + n + "'}) RETURN count(n) AS n"
		}},
		{"update", func(store *neo4jstore.Store, n string) error {
			_, err := store.Update(context.Background(), meta, strain, 1, map[string]any{"name": "Cut " + n, "species": "species:bifidobacterium-longum"},
				[]kg.RelationRecord{memberOf("species:bifidobacterium-longum")}, []kg.RelationRecord{memberOf("species:lacticaseibacillus-rhamnosus")})
			return err
		}, func(n string) string {
			return "MATCH (s:Strain {id: '" + strain + "'}) OPTIONAL MATCH (s)-[r:MEMBER_OF]->(:Species {id: 'species:bifidobacterium-longum'}) " +
				"OPTIONAL MATCH (s)-[kept:MEMBER_OF]->(:Species {id: 'species:lacticaseibacillus-rhamnosus'}) " +
				"RETURN CASE WHEN s.version = 1 AND s.name = 'Cut' AND r IS NULL AND kept IS NOT NULL THEN 0 ELSE 1 END AS n"
		}},
		{"token", func(store *neo4jstore.Store, n string) error {
			_, err := store.CreateToken(context.Background(), meta, "cut-"+n, kg.RoleCurator, []byte("hash-"+n))
			return err
		}, func(n string) string {
			return "MATCH (t:Token {name: 'cut-" + n + "'}) RETURN count(t) AS n"
		}},
	}
	for _, w := range writes {
		for _, stage := range []string{"changed", "audited"} {
			t.Run(w.name+"/"+stage, func(t *testing.T) {
				proxy := kgtest.NewProxy(t, target)
				d := proxy.Driver(t, func(c *config.Config) {
					c.MaxTransactionRetryTime = 500 * time.Millisecond
					c.SocketConnectTimeout = time.Second
				})
				store := neo4jstore.New(d, kgtest.Database(), 10*time.Second)
				defer store.Close()
				cuts := 0
				store.SetWriteHook(func(s string) {
					if s == stage && cuts == 0 {
						cuts++
						proxy.Cut()
					}
				})
				n := fmt.Sprintf("%s-%d", stage, time.Now().UnixNano())
				before := changes(t)
				err := w.write(store, n)
				if err == nil {
					t.Fatal("a write whose connection was cut before commit succeeded")
				}
				if cuts != 1 {
					t.Fatalf("the hook cut %d times", cuts)
				}
				// Cut after the audit record, the connection is lost while committing: the
				// driver cannot know whether Neo4j committed, and the error says so.
				want := kg.EUNAVAILABLE
				if stage == "audited" {
					want = kg.ECOMMITUNKNOWN
				}
				if kg.ErrorCode(err) != want {
					t.Errorf("error %v, want %s", err, want)
				}
				if rows := kgtest.Cypher(t, w.touched(n), nil); rows[0]["n"] != int64(0) {
					t.Error("the change survived the cut")
				}
				if n := changes(t); n != before {
					t.Errorf("%d audit records survived the cut", n-before)
				}
			})
		}
	}
}

func changes(tb testing.TB) int64 {
	return kgtest.Cypher(tb, "MATCH (c:Change) RETURN count(c) AS n", nil)[0]["n"].(int64)
}

// TestLinkRaceIsAConflict: a link stated while another transaction has stated the same link
// but not yet committed. The second writer must see the first's link once it commits, and be
// refused (CONFLICT), not replace it silently: the lock on the link's start is taken before
// the link is looked for. Writer A pauses after its change until writer B has begun.
func TestLinkRaceIsAConflict(t *testing.T) {
	kgtest.Store(t)
	meta := kg.ChangeMeta{Mutation: "test", Curator: "test", Reason: "race"}
	a := neo4jstore.New(kgtest.NewDriver(t), kgtest.Database(), 10*time.Second)
	defer a.Close()
	b := neo4jstore.New(kgtest.NewDriver(t), kgtest.Database(), 10*time.Second)
	defer b.Close()
	strain := fmt.Sprintf("strain:race-%d", time.Now().UnixNano())
	if _, err := a.Create(context.Background(), meta, kg.Graph{Nodes: []kg.NodeRecord{{ID: strain, Kind: kg.KindStrain,
		Props: map[string]any{"id": strain, "kind": "STRAIN", "name": "Race", "species": "species:lacticaseibacillus-rhamnosus"}}}}); err != nil {
		t.Fatal(err)
	}
	link := func(note string) kg.RelationRecord {
		to := "mechanism:gut-barrier-integrity"
		return kg.RelationRecord{Kind: kg.RelModulates, From: strain, To: to, Key: "MODULATES|" + strain + "|" + to,
			Props: map[string]any{"effect": "INCREASES", "maturity": "EARLY", "note": note}}
	}
	bDone := make(chan error, 1)
	a.SetWriteHook(func(stage string) {
		if stage != "changed" {
			return
		}
		go func() {
			_, err := b.Link(context.Background(), meta, link("second"), kg.LinkOptions{})
			bDone <- err
		}()
		// Give B the time to look for the link while A's is not yet committed.
		time.Sleep(300 * time.Millisecond)
	})
	if _, err := a.Link(context.Background(), meta, link("first"), kg.LinkOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := <-bDone; kg.ErrorCode(err) != kg.ECONFLICT {
		t.Errorf("the second statement of the same link: %v; want CONFLICT", err)
	}
	rows := kgtest.Cypher(t, "MATCH (:Strain {id: $id})-[r:MODULATES]->() RETURN r.note AS note", map[string]any{"id": strain})
	if len(rows) != 1 || rows[0]["note"] != "first" {
		t.Errorf("links after the race: %v; want the first writer's only", rows)
	}
}

// TestRelationshipKeysAreUniqueInTheDatabase: whatever writes to Neo4j, not only this
// service, cannot store a second relationship of one type between the same two entities.
func TestRelationshipKeysAreUniqueInTheDatabase(t *testing.T) {
	kgtest.Store(t)
	for _, kind := range kg.RelationKinds {
		rows := kgtest.Cypher(t, "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'RELATIONSHIP_UNIQUENESS' AND $kind IN labelsOrTypes AND properties = ['key'] RETURN count(*) AS n",
			map[string]any{"kind": string(kind)})
		if rows[0]["n"] != int64(1) {
			t.Errorf("%s: no uniqueness constraint on its key", kind)
		}
	}
	d := kgtest.Driver(t)
	_, err := neo4j.ExecuteQuery(context.Background(), d, `MATCH (c:Claim)-[r:HAS_EVIDENCE]->(s:Study) WITH c, r, s LIMIT 1
CREATE (c)-[:HAS_EVIDENCE {key: r.key, stance: 'SUPPORTS'}]->(s)`, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(kgtest.Database()))
	var n4j *neo4j.Neo4jError
	if !errors.As(err, &n4j) || !strings.Contains(n4j.Code, "ConstraintValidationFailed") {
		t.Fatalf("a second HAS_EVIDENCE with the same key: %v; want a constraint violation", err)
	}
}
