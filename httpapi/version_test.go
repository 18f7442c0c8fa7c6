package httpapi

import (
	"context"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Requests that find the version stale wait for one read instead of each reading; a write
// during the read keeps its value from being trusted.
func TestGraphVersionReadsOnce(t *testing.T) {
	var reads atomic.Int64
	var seq atomic.Int64
	release := make(chan struct{})
	started := make(chan struct{}, 100)
	v := &graphVersion{ttl: time.Hour, latest: func(context.Context) (int64, time.Time, error) {
		reads.Add(1)
		started <- struct{}{}
		<-release
		return seq.Load(), time.Unix(1, 0), nil
	}}
	var wg sync.WaitGroup
	got := make([]string, 20)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = v.current(context.Background())
		}()
	}
	<-started
	close(release)
	wg.Wait()
	if n := reads.Load(); n != 1 {
		t.Errorf("20 requests read the version %d times, want 1", n)
	}
	for _, g := range got {
		if g != got[0] || g == "" {
			t.Fatalf("versions differ: %q", got)
		}
	}

	// A write during a read: the value read is used once but not trusted.
	release = make(chan struct{})
	v.invalidate()
	seq.Store(5)
	done := make(chan string)
	go func() { s, _ := v.current(context.Background()); done <- s }()
	<-started
	v.invalidate() // the write commits while the read is under way
	close(release)
	<-done
	seq.Store(6)
	want := "6." + strconv.FormatInt(time.Unix(1, 0).UnixMilli(), 36)
	if s, _ := v.current(context.Background()); s != want {
		t.Errorf("after a write during a read: %q, want %q (read again)", s, want)
	}
	if n := reads.Load(); n != 3 {
		t.Errorf("%d reads, want 3", n)
	}
}
