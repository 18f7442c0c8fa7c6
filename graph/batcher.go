package graph

import (
	"context"
	"sync"
	"time"
)

// batcher collects the keys asked for by concurrently running resolvers and fetches them
// in one call. It waits until no new key has arrived for idle (so that every resolver of
// one level of the query has had its turn, however busy the machine), but never longer
// than maxWait after the first key. Results are cached for the life of the request.
type batcher[K comparable, V any] struct {
	fetch   func(ctx context.Context, keys []K) (map[K]V, error)
	missing func(K) error // the error for a key the fetch did not return
	idle    time.Duration
	maxWait time.Duration

	mu      sync.Mutex
	cache   map[K]*result[V]
	pending []K
	started time.Time
	timer   *time.Timer
	ctx     context.Context
}

type result[V any] struct {
	done  chan struct{}
	value V
	err   error
}

func newBatcher[K comparable, V any](fetch func(context.Context, []K) (map[K]V, error), missing func(K) error) *batcher[K, V] {
	return &batcher[K, V]{fetch: fetch, missing: missing, idle: 2 * time.Millisecond, maxWait: 50 * time.Millisecond, cache: map[K]*result[V]{}}
}

// load returns the value for key, fetching it with the other keys of its batch.
func (b *batcher[K, V]) load(ctx context.Context, key K) (V, error) {
	b.mu.Lock()
	r, ok := b.cache[key]
	if !ok {
		r = &result[V]{done: make(chan struct{})}
		b.cache[key] = r
		b.pending = append(b.pending, key)
		switch {
		case b.timer == nil:
			b.started, b.ctx = time.Now(), ctx
			b.timer = time.AfterFunc(b.idle, b.dispatch)
		case time.Since(b.started) < b.maxWait:
			b.timer.Reset(b.idle)
		}
	}
	b.mu.Unlock()
	select {
	case <-r.done:
		return r.value, r.err
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
}

// loadMany loads several keys in one batch and returns their values in order.
func (b *batcher[K, V]) loadMany(ctx context.Context, keys []K) ([]V, error) {
	out := make([]V, len(keys))
	errs := make([]error, len(keys))
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i], errs[i] = b.load(ctx, k)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// prime stores a value already known, so that loading it costs nothing.
func (b *batcher[K, V]) prime(key K, value V) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.cache[key]; ok {
		return
	}
	r := &result[V]{done: make(chan struct{}), value: value}
	close(r.done)
	b.cache[key] = r
}

func (b *batcher[K, V]) dispatch() {
	b.mu.Lock()
	keys, ctx := b.pending, b.ctx
	b.pending, b.timer = nil, nil
	results := make([]*result[V], len(keys))
	for i, k := range keys {
		results[i] = b.cache[k]
	}
	b.mu.Unlock()
	if len(keys) == 0 {
		return
	}
	values, err := b.fetch(ctx, keys)
	for i, k := range keys {
		r := results[i]
		if v, ok := values[k]; ok && err == nil {
			r.value = v
		} else if err != nil {
			r.err = err
		} else if b.missing != nil {
			r.err = b.missing(k)
		}
		close(r.done)
	}
}

// cached returns a value already fetched or primed, without waiting or fetching.
func (b *batcher[K, V]) cached(key K) (V, bool) {
	b.mu.Lock()
	r, ok := b.cache[key]
	b.mu.Unlock()
	if !ok {
		var zero V
		return zero, false
	}
	select {
	case <-r.done:
		return r.value, r.err == nil
	default:
		var zero V
		return zero, false
	}
}

// has reports whether a key is cached or being fetched.
func (b *batcher[K, V]) has(key K) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	_, ok := b.cache[key]
	return ok
}
