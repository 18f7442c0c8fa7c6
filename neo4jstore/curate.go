package neo4jstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// Curation: the writes curators make through the API, each committed together with its
// audit record (audit.go reads the trail; tokens.go and replays.go keep tokens and
// idempotency keys). Audit records are (:Change) nodes and
// tokens (:Token) nodes; neither is an :Entity, so no read of the graph meets them. A
// retired entity loses its :Entity label (and its kind's) for :Retired, so that every
// lookup, list, search and link that matches :Entity no longer sees it.

var _ kg.Curation = (*Store)(nil)

// curationSchema are the constraints the writes rely on: one sequence counter, unique
// change numbers and token names, retired ids kept unique.
var curationSchema = []string{
	"CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (c:ChangeSequence) REQUIRE c.name IS UNIQUE",
	"CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE",
	"CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)",
	"CREATE CONSTRAINT token_name IF NOT EXISTS FOR (t:Token) REQUIRE t.name IS UNIQUE",
	"CREATE INDEX token_hash IF NOT EXISTS FOR (t:Token) ON (t.hash)",
	"CREATE CONSTRAINT retired_id IF NOT EXISTS FOR (n:Retired) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT removed_link_key IF NOT EXISTS FOR (r:RemovedLink) REQUIRE r.key IS UNIQUE",
	// A source cites one study under each number, whoever writes at the same time.
	"CREATE CONSTRAINT cites_number IF NOT EXISTS FOR ()-[r:CITES]-() REQUIRE r.citeKey IS UNIQUE",
	// A retry with an idempotency key never makes a second change, however it races the first.
	"CREATE CONSTRAINT change_idempotency_key IF NOT EXISTS FOR (c:Change) REQUIRE c.idempotencyKey IS UNIQUE",
}

// change runs work in one write transaction and, in the same transaction, writes the
// audit record of what work says it touched. The record takes the next number of a single
// counter, whose lock is held until commit, so numbers follow commit order.
func (s *Store) change(ctx context.Context, meta kg.ChangeMeta, work func(tx neo4j.ManagedTransaction) ([]kg.Touched, error)) (kg.Change, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(), Bookmarks: neo4j.BookmarksFromRawValues(kg.ReadAfter(ctx)...)})
	defer session.Close(context.WithoutCancel(ctx))
	attempt, _ := kg.AttemptFrom(ctx)
	// finished says the last attempt did its work and wrote its audit record: a failure
	// after that is the commit's, whose outcome the driver cannot know.
	finished := false
	out, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		finished = false
		touched, err := work(tx)
		if err != nil {
			return nil, err
		}
		s.hook("changed")
		targets := make([]string, len(touched))
		for i, t := range touched {
			targets[i] = t.Target
		}
		body, err := json.Marshal(touched)
		if err != nil {
			return nil, err
		}
		recs, err := collect(ctx, tx, `MERGE (q:ChangeSequence {name: 'changes'}) ON CREATE SET q.seq = 0
SET q.seq = q.seq + 1
CREATE (c:Change {seq: q.seq, at: datetime(), mutation: $mutation, curator: $curator, reason: $reason,
  source: $source, targets: $targets, touched: $touched, idempotencyKey: $key, requestHash: $request})
RETURN c.seq AS seq, c.at AS at`, map[string]any{
			"mutation": meta.Mutation, "curator": meta.Curator, "reason": meta.Reason, "source": meta.Source,
			"targets": targets, "touched": string(body), "key": nullIfEmpty(attempt.Key), "request": nullIfEmpty(attempt.Request),
		})
		if err != nil {
			return nil, err
		}
		s.hook("audited")
		finished = true
		seq, _, _ := neo4j.GetRecordValue[int64](recs[0], "seq")
		at, _, _ := neo4j.GetRecordValue[time.Time](recs[0], "at")
		return kg.Change{Seq: seq, At: at, Meta: meta, Touched: touched}, nil
	}, neo4j.WithTxTimeout(s.timeoutFor(ctx)))
	if err != nil {
		var app *kg.Error
		if errors.As(err, &app) {
			return kg.Change{}, app
		}
		var n4j *neo4j.Neo4jError
		if errors.As(err, &n4j) && strings.Contains(n4j.Code, "ConstraintValidationFailed") {
			return kg.Change{}, errors.Join(kg.Errorf(kg.ECONFLICT, "%s", uniquenessConflict(n4j.Msg)), err)
		}
		if finished && (unreachable(err) || deadlinePassed(ctx)) {
			return kg.Change{}, errors.Join(kg.Errorf(kg.ECOMMITUNKNOWN, "the connection to the graph database was lost while %s was being committed: the change may or may not have been made; "+
				"send it again with the same Idempotency-Key to learn which (without one, read the entity before trying again)", meta.Mutation), err)
		}
		return kg.Change{}, fmt.Errorf("neo4jstore: %s failed, nothing was changed: %w", meta.Mutation, mapError(ctx, err))
	}
	// A later request, to this instance or another, may read after this write.
	kg.NoteWritten(ctx, session.LastBookmarks())
	return out.(kg.Change), nil
}

