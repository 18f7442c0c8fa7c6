package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// The audit trail's reads: an entity's history, every change in commit order, the latest.

// History lists the changes that touched an entity, its relationships (keyed
// TYPE|from|to) included, or a relationship by its key, newest first.
func (s *Store) History(ctx context.Context, id string, first int) ([]kg.Change, error) {
	recs, err := s.read(ctx, `MATCH (c:Change)
WHERE any(t IN c.targets WHERE t = $id OR t CONTAINS '|' + $id + '|' OR t ENDS WITH '|' + $id)
RETURN c ORDER BY c.seq DESC LIMIT $first`, map[string]any{"id": id, "first": first})
	if err != nil {
		return nil, err
	}
	return changesOf(recs)
}

// Changes lists changes in commit order: those after sequence number after and at or
// after since, at most first, and whether there are more.
func (s *Store) Changes(ctx context.Context, since time.Time, after int64, first int) ([]kg.Change, bool, error) {
	recs, err := s.read(ctx, `MATCH (c:Change) WHERE c.seq > $after AND c.at >= $since
RETURN c ORDER BY c.seq LIMIT $limit`, map[string]any{"after": after, "since": since, "limit": first + 1})
	if err != nil {
		return nil, false, err
	}
	more := len(recs) > first
	if more {
		recs = recs[:first]
	}
	out, err := changesOf(recs)
	return out, more, err
}

// Latest returns the number and time of the latest change, found through the sequence
// counter and the unique change number (two index lookups, however long the history).
func (s *Store) Latest(ctx context.Context) (int64, time.Time, error) {
	recs, err := s.read(ctx, `MATCH (q:ChangeSequence {name: 'changes'}) MATCH (c:Change {seq: q.seq})
RETURN c.seq AS seq, c.at AS at`, nil)
	if err != nil || len(recs) == 0 {
		return 0, time.Time{}, err
	}
	seq, _, err := neo4j.GetRecordValue[int64](recs[0], "seq")
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("neo4jstore: latest change: %w", err)
	}
	at, _, err := neo4j.GetRecordValue[time.Time](recs[0], "at")
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("neo4jstore: latest change: %w", err)
	}
	return seq, at, nil
}

func changesOf(recs []*neo4j.Record) ([]kg.Change, error) {
	out := make([]kg.Change, 0, len(recs))
	for _, rec := range recs {
		n, _, err := neo4j.GetRecordValue[neo4j.Node](rec, "c")
		if err != nil {
			return nil, err
		}
		c := kg.Change{}
		c.Seq, _ = neo4j.GetProperty[int64](n, "seq")
		c.At, _ = neo4j.GetProperty[time.Time](n, "at")
		c.Meta.Mutation, _ = neo4j.GetProperty[string](n, "mutation")
		c.Meta.Curator, _ = neo4j.GetProperty[string](n, "curator")
		c.Meta.Reason, _ = neo4j.GetProperty[string](n, "reason")
		c.Meta.Source, _ = neo4j.GetProperty[string](n, "source")
		body, _ := neo4j.GetProperty[string](n, "touched")
		if err := json.Unmarshal([]byte(body), &c.Touched); err != nil {
			return nil, fmt.Errorf("neo4jstore: change %d has an unreadable record: %w", c.Seq, err)
		}
		out = append(out, c)
	}
	return out, nil
}
