package livetest

import (
	"sort"
	"testing"
	"time"

	"gutskin/graph"
	"gutskin/kg"
	"gutskin/neo4jstore"
)

// BenchmarkChangeDelivery measures how long a change takes to reach a subscriber of
// another instance, with the default poll interval: from sending the mutation to the
// subscriber's receipt (delivered), and from the writer's answer to that receipt
// (after-answer; negative when the subscriber had it first). Run with
// `go test -run '^$' -bench ChangeDelivery -benchtime 50x ./livetest/`.
func BenchmarkChangeDelivery(b *testing.B) {
	writer := newInstance(b, options{livePoll: graph.DefaultFeedInterval})
	reader := newInstance(b, options{livePoll: graph.DefaultFeedInterval})
	_, token := curatorToken(b, writer)
	sub := dial(b, reader.url, nil)
	sub.subscribeChanges(b, "bench", startCursor(b, writer, token))
	var delivered, afterAnswer, write []time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		seq, _ := createStudy(b, writer, token)
		answered := time.Now()
		got := sub.nextChange(b, wait)
		received := time.Now()
		if got.Node.Seq != seq {
			b.Fatalf("got %d, want %d", got.Node.Seq, seq)
		}
		write = append(write, answered.Sub(start))
		delivered = append(delivered, received.Sub(start))
		afterAnswer = append(afterAnswer, received.Sub(answered))
	}
	b.StopTimer()
	report(b, "write", write)
	report(b, "delivered", delivered)
	report(b, "after-answer", afterAnswer)
}

func report(b *testing.B, name string, d []time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	at := func(q float64) float64 { return float64(d[int(q*float64(len(d)-1))].Microseconds()) / 1000 }
	b.ReportMetric(at(0.5), name+"-p50-ms")
	b.ReportMetric(at(0.95), name+"-p95-ms")
}

// BenchmarkFanOut measures a change's delivery to 1,000 subscribers of one instance (one
// websocket each): from the writer's answer until the last subscriber has it, and the reads
// of the audit trail the subscribers' instance made per change. Run with
// `go test -run '^$' -bench FanOut -benchtime 10x ./livetest/` (make bench-live).
func BenchmarkFanOut(b *testing.B) {
	const subscribers = 1000
	counter := &countingCuration{}
	reader := newInstance(b, options{livePoll: graph.DefaultFeedInterval, maxWebsockets: subscribers + 10, maxPerClient: subscribers,
		curation: func(s *neo4jstore.Store) kg.Curation { counter.Store = s; return counter }})
	writer := newInstance(b, options{livePoll: graph.DefaultFeedInterval})
	_, token := curatorToken(b, writer)
	start := startCursor(b, writer, token)
	subs := feedSubscribers(b, reader.url, subscribers, start)
	var all, first []time.Duration
	reads := counter.reads.Load()
	b.ResetTimer()
	for range b.N {
		seq, _ := createStudy(b, writer, token)
		answered := time.Now()
		got := make(chan time.Duration, subscribers)
		for _, sub := range subs {
			go func() {
				c := sub.nextChange(b, wait)
				if c.Node.Seq != seq {
					b.Errorf("got %d, want %d", c.Node.Seq, seq)
				}
				got <- time.Since(answered)
			}()
		}
		var last time.Duration
		for i := range subscribers {
			d := <-got
			if i == 0 {
				first = append(first, d)
			}
			last = max(last, d)
		}
		all = append(all, last)
	}
	b.StopTimer()
	report(b, "first", first)
	report(b, "all-1000", all)
	b.ReportMetric(float64(counter.reads.Load()-reads)/float64(b.N), "reads/change")
}
