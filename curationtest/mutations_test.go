package curationtest

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"gutskin/graph/generated"
	"gutskin/kg"
)

// mutationCase is what the generic tests need of each mutation: the role it needs, a valid
// input (prepared against the live graph), and an input that breaks one of the graph's
// rules with the input path the error must name. Every mutation of the schema must have
// one (TestEveryMutationHasItsTests), so that none escapes the auth, validation and audit
// tests below.
type mutationCase struct {
	role    kg.Role
	valid   func(t *testing.T, h *harness) map[string]any
	invalid func(t *testing.T, h *harness) (in map[string]any, field string)
}

const claimID = "claim:gut-skin-link-exists"

var mutationCases = map[string]mutationCase{
	"createStudy": {
		role:  kg.RoleCurator,
		valid: func(*testing.T, *harness) map[string]any { return studyInput() },
		invalid: func(*testing.T, *harness) (map[string]any, string) {
			in := studyInput()
			in["year"] = 1800
			return in, "input.year"
		},
	},
	"updateStudy": {
		role: kg.RoleCurator,
		valid: func(t *testing.T, h *harness) map[string]any {
			return map[string]any{"reason": "typo in the title", "id": h.createStudy(t), "expectedVersion": 1, "title": "Corrected title"}
		},
		invalid: func(t *testing.T, h *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "id": h.createStudy(t), "expectedVersion": 1, "sampleSize": 0}, "input.sampleSize"
		},
	},
	"gradeClaim": {
		role: kg.RoleCurator,
		valid: func(t *testing.T, h *harness) map[string]any {
			return map[string]any{"reason": "new meta-analysis", "source": "https://doi.org/10.5555/meta", "claim": claimID,
				"expectedVersion": h.version(t, claimID), "maturity": "PLAUSIBLE", "basis": "ASSESSED", "rationale": "Two RCTs agree."}
		},
		invalid: func(t *testing.T, h *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "source": "s", "claim": claimID, "expectedVersion": h.version(t, claimID),
				"maturity": "PLAUSIBLE", "basis": "ASSESSED", "rationale": "  "}, "input.rationale"
		},
	},
	"addEvidence": {
		role: kg.RoleCurator,
		valid: func(t *testing.T, h *harness) map[string]any {
			return map[string]any{"reason": "new trial", "source": "https://doi.org/10.5555/t", "claim": claimID, "study": h.createStudy(t), "stance": "SUPPORTS", "note": "n"}
		},
		invalid: func(*testing.T, *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "source": "s", "claim": claimID, "study": "study:no-such-study", "stance": "SUPPORTS"}, "input.study"
		},
	},
	"removeEvidence": {
		role: kg.RoleCurator,
		valid: func(t *testing.T, h *harness) map[string]any {
			study := h.createStudy(t)
			ok[any](t, h.mutate(t, h.curator, "addEvidence", map[string]any{"reason": "r", "source": "s", "claim": claimID, "study": study, "stance": "QUALIFIES"}), "addEvidence")
			return map[string]any{"reason": "wrong study", "claim": claimID, "study": study}
		},
		invalid: func(*testing.T, *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "claim": "not-an-id", "study": "study:x"}, "input.claim"
		},
	},
	"addRelation": {
		role: kg.RoleCurator,
		valid: func(t *testing.T, h *harness) map[string]any {
			return map[string]any{"reason": "the trial studied eczema", "source": "https://doi.org/10.5555/t", "type": "INVESTIGATES",
				"from": h.createStudy(t), "to": "condition:atopic-dermatitis", "maturity": "EMERGING",
				"provenance": []map[string]any{{"source": "source:gut-health-acne", "section": "Results"}}}
		},
		invalid: func(*testing.T, *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "source": "s", "type": "MODULATES", "from": "strain:hn001", "to": "condition:atopic-dermatitis",
				"maturity": "EARLY", "effect": "INCREASES", "provenance": []map[string]any{{"source": "source:gut-health-acne", "section": "s"}}}, "input.to"
		},
	},
	"removeRelation": {
		role: kg.RoleCurator,
		valid: func(t *testing.T, h *harness) map[string]any {
			study := h.createStudy(t)
			ok[any](t, h.mutate(t, h.curator, "addRelation", map[string]any{"reason": "r", "source": "s", "type": "INVESTIGATES", "from": study,
				"to": "condition:atopic-dermatitis", "maturity": "EARLY", "provenance": []map[string]any{{"source": "source:gut-health-acne", "section": "s"}}}), "addRelation")
			return map[string]any{"reason": "not what it studied", "type": "INVESTIGATES", "from": study, "to": "condition:atopic-dermatitis"}
		},
		invalid: func(*testing.T, *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "type": "HAS_EVIDENCE", "from": claimID, "to": "study:x"}, "input.type"
		},
	},
	"retire": {
		role: kg.RoleCurator,
		valid: func(t *testing.T, h *harness) map[string]any {
			return map[string]any{"reason": "duplicate record", "id": h.createStudy(t), "expectedVersion": 1}
		},
		invalid: func(*testing.T, *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "id": "nonsense", "expectedVersion": 1}, "input.id"
		},
	},
	"createToken": {
		role: kg.RoleAdmin,
		valid: func(*testing.T, *harness) map[string]any {
			return map[string]any{"reason": "a new curator joins", "name": fmt.Sprintf("api-token-%d-%d", time.Now().UnixNano(), unique()), "role": "CURATOR"}
		},
		invalid: func(*testing.T, *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "name": "not a name!", "role": "CURATOR"}, "input.name"
		},
	},
	"revokeToken": {
		role: kg.RoleAdmin,
		valid: func(t *testing.T, h *harness) map[string]any {
			name := fmt.Sprintf("api-revoked-%d-%d", time.Now().UnixNano(), unique())
			h.token(t, name, kg.RoleCurator)
			return map[string]any{"reason": "the curator left", "name": name}
		},
		invalid: func(*testing.T, *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "name": "no-such-token"}, "input.name"
		},
	},
	"restore": {
		role: kg.RoleAdmin,
		valid: func(t *testing.T, h *harness) map[string]any {
			id := h.createStudy(t)
			ok[any](t, h.mutate(t, h.curator, "retire", map[string]any{"reason": "r", "id": id, "expectedVersion": 1}), "retire")
			return map[string]any{"reason": "retired by mistake", "id": id, "expectedVersion": 2}
		},
		invalid: func(*testing.T, *harness) (map[string]any, string) {
			return map[string]any{"reason": "x", "id": "nonsense", "expectedVersion": 1}, "input.id"
		},
	},
}

