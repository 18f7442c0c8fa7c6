package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gutskin/kg"
	"gutskin/kgtest"
)

// The service forgets idempotency keys older than IDEMPOTENCY_KEY_TTL from its start on: an
// old key (and its kept answer) is cleared, its change stays in the audit trail, and a key
// younger than the TTL is still honoured.
func TestOldIdempotencyKeysAreForgotten(t *testing.T) {
	store := kgtest.Store(t)
	meta := kg.ChangeMeta{Mutation: "test", Curator: "test", Reason: "keys"}
	keyed := func(key string) int64 {
		id := fmt.Sprintf("study:keys-%s-%d", key, time.Now().UnixNano())
		ctx := kg.WithAttempt(context.Background(), kg.Attempt{Key: key, Request: "request of " + key})
		c, err := store.Create(ctx, meta, kg.Graph{Nodes: []kg.NodeRecord{{ID: id, Kind: kg.KindStudy, Props: map[string]any{"id": id, "kind": "STUDY", "title": "Keys"}}}})
		if err != nil {
			t.Fatal(err)
		}
		if err := store.Remember(context.Background(), key, []byte(`{"answer":1}`)); err != nil {
			t.Fatal(err)
		}
		return c.Seq
	}
	suffix := fmt.Sprint(time.Now().UnixNano())
	old, recent := "old-"+suffix, "recent-"+suffix
	oldSeq := keyed(old)
	keyed(recent)
	kgtest.Cypher(t, "MATCH (c:Change {seq: $seq}) SET c.at = datetime() - duration('P2D')", map[string]any{"seq": oldSeq})

	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-addr", addr, "-idempotency-key-ttl", "24h"}, kgtest.Getenv, discard{})
	}()
	waitHealthy(t, "http://"+addr+"/readyz", done)

	deadline := time.Now().Add(30 * time.Second)
	for {
		_, found, err := store.Recall(context.Background(), old)
		if err != nil {
			t.Fatal(err)
		}
		if !found {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a key two days old is still kept 30 s after a start with a 24h TTL")
		}
		time.Sleep(100 * time.Millisecond)
	}
	rows := kgtest.Cypher(t, "MATCH (c:Change {seq: $seq}) RETURN c.answer AS answer, c.requestHash AS request", map[string]any{"seq": oldSeq})
	if len(rows) != 1 {
		t.Fatal("the old change left the audit trail")
	}
	if rows[0]["answer"] != nil || rows[0]["request"] != nil {
		t.Errorf("the old change keeps its answer or request hash: %v", rows[0])
	}
	r, found, err := store.Recall(context.Background(), recent)
	if err != nil || !found || string(r.Answer) != `{"answer":1}` {
		t.Errorf("a key younger than the TTL: found %v, answer %q, err %v", found, r.Answer, err)
	}
}

func TestKeyTTLOption(t *testing.T) {
	for _, tc := range []struct {
		value string
		ok    bool
	}{{"0", true}, {"1m", true}, {"72h", true}, {"30s", false}, {"-1h", false}} {
		_, err := parseOptions([]string{"-idempotency-key-ttl", tc.value}, func(string) string { return "" }, discard{})
		if (err == nil) != tc.ok {
			t.Errorf("-idempotency-key-ttl %s: %v", tc.value, err)
		}
	}
}
