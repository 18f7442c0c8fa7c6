package seed

import (
	"strings"

	"gutskin/kg"
)

// graph turns validated records into the nodes and relationships to store.
func (l *loader) graph() kg.Graph {
	b := &builder{}
	for _, f := range l.files {
		f.build(b)
	}
	return b.g
}

type builder struct{ g kg.Graph }

// node adds an entity with the properties every kind shares: its display label, a sort key,
// the names and text the full-text index searches, and its provenance.
func (b *builder) node(id string, kind kg.Kind, label string, names []string, text string, prov []kg.Provenance, props map[string]any) {
	props = compact(props)
	props["id"] = id
	props["kind"] = string(kind)
	props["label"] = label
	props["sortName"] = strings.ToLower(label)
	props["searchNames"] = strings.Join(nonEmpty(names), " | ")
	props["searchText"] = strings.TrimSpace(text)
	props["searchSpelling"] = kg.SearchSpelling(append([]string{label}, names...))
	props["provenance"] = kg.ProvenanceJSON(prov)
	props["sourceIds"] = sourceIDs(prov)
	b.g.Nodes = append(b.g.Nodes, kg.NodeRecord{ID: id, Kind: kind, Props: props})
}

func (b *builder) relation(kind kg.RelationKind, from, to string, m kg.Maturity, prov []kg.Provenance, props map[string]any) {
	props = compact(props)
	if m != "" {
		props["maturity"] = string(m)
	}
	props["maturityRank"] = m.Rank()
	props["provenance"] = kg.ProvenanceJSON(prov)
	props["sourceIds"] = sourceIDs(prov)
	if _, ok := props["studyIds"]; !ok {
		props["studyIds"] = []string{}
	}
	b.g.Relations = append(b.g.Relations, kg.RelationRecord{Kind: kind, From: from, To: to, Key: string(kind) + "|" + from + "|" + to, Props: props})
}

// compact drops empty values: Neo4j stores no nulls, and an absent property reads as null.
func compact(props map[string]any) map[string]any {
	out := make(map[string]any, len(props)+8)
	for k, v := range props {
		switch x := v.(type) {
		case nil:
			continue
		case string:
			if x == "" {
				continue
			}
		case *int:
			if x == nil {
				continue
			}
			v = *x
		case *float64:
			if x == nil {
				continue
			}
			v = *x
		case *bool:
			if x == nil {
				continue
			}
			v = *x
		}
		out[k] = v
	}
	return out
}

func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonEmpty(s []string) []string {
	var out []string
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}
