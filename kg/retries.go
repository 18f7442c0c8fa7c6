package kg

import "context"

// Retries that are safe: a mutation sent with an idempotency key carries an Attempt; the
// store writes it on the change's audit record in the change's own transaction, so that
// whether the change was made is known by its key even when the commit's answer was lost.

// Error codes of retries.
const (
	// ECOMMITUNKNOWN: the connection to the database was lost while the change was being
	// committed; it may or may not have been made.
	ECOMMITUNKNOWN = "commit_unknown"
	// EKEYREUSED: an idempotency key already used for another request.
	EKEYREUSED = "key_reused"
	// EAPPLIED: the change a key names was made, but its answer was not kept.
	EAPPLIED = "already_applied"
)

// Attempt is what a change records of the request that made it: Key (the idempotency key,
// scoped to the curator and the mutation field) and Request (a hash of what was asked).
type Attempt struct {
	Key, Request string
}

type attemptKey struct{}

// WithAttempt returns ctx carrying the attempt a change should record.
func WithAttempt(ctx context.Context, a Attempt) context.Context {
	return context.WithValue(ctx, attemptKey{}, a)
}

// AttemptFrom returns the attempt ctx carries, if any.
func AttemptFrom(ctx context.Context) (Attempt, bool) {
	a, ok := ctx.Value(attemptKey{}).(Attempt)
	return a, ok && a.Key != ""
}

// Recalled is what the store knows of a key: the change it made, the request's hash, and
// the answer given (nil when none was kept).
type Recalled struct {
	Seq     int64
	Request string
	Answer  []byte
}

// Replays finds the change a key made and keeps its answer.
type Replays interface {
	// Recall returns what is stored under a key, and whether anything is.
	Recall(ctx context.Context, key string) (Recalled, bool, error)
	// Remember keeps the answer given to the change made under key.
	Remember(ctx context.Context, key string, answer []byte) error
}