// TestEveryMutationHasItsTests reads the schema's mutations: each must have a case above,
// so the auth matrix, the validation and the audit tests run on it.
func TestEveryMutationHasItsTests(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	if schema.Mutation == nil {
		t.Fatal("the schema has no mutations")
	}
	var names []string
	for _, f := range schema.Mutation.Fields {
		if strings.HasPrefix(f.Name, "__") {
			continue
		}
		names = append(names, f.Name)
		if _, ok := mutationCases[f.Name]; !ok {
			t.Errorf("mutation %s has no case in mutationCases: add one, so that its auth, validation and audit are tested", f.Name)
		}
	}
	sort.Strings(names)
	for name := range mutationCases {
		if schema.Mutation.Fields.ForName(name) == nil {
			t.Errorf("mutationCases has %s, which the schema does not", name)
		}
	}
	if len(names) < 9 {
		t.Errorf("only %d mutations found: %v", len(names), names)
	}
}

func init() {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	for _, f := range schema.Mutation.Fields {
		if a := f.Arguments.ForName("input"); a != nil {
			inputTypes[f.Name] = a.Type.Name()
		}
	}
}

// TestMutationAuth is the auth matrix of every mutation: no token, an unknown token, a
// revoked token, a token of too low a role, the right role.
func TestMutationAuth(t *testing.T) {
	h := newHarness(t)
	for name, c := range mutationCases {
		t.Run(name, func(t *testing.T) {
			in := c.valid(t, h)
			before := changeCount(t)
			for _, tc := range h.unauthenticated() {
				r := h.mutate(t, tc.token, name, in)
				if r.Status != tc.status || r.Code() != tc.code {
					t.Errorf("%s: got %d %s, want %d %s: %s", tc.who, r.Status, r.Code(), tc.status, tc.code, r.Raw)
				}
			}
			if c.role == kg.RoleAdmin {
				r := h.mutate(t, h.curator, name, in)
				if r.Status != http.StatusForbidden || r.Code() != "FORBIDDEN" {
					t.Errorf("curator on an admin mutation: got %d %s: %s", r.Status, r.Code(), r.Raw)
				}
			}
			if n := changeCount(t); n != before {
				t.Errorf("refused requests wrote %d audit records", n-before)
			}
			token := h.curator
			if c.role == kg.RoleAdmin {
				token = h.admin
			}
			ok[changePayload](t, h.mutate(t, token, name, in), name)
		})
	}
}

