package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// Snapshot reads the live graph in one read transaction: every entity (retired ones have
// lost the :Entity label) and every relationship between two entities, with their stored
// properties. Export writes it back as seed files.
func (s *Store) Snapshot(ctx context.Context) (kg.Graph, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeRead})
	defer session.Close(context.WithoutCancel(ctx))
	out, err := session.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var g kg.Graph
		nodes, err := collect(ctx, tx, "MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind, properties(n) AS props ORDER BY n.id", nil)
		if err != nil {
			return nil, err
		}
		for _, rec := range nodes {
			id, _, _ := neo4j.GetRecordValue[string](rec, "id")
			kind, _, _ := neo4j.GetRecordValue[string](rec, "kind")
			props, _, _ := neo4j.GetRecordValue[map[string]any](rec, "props")
			g.Nodes = append(g.Nodes, kg.NodeRecord{ID: id, Kind: kg.Kind(kind), Props: props})
		}
		rels, err := collect(ctx, tx, `MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY type, from, to`, nil)
		if err != nil {
			return nil, err
		}
		for _, rec := range rels {
			kind, _, _ := neo4j.GetRecordValue[string](rec, "type")
			from, _, _ := neo4j.GetRecordValue[string](rec, "from")
			to, _, _ := neo4j.GetRecordValue[string](rec, "to")
			props, _, _ := neo4j.GetRecordValue[map[string]any](rec, "props")
			g.Relations = append(g.Relations, kg.RelationRecord{Kind: kg.RelationKind(kind), From: from, To: to,
				Key: kind + "|" + from + "|" + to, Props: props})
		}
		return g, nil
	}, neo4j.WithTxTimeout(s.txTimeout))
	if err != nil {
		return kg.Graph{}, fmt.Errorf("neo4jstore: reading the graph for export: %w", mapError(ctx, err))
	}
	return out.(kg.Graph), nil
}
