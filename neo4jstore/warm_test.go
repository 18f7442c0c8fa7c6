package neo4jstore_test

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// TestWarmUpShapes: the warm-up asks the explorer's questions (its default kinds and
// maturity, both directions, 1 to 5 hops) between ids of the length class of the seed's.
func TestWarmUpShapes(t *testing.T) {
	seen := map[string]bool{}
	for _, q := range neo4jstore.WarmQueries() {
		if len(q.From) <= 10 || len(q.From) > 100 || len(q.To) <= 10 || len(q.To) > 100 {
			t.Errorf("warm-up ids %q and %q: want 11 to 100 bytes, the class of the seed's ids", q.From, q.To)
		}
		if q.MinMaturity != kg.MaturityNotSupported || fmt.Sprint(q.Rels) != fmt.Sprint(kg.MechanisticRelations) {
			t.Errorf("warm-up question %+v: want the default maturity and kinds", q)
		}
		seen[fmt.Sprintf("%d %v", q.MaxHops, q.Directed)] = true
	}
	for hops := 1; hops <= 5; hops++ {
		for _, directed := range []bool{true, false} {
			if !seen[fmt.Sprintf("%d %v", hops, directed)] {
				t.Errorf("no warm-up question of %d hops, directed %v", hops, directed)
			}
		}
	}
}

// TestWarmUpPlansWhatQuestionsUse proves, without timing anything, that the warm-up puts in
// Neo4j's query cache the very plans later questions use: after the cache is emptied, the
// warm-up and then real questions of the same shapes (other ends, with and without evidence,
// other page sizes) leave exactly one cached plan per shape. Had a question missed the
// warmed plan, it would have added one of its own. Only the default depth is asked here,
// planning every depth cold takes long; another test package running statements at the same
// time adds plans, so the count is taken again a few times before the test fails.
func TestWarmUpPlansWhatQuestionsUse(t *testing.T) {
	store := kgtest.Store(t)
	var shapes []kg.PathQuery
	for _, q := range neo4jstore.WarmQueries() {
		if q.MaxHops == 3 {
			shapes = append(shapes, q)
		}
	}
	cleared := regexp.MustCompile(`cleared of (\d+) quer`)
	clearCache := func() int {
		rows := kgtest.Cypher(t, "CALL db.clearQueryCaches()", nil)
		if len(rows) != 1 {
			t.Fatalf("db.clearQueryCaches() returned %v", rows)
		}
		msg, _ := rows[0]["value"].(string)
		if m := cleared.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n
		}
		return 0 // "Query cache already empty."
	}
	var plans int
	for attempt := 0; attempt < 3; attempt++ {
		clearCache()
		asked, err := store.Warm(context.Background(), shapes, neo4jstore.WarmAtOnce)
		if err != nil || asked != len(shapes) {
			t.Fatalf("Warm asked %d of %d questions: %v", asked, len(shapes), err)
		}
		for _, q := range shapes {
			for _, to := range []string{"condition:acne", "condition:atopic-dermatitis"} {
				for _, evidence := range []bool{false, true} {
					ask := q
					ask.From, ask.To, ask.Evidence, ask.First = "strain:hn001", to, evidence, 3
					if _, err := store.Pathways(context.Background(), ask); err != nil {
						t.Fatalf("%s → %s: %v", ask.From, ask.To, err)
					}
				}
			}
		}
		if plans = clearCache(); plans == len(shapes) {
			return
		}
	}
	t.Errorf("after the warm-up of %d shapes and questions of those shapes, Neo4j held %d plans; want one a shape", len(shapes), plans)
}