// TestMutationValidation: every mutation refuses input that breaks a rule, names the
// field, and writes nothing; a missing reason is refused everywhere.
func TestMutationValidation(t *testing.T) {
	h := newHarness(t)
	for name, c := range mutationCases {
		t.Run(name, func(t *testing.T) {
			token := h.curator
			if c.role == kg.RoleAdmin {
				token = h.admin
			}
			in, field := c.invalid(t, h)
			before := changeCount(t)
			r := h.mutate(t, token, name, in)
			if r.Code() != "BAD_USER_INPUT" || r.Field() != field {
				t.Errorf("got %s field %q, want BAD_USER_INPUT field %q: %s", r.Code(), r.Field(), field, r.Raw)
			}
			noReason := clone(c.valid(t, h))
			noReason["reason"] = " "
			before = changeCount(t)
			r = h.mutate(t, token, name, noReason)
			if r.Code() != "BAD_USER_INPUT" || r.Field() != "input.reason" {
				t.Errorf("blank reason: got %s field %q: %s", r.Code(), r.Field(), r.Raw)
			}
			if n := changeCount(t); n != before {
				t.Errorf("refused input wrote %d audit records", n-before)
			}
		})
	}
}

// TestMutationAudit: every successful mutation leaves one audit record naming it, its
// curator and reason, found by history() of what it touched, newest first.
func TestMutationAudit(t *testing.T) {
	h := newHarness(t)
	for name, c := range mutationCases {
		t.Run(name, func(t *testing.T) {
			token, who := h.curator, h.curatorName
			if c.role == kg.RoleAdmin {
				token, who = h.admin, ""
			}
			in := c.valid(t, h)
			p := ok[changePayload](t, h.mutate(t, token, name, in), name)
			ch := p.Change
			if ch.Mutation != name || ch.Reason != strings.TrimSpace(in["reason"].(string)) || (who != "" && ch.Curator != who) || len(ch.Touched) == 0 {
				t.Fatalf("change record: %+v", ch)
			}
			rows := cypherChange(t, ch.Seq)
			if len(rows) != 1 || rows[0]["mutation"] != name {
				t.Fatalf("stored change %d: %v", ch.Seq, rows)
			}
			target := ch.Touched[0].Target
			if strings.HasPrefix(target, "token:") { // not an entity: found by the changes feed, not history
				return
			}
			if strings.Contains(target, "|") { // a link: its history is its ends'
				target = strings.Split(target, "|")[1]
			}
			r := h.do(t, "", `query($id: ID!) { history(id: $id, first: 5) { seq mutation } }`, map[string]any{"id": target})
			hist := ok[[]struct {
				Seq      int
				Mutation string
			}](t, r, "history")
			if len(hist) == 0 || hist[0].Seq != ch.Seq {
				t.Errorf("history(%s) does not start with change %d: %+v", target, ch.Seq, hist)
			}
			for i := 1; i < len(hist); i++ {
				if hist[i].Seq >= hist[i-1].Seq {
					t.Errorf("history is not newest first: %+v", hist)
				}
			}
		})
	}
}
