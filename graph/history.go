package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"gutskin/graph/model"
	"gutskin/kg"
)

// The audit trail through the API: an entity's history and every change, paged by cursor.

func (r *Resolver) history(ctx context.Context, id string, first *int) ([]model.Change, error) {
	n := intOr(first, 20)
	if n < 1 || n > r.Limits.MaxPageSize {
		return nil, invalidf("argument \"first\" must be between 1 and %d", r.Limits.MaxPageSize)
	}
	if err := idOf("id", id); err != nil {
		return nil, err
	}
	if r.Curation == nil {
		return []model.Change{}, nil
	}
	changes, err := r.Curation.History(ctx, id, n)
	if err != nil {
		return nil, err
	}
	out := make([]model.Change, len(changes))
	for i, c := range changes {
		out[i] = *changeOf(c)
	}
	return out, nil
}

func changeCursor(seq int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(changeCursorPrefix + strconv.FormatInt(seq, 10)))
}

// changeSeqOf reads a cursor of the change list (nil: none).
func changeSeqOf(after *string) (int64, error) {
	if after == nil {
		return 0, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*after)
	s, ok := strings.CutPrefix(string(b), changeCursorPrefix)
	var seq int64
	if err == nil && ok {
		seq, err = strconv.ParseInt(s, 10, 64)
	}
	if err != nil || !ok || seq < 0 {
		return 0, invalidf("argument \"after\" is not a cursor of the change list")
	}
	return seq, nil
}

func (r *Resolver) changes(ctx context.Context, since *string, first *int, after *string) (*model.ChangeConnection, error) {
	n := intOr(first, 20)
	if n < 1 || n > r.Limits.MaxPageSize {
		return nil, invalidf("argument \"first\" must be between 1 and %d", r.Limits.MaxPageSize)
	}
	var from time.Time
	if since != nil {
		t, err := time.Parse(time.RFC3339, *since)
		if err != nil {
			return nil, invalidf("argument \"since\" must be an RFC 3339 time, e.g. 2026-01-31T00:00:00Z")
		}
		from = t
	}
	seq, err := changeSeqOf(after)
	if err != nil {
		return nil, err
	}
	conn := &model.ChangeConnection{Edges: []model.ChangeEdge{}, Nodes: []model.Change{}, PageInfo: &model.PageInfo{HasPreviousPage: after != nil}}
	if r.Curation == nil {
		return conn, nil
	}
	changes, more, err := r.Curation.Changes(ctx, from, seq, n)
	if err != nil {
		return nil, err
	}
	for _, c := range changes {
		node := changeOf(c)
		conn.Edges = append(conn.Edges, model.ChangeEdge{Cursor: changeCursor(c.Seq), Node: node})
		conn.Nodes = append(conn.Nodes, *node)
	}
	conn.PageInfo.HasNextPage = more
	if len(changes) > 0 {
		start, end := conn.Edges[0].Cursor, conn.Edges[len(conn.Edges)-1].Cursor
		conn.PageInfo.StartCursor, conn.PageInfo.EndCursor = &start, &end
	}
	return conn, nil
}

func changeOf(c kg.Change) *model.Change {
	out := &model.Change{Seq: int(c.Seq), At: c.At.UTC().Format(time.RFC3339Nano), Mutation: c.Meta.Mutation,
		Curator: c.Meta.Curator, Reason: c.Meta.Reason, Touched: []model.Touched{}}
	if c.Meta.Source != "" {
		out.Source = &c.Meta.Source
	}
	for _, t := range c.Touched {
		out.Touched = append(out.Touched, model.Touched{Target: t.Target, Before: jsonOf(t.Before), After: jsonOf(t.After)})
	}
	return out
}

// jsonOf writes a field map as a JSON object with sorted keys (nil for none).
func jsonOf(m map[string]any) *string {
	if m == nil {
		return nil
	}
	b, _ := json.Marshal(m) // encoding/json sorts map keys
	s := string(b)
	return &s
}
