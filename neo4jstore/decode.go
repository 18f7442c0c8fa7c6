package neo4jstore

import (
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// entityFrom maps a stored node to an entity.
func entityFrom(v any) (kg.Entity, error) {
	node, ok := v.(neo4j.Node)
	if !ok {
		return kg.Entity{}, fmt.Errorf("neo4jstore: expected a node, got %T", v)
	}
	id, _ := node.Props["id"].(string)
	kind, _ := node.Props["kind"].(string)
	prov, err := provenanceFrom(node.Props["provenance"])
	if err != nil {
		return kg.Entity{}, fmt.Errorf("neo4jstore: node %s: %w", id, err)
	}
	return kg.Entity{ID: id, Kind: kg.Kind(kind), Props: node.Props, Provenance: prov}, nil
}

func provenanceFrom(v any) ([]kg.Provenance, error) {
	s, _ := v.(string)
	if s == "" {
		return nil, nil
	}
	var prov []kg.Provenance
	if err := json.Unmarshal([]byte(s), &prov); err != nil {
		return nil, fmt.Errorf("bad provenance: %w", err)
	}
	return prov, nil
}

// relationFrom maps the map a query returns for a relationship
// ({type, from, to, props}) to a relation.
func relationFrom(v any) (kg.Relation, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return kg.Relation{}, fmt.Errorf("neo4jstore: expected a relationship map, got %T", v)
	}
	props, _ := m["props"].(map[string]any)
	r := kg.Relation{
		Kind: kg.RelationKind(str(m["type"])),
		From: str(m["from"]),
		To:   str(m["to"]),
	}
	r.Effect = str(props["effect"])
	r.Maturity = kg.Maturity(str(props["maturity"]))
	r.Stance = str(props["stance"])
	r.Note = str(props["note"])
	r.LeftOut = str(props["leftOut"])
	if n, ok := props["number"].(int64); ok {
		r.Number = int(n)
	}
	r.Studies = strs(props["studyIds"])
	prov, err := provenanceFrom(props["provenance"])
	if err != nil {
		return kg.Relation{}, fmt.Errorf("neo4jstore: relationship %s %s→%s: %w", r.Kind, r.From, r.To, err)
	}
	r.Provenance = prov
	return r, nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strs(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func entitiesFrom(v any) ([]kg.Entity, error) {
	list, _ := v.([]any)
	out := make([]kg.Entity, 0, len(list))
	for _, x := range list {
		e, err := entityFrom(x)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func relationsFrom(v any) ([]kg.Relation, error) {
	list, _ := v.([]any)
	out := make([]kg.Relation, 0, len(list))
	for _, x := range list {
		if x == nil {
			continue
		}
		r, err := relationFrom(x)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
