package curationtest

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

const createStudyWithSeq = `mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id title } change { seq reason } } }`

func withKey(key string) http.Header { return http.Header{"Idempotency-Key": {key}} }

// studiesWithTitle counts the studies (and their audit records) a test's unique title made.
func studiesWithTitle(tb testing.TB, title string) (studies, changes int64) {
	tb.Helper()
	row := kgtest.Cypher(tb, `OPTIONAL MATCH (s:Study {title: $title}) WITH count(s) AS studies
OPTIONAL MATCH (c:Change {mutation: 'createStudy'}) WHERE c.touched CONTAINS $title
RETURN studies, count(c) AS changes`, map[string]any{"title": title})[0]
	return row["studies"].(int64), row["changes"].(int64)
}

// TestRetryByKey: a mutation sent again with its Idempotency-Key gets the first answer and
// changes nothing more; the key with another input is refused (422) and writes nothing; a
// malformed key is refused; a token's creation is never answered twice (its value is shown
// once) but its retry says it was made.
func TestRetryByKey(t *testing.T) {
	h := newHarness(t)
	in := studyInput()
	key := fmt.Sprintf("retry-%d-%d", time.Now().UnixNano(), unique())
	first := h.doWith(t, h.curator, withKey(key), createStudyWithSeq, map[string]any{"in": in})
	ok[any](t, first, "createStudy")
	changes := changeCount(t)

	again := h.doWith(t, h.curator, withKey(key), createStudyWithSeq, map[string]any{"in": in})
	ok[any](t, again, "createStudy")
	if string(again.Data["createStudy"]) != string(first.Data["createStudy"]) {
		t.Errorf("the retry answered %s; the first answer was %s", again.Data["createStudy"], first.Data["createStudy"])
	}
	if n := changeCount(t); n != changes {
		t.Errorf("the retry wrote %d audit records", n-changes)
	}
	if studies, audits := studiesWithTitle(t, in["title"].(string)); studies != 1 || audits != 1 {
		t.Errorf("%d studies and %d audit records after a retry; want 1 and 1", studies, audits)
	}

	other := clone(in)
	other["title"] = in["title"].(string) + " (other)"
	r := h.doWith(t, h.curator, withKey(key), createStudyWithSeq, map[string]any{"in": other})
	if r.Status != http.StatusUnprocessableEntity || r.Code() != "IDEMPOTENCY_KEY_REUSED" {
		t.Errorf("the key with other input: got %d %s: %s", r.Status, r.Code(), r.Raw)
	}
	if n := changeCount(t); n != changes {
		t.Errorf("the refused key wrote %d audit records", n-changes)
	}

	// The same key is another curator's own: it names nothing of the first one's.
	second := h.token(t, fmt.Sprintf("test-second-%d-%d", time.Now().UnixNano(), unique()), "curator")
	ok[any](t, h.doWith(t, second, withKey(key), createStudyWithSeq, map[string]any{"in": studyInput()}), "createStudy")

	for _, bad := range []string{"two words", "tab\tkey", strings.Repeat("k", 201), "ключ"} {
		before := changeCount(t)
		r := h.doWith(t, h.curator, withKey(bad), createStudyWithSeq, map[string]any{"in": studyInput()})
		if r.Code() != "BAD_USER_INPUT" || r.Field() != "Idempotency-Key" {
			t.Errorf("key %q: got %s field %q: %s", bad, r.Code(), r.Field(), r.Raw)
		}
		if n := changeCount(t); n != before {
			t.Errorf("key %q: a refused key wrote %d audit records", bad, n-before)
		}
	}

	tokenKey := key + "-token"
	name := fmt.Sprintf("retry-token-%d-%d", time.Now().UnixNano(), unique())
	tokenIn := map[string]any{"in": map[string]any{"reason": "a new curator joins", "name": name, "role": "CURATOR"}}
	const createToken = `mutation($in: CreateTokenInput!) { createToken(input: $in) { token change { seq } } }`
	ok[any](t, h.doWith(t, h.admin, withKey(tokenKey), createToken, tokenIn), "createToken")
	r = h.doWith(t, h.admin, withKey(tokenKey), createToken, tokenIn)
	if r.Code() != "ALREADY_APPLIED" || r.Data["createToken"] != nil && string(r.Data["createToken"]) != "null" {
		t.Errorf("a token's retry: got %s: %s", r.Code(), r.Raw)
	}
	if n := kgtest.Cypher(t, "MATCH (t:Token {name: $name}) RETURN count(t) AS n", map[string]any{"name": name})[0]["n"]; n != int64(1) {
		t.Errorf("%v tokens named %s", n, name)
	}
}