// uniquenessConflict says which "only one" rule a change broke, from the constraint Neo4j
// names (never quoting the database's own message, which holds Cypher names).
func uniquenessConflict(msg string) string {
	switch {
	case strings.Contains(msg, "idempotencyKey"):
		return "another request with the same Idempotency-Key was applied at the same time; send it again to get that request's answer"
	case strings.Contains(msg, "citeKey"):
		return "the source already cites another study under that number (a source's citation numbers are unique)"
	case strings.Contains(msg, "`key`"):
		return "the same relationship was stated by another change at the same time; reload, and restate it with replace: true if yours should stand"
	case strings.Contains(msg, "doiLower"):
		return "another study already holds that DOI"
	case strings.Contains(msg, "`name`") || strings.Contains(msg, "name"):
		if strings.Contains(msg, "Token") {
			return "a token of that name already exists"
		}
	}
	return "another change made the same entity at the same time; reload and try again"
}

// SetWriteHook lets tests act at a stage of a curation write ("changed": the change is
// made, its audit record not yet; "audited": both, not yet committed), such as cutting the
// connection to Neo4j there. Tests of other packages drive the whole service with it; the
// service never sets it.
func (s *Store) SetWriteHook(f func(stage string)) { s.writeHook = f }

func (s *Store) hook(stage string) {
	if s.writeHook != nil {
		s.writeHook(stage)
	}
}

func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// lock takes the write lock of an entity (live or retired) and then reads it, so that what
// it returns is the latest committed state and stays so until this transaction ends.
func lock(ctx context.Context, tx neo4j.ManagedTransaction, id string) (props map[string]any, retired bool, err error) {
	recs, err := collect(ctx, tx, `MATCH (n {id: $id}) WHERE n:Entity OR n:Retired
SET n.version = coalesce(n.version, 1)
RETURN count(n) AS n`, map[string]any{"id": id})
	if err != nil {
		return nil, false, err
	}
	if n, _, _ := neo4j.GetRecordValue[int64](recs[0], "n"); n == 0 {
		return nil, false, nil
	}
	recs, err = collect(ctx, tx, `MATCH (n {id: $id}) WHERE n:Entity OR n:Retired
RETURN properties(n) AS p, n:Retired AS retired`, map[string]any{"id": id})
	if err != nil || len(recs) == 0 {
		return nil, false, err
	}
	p, _, _ := neo4j.GetRecordValue[map[string]any](recs[0], "p")
	r, _, _ := neo4j.GetRecordValue[bool](recs[0], "retired")
	return p, r, nil
}

func versionOf(props map[string]any) int {
	if v, ok := props["version"].(int64); ok {
		return int(v)
	}
	return 1
}

func checkVersion(id string, props map[string]any, expected int) error {
	if v := versionOf(props); v != expected {
		return kg.Errorf(kg.ECONFLICT, "%s is at version %d, not %d: someone changed it since you read it; reload and apply your change again", id, v, expected)
	}
	return nil
}

