package neo4jstore

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// Idempotency keys: the change a key made, the answer it gave, and forgetting both after
// the retention period.

var _ kg.Replays = (*Store)(nil)

// Recall finds the change made under an idempotency key.
func (s *Store) Recall(ctx context.Context, key string) (kg.Recalled, bool, error) {
	recs, err := s.read(ctx, `MATCH (c:Change {idempotencyKey: $key})
RETURN c.seq AS seq, c.requestHash AS request, c.answer AS answer`, map[string]any{"key": key})
	if err != nil || len(recs) == 0 {
		return kg.Recalled{}, false, err
	}
	var r kg.Recalled
	r.Seq, _, _ = neo4j.GetRecordValue[int64](recs[0], "seq")
	r.Request, _, _ = neo4j.GetRecordValue[string](recs[0], "request")
	if a, isNil, err := neo4j.GetRecordValue[string](recs[0], "answer"); err == nil && !isNil {
		r.Answer = []byte(a)
	}
	return r, true, nil
}

// Remember keeps the answer of the change made under key, for its retries.
func (s *Store) Remember(ctx context.Context, key string, answer []byte) error {
	_, err := s.executeOnWriter(ctx, `MATCH (c:Change {idempotencyKey: $key}) SET c.answer = $answer`,
		map[string]any{"key": key, "answer": string(answer)})
	if err != nil {
		return fmt.Errorf("neo4jstore: keeping the answer of a change: %w", mapError(ctx, err))
	}
	return nil
}

// ForgetIdempotencyKeys removes the idempotency keys, request hashes and kept answers of
// the changes made before cutoff, a thousand changes a transaction, and returns how many it
// cleared. The changes themselves stay in the audit trail; a retry with a forgotten key is
// taken as a new request. The service runs it at start and then periodically
// (IDEMPOTENCY_KEY_TTL), so the keys and answers kept stay bounded by the writes of one
// retention period.
func (s *Store) ForgetIdempotencyKeys(ctx context.Context, cutoff time.Time) (int, error) {
	total := 0
	for {
		res, err := s.executeOnWriter(ctx, `MATCH (c:Change) WHERE c.at < $cutoff AND c.idempotencyKey IS NOT NULL
WITH c LIMIT 1000
REMOVE c.idempotencyKey, c.requestHash, c.answer
RETURN count(c) AS n`, map[string]any{"cutoff": cutoff.UTC()})
		if err != nil {
			return total, fmt.Errorf("neo4jstore: forgetting idempotency keys: %w", mapError(ctx, err))
		}
		n, _, _ := neo4j.GetRecordValue[int64](res.Records[0], "n")
		total += int(n)
		if n < 1000 {
			return total, nil
		}
	}
}
