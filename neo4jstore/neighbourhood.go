package neo4jstore

import (
	"context"
	"strings"

	"gutskin/kg"
)

// Bounds on the work of one neighbourhood, whatever the degree of the nodes it meets: the
// relationships read from one node, and in one step of depth; and how many busy nodes (more
// relationships than neighbourScanPerNode) have the relationships among them looked up.
const (
	neighbourScanPerNode = 500
	neighbourScanPerStep = 3000
	neighbourBusyPairs   = 8
)

// Neighbourhood returns the entities within depth hops of id (breadth first, at most limit
// besides the centre, each level by name) and the relationships among them. The work is
// bounded: a node with very many relationships is sampled rather than read in full, and the
// subgraph then says it is truncated, as it does when more entities than limit were found.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int, kinds []kg.Kind, limit int) (kg.Subgraph, error) {
	if depth < 1 || depth > 3 {
		return kg.Subgraph{}, kg.Errorf(kg.EINVALID, "depth must be between 1 and 3")
	}
	if limit < 1 {
		return kg.Subgraph{}, kg.Errorf(kg.EINVALID, "limit must be at least 1")
	}
	cypher := query("neighbourhood_head") + strings.Repeat(query("neighbourhood_step"), depth) + query("neighbourhood_tail")
	recs, err := s.readNamed(ctx, "neighbourhood", cypher, map[string]any{"id": id, "kinds": kindParam(kinds), "limit": limit,
		"scanPerNode": neighbourScanPerNode, "scanPerStep": neighbourScanPerStep, "busyPairs": neighbourBusyPairs})
	if err != nil {
		return kg.Subgraph{}, err
	}
	if len(recs) == 0 {
		return kg.Subgraph{}, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	rec := recs[0]
	values := map[string]any{}
	for _, key := range []string{"c", "kept", "truncated", "rels"} {
		if values[key], err = value(rec, key); err != nil {
			return kg.Subgraph{}, err
		}
	}
	center, err := entityFromMap(values["c"])
	if err != nil {
		return kg.Subgraph{}, err
	}
	nodes, err := entitiesFrom(values["kept"], "neighbourhood entities")
	if err != nil {
		return kg.Subgraph{}, err
	}
	edges, err := relationsFrom(values["rels"])
	if err != nil {
		return kg.Subgraph{}, err
	}
	truncated, err := field[bool](values, "truncated")
	if err != nil {
		return kg.Subgraph{}, err
	}
	return kg.Subgraph{Center: center, Nodes: nodes, Edges: edges, Truncated: truncated}, nil
}
