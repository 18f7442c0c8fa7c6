package curationtest

import (
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/seed"
)

// TestUncleanInputIsRefused: every string and list of every mutation's valid input, made
// oversized or unclean, is refused with BAD_USER_INPUT naming it, and nothing is written.
// The refusal comes before the resolver runs: the request costs Neo4j no more than a
// request with a valid input refused for want of a role (the token's look-up).
func TestUncleanInputIsRefused(t *testing.T) {
	h := newHarness(t)
	names := make([]string, 0, len(mutationCases))
	for name := range mutationCases {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		c := mutationCases[name]
		token := h.curator
		if c.role == kg.RoleAdmin {
			token = h.admin
		}
		valid := c.valid(t, h)
		for _, bad := range uncleanVariants(valid) {
			t.Run(name+"/"+bad.name, func(t *testing.T) {
				changes, nodes := changeCount(t), nodeCount(t)
				r := h.mutate(t, token, name, bad.input)
				if r.Status != http.StatusOK || r.Code() != "BAD_USER_INPUT" || r.Field() != bad.field || !strings.Contains(r.Errors[0].Message, bad.msg) {
					t.Fatalf("got %d %s field %q, want BAD_USER_INPUT field %q saying %q: %.300s", r.Status, r.Code(), r.Field(), bad.field, bad.msg, r.Raw)
				}
				if r.RoundTrips() > 1 {
					t.Errorf("the refusal cost %d Neo4j round trips; only the token's look-up should come first", r.RoundTrips())
				}
				if n := changeCount(t); n != changes {
					t.Errorf("refused input wrote %d audit records", n-changes)
				}
				if n := nodeCount(t); n != nodes {
					t.Errorf("refused input changed the number of nodes by %d", n-nodes)
				}
			})
		}
	}
}

type uncleanInput struct {
	name, field, msg string
	input            map[string]any
}

// enumValue is a value the schema types as an enumeration: GraphQL itself refuses others.
var enumValue = regexp.MustCompile(`^[A-Z][A-Z_]*$`)

// uncleanVariants makes, from a valid input, inputs each with one value oversized or
// unclean: every string field (and the strings of lists and of list entries), every list.
func uncleanVariants(valid map[string]any) []uncleanInput {
	var out []uncleanInput
	keys := make([]string, 0, len(valid))
	for k := range valid {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	with := func(k string, v any) map[string]any {
		in := clone(valid)
		in[k] = v
		return in
	}
	for _, k := range keys {
		path := "input." + k
		switch v := valid[k].(type) {
		case string:
			if enumValue.MatchString(v) {
				continue
			}
			for _, u := range uncleanStrings(k, v) {
				out = append(out, uncleanInput{k + " " + u.name, path, u.msg, with(k, u.value)})
			}
			if k == "reason" {
				out = append(out,
					uncleanInput{"reason of controls", path, "control character", with(k, "\u0001\u0002\u0003")},
					uncleanInput{"reason of a zero-width space", path, "zero-width", with(k, "\u200B")},
					uncleanInput{"reason of combining marks", path, "no visible text", with(k, "\u0301\u0301")})
			}
		case []string:
			out = append(out, uncleanInput{k + " too many", path, "the limit is 200", with(k, repeat(v[0], seed.MaxListItems+1))})
			for _, u := range uncleanStrings(k, v[0]) {
				list := append([]string{u.value}, v[1:]...)
				out = append(out, uncleanInput{k + "[0] " + u.name, path + "[0]", u.msg, with(k, list)})
			}
		case []map[string]any:
			out = append(out, uncleanInput{k + " too many", path, "the limit is 200", with(k, repeat(v[0], seed.MaxListItems+1))})
			for _, f := range sortedKeys(v[0]) {
				s, ok := v[0][f].(string)
				if !ok || enumValue.MatchString(s) {
					continue
				}
				for _, u := range uncleanStrings(f, s) {
					entry := clone(v[0])
					entry[f] = u.value
					list := append([]map[string]any{entry}, v[1:]...)
					out = append(out, uncleanInput{fmt.Sprintf("%s[0].%s %s", k, f, u.name), fmt.Sprintf("%s[0].%s", path, f), u.msg, with(k, list)})
				}
			}
		}
	}
	return out
}

type uncleanString struct{ name, value, msg string }

// uncleanStrings are a field's value made too long, or given a character a reader cannot see.
func uncleanStrings(field, v string) []uncleanString {
	limit := seed.MaxLineChars
	if seed.LongTextFields[field] {
		limit = seed.MaxTextChars
	}
	if v == "" {
		v = "x"
	}
	out := []uncleanString{
		{"too long", strings.Repeat("a", limit+1), fmt.Sprintf("the limit is %d", limit)},
		{"with NUL", v + "\x00", "NUL"},
		{"with an ANSI escape", "\x1b[31m" + v, "control character"},
		{"with a C1 control", v + "\u009b", "C1 control"},
		{"with a bidi override", "\u202E" + v, "bidirectional"},
		{"with a zero-width space", v[:1] + "\u200B" + v[1:], "zero-width"},
	}
	if !seed.LongTextFields[field] {
		out = append(out, uncleanString{"with a header injected", v + "\r\nX-Injected: 1", "one line"})
	}
	return out
}

func repeat[T any](x T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = x
	}
	return out
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func nodeCount(tb testing.TB) int64 {
	return kgtest.Cypher(tb, "MATCH (n) RETURN count(n) AS n", nil)[0]["n"].(int64)
}
