package httpapi

import (
	"net/http"
	"testing"
)

func TestBearerToken(t *testing.T) {
	for header, want := range map[string]string{"Bearer abc": "abc", "bearer  abc ": "abc", "Basic abc": "", "": "", "Bearer": ""} {
		h := http.Header{}
		h.Set("Authorization", header)
		if got := bearerToken(h); got != want {
			t.Errorf("bearerToken(%q) = %q, want %q", header, got, want)
		}
	}
}

// An address's failed attempts are allowed up to the burst, then refused with a wait; other
// addresses keep their own allowance.
func TestAuthFailuresPerAddress(t *testing.T) {
	f := newAuthFailures(3, 0.001)
	for i := 0; i < 3; i++ {
		if _, ok := f.mayTry("10.0.0.1"); !ok {
			t.Fatalf("attempt %d within the burst refused", i)
		}
		f.failed("10.0.0.1")
	}
	wait, ok := f.mayTry("10.0.0.1")
	if ok || wait <= 0 {
		t.Errorf("past the burst: ok %v, wait %v; want refused with a wait", ok, wait)
	}
	if _, ok := f.mayTry("10.0.0.2"); !ok {
		t.Error("another address shares the allowance")
	}
	if _, ok := f.mayTry("10.0.0.1"); ok {
		t.Error("asking whether to try spent nothing, yet the address is allowed again")
	}
}
