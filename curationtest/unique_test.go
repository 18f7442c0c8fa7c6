package curationtest

import (
	"fmt"
	"gutskin/kg"
	"gutskin/kgtest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Sixteen curators add different studies under the same citation number of one source at
// the same moment: the database lets exactly one through (the service's own check alone let
// 15 or 16 through), the others are refused with a code, and the export still loads.
func TestConcurrentCitationNumbersStayUnique(t *testing.T) {
	h := newHarness(t)
	number := 5000 + int(unique())
	codes := race(t, 16, func(i int) response {
		in := studyInput()
		in["doi"] = fmt.Sprintf("10.5555/race.%d.%d.%d", time.Now().UnixNano(), number, i)
		in["citedBy"] = []map[string]any{{"source": "source:gut-health-acne", "number": number}}
		return h.do(t, h.curator, `mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id } } }`, map[string]any{"in": in})
	})
	exactlyOneAccepted(t, codes)
	h.export(t)
}

// race sends n requests at the same moment and returns their error codes ("" for accepted).
func race(t *testing.T, n int, send func(i int) response) []string {
	t.Helper()
	rs := raceAll(t, n, send)
	codes := make([]string, n)
	for i, r := range rs {
		codes[i] = r.Code()
	}
	return codes
}

// raceAll sends n requests at the same moment and returns their answers.
func raceAll(t *testing.T, n int, send func(i int) response) []response {
	t.Helper()
	rs := make([]response, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			rs[i] = send(i)
		}()
	}
	close(start)
	wg.Wait()
	return rs
}

// racedUpdates has two curators update the record id through mutation at once, with the same
// expectedVersion, rounds times: each round one wins and the other gets CONFLICT, and every
// win is one version and one audit record.
func racedUpdates(t *testing.T, h *harness, mutation, id, field string, rounds int) {
	t.Helper()
	for round := 1; round <= rounds; round++ {
		rs := raceAll(t, 2, func(i int) response {
			return h.mutate(t, h.curator, mutation, map[string]any{"reason": "race", "id": id, "expectedVersion": round,
				field: fmt.Sprintf("round %d writer %d", round, i)})
		})
		codes := []string{rs[0].Code(), rs[1].Code()}
		if !(codes[0] == "" && codes[1] == "CONFLICT") && !(codes[0] == "CONFLICT" && codes[1] == "") {
			t.Fatalf("round %d: codes %v: %s | %s", round, codes, rs[0].Raw, rs[1].Raw)
		}
	}
	if v := h.version(t, id); v != rounds+1 {
		t.Errorf("version %d after %d rounds, want %d", v, rounds, rounds+1)
	}
	rows := kgtest.Cypher(t, "MATCH (c:Change {mutation: $m}) WHERE $id IN c.targets RETURN count(c) AS n", map[string]any{"id": id, "m": mutation})
	if rows[0]["n"] != int64(rounds) {
		t.Errorf("%v %s records, want %d", rows[0]["n"], mutation, rounds)
	}
}