// visible drops the store's own bookkeeping from a property map, for the audit record.
func visible(props map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range props {
		if !kg.BookkeepingProp(k) && !kg.DerivedProp(k) {
			out[k] = v
		}
	}
	return out
}

// Create stores new entities and relationships, refusing an id that exists (live or
// retired) and a relationship whose ends do not.
func (s *Store) Create(ctx context.Context, meta kg.ChangeMeta, g kg.Graph) (kg.Change, error) {
	return s.change(ctx, meta, func(tx neo4j.ManagedTransaction) ([]kg.Touched, error) {
		var touched []kg.Touched
		for _, n := range g.Nodes {
			if !n.Kind.IsValid() {
				return nil, kg.Errorf(kg.EINVALID, "unknown kind %q", n.Kind)
			}
			recs, err := collect(ctx, tx, "MATCH (n {id: $id}) WHERE n:Entity OR n:Retired RETURN n:Retired AS retired", map[string]any{"id": n.ID})
			if err != nil {
				return nil, err
			}
			if len(recs) > 0 {
				return nil, kg.FieldErrorf("id", "%s already exists; update it instead", n.ID)
			}
			cypher := "CREATE (n:Entity:" + n.Kind.Label() + ") SET n = $props, n.version = 1, n.origin = 'curated', n.createdBy = $curator, n.createdAt = datetime()"
			if _, err := collect(ctx, tx, cypher, map[string]any{"props": n.Props, "curator": meta.Curator}); err != nil {
				return nil, err
			}
			touched = append(touched, kg.Touched{Target: n.ID, After: visible(n.Props)})
		}
		for _, r := range g.Relations {
			t, err := link(ctx, tx, meta, r)
			if err != nil {
				return nil, err
			}
			touched = append(touched, t)
		}
		return touched, nil
	})
}

// link adds or replaces one relationship between two live entities. Writers of one link
// are serialised before it is looked for: both look-ups of the link's key (its RemovedLink
// mark, the link itself) are locking seeks in uniqueness constraints' indexes, whose locks
// hold until commit, so a second writer sees the first's link (and is refused unless it
// replaces it) instead of replacing it unseen (TestLinkRaceIsAConflict). The relationship
// key constraints (SchemaStatements) also refuse a duplicate from any other path.
func link(ctx context.Context, tx neo4j.ManagedTransaction, meta kg.ChangeMeta, r kg.RelationRecord) (kg.Touched, error) {
	if !r.Kind.IsValid() {
		return kg.Touched{}, kg.Errorf(kg.EINVALID, "unknown relationship kind %q", r.Kind)
	}
	props := map[string]any{"key": r.Key}
	for k, v := range r.Props {
		props[k] = v
	}
	if _, err := collect(ctx, tx, "MATCH (gone:RemovedLink {key: $key}) DELETE gone", map[string]any{"key": r.Key}); err != nil {
		return kg.Touched{}, err
	}
	cypher := "MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})\n" +
		"OPTIONAL MATCH (a)-[old:" + string(r.Kind) + " {key: $key}]->(b)\n" +
		"WITH a, b, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before\n" +
		"MERGE (a)-[x:" + string(r.Kind) + " {key: $key}]->(b)\n" +
		"SET x = $props, x.origin = 'curated', x.createdBy = $curator, x.createdAt = datetime()\n" +
		"RETURN before"
	recs, err := collect(ctx, tx, cypher, map[string]any{"from": r.From, "to": r.To, "key": r.Key, "props": props, "curator": meta.Curator})
	if err != nil {
		return kg.Touched{}, err
	}
	if len(recs) == 0 {
		return kg.Touched{}, kg.Errorf(kg.ENOTFOUND, "%s or %s does not exist (or is retired)", r.From, r.To)
	}
	before, _, _ := neo4j.GetRecordValue[map[string]any](recs[0], "before")
	t := kg.Touched{Target: r.Key, After: visible(props)}
	if before != nil {
		t.Before = visible(before)
	}
	return t, nil
}

