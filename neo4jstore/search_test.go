package neo4jstore_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// oracleSearch reads every hit of a search and sorts them all: the ranking the store's one
// pass must reproduce, page by page.
func oracleSearch(t *testing.T, text string, kinds []kg.Kind) (ids []string, scores []float64) {
	t.Helper()
	lucene, err := neo4jstore.SearchLucene(text)
	if err != nil {
		t.Fatal(err)
	}
	rows := kgtest.Cypher(t, `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
		WHERE $kinds IS NULL OR node.kind IN $kinds
		RETURN node.id AS id, score ORDER BY score DESC, node.id ASC`, map[string]any{"lucene": lucene, "kinds": neo4jstore.KindParam(kinds)})
	for _, r := range rows {
		ids = append(ids, r["id"].(string))
		scores = append(scores, r["score"].(float64))
	}
	return ids, scores
}

// searchAll pages through a search with keyset cursors, asking for the total on every
// other page (from the first page if totalFirst), and checks what each page says about
// itself. Each cursor carries the position the store gave its hit, changed by hint (a
// cursor's position is only a hint of where to read from: a wrong one must not change the
// pages).
func searchAll(t *testing.T, store *neo4jstore.Store, text string, kinds []kg.Kind, first int, totalFirst bool, wantTotal int, hint func(int) int) (ids []string, scores []float64) {
	t.Helper()
	var after *kg.Cursor
	for page := 0; ; page++ {
		withTotal := (page%2 == 0) == totalFirst
		ctx := kg.WithRoundTrips(context.Background(), 0)
		res, err := store.Search(ctx, text, kinds, first, after, withTotal, nil)
		if err != nil {
			t.Fatalf("%q page %d: %v", text, page, err)
		}
		hits, more, total := res.Hits, res.More, res.Total
		if n := kg.RoundTrips(ctx); n != 1 {
			t.Errorf("%q page %d: %d round trips, want 1", text, page, n)
		}
		// An exact total is the number of hits; otherwise counting stopped at the limit,
		// which only a search with more hits than the limit may do.
		limit := neo4jstore.SearchCountLimit()
		switch {
		case !withTotal && total != -1:
			t.Errorf("%q page %d: total %d without asking, want -1", text, page, total)
		case withTotal && res.TotalExact && total != wantTotal:
			t.Errorf("%q page %d: exact total %d, want %d", text, page, total, wantTotal)
		case withTotal && !res.TotalExact && (total != limit || wantTotal < limit):
			t.Errorf("%q page %d: total at least %d (limit %d), want %d", text, page, total, limit, wantTotal)
		}
		if len(hits) > first || more && len(hits) < first {
			t.Fatalf("%q page %d: %d hits of at most %d, more = %v", text, page, len(hits), first, more)
		}
		for _, h := range hits {
			ids, scores = append(ids, h.Entity.ID), append(scores, h.Score)
		}
		if !more || len(hits) == 0 {
			return ids, scores
		}
		for i, h := range hits[1:] {
			if h.Pos != hits[i].Pos+1 {
				t.Fatalf("%q page %d: hit positions %d then %d", text, page, hits[i].Pos, h.Pos)
			}
		}
		last := hits[len(hits)-1]
		after = &kg.Cursor{Key: last.Score, ID: last.Entity.ID, Pos: hint(last.Pos)}
	}
}

