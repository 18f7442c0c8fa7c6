package neo4jstore

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// breaker is the store's circuit breaker. Once a read finds the database away, requests
// are answered SERVICE_UNAVAILABLE at once instead of each waiting on connection attempts,
// and one background probe asks the database every probeInterval until it answers again.
type breaker struct {
	open     atomic.Bool
	probe    func(context.Context) error
	gauge    prometheus.Gauge
	stopOnce sync.Once
	done     chan struct{}
}

const (
	probeInterval = 200 * time.Millisecond
	probeTimeout  = time.Second
)

func newBreaker(probe func(context.Context) error, gauge prometheus.Gauge) *breaker {
	return &breaker{probe: probe, gauge: gauge, done: make(chan struct{})}
}

func (b *breaker) isOpen() bool { return b.open.Load() }

// trip opens the breaker; the first caller starts the probe.
func (b *breaker) trip() {
	if b.open.CompareAndSwap(false, true) {
		b.gauge.Set(1)
		go b.probeUntilBack()
	}
}

func (b *breaker) probeUntilBack() {
	ticker := time.NewTicker(probeInterval)
	defer ticker.Stop()
	for {
		select {
		case <-b.done:
			return
		case <-ticker.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), probeTimeout)
		err := b.probe(ctx)
		cancel()
		if err == nil {
			b.open.Store(false)
			b.gauge.Set(0)
			return
		}
	}
}

func (b *breaker) stop() { b.stopOnce.Do(func() { close(b.done) }) }