// Update sets (nil: removes) properties of an entity whose version is expectedVersion,
// and adds, replaces or removes the relationships its record states. The keys it sets are
// remembered as curated, so that loading the seed again keeps them.
func (s *Store) Update(ctx context.Context, meta kg.ChangeMeta, id string, expectedVersion int, props map[string]any, rels, drop []kg.RelationRecord) (kg.Change, error) {
	return s.change(ctx, meta, func(tx neo4j.ManagedTransaction) ([]kg.Touched, error) {
		current, retired, err := lock(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if current == nil || retired {
			return nil, kg.Errorf(kg.ENOTFOUND, "%s does not exist (or is retired; restore it first)", id)
		}
		if err := checkVersion(id, current, expectedVersion); err != nil {
			return nil, err
		}
		before, after := map[string]any{}, map[string]any{}
		var keys []string
		for k, v := range props {
			if kg.BookkeepingProp(k) || k == "id" || k == "kind" {
				return nil, kg.Errorf(kg.EINVALID, "%s cannot be set", k)
			}
			if !kg.DerivedProp(k) {
				before[k], after[k] = current[k], v
			}
			keys = append(keys, k)
		}
		sort.Strings(keys)
		before["version"], after["version"] = int64(expectedVersion), int64(expectedVersion+1)
		_, err = collect(ctx, tx, `MATCH (n:Entity {id: $id})
SET n += $props, n.version = $version, n.updatedBy = $curator, n.updatedAt = datetime(),
    n.curatedKeys = [k IN coalesce(n.curatedKeys, []) WHERE NOT k IN $keys] + $keys`,
			map[string]any{"id": id, "props": props, "version": expectedVersion + 1, "curator": meta.Curator, "keys": keys})
		if err != nil {
			return nil, err
		}
		touched := []kg.Touched{{Target: id, Before: before, After: after}}
		for _, r := range drop {
			t, err := unlink(ctx, tx, meta, r.Kind, r.From, r.To)
			if err != nil {
				return nil, err
			}
			touched = append(touched, t...)
		}
		for _, r := range rels {
			t, err := link(ctx, tx, meta, r)
			if err != nil {
				return nil, err
			}
			touched = append(touched, t)
		}
		return touched, nil
	})
}

// Link adds a relationship between two live entities, or replaces one's properties.
func (s *Store) Link(ctx context.Context, meta kg.ChangeMeta, r kg.RelationRecord, opts kg.LinkOptions) (kg.Change, error) {
	return s.change(ctx, meta, func(tx neo4j.ManagedTransaction) ([]kg.Touched, error) {
		var touched []kg.Touched
		if opts.Owner != "" {
			t, err := bumpVersion(ctx, tx, opts.Owner)
			if err != nil {
				return nil, err
			}
			touched = append(touched, t)
		}
		t, err := link(ctx, tx, meta, r)
		if err != nil {
			return nil, err
		}
		if t.Before != nil && !opts.Replace {
			return nil, kg.Errorf(kg.ECONFLICT, "%s already has a %s relationship to %s; remove it first, or restate it with replace: true", r.From, r.Kind, r.To)
		}
		return append([]kg.Touched{t}, touched...), nil
	})
}

// bumpVersion moves the version of the entity whose record a change to a relationship
// changes (a claim, when its evidence changes), under the entity's lock.
func bumpVersion(ctx context.Context, tx neo4j.ManagedTransaction, id string) (kg.Touched, error) {
	current, retired, err := lock(ctx, tx, id)
	if err != nil {
		return kg.Touched{}, err
	}
	if current == nil || retired {
		return kg.Touched{}, kg.Errorf(kg.ENOTFOUND, "%s does not exist (or is retired; restore it first)", id)
	}
	v := versionOf(current)
	if _, err := collect(ctx, tx, "MATCH (n:Entity {id: $id}) SET n.version = $version", map[string]any{"id": id, "version": v + 1}); err != nil {
		return kg.Touched{}, err
	}
	return kg.Touched{Target: id, Before: map[string]any{"version": int64(v)}, After: map[string]any{"version": int64(v + 1)}}, nil
}

// Unlink removes a relationship; its properties stay in the audit record (the before of
// this change), from which it can be stated again.
func (s *Store) Unlink(ctx context.Context, meta kg.ChangeMeta, kind kg.RelationKind, from, to, owner string) (kg.Change, error) {
	if !kind.IsValid() {
		return kg.Change{}, kg.Errorf(kg.EINVALID, "unknown relationship kind %q", kind)
	}
	return s.change(ctx, meta, func(tx neo4j.ManagedTransaction) ([]kg.Touched, error) {
		var bumped []kg.Touched
		if owner != "" {
			t, err := bumpVersion(ctx, tx, owner)
			if err != nil {
				return nil, err
			}
			bumped = append(bumped, t)
		}
		touched, err := unlink(ctx, tx, meta, kind, from, to)
		return append(touched, bumped...), err
	})
}

// unlink deletes a relationship between two live entities and leaves a (:RemovedLink)
// behind under its key, so that loading the seed again does not bring it back if the seed
// states it (even when a curator had restated it, making it curated); stating it again
// (link) removes the mark.
func unlink(ctx context.Context, tx neo4j.ManagedTransaction, meta kg.ChangeMeta, kind kg.RelationKind, from, to string) ([]kg.Touched, error) {
	if !kind.IsValid() {
		return nil, kg.Errorf(kg.EINVALID, "unknown relationship kind %q", kind)
	}
	recs, err := collect(ctx, tx, "MATCH (:Entity {id: $from})-[r:"+string(kind)+"]->(:Entity {id: $to})\n"+
		"WITH r, properties(r) AS before DELETE r\n"+
		"MERGE (gone:RemovedLink {key: before.key}) SET gone.removedBy = $curator, gone.removedAt = datetime(), gone.reason = $reason\n"+
		"RETURN before", map[string]any{"from": from, "to": to, "curator": meta.Curator, "reason": meta.Reason})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, kg.Errorf(kg.ENOTFOUND, "there is no %s relationship from %s to %s", kind, from, to)
	}
	var touched []kg.Touched
	for _, rec := range recs {
		before, _, _ := neo4j.GetRecordValue[map[string]any](rec, "before")
		key, _ := before["key"].(string)
		touched = append(touched, kg.Touched{Target: key, Before: visible(before)})
	}
	return touched, nil
}

