package neo4jstore_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// TestWriteCutMidway: the connection to Neo4j is cut in the middle of a curation write,
// after the change and after its audit record but before the commit: neither the change
// nor its audit record remains.
func TestWriteCutMidway(t *testing.T) {
	kgtest.Store(t)
	target := strings.TrimPrefix(strings.TrimPrefix(uriOr(), "bolt://"), "neo4j://")
	for _, stage := range []string{"changed", "audited"} {
		t.Run(stage, func(t *testing.T) {
			proxy := kgtest.NewProxy(t, target)
			d, err := neo4j.NewDriverWithContext("bolt://"+proxy.Addr, neo4j.NoAuth(), func(c *config.Config) {
				c.MaxTransactionRetryTime = 500 * time.Millisecond
				c.SocketConnectTimeout = time.Second
			})
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close(context.Background())
			store := neo4jstore.New(d, kgtest.Database(), 10*time.Second)
			defer store.Close()
			cuts := 0
			store.SetWriteHook(func(s string) {
				if s == stage && cuts == 0 {
					cuts++
					proxy.Cut()
				}
			})
			id := fmt.Sprintf("study:cut-%s-%d", stage, time.Now().UnixNano())
			before := changes(t)
			_, err = store.Create(context.Background(), kg.ChangeMeta{Mutation: "createStudy", Curator: "test", Reason: "cut"}, kg.Graph{
				Nodes: []kg.NodeRecord{{ID: id, Kind: kg.KindStudy, Props: map[string]any{"id": id, "kind": "STUDY", "title": "Cut"}}},
			})
			if err == nil {
				t.Fatal("a write whose connection was cut before commit succeeded")
			}
			if cuts != 1 {
				t.Fatalf("the hook cut %d times", cuts)
			}
			if kg.ErrorCode(err) != kg.EUNAVAILABLE {
				t.Errorf("error %v, want %s", err, kg.EUNAVAILABLE)
			}
			rows := kgtest.Cypher(t, "MATCH (n {id: $id}) RETURN count(n) AS n", map[string]any{"id": id})
			if rows[0]["n"] != int64(0) {
				t.Error("the change survived the cut")
			}
			if n := changes(t); n != before {
				t.Errorf("%d audit records survived the cut", n-before)
			}
			rows = kgtest.Cypher(t, "MATCH (c:Change) WHERE $id IN c.targets RETURN count(c) AS n", map[string]any{"id": id})
			if rows[0]["n"] != int64(0) {
				t.Error("the audit record survived the cut")
			}
		})
	}
}

func changes(tb testing.TB) int64 {
	return kgtest.Cypher(tb, "MATCH (c:Change) RETURN count(c) AS n", nil)[0]["n"].(int64)
}

func uriOr() string {
	if u := os.Getenv("NEO4J_URI"); u != "" {
		return u
	}
	return "bolt://127.0.0.1:7687"
}