// TestConcurrentRetriesMakeOneChange: the same keyed request sent 8 times at once makes one
// study and one audit record; every answer is the first one's or a CONFLICT to retry.
func TestConcurrentRetriesMakeOneChange(t *testing.T) {
	h := newHarness(t)
	in := studyInput()
	key := fmt.Sprintf("race-%d-%d", time.Now().UnixNano(), unique())
	answers := make([]response, 8)
	var wg sync.WaitGroup
	for i := range answers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = h.doWith(t, h.curator, withKey(key), createStudyWithSeq, map[string]any{"in": in})
		}()
	}
	wg.Wait()
	var first string
	for _, r := range answers {
		switch r.Code() {
		case "":
			if first == "" {
				first = string(r.Data["createStudy"])
			} else if string(r.Data["createStudy"]) != first {
				t.Errorf("two answers differ:\n%s\n%s", first, r.Data["createStudy"])
			}
		case "CONFLICT", "ALREADY_APPLIED":
		default:
			t.Errorf("unexpected answer: %s", r.Raw)
		}
	}
	if first == "" {
		t.Error("no request was answered with the study")
	}
	if studies, audits := studiesWithTitle(t, in["title"].(string)); studies != 1 || audits != 1 {
		t.Errorf("%d studies and %d audit records; want 1 and 1", studies, audits)
	}
}

// TestCommitCutRetryByKey: Neo4j's connection is cut while a keyed createStudy commits,
// once after the commit reached Neo4j (its answer lost on the way back) and once before.
// Either way the service answers COMMIT_UNKNOWN (the driver cannot tell which happened), and
// the retry with the same key, once Neo4j is back, tells: the first change stands, or the
// change is made now. Never a duplicate, never a lost write.
func TestCommitCutRetryByKey(t *testing.T) {
	direct := kgtest.Driver(t)
	for _, tc := range []struct {
		name      string
		committed bool
		retry     string
	}{
		{"answer lost after the commit", true, "ALREADY_APPLIED"},
		{"cut before the commit", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			proxy := kgtest.NewProxy(t, kgtest.Address())
			d := proxy.Driver(t, func(c *config.Config) {
				c.MaxTransactionRetryTime = 500 * time.Millisecond
				c.SocketConnectTimeout = time.Second
			})
			store := neo4jstore.New(d, kgtest.Database(), 10*time.Second)
			defer store.Close()
			h := newHarnessOn(t, store, 1000, 1000)

			in := studyInput()
			title := in["title"].(string)
			var armed atomic.Bool
			armed.Store(true)
			cut := make(chan struct{})
			store.SetWriteHook(func(stage string) {
				if stage != "audited" || !armed.CompareAndSwap(true, false) {
					return
				}
				if !tc.committed {
					proxy.Cut()
					close(cut)
					return
				}
				// Let the commit through, keep its answer back, and cut once Neo4j has it.
				proxy.Mute()
				go func() {
					defer close(cut)
					defer proxy.Cut()
					for range 400 {
						res, err := neo4j.ExecuteQuery(context.Background(), direct, "MATCH (s:Study {title: $title}) RETURN count(s) AS n",
							map[string]any{"title": title}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(kgtest.Database()))
						if err == nil && res.Records[0].Values[0] == int64(1) {
							return
						}
						time.Sleep(50 * time.Millisecond)
					}
				}()
			})
			key := fmt.Sprintf("cut-%d-%d", time.Now().UnixNano(), unique())
			vars := map[string]any{"in": in}
			r := h.doWith(t, h.curator, withKey(key), createStudyWithSeq, vars)
			<-cut
			if r.Code() != "COMMIT_UNKNOWN" {
				t.Fatalf("the cut commit answered %s; want COMMIT_UNKNOWN: %s", r.Code(), r.Raw)
			}
			if studies, _ := studiesWithTitle(t, title); studies != map[bool]int64{true: 1, false: 0}[tc.committed] {
				t.Fatalf("%d studies after the cut; the test meant the commit to be %v", studies, tc.committed)
			}
			proxy.Restore(t)

			retry := h.untilAvailable(t, key, createStudyWithSeq, vars)
			if retry.Code() != tc.retry {
				t.Errorf("the retry answered %s, want %q: %s", retry.Code(), tc.retry, retry.Raw)
			}
			if studies, audits := studiesWithTitle(t, title); studies != 1 || audits != 1 {
				t.Errorf("%d studies and %d audit records after the retry; want 1 and 1", studies, audits)
			}
			// A further retry changes nothing either.
			again := h.untilAvailable(t, key, createStudyWithSeq, vars)
			if again.Code() != tc.retry || (tc.retry == "" && string(again.Data["createStudy"]) != string(retry.Data["createStudy"])) {
				t.Errorf("a second retry answered %s: %s", again.Code(), again.Raw)
			}
			if studies, audits := studiesWithTitle(t, title); studies != 1 || audits != 1 {
				t.Errorf("%d studies and %d audit records after two retries; want 1 and 1", studies, audits)
			}
		})
	}
}

// untilAvailable sends a keyed mutation as a client would after an outage: again while the
// service says Neo4j is not back yet.
func (h *harness) untilAvailable(t *testing.T, key, query string, vars map[string]any) response {
	t.Helper()
	for range 200 {
		r := h.doWith(t, h.curator, withKey(key), query, vars)
		if r.Code() != "SERVICE_UNAVAILABLE" {
			return r
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("Neo4j did not come back")
	return response{}
}
