package livetest

import (
	"sort"
	"testing"
	"time"

	"gutskin/graph"
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
