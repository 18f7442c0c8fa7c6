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

// kgxEdges reads the relationships leaving a batch of entities, with the publication of
// each live study they name (their studies, and a study at either end), and the batch's
// last id for the next batch.
var kgxEdges = `MATCH (a:Entity) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
WITH collect(a) AS batch
CALL (batch) {
  UNWIND batch AS a
  MATCH (a)-[r]->(b:Entity)
  WITH a, r, b ORDER BY a.id, type(r), b.id
  RETURN collect({from: a.id, type: type(r), to: b.id, props: r{` + kgxEdgeProjection + `},
    studies: COLLECT {
      UNWIND coalesce(r.studyIds, []) + [x IN [a, b] WHERE x:Study | x.id] AS sid
      MATCH (s:Study:Entity {id: sid})
      RETURN [s.id, coalesce(s.doi, ''), coalesce(s.pmid, '')]
    }}) AS edges
}
RETURN batch[-1].id AS last, edges`

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

// ExportEdges returns the live relationships leaving the (up to limit) live entities whose
// ids follow after, ordered by from, type and to, and the last of those entities' ids (""
// when there are none: the export is done). Each relationship's Props hold the properties
// kg.KGXEdgeProps names, and kg.KGXStudiesProp the live studies it names as
// [id, doi, pmid] triples.
func (s *Store) ExportEdges(ctx context.Context, after string, limit int) ([]kg.RelationRecord, string, error) {
	recs, err := s.read(ctx, kgxEdges, map[string]any{"after": after, "limit": limit})
	if err != nil {
		return nil, "", fmt.Errorf("neo4jstore: reading relationships for export: %w", err)
	}
	if len(recs) == 0 {
		return nil, "", nil
	}
	lastV, err1 := value(recs[0], "last")
	edgesV, err2 := value(recs[0], "edges")
	if err := errors.Join(err1, err2); err != nil {
		return nil, "", err
	}
	last, _ := lastV.(string)
	edges, _ := edgesV.([]any)
	out := make([]kg.RelationRecord, 0, len(edges))
	for _, e := range edges {
		m, ok := e.(map[string]any)
		if !ok {
			return nil, "", fmt.Errorf("neo4jstore: a relationship for export is not a map")
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
	return out, last, nil
}
