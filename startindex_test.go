package main

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"gutskin/kgtest"
)

// A database with data but no full-text index (an older version, a restore, a hand-made
// change): started without -seed, the service makes the index before it says ready, so
// that no search fails.
func TestStartWithoutSearchIndexMakesIt(t *testing.T) {
	kgtest.Store(t)
	kgtest.Cypher(t, "DROP INDEX entity_search IF EXISTS", nil)
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"-addr", addr}, kgtest.Getenv, discard{}) }()
	waitHealthy(t, "http://"+addr+"/readyz", done)
	if msg := searchError(t, addr); msg != "" {
		t.Fatalf("a search after a start without the index: %s", msg)
	}
	if rows := kgtest.Cypher(t, "SHOW FULLTEXT INDEXES YIELD name WHERE name = 'entity_search' RETURN name", nil); len(rows) != 1 {
		t.Fatal("the start did not make the full-text index")
	}
}

// Two instances started together with -seed both become ready, and a third searching
// meanwhile never gets an error: the seed load's index rebuild is waited out.
func TestConcurrentSeededStartsAndSearches(t *testing.T) {
	kgtest.Store(t)
	serving := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 3)
	go func() { done <- run(ctx, []string{"-addr", serving}, kgtest.Getenv, discard{}) }()
	waitHealthy(t, "http://"+serving+"/readyz", done)

	var failures []string
	var mu sync.Mutex
	stop := make(chan struct{})
	searched := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				searched <- n
				return
			default:
			}
			if msg := searchError(t, serving); msg != "" {
				mu.Lock()
				failures = append(failures, msg)
				mu.Unlock()
			}
			n++
		}
	}()
	addrs := []string{freeAddr(t), freeAddr(t)}
	for _, addr := range addrs {
		go func() { done <- run(ctx, []string{"-addr", addr, "-seed"}, kgtest.Getenv, discard{}) }()
	}
	for _, addr := range addrs {
		waitHealthy(t, "http://"+addr+"/readyz", done)
	}
	time.Sleep(200 * time.Millisecond)
	close(stop)
	n := <-searched
	if len(failures) > 0 {
		t.Fatalf("%d of %d searches failed while two instances loaded the seed; first: %s", len(failures), n, failures[0])
	}
	if n == 0 {
		t.Fatal("no search ran while the instances started")
	}
	t.Logf("%d searches, none failed, while two instances loaded the seed", n)
}

// searchError runs one search and returns its error message ("" when it answered).
func searchError(t *testing.T, addr string) string {
	body := `{"query":"{ search(query: \"acne\", first: 3) { nodes { __typename } } }"}`
	resp, err := http.Post("http://"+addr+"/query", "application/json", strings.NewReader(body))
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	var out struct {
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err.Error()
	}
	if len(out.Errors) > 0 {
		return out.Errors[0].Message
	}
	return ""
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
