package graph

import (
	"context"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"gutskin/graph/model"
	"gutskin/kg"
)

// Live updates: the `changes` subscription follows the audit trail in Neo4j. What a
// subscriber receives is decided only by its cursor and the stored changes, never by
// anything this process remembers, so any instance serves any subscriber and a
// reconnection with the last cursor misses nothing. The process keeps one poller (Feed)
// that watches the number of the last committed change and wakes the subscriptions
// when it moves; each subscription then reads, from Neo4j, what follows its own cursor,
// and subscriptions at the same cursor share that read (Feed.shared).

// CodeSubscriptionLimit refuses a subscription beyond a connection's allowance.
const CodeSubscriptionLimit = "SUBSCRIPTION_LIMIT_EXCEEDED"

// ChangeHead is a store that tells the number of the last committed change cheaply.
type ChangeHead interface {
	LatestChange(ctx context.Context) (int64, error)
}

// Feed polls the number of the last committed change and wakes whoever waits when it
// moves. It polls only while someone listens; errors back off up to MaxBackoff.
type Feed struct {
	head ChangeHead
	log  zerolog.Logger
	// Interval is the time between polls while someone listens; MaxBackoff bounds the wait
	// after failed polls; FetchTimeout bounds each read of Neo4j.
	Interval, MaxBackoff, FetchTimeout time.Duration

	mu        sync.Mutex
	latest    int64
	moved     chan struct{} // closed (and replaced) when latest moves
	listeners int
	arrived   chan struct{} // signalled when the first listener arrives
	polls     atomic.Int64
	// reads are the reads of the audit trail since latest last moved, by their cursor:
	// subscriptions at the same place share one (see shared).
	reads map[int64]*changeRead
}

// changeRead is one read of the changes after a cursor, shared by every subscription that
// asks for it while it runs or, once it is done, until the feed moves.
type changeRead struct {
	done chan struct{}
	page []kg.Change
	err  error
}

// Defaults of the feed's timing.
const (
	DefaultFeedInterval   = 100 * time.Millisecond
	DefaultFeedMaxBackoff = 5 * time.Second
)

// NewFeed returns a feed over head; Run polls it.
func NewFeed(head ChangeHead, log zerolog.Logger) *Feed {
	return &Feed{head: head, log: log, Interval: DefaultFeedInterval, MaxBackoff: DefaultFeedMaxBackoff,
		FetchTimeout: 10 * time.Second, moved: make(chan struct{}), arrived: make(chan struct{}, 1)}
}