// SetRetired retires an entity (it loses its :Entity label and its kind's for :Retired)
// or restores it.
func (s *Store) SetRetired(ctx context.Context, meta kg.ChangeMeta, id string, expectedVersion int, retire bool) (kg.Change, error) {
	kind, err := kg.KindOfID(id)
	if err != nil {
		return kg.Change{}, err
	}
	label := kind.Label()
	return s.change(ctx, meta, func(tx neo4j.ManagedTransaction) ([]kg.Touched, error) {
		current, retired, err := lock(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		switch {
		case current == nil:
			return nil, kg.Errorf(kg.ENOTFOUND, "%s does not exist", id)
		case retire && retired:
			return nil, kg.Errorf(kg.EINVALID, "%s is already retired", id)
		case !retire && !retired:
			return nil, kg.Errorf(kg.EINVALID, "%s is not retired", id)
		}
		if err := checkVersion(id, current, expectedVersion); err != nil {
			return nil, err
		}
		cypher := "MATCH (n:Entity {id: $id}) REMOVE n:Entity:" + label + " SET n:Retired, n.retiredBy = $curator, n.retiredAt = datetime(), n.retiredReason = $reason, n.version = $version"
		if !retire {
			cypher = "MATCH (n:Retired {id: $id}) REMOVE n:Retired SET n:Entity:" + label + ", n.version = $version, n.updatedBy = $curator, n.updatedAt = datetime() REMOVE n.retiredBy, n.retiredAt, n.retiredReason"
		}
		if _, err := collect(ctx, tx, cypher, map[string]any{"id": id, "curator": meta.Curator, "reason": meta.Reason, "version": expectedVersion + 1}); err != nil {
			return nil, err
		}
		return []kg.Touched{{Target: id,
			Before: map[string]any{"retired": !retire, "version": int64(expectedVersion)},
			After:  map[string]any{"retired": retire, "version": int64(expectedVersion + 1)}}}, nil
	})
}

// Links lists an entity's outgoing relationships of one type to live entities.
func (s *Store) Links(ctx context.Context, id string, kind kg.RelationKind) ([]kg.RelationRecord, error) {
	return s.links(ctx, id, kind, false)
}

// LinksIn lists an entity's incoming relationships of one type from live entities.
func (s *Store) LinksIn(ctx context.Context, id string, kind kg.RelationKind) ([]kg.RelationRecord, error) {
	return s.links(ctx, id, kind, true)
}

// links lists an entity's relationships of one type with live entities at their other end:
// outgoing, or incoming when incoming is set.
func (s *Store) links(ctx context.Context, id string, kind kg.RelationKind, incoming bool) ([]kg.RelationRecord, error) {
	if !kind.IsValid() {
		return nil, kg.Errorf(kg.EINVALID, "unknown relationship kind %q", kind)
	}
	match, other := "MATCH (:Entity {id: $id})-[r:"+string(kind)+"]->(b:Entity) RETURN b.id AS to", "to"
	if incoming {
		match, other = "MATCH (a:Entity)-[r:"+string(kind)+"]->(:Entity {id: $id}) RETURN a.id AS from", "from"
	}
	recs, err := s.read(ctx, match+", properties(r) AS p ORDER BY r.key", map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	out := make([]kg.RelationRecord, 0, len(recs))
	for _, rec := range recs {
		end, _, _ := neo4j.GetRecordValue[string](rec, other)
		p, _, _ := neo4j.GetRecordValue[map[string]any](rec, "p")
		key, _ := p["key"].(string)
		r := kg.RelationRecord{Kind: kind, From: id, To: end, Key: key, Props: p}
		if incoming {
			r.From, r.To = end, id
		}
		out = append(out, r)
	}
	return out, nil
}

// StudyWithDOI returns the id of the study (live or retired) holding a DOI, or "".
func (s *Store) StudyWithDOI(ctx context.Context, doi string) (string, error) {
	recs, err := s.read(ctx, "MATCH (n {doiLower: $doi}) WHERE n:Study OR n:Retired RETURN n.id AS id LIMIT 1",
		map[string]any{"doi": strings.ToLower(doi)})
	if err != nil || len(recs) == 0 {
		return "", err
	}
	id, _, err := neo4j.GetRecordValue[string](recs[0], "id")
	return id, err
}

// Kinds tells the kind of each live entity among ids.
func (s *Store) Kinds(ctx context.Context, ids []string) (map[string]kg.Kind, error) {
	out := map[string]kg.Kind{}
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.kind AS kind", map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		id, _, _ := neo4j.GetRecordValue[string](r, "id")
		k, _, _ := neo4j.GetRecordValue[string](r, "kind")
		out[id] = kg.Kind(k)
	}
	return out, nil
}

// Current returns an entity's stored properties, live or retired (nil if none).
func (s *Store) Current(ctx context.Context, id string) (map[string]any, error) {
	recs, err := s.read(ctx, "MATCH (n {id: $id}) WHERE n:Entity OR n:Retired RETURN properties(n) AS p, n:Retired AS retired", map[string]any{"id": id})
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	p, _, _ := neo4j.GetRecordValue[map[string]any](recs[0], "p")
	if r, _, _ := neo4j.GetRecordValue[bool](recs[0], "retired"); r {
		p["retired"] = true
	}
	return p, nil
}

// Tokens.

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
