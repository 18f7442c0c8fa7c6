package gen

import (
	"fmt"
	"slices"
	"strings"

	"gutskin/kg"
)

// The second shape of benchmark graph: the seed copied many times, its hubs shared by groups
// of copies. Every copy has studies, claims, strains, findings and factors of its own, while
// the mechanisms, conditions, species and sources it links to are those of its group. A
// filter by condition or mechanism thus starts from an entity that a group's worth of
// copies link to, as in a grown graph where many studies share a few conditions, but the
// links are the seed's own (its grades, stances and provenance) rather than generated.
// 700 copies in groups of 50 give 98,504 entities and 400,092 relationships.

// DefaultGroupSize is how many copies share one set of hubs when Config.GroupSize is 0.
const DefaultGroupSize = 50

// sharedKinds are the kinds a group of copies shares: the hubs of the seed.
var sharedKinds = map[kg.Kind]bool{
	kg.KindMechanism: true,
	kg.KindCondition: true,
	kg.KindSpecies:   true,
	kg.KindSource:    true,
}

// generateCopies streams cfg.Copies copies of g to sink: every node before any relationship.
// Copy 0 and group 0 keep the seed's ids, so the benchmarks' questions ("strain:hn001",
// "condition:acne") find the first copy and its group's hubs.
func generateCopies(cfg Config, g kg.Graph, sink Sink) error {
	group := cfg.GroupSize
	if group <= 0 {
		group = DefaultGroupSize
	}
	kindOf := make(map[string]kg.Kind, len(g.Nodes))
	for _, n := range g.Nodes {
		kindOf[n.ID] = n.Kind
	}
	// A group's hubs and the relationships between two hubs are written once, with the
	// group's first copy.
	shared := func(id string) bool { return sharedKinds[kindOf[id]] }
	for c := range cfg.Copies {
		rn := newRenamer(g, c, group)
		for _, n := range g.Nodes {
			if shared(n.ID) && c%group != 0 {
				continue
			}
			if err := sink.Node(rn.node(n)); err != nil {
				return err
			}
		}
	}
	for c := range cfg.Copies {
		rn := newRenamer(g, c, group)
		for _, r := range g.Relations {
			if shared(r.From) && shared(r.To) && c%group != 0 {
				continue
			}
			if err := sink.Relation(rn.relation(r)); err != nil {
				return err
			}
		}
	}
	return nil
}

// renamer rewrites one copy's records: every seed id (and every study's DOI) found in a
// property, a list element or a relationship key becomes the copy's (or, for a hub, the
// group's).
type renamer struct {
	ids *strings.Replacer
	// copySuffix marks what belongs to the copy alone: a citation's key, which must be
	// unique while the citing source is shared.
	copySuffix string
}

func newRenamer(g kg.Graph, c, group int) renamer {
	copySuffix, groupSuffix := "", ""
	if c > 0 {
		copySuffix = fmt.Sprintf("-c%04d", c)
	}
	if c/group > 0 {
		groupSuffix = fmt.Sprintf("-g%02d", c/group)
	}
	var pairs [][2]string
	for _, n := range g.Nodes {
		suffix := copySuffix
		if sharedKinds[n.Kind] {
			suffix = groupSuffix
		}
		if suffix == "" {
			continue
		}
		pairs = append(pairs, [2]string{n.ID, n.ID + suffix})
		if doi, ok := n.Props["doi"].(string); ok && doi != "" {
			pairs = append(pairs, [2]string{doi, doi + suffix}, [2]string{strings.ToLower(doi), strings.ToLower(doi + suffix)})
		}
	}
	// The longest first: at each place the replacer takes the first old string that matches,
	// and an id may begin with another ("condition:acne" and "condition:acne-scarring").
	slices.SortFunc(pairs, func(a, b [2]string) int { return len(b[0]) - len(a[0]) })
	args := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		args = append(args, p[0], p[1])
	}
	return renamer{ids: strings.NewReplacer(args...), copySuffix: copySuffix}
}

// replace renames the ids in s. Every id has a colon and every DOI a slash, so a string with
// neither (most of the prose) is passed over without the replacer's scan.
func (rn renamer) replace(s string) string {
	if !strings.ContainsAny(s, ":/") {
		return s
	}
	return rn.ids.Replace(s)
}

func (rn renamer) node(n kg.NodeRecord) kg.NodeRecord {
	return kg.NodeRecord{ID: rn.replace(n.ID), Kind: n.Kind, Props: rn.props(n.Props)}
}

func (rn renamer) relation(r kg.RelationRecord) kg.RelationRecord {
	out := kg.RelationRecord{Kind: r.Kind, From: rn.replace(r.From), To: rn.replace(r.To), Key: rn.replace(r.Key), Props: rn.props(r.Props)}
	if key, ok := out.Props["citeKey"].(string); ok {
		out.Props["citeKey"] = key + rn.copySuffix
	}
	return out
}

func (rn renamer) props(in map[string]any) map[string]any {
	out := make(map[string]any, len(in))
	for k, v := range in {
		out[k] = rn.value(v)
	}
	return out
}

func (rn renamer) value(v any) any {
	switch x := v.(type) {
	case string:
		return rn.replace(x)
	case []string:
		out := make([]string, len(x))
		for i, s := range x {
			out[i] = rn.replace(s)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = rn.value(e)
		}
		return out
	}
	return v
}