// Run polls until ctx ends.
func (f *Feed) Run(ctx context.Context) {
	wait := f.Interval
	for {
		if !f.waitForListeners(ctx) {
			return
		}
		if err := f.poll(ctx); err != nil {
			wait = min(max(wait*2, f.Interval), f.MaxBackoff)
			f.log.Warn().Err(err).Dur("retry_in", wait).Msg("live updates: could not read the last change")
		} else {
			wait = f.Interval
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// Polls returns how many times the feed has read the last change number.
func (f *Feed) Polls() int64 { return f.polls.Load() }

func (f *Feed) waitForListeners(ctx context.Context) bool {
	for {
		f.mu.Lock()
		n := f.listeners
		f.mu.Unlock()
		if n > 0 {
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-f.arrived:
		}
	}
}

func (f *Feed) poll(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, f.FetchTimeout)
	defer cancel()
	f.polls.Add(1)
	n, err := f.head.LatestChange(ctx)
	if err != nil {
		return err
	}
	f.advance(n)
	return nil
}

func (f *Feed) advance(n int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n != f.latest { // a database emptied and loaded again starts counting anew
		f.latest = n
		close(f.moved)
		f.moved = make(chan struct{})
		clear(f.reads) // a page read before may now be short of what exists
	}
}

// shared returns the changes after seq, reading them with read unless a subscription at the
// same place has read them since the feed last moved (or is reading them now): with a
// thousand subscribers at the head of the trail, a change costs one read, not a thousand.
// A read that failed, or that came back short of what the feed has seen (a lagging
// replica), is not kept, so the next caller reads again. The read runs on a goroutine and a
// context of its own, bounded by FetchTimeout, so that a subscriber leaving neither cancels
// it for others nor waits for it.
func (f *Feed) shared(ctx context.Context, seq int64, read func(context.Context, int64) ([]kg.Change, error)) ([]kg.Change, error) {
	f.mu.Lock()
	if f.reads == nil {
		f.reads = map[int64]*changeRead{}
	}
	r, found := f.reads[seq]
	if !found {
		r = &changeRead{done: make(chan struct{})}
		f.reads[seq] = r
	}
	f.mu.Unlock()
	if !found {
		go func() {
			readCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), f.FetchTimeout)
			r.page, r.err = read(readCtx, seq)
			cancel()
			close(r.done)
			f.mu.Lock()
			short := len(r.page) < livePage && (len(r.page) == 0 || r.page[len(r.page)-1].Seq < f.latest)
			if (r.err != nil || short) && f.reads[seq] == r {
				delete(f.reads, seq)
			}
			f.mu.Unlock()
		}()
	}
	select {
	case <-r.done:
		return r.page, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// listen registers a listener; the returned function unregisters it.
func (f *Feed) listen() func() {
	f.mu.Lock()
	f.listeners++
	first := f.listeners == 1
	f.mu.Unlock()
	if first {
		select {
		case f.arrived <- struct{}{}:
		default:
		}
	}
	return func() {
		f.mu.Lock()
		f.listeners--
		f.mu.Unlock()
	}
}

// state returns the last change number seen and a channel closed when it moves.
func (f *Feed) state() (int64, <-chan struct{}) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.latest, f.moved
}

// Subscriptions per connection: the websocket transport puts an allowance in each
// connection's context; every subscription takes one place and gives it back when it ends.

type subscriptionsKey struct{}

type allowance struct {
	mu          sync.Mutex
	used, limit int
}

// WithSubscriptionLimit returns a context whose operations may hold at most max
// subscriptions at once.
func WithSubscriptionLimit(ctx context.Context, max int) context.Context {
	return context.WithValue(ctx, subscriptionsKey{}, &allowance{limit: max})
}

func takeSubscription(ctx context.Context) (release func(), err error) {
	a, ok := ctx.Value(subscriptionsKey{}).(*allowance)
	if !ok {
		return func() {}, nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.used >= a.limit {
		return nil, &gqlerror.Error{Message: "this connection already holds " + strconv.Itoa(a.limit) +
			" subscriptions; end one or open another connection", Extensions: map[string]any{"code": CodeSubscriptionLimit}}
	}
	a.used++
	var once sync.Once
	return func() {
		once.Do(func() {
			a.mu.Lock()
			a.used--
			a.mu.Unlock()
		})
	}, nil
}

// livePage is how many changes one read of a subscription fetches.
const livePage = 100

// subscribeChanges starts a subscription to the changes after the cursor (or after the
// last one committed now), in commit order.
func (r *Resolver) subscribeChanges(ctx context.Context, after *string) (<-chan *model.ChangeEdge, error) {
	if r.Feed == nil || r.Curation == nil {
		return nil, kg.Errorf(kg.EUNAVAILABLE, "this service does not offer live updates")
	}
	seq, err := changeSeqOf(after)
	if err != nil {
		return nil, err
	}
	release, err := takeSubscription(ctx)
	if err != nil {
		return nil, err
	}
	if after == nil {
		// Start at the last change committed now, as Neo4j says, not as this process saw it.
		readCtx, cancel := context.WithTimeout(ctx, r.Feed.FetchTimeout)
		seq, err = r.Feed.head.LatestChange(readCtx)
		cancel()
		if err != nil {
			release()
			if ctx.Err() != nil { // the client ended it before it started: nothing to say
				out := make(chan *model.ChangeEdge)
				close(out)
				return out, nil
			}
			return nil, err
		}
	}
	out := make(chan *model.ChangeEdge, 1)
	unlisten := r.Feed.listen()
	go func() {
		defer close(out)
		defer release()
		defer unlisten()
		r.follow(ctx, seq, out)
	}()
	return out, nil
}

// follow sends the changes after seq until ctx ends. It reads Neo4j when the feed says
// that a change after its cursor exists, and again, after a pause, while what it read
// falls short of that (a read served by a replica that lags, say).
func (r *Resolver) follow(ctx context.Context, seq int64, out chan<- *model.ChangeEdge) {
	log := zerolog.Ctx(ctx)
	backoff := time.Duration(0)
	for {
		latest, moved := r.Feed.state()
		if latest > seq || backoff > 0 {
			page, err := r.readChanges(ctx, seq)
			switch {
			case ctx.Err() != nil:
				return
			case err != nil:
				backoff = min(max(backoff*2, r.Feed.Interval), r.Feed.MaxBackoff)
				log.Warn().Err(err).Dur("retry_in", backoff).Msg("live updates: could not read changes")
			default:
				for _, c := range page {
					select {
					case out <- &model.ChangeEdge{Cursor: changeCursor(c.Seq), Node: changeOf(c)}:
						seq = c.Seq
					case <-ctx.Done():
						return
					}
				}
				if len(page) == livePage {
					backoff = 0
					continue // more to send at once
				}
				backoff = 0
				if seq < latest {
					backoff = r.Feed.Interval // the feed saw more than this read did: try again shortly
				}
			}
		}
		if backoff > 0 {
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff):
			}
			continue
		}
		select {
		case <-ctx.Done():
			return
		case <-moved:
		}
	}
}

func (r *Resolver) readChanges(ctx context.Context, seq int64) ([]kg.Change, error) {
	return r.Feed.shared(ctx, seq, func(ctx context.Context, seq int64) ([]kg.Change, error) {
		page, _, err := r.Curation.Changes(ctx, time.Time{}, seq, livePage)
		return page, err
	})
}