// Every "only one" rule of the seed holds when sixteen curators write at the same moment:
// exactly one write is accepted, the others are refused with a code (never an internal
// error), the graph holds one of the thing, and the export loads afterwards.
func TestConcurrentWritersKeepEveryUniquenessRule(t *testing.T) {
	h := newHarness(t)
	const writers = 16
	strain := recordKinds[2]
	if strain.kind != kg.KindStrain {
		t.Fatalf("recordKinds[2] is %s, want the strain", strain.kind)
	}
	for _, tc := range []struct {
		name string
		// prepare returns a request for writer i, all writing the same one thing.
		prepare func(t *testing.T) func(i int) response
	}{
		{"entity id", func(t *testing.T) func(int) response {
			id := fmt.Sprintf("strain:race-%d", unique())
			return func(i int) response {
				in := strain.valid(id)
				in["reason"], in["source"], in["description"] = "race", "s", fmt.Sprintf("writer %d", i)
				return h.mutate(t, h.curator, "createStrain", in)
			}
		}},
		{"DOI", func(t *testing.T) func(int) response {
			doi := fmt.Sprintf("10.5555/race.doi.%d.%d", time.Now().UnixNano(), unique())
			return func(i int) response {
				in := studyInput()
				in["doi"] = []string{doi, "https://doi.org/" + doi, "doi:" + strings.ToUpper(doi)}[i%3]
				return h.do(t, h.curator, `mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id } } }`, map[string]any{"in": in})
			}
		}},
		{"evidence: one link per claim and study", func(t *testing.T) func(int) response {
			study := h.createStudy(t)
			return func(i int) response {
				return h.mutate(t, h.curator, "addEvidence", map[string]any{"reason": "race", "source": "s", "claim": claimID, "study": study,
					"stance": []string{"SUPPORTS", "QUALIFIES", "CONTRADICTS"}[i%3], "note": fmt.Sprintf("writer %d", i)})
			}
		}},
		{"relationship: one per type and pair", func(t *testing.T) func(int) response {
			from := h.create(t, strain)
			return func(i int) response {
				return h.mutate(t, h.curator, "addRelation", map[string]any{"reason": "race", "source": "s", "type": "MODULATES", "from": from,
					"to": "mechanism:gut-barrier-integrity", "effect": []string{"INCREASES", "DECREASES"}[i%2], "maturity": "EARLY",
					"provenance": []map[string]any{{"source": "source:gut-health-acne", "section": fmt.Sprintf("writer %d", i)}}})
			}
		}},
		{"position: one per source and claim", func(t *testing.T) func(int) response {
			claim := h.create(t, recordKinds[kindIndex(t, kg.KindClaim)])
			v := h.version(t, claim)
			return func(i int) response {
				return h.mutate(t, h.curator, "updateClaim", map[string]any{"reason": "race", "id": claim, "expectedVersion": v,
					"positions": []map[string]any{{"source": "source:gut-health-acne", "position": []string{"ENDORSES", "HEDGES", "REJECTS"}[i%3], "note": fmt.Sprintf("writer %d", i)}}})
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			send := tc.prepare(t)
			exactlyOneAccepted(t, race(t, writers, send))
		})
	}
	for _, q := range []string{
		"MATCH (a)-[r]->(b) WITH type(r) AS t, a, b, count(r) AS n WHERE n > 1 RETURN t + ' ' + a.id + ' ' + b.id AS dup LIMIT 5",
		"MATCH (s:Study) WHERE s.doiLower IS NOT NULL WITH s.doiLower AS d, count(s) AS n WHERE n > 1 RETURN d AS dup LIMIT 5",
		"MATCH (n:Entity) WITH n.id AS id, count(n) AS c WHERE c > 1 RETURN id AS dup LIMIT 5",
	} {
		if rows := kgtest.Cypher(t, q, nil); len(rows) > 0 {
			t.Errorf("the graph holds duplicates: %v", rows)
		}
	}
	h.export(t)
}

func kindIndex(t *testing.T, k kg.Kind) int {
	for i, rk := range recordKinds {
		if rk.kind == k {
			return i
		}
	}
	t.Fatalf("no record kind %s", k)
	return -1
}

// exactlyOneAccepted: of writers racing to make one thing, one was accepted and the others
// refused with a code a client can act on.
func exactlyOneAccepted(t *testing.T, codes []string) {
	t.Helper()
	accepted := 0
	for i, c := range codes {
		switch c {
		case "":
			accepted++
		case "CONFLICT", "BAD_USER_INPUT":
		default:
			t.Errorf("writer %d: code %q; want CONFLICT or BAD_USER_INPUT", i, c)
		}
	}
	if accepted != 1 {
		t.Errorf("%d of %d writes were accepted; want exactly 1 (codes %v)", accepted, len(codes), codes)
	}
}
