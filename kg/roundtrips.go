package kg

import (
	"context"
	"sync/atomic"
)

// Round trips are the unit of work a request costs the database. The HTTP layer opens a
// budget per request; the store's single read path spends from it, so that no request,
// however it is shaped, can make more than its share of calls to Neo4j.

type roundTripKey struct{}

type roundTripBudget struct {
	spent atomic.Int64
	limit int64 // 0: count only
}

// WithRoundTrips returns a context that counts the round trips made under it and allows
// at most limit of them (0 counts without a limit).
func WithRoundTrips(ctx context.Context, limit int) context.Context {
	return context.WithValue(ctx, roundTripKey{}, &roundTripBudget{limit: int64(limit)})
}

// RoundTrips returns how many round trips were made under ctx (see WithRoundTrips).
func RoundTrips(ctx context.Context) int64 {
	if b, ok := ctx.Value(roundTripKey{}).(*roundTripBudget); ok {
		return b.spent.Load()
	}
	return 0
}

// SpendRoundTrip records one round trip about to be made under ctx. It returns an ELIMIT
// error, and the trip must not be made, once the request's budget is spent.
func SpendRoundTrip(ctx context.Context) error {
	b, ok := ctx.Value(roundTripKey{}).(*roundTripBudget)
	if !ok {
		return nil
	}
	if n := b.spent.Add(1); b.limit > 0 && n > b.limit {
		b.spent.Add(-1)
		return Errorf(ELIMIT, "the request needs more than %d database round trips; ask for fewer root fields or aliases", b.limit)
	}
	return nil
}
