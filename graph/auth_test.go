package graph

import (
	"testing"
	"time"
)

func TestWriteGuardBurst(t *testing.T) {
	g := &WriteGuard{Burst: 3, Rate: 2}
	now := time.Unix(1000, 0)
	for i := 0; i < 3; i++ {
		if !g.allow("a", now) {
			t.Fatalf("write %d within the burst refused", i)
		}
	}
	if g.allow("a", now) {
		t.Fatal("a write past the burst allowed")
	}
	if !g.allow("b", now) {
		t.Fatal("another token shares the bucket")
	}
	if !g.allow("a", now.Add(600*time.Millisecond)) || g.allow("a", now.Add(600*time.Millisecond)) {
		t.Fatal("the bucket does not refill at its rate")
	}
}

func TestHashToken(t *testing.T) {
	if a, b := HashToken("x"), HashToken("y"); len(a) != 32 || string(a) == string(b) {
		t.Error("HashToken is not SHA-256")
	}
}