// TestSearchMatchesOracle pages through searches of the seed and compares every hit, its
// place and score, and the total with a brute-force reading of the index.
func TestSearchMatchesOracle(t *testing.T) {
	store := kgtest.Store(t)
	for _, text := range []string{"acne", "eczema probiotics", "dermatitus", "HN001", "gut barrier integrity",
		"Can probiotics cure acne?", "ref 24", "https://doi.org/10.1111/eci.13201"} {
		for _, kinds := range [][]kg.Kind{nil, {kg.KindStudy}, {kg.KindClaim, kg.KindCondition}} {
			wantIDs, wantScores := oracleSearch(t, text, kinds)
			for i, first := range []int{1, 7, 25} {
				t.Run(fmt.Sprintf("%s/%v/first=%d", text, kinds, first), func(t *testing.T) {
					ids, scores := searchAll(t, store, text, kinds, first, i%2 == 0, len(wantIDs), asGiven)
					if !slices.Equal(ids, wantIDs) || !slices.Equal(scores, wantScores) {
						t.Errorf("got  %v %v\nwant %v %v", ids, scores, wantIDs, wantScores)
					}
				})
			}
		}
	}
}

// TestSearchTiesPastThePrefetch searches entities that all score the same, more of them than
// a first page reads ahead: the page must still be the smallest ids, and paging must go
// through the tie in id order.
func TestSearchTiesPastThePrefetch(t *testing.T) {
	store := kgtest.Store(t)
	const prefix = "search-test:"
	kgtest.Scratch(t, prefix)
	var rows []map[string]any
	for i := range 45 {
		// Ids out of creation order, so that index order and id order differ.
		rows = append(rows, map[string]any{"id": fmt.Sprintf("%s%02d", prefix, (i*17)%45)})
	}
	kgtest.Cypher(t, `UNWIND $rows AS row
		CREATE (:Entity:Factor {id: row.id, kind: 'FACTOR', label: 'quorblax widget', searchNames: 'quorblax widget', searchText: 'quorblax widget'})`,
		map[string]any{"rows": rows})
	wantIDs, wantScores := oracleSearch(t, "quorblax", nil)
	if len(wantIDs) != 45 || wantScores[0] != wantScores[44] {
		t.Fatalf("the test entities do not tie: %v %v", wantIDs, wantScores)
	}
	for _, first := range []int{10, 44, 45, 50} {
		for _, totalFirst := range []bool{false, true} {
			ids, _ := searchAll(t, store, "quorblax", nil, first, totalFirst, 45, asGiven)
			if !slices.Equal(ids, wantIDs) {
				t.Errorf("first=%d, total on the first page: %v: got %v, want %v", first, totalFirst, ids, wantIDs)
			}
		}
	}
}

func asGiven(pos int) int { return pos }

// TestSearchCountsUpToTheLimit pages through searches with the count limit lowered to a few
// hits, and with cursors whose positions are right, missing, too early or far too late:
// every page must still be the oracle's, and each total exact below the limit and "at least
// the limit" above it.
func TestSearchCountsUpToTheLimit(t *testing.T) {
	store := kgtest.Store(t)
	old := neo4jstore.SetSearchCountLimit(6)
	t.Cleanup(func() { neo4jstore.SetSearchCountLimit(old) })
	hints := map[string]func(int) int{
		"right":     asGiven,
		"missing":   func(int) int { return 0 },
		"too early": func(pos int) int { return pos / 2 },
		"too late":  func(pos int) int { return pos + 1000 },
	}
	var inexact int
	for _, text := range []string{"acne", "eczema probiotics", "gut barrier integrity", "HN001"} {
		for _, kinds := range [][]kg.Kind{nil, {kg.KindClaim}} {
			wantIDs, wantScores := oracleSearch(t, text, kinds)
			if len(wantIDs) >= 6 {
				inexact++
			}
			for name, hint := range hints {
				for _, first := range []int{2, 5} {
					ids, scores := searchAll(t, store, text, kinds, first, first == 2, len(wantIDs), hint)
					if !slices.Equal(ids, wantIDs) || !slices.Equal(scores, wantScores) {
						t.Errorf("%q %v first=%d, positions %s:\ngot  %v %v\nwant %v %v", text, kinds, first, name, ids, scores, wantIDs, wantScores)
					}
				}
			}
		}
	}
	if inexact == 0 {
		t.Error("no search matched more entities than the limit")
	}
}
