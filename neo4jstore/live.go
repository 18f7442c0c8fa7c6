package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// LatestChange returns the number of the last committed change (0: none yet). It reads the
// counter every change advances in its own transaction, so it is one small read however
// long the audit trail grows; live subscriptions poll it.
func (s *Store) LatestChange(ctx context.Context) (int64, error) {
	recs, err := s.read(ctx, `OPTIONAL MATCH (q:ChangeSequence {name: 'changes'}) RETURN coalesce(q.seq, 0) AS seq`, nil)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	seq, _, err := neo4j.GetRecordValue[int64](recs[0], "seq")
	return seq, err
}
