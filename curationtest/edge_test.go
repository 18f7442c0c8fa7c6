package curationtest

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"gutskin/httpapi"
	"gutskin/kgtest"
)

// metric reads one counter of the service's /metrics whose labels include all of labels.
func (h *harness) metric(t *testing.T, name string, labels ...string) float64 {
	t.Helper()
	resp, err := http.Get(h.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var total float64
	line := regexp.MustCompile(`^` + name + `\{([^}]*)\} (\S+)$`)
	for _, l := range strings.Split(string(body), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		all := true
		for _, want := range labels {
			all = all && strings.Contains(m[1], want)
		}
		if all {
			var v float64
			if _, err := fmt.Sscan(m[2], &v); err == nil {
				total += v
			}
		}
	}
	return total
}

// TestRefusalsAreCountedUnderTheirCode: a mutation refused for want of a token is counted
// as 401 UNAUTHENTICATED (it used to be counted with an empty code), one with a wrong role
// as 403 FORBIDDEN.
func TestRefusalsAreCountedUnderTheirCode(t *testing.T) {
	h := newHarness(t)
	in := mutationCases["createToken"].valid(t, h)
	for _, tc := range []struct {
		token, status, code string
	}{
		{"", `status="401"`, `code="UNAUTHENTICATED"`},
		{"not-a-token", `status="401"`, `code="UNAUTHENTICATED"`},
		{h.curator, `status="403"`, `code="FORBIDDEN"`},
	} {
		before := h.metric(t, "gutskin_http_requests_total", tc.status, tc.code)
		h.mutate(t, tc.token, "createToken", in)
		if after := h.metric(t, "gutskin_http_requests_total", tc.status, tc.code); after != before+1 {
			t.Errorf("token %q: requests counted with %s %s went from %v to %v", tc.token, tc.status, tc.code, before, after)
		}
	}
	if n := h.metric(t, "gutskin_http_requests_total", `status="401"`, `code=""`); n != 0 {
		t.Errorf("%v 401 answers counted without a code", n)
	}
}

// TestTokensQueryStatus: the admin-only tokens query answers 401 without a valid token and
// 403 for a curator, as mutations do; the token is checked once for the whole request.
func TestTokensQueryStatus(t *testing.T) {
	h := newHarness(t)
	const q = `{ viewer { name role } tokens { name role } }`
	for _, tc := range append(h.unauthenticated(),
		caller{"curator", h.curator, http.StatusForbidden, "FORBIDDEN"},
		caller{"admin", h.admin, http.StatusOK, ""}) {
		r := h.do(t, tc.token, q, nil)
		if r.Status != tc.status || r.Code() != tc.code {
			t.Errorf("%s: got %d %q, want %d %q: %.300s", tc.who, r.Status, r.Code(), tc.status, tc.code, r.Raw)
		}
	}
	// One look-up of the token, one list of tokens: viewer and tokens share the caller the
	// edge found (each used to look the token up again).
	if r := h.do(t, h.admin, q, nil); r.RoundTrips() != 2 {
		t.Errorf("viewer and tokens cost %d round trips; want 2 (the token once, the list once)", r.RoundTrips())
	}
}

// TestFailedAuthenticationIsRateLimited: an address that sends unknown tokens is refused
// with 429 RATE_LIMITED once past its allowance, before its token is looked
// up (so even a valid token waits); requests without a token are still served.
func TestFailedAuthenticationIsRateLimited(t *testing.T) {
	h := newHarnessWithDeps(t, kgtest.Store(t), func(d *httpapi.Deps) {
		d.AuthFailureBurst, d.AuthFailureRate = 5, 0.001
	})
	in := mutationCases["createToken"].valid(t, h)
	for i := 0; i < 5; i++ {
		if r := h.mutate(t, "guess-"+string(rune('a'+i)), "createToken", in); r.Status != http.StatusUnauthorized {
			t.Fatalf("guess %d: got %d %s, want 401", i, r.Status, r.Code())
		}
	}
	before := changeCount(t)
	for _, token := range []string{"guess-f", h.admin} {
		r := h.mutate(t, token, "createToken", in)
		if r.Status != http.StatusTooManyRequests || r.Code() != "RATE_LIMITED" {
			t.Errorf("past the allowance: got %d %s: %s", r.Status, r.Code(), r.Raw)
		}
		if r.RoundTrips() != 0 {
			t.Errorf("the refusal cost %d Neo4j round trips", r.RoundTrips())
		}
	}
	if n := changeCount(t); n != before {
		t.Errorf("refused requests wrote %d audit records", n-before)
	}
	if r := h.do(t, "", `{ stats { version } }`, nil); r.Status != http.StatusOK || r.Code() != "" {
		t.Errorf("a read without a token: got %d %s", r.Status, r.Code())
	}
	if n := h.metric(t, "gutskin_http_requests_total", `status="429"`, `code="RATE_LIMITED"`); n != 2 {
		t.Errorf("%v refusals counted as 429 RATE_LIMITED; want 2", n)
	}
}
