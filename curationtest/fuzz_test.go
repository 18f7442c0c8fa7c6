package curationtest

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"testing"

	"gutskin/kgtest"
)

// FuzzMutation sends arbitrary inputs to every mutation, with no token, a curator's or an
// administrator's. Its invariants: no 5xx, every answer is JSON, every error has a code
// other than INTERNAL_SERVER_ERROR, no answer shows internals, and a refused request writes
// nothing (the graph's nodes, relationships, versions and audit records are as before). The
// seeds below and the corpus in testdata/fuzz/FuzzMutation run as an ordinary test in `go
// test`; `make fuzz` searches further (one worker: the invariant reads the whole
// graph, which a second worker's accepted writes would move).
func FuzzMutation(f *testing.F) {
	// The corpus runs against a freshly seeded database; each worker of a fuzzing run is a
	// new process, which must not load the seed again.
	store, cypher := kgtest.Store, kgtest.Cypher
	if fuzzing := flag.Lookup("test.fuzzworker"); fuzzing != nil && fuzzing.Value.String() == "true" {
		store, cypher = kgtest.LoadedStore, kgtest.LoadedCypher
	}
	h := newHarnessOn(f, store(f), 1<<20, 1<<20)
	names := make([]string, 0, len(inputTypes))
	for name := range inputTypes {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, s := range []struct {
		name  string
		role  uint8
		input string
	}{
		{"createStudy", 1, `{"reason":"r","source":"s","doi":"10.5555/fuzz.seed","title":"T","authors":["Doe, J."],"year":2026,"design":"RANDOMIZED_CONTROLLED_TRIAL","summary":"S","provenance":[{"study":"10.5555/fuzz.seed"}]}`},
		{"createStudy", 1, `{"reason":"r","doi":"10.5555/x/","title":"","year":-1,"design":"NONE"}`},
		{"addEvidence", 1, `{"reason":"r","source":"s","claim":"claim:gut-skin-link-exists","study":"study:10.3390/microorganisms9020353","stance":"SUPPORTS"}`},
		{"addRelation", 1, `{"reason":"\u0001","source":"s","type":"HAS_EVIDENCE","from":"strain:hn001","to":"condition:acne","maturity":"EARLY","provenance":[]}`},
		{"gradeClaim", 1, `{"reason":"r","claim":"claim:gut-skin-link-exists","expectedVersion":1,"maturity":"ESTABLISHED","grades":[{}]}`},
		{"updateClaim", 1, `{"reason":"r","id":"claim:gut-skin-link-exists","expectedVersion":1,"positions":[{"source":"source:gut-health-acne","position":"ENDORSES","note":"n"},{"source":"source:gut-health-acne","position":"REJECTS","note":"n"}]}`},
		{"createStrain", 2, `{"reason":"r","id":"strain:MATCH (n) RETURN n","name":"x"}`},
		{"retire", 0, `{"reason":"r","id":"strain:hn001","expectedVersion":1}`},
		{"restore", 1, `{"reason":"r","id":"strain:none","expectedVersion":1}`},
		{"createToken", 2, `{"reason":"r","name":"` + strings.Repeat("n", 300) + `","role":"ADMIN"}`},
		{"revokeToken", 2, `[1,2,3]`},
		{"updateFinding", 1, `not json at all`},
	} {
		f.Add(s.name, s.role, []byte(s.input))
	}
	f.Fuzz(func(t *testing.T, name string, role uint8, input []byte) {
		if _, known := inputTypes[name]; !known {
			sum := fnv.New32a()
			sum.Write([]byte(name))
			name = names[int(sum.Sum32()%uint32(len(names)))]
		}
		token := []string{"", h.curator, h.admin, "not-a-token"}[role%4]
		var in any = string(input)
		if json.Valid(input) {
			in = json.RawMessage(input)
		}
		body, err := json.Marshal(map[string]any{
			"query":     fmt.Sprintf("mutation($in: %s!) { %s(input: $in) { __typename } }", inputTypes[name], name),
			"variables": map[string]any{"in": in},
		})
		if err != nil {
			return // not a request a client could send
		}
		before := graphState(t, cypher)
		status, out := h.post(t, token, nil, body)
		if status >= 500 {
			t.Fatalf("%s: status %d: %.500s", name, status, out)
		}
		var resp struct {
			Data   map[string]any `json:"data"`
			Errors []struct {
				Message    string         `json:"message"`
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(out, &resp); err != nil {
			t.Fatalf("%s: the answer is not JSON (%d): %.500s", name, status, out)
		}
		for _, e := range resp.Errors {
			if code, _ := e.Extensions["code"].(string); code == "" || code == "INTERNAL_SERVER_ERROR" {
				t.Fatalf("%s: error %q has code %q: %.500s", name, e.Message, code, out)
			}
		}
		for _, leak := range []string{"MATCH (", "RETURN ", "Neo4jError", "Neo.ClientError", "goroutine ", ".go:", "runtime error"} {
			if bytes.Contains(out, []byte(leak)) && !bytes.Contains(body, []byte(leak)) {
				t.Fatalf("%s: the answer shows internals (%q): %.500s", name, leak, out)
			}
		}
		if len(resp.Errors) > 0 {
			if after := graphState(t, cypher); after != before {
				t.Fatalf("%s was refused (%s) but the graph changed: %s, then %s", name, resp.Errors[0].Extensions["code"], before, after)
			}
		}
	})
}

// graphState sums up what any write changes: nodes, relationships, versions and the last
// audit record.
func graphState(tb testing.TB, cypher func(testing.TB, string, map[string]any) []map[string]any) string {
	row := cypher(tb, `CALL () { MATCH (n) RETURN count(n) AS nodes, sum(coalesce(n.version, 0)) AS versions }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
CALL () { MATCH (c:Change) RETURN max(c.seq) AS seq }
RETURN nodes, versions, rels, seq`, nil)[0]
	return fmt.Sprintf("%v nodes, %v relationships, versions %v, last change %v", row["nodes"], row["rels"], row["versions"], row["seq"])
}
