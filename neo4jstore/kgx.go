package neo4jstore

import (
	"context"
	"errors"
	"fmt"

	"gutskin/kg"
)

// The KGX export reads the live graph in keyset batches ordered by id, one short read
// transaction each, so that what it holds at once is one batch whatever the size of the
// graph. Live means what Snapshot reads: entities with the :Entity label (retired ones have
// lost it) and relationships between two of them. Batches are not one snapshot: a change
// committed while an export runs may show in the batches read after it.

// kgxNodes reads a batch of live entities with the properties kg.KGXNodeProps names.
var kgxNodes = `MATCH (n:Entity) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, n.kind AS kind, n{` + kgxNodeProjection + `} AS props`

var kgxNodeProjection = projection(kg.KGXNodeProps)

// kgxEdges reads the next batch of relationships after a cursor, in the order of from, type
// and to. It takes a window of entities from the cursor's on, as many as have fewer than
// $limit relationships before them (their degrees are counts the store keeps, not reads),
// and of their relationships the first $limit by a top-k sort. So a batch never holds more
// than $limit, a run of ordinary entities is one batch, and an entity with a hundred
// thousand relationships is read over many batches, each sorting only that entity's. Each
// relationship comes with the publication of each live study it names (its studies, and a
// study at either end). How many entities were scanned, how many the window kept and its
// last id say where the next batch starts when this one is not full.
var kgxEdges = `MATCH (a:Entity) WHERE a.id >= $from
WITH a WHERE a.id > $from OR $type <> ''
WITH a ORDER BY a.id LIMIT $limit
WITH collect(a) AS scanned, collect(COUNT { (a)-->() }) AS degrees
WITH scanned, reduce(acc = [0, 0], d IN degrees |
  CASE WHEN acc[1] < $limit THEN [acc[0] + 1, acc[1] + d] ELSE acc END)[0] AS kept
WITH size(scanned) AS scanned, scanned[0..kept] AS window
CALL (window) {
  UNWIND window AS a
  MATCH (a)-[r]->(b:Entity)
  WITH a, r, b, type(r) AS t
  WHERE a.id > $from OR ($type <> '' AND a.id = $from AND (t > $type OR (t = $type AND b.id > $to)))
  WITH a, r, b, t ORDER BY a.id, t, b.id LIMIT $limit
  RETURN collect({from: a.id, type: t, to: b.id, props: r{` + kgxEdgeProjection + `},
    studies: COLLECT {
      UNWIND coalesce(r.studyIds, []) + [x IN [a, b] WHERE x:Study | x.id] AS sid
      MATCH (s:Study:Entity {id: sid})
      RETURN [s.id, coalesce(s.doi, ''), coalesce(s.pmid, '')]
    }}) AS edges
}
RETURN scanned, size(window) AS kept, window[-1].id AS last, edges`

var kgxEdgeProjection = projection(kg.KGXEdgeProps)

func projection(props []string) string {
	out := ""
	for i, p := range props {
		if !propName.MatchString(p) {
			panic("neo4jstore: bad property name in the KGX projection: " + p)
		}
		if i > 0 {
			out += ", "
		}
		out += "." + p
	}
	return out
}

// ExportNodes returns up to limit live entities whose ids follow after, by id, each with
// the properties kg.KGXNodeProps names (those it has).
func (s *Store) ExportNodes(ctx context.Context, after string, limit int) ([]kg.NodeRecord, error) {
	recs, err := s.read(ctx, kgxNodes, map[string]any{"after": after, "limit": limit})
	if err != nil {
		return nil, fmt.Errorf("neo4jstore: reading entities for export: %w", err)
	}
	out := make([]kg.NodeRecord, 0, len(recs))
	for _, rec := range recs {
		id, err1 := value(rec, "id")
		kind, err2 := value(rec, "kind")
		props, err3 := value(rec, "props")
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, err
		}
		idS, ok1 := id.(string)
		kindS, ok2 := kind.(string)
		propsM, ok3 := props.(map[string]any)
		if !ok1 || !ok2 || !ok3 {
			return nil, fmt.Errorf("neo4jstore: an entity for export has no id, kind or properties")
		}
		out = append(out, kg.NodeRecord{ID: idS, Kind: kg.Kind(kindS), Props: propsM})
	}
	return out, nil
}

// ExportEdges returns up to limit live relationships after the cursor, ordered by from,
// type and to, and where the next batch starts. Each relationship's Props hold the
// properties kg.KGXEdgeProps names, and kg.KGXStudiesProp the live studies it names as
// [id, doi, pmid] triples.
func (s *Store) ExportEdges(ctx context.Context, after kg.EdgeCursor, limit int) ([]kg.RelationRecord, kg.EdgeCursor, error) {
	if after.Done {
		return nil, after, nil
	}
	recs, err := s.read(ctx, kgxEdges, map[string]any{"from": after.From, "type": after.Type, "to": after.To, "limit": limit})
	if err != nil {
		return nil, after, fmt.Errorf("neo4jstore: reading relationships for export: %w", err)
	}
	if len(recs) != 1 {
		return nil, after, fmt.Errorf("neo4jstore: reading relationships for export: %d records, not one", len(recs))
	}
	scannedV, err1 := value(recs[0], "scanned")
	keptV, err2 := value(recs[0], "kept")
	lastV, err3 := value(recs[0], "last")
	edgesV, err4 := value(recs[0], "edges")
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return nil, after, err
	}
	scanned, _ := scannedV.(int64)
	kept, _ := keptV.(int64)
	last, _ := lastV.(string)
	edges, _ := edgesV.([]any)
	out := make([]kg.RelationRecord, 0, len(edges))
	for _, e := range edges {
		m, ok := e.(map[string]any)
		if !ok {
			return nil, after, fmt.Errorf("neo4jstore: a relationship for export is not a map")
		}
		from, _ := m["from"].(string)
		typ, _ := m["type"].(string)
		to, _ := m["to"].(string)
		props, _ := m["props"].(map[string]any)
		if props == nil {
			props = map[string]any{}
		}
		props[kg.KGXStudiesProp] = m["studies"]
		out = append(out, kg.RelationRecord{Kind: kg.RelationKind(typ), From: from, To: to,
			Key: typ + "|" + from + "|" + to, Props: props})
	}
	switch {
	case len(out) == limit && limit > 0:
		// Full: the window may have more after the last one read.
		l := out[len(out)-1]
		return out, kg.EdgeCursor{From: l.From, Type: string(l.Kind), To: l.To}, nil
	case last == "" || (kept == scanned && int(scanned) < limit):
		// Every relationship of a window that reached the last entity.
		return out, kg.EdgeCursor{Done: true}, nil
	default:
		return out, kg.EdgeCursor{From: last}, nil
	}
}
