package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// pathwaysWalkLimit bounds the walks the statement takes from each end of a question before
// it falls back to searching rank by rank (see queries/pathways.cypher). Tests set it to 0
// to exercise the search.
var pathwaysWalkLimit = 2000

// Pathways returns simple paths between two entities over the given relationship kinds:
// strongest weakest hop first, then shortest, then by the ids along the path. It reports
// NOT_FOUND when either end does not exist, from the same round trip as the search.
func (s *Store) Pathways(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	cypher, params, err := pathwaysStatement(q)
	if err != nil {
		return nil, err
	}
	recs, err := s.readNamed(ctx, "pathways", cypher, params)
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("neo4jstore: pathways returned %d records, want 1", len(recs))
	}
	rec := recs[0]
	if way, err := get[string](rec, "way"); err == nil {
		s.metrics.pathwaysWays.WithLabelValues(way).Inc()
	}
	for _, end := range []struct{ field, id string }{{"fromFound", q.From}, {"toFound", q.To}} {
		if found, err := get[bool](rec, end.field); err != nil || !found {
			if err != nil {
				return nil, err
			}
			return nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", end.id)
		}
	}
	entitiesV, err := value(rec, "entities")
	if err != nil {
		return nil, err
	}
	entities, err := entitiesFrom(entitiesV, "pathway entities")
	if err != nil {
		return nil, err
	}
	byID := map[string]kg.Entity{}
	for _, e := range entities {
		byID[e.ID] = e
	}
	behind, err := hopEvidenceFrom(rec)
	if err != nil {
		return nil, err
	}
	// Each relationship walked comes once, named by its key; the paths name them.
	walked, err := listValue(rec, "rels", "relationships")
	if err != nil {
		return nil, err
	}
	byKey := make(map[string]kg.Relation, len(walked))
	for _, v := range walked {
		r, err := relationFrom(v)
		if err != nil {
			return nil, err
		}
		key, _ := v.(map[string]any)["key"].(string)
		byKey[key] = r
	}
	found, err := listValue(rec, "paths", "paths")
	if err != nil {
		return nil, err
	}
	paths := make([]kg.Path, 0, len(found))
	for _, v := range found {
		m, err := asMap(v, "a path")
		if err != nil {
			return nil, err
		}
		keys := strs(m["rels"])
		ids := strs(m["ids"])
		if len(ids) != len(keys)+1 {
			return nil, fmt.Errorf("neo4jstore: a path of %d nodes has %d relationships", len(ids), len(keys))
		}
		p := kg.Path{Nodes: make([]kg.Entity, len(ids))}
		for i, id := range ids {
			e, ok := byID[id]
			if !ok {
				return nil, fmt.Errorf("neo4jstore: path node %s was not returned", id)
			}
			p.Nodes[i] = e
		}
		for i, key := range keys {
			r, ok := byKey[key]
			if !ok {
				return nil, fmt.Errorf("neo4jstore: path relationship %s was not returned", key)
			}
			hop := kg.Hop{Relation: r, Forward: r.From == ids[i]}
			hop.Claims, hop.Stances = behind.of(key, r.Studies)
			p.Hops = append(p.Hops, hop)
		}
		strength, _ := m["strength"].(int64)
		p.Strength = kg.MaturityOfRank(int(strength))
		paths = append(paths, p)
	}
	return paths, nil
}

// pathwaysStatement returns the pathways statement for a question and its parameters.
func pathwaysStatement(q kg.PathQuery) (string, map[string]any, error) {
	cypher, steps, err := pathwaysQuery(q.MaxHops, q.MinMaturity.Rank(), q.Rels, q.Directed)
	if err != nil {
		return "", nil, err
	}
	if q.First < 1 {
		return "", nil, kg.Errorf(kg.EINVALID, "first must be at least 1")
	}
	return cypher, map[string]any{
		"from": q.From, "to": q.To, "first": q.First, "steps": steps, "maxHops": q.MaxHops, "evidence": q.Evidence,
		"walkLimit": pathwaysWalkLimit, "brief": q.Brief, "minLevel": max(0, min(q.MinMaturity.Rank(), kg.MaturityEstablished.Rank())),
	}, nil
}

// hopEvidence holds, for each relationship a found path walks (by element id), the claims
// asserting its link and their stances on its studies, as the statement returned them.
type hopEvidence map[string]struct {
	claims  []string
	stances []kg.HopStance
}

func hopEvidenceFrom(rec *neo4j.Record) (hopEvidence, error) {
	l, err := listValue(rec, "hopEvidence", "hopEvidence")
	if err != nil {
		return nil, err
	}
	out := hopEvidence{}
	for _, x := range l {
		m, err := asMap(x, "a hop's evidence")
		if err != nil {
			return nil, err
		}
		key, _ := m["key"].(string)
		e := out[key]
		e.claims = strs(m["claims"])
		stances, _ := m["stances"].([]any)
		for _, s := range stances {
			sm, err := asMap(s, "a stance")
			if err != nil {
				return nil, err
			}
			study, _ := sm["study"].(string)
			claim, _ := sm["claim"].(string)
			stance, _ := sm["stance"].(string)
			e.stances = append(e.stances, kg.HopStance{Study: study, Claim: claim, Stance: kg.Stance(stance)})
		}
		out[key] = e
	}
	return out, nil
}

// of returns the claims of the relationship key and their stances ordered by study (in
// the relationship's order) and then by claim (in the order of the claims).
func (h hopEvidence) of(key string, studies []string) ([]string, []kg.HopStance) {
	e := h[key]
	claims := e.claims
	if claims == nil {
		claims = []string{}
	}
	stances := []kg.HopStance{}
	for _, study := range studies {
		for _, claim := range claims {
			for _, s := range e.stances {
				if s.Study == study && s.Claim == claim {
					stances = append(stances, s)
				}
			}
		}
	}
	return claims, stances
}

// pathwaysQuery assembles the pathways statement for one shape of question and lists the
// (level, group) steps of its search, from the strongest rank down to minRank (see
// queries/pathways.cypher). Only names from kg's allow-list and validated integers are
// written into the statement.
func pathwaysQuery(maxHops, minRank int, rels []kg.RelationKind, directed bool) (string, []map[string]any, error) {
	if len(rels) == 0 {
		return "", nil, kg.Errorf(kg.EINVALID, "at least one relationship kind is needed")
	}
	types := make([]string, 0, len(rels))
	for _, r := range rels {
		if !r.IsValid() {
			return "", nil, kg.Errorf(kg.EINVALID, "unknown relationship kind %q", r)
		}
		types = append(types, string(r))
	}
	// The same kinds in any order or repeated make the same statement.
	slices.Sort(types)
	types = slices.Compact(types)
	if maxHops < 1 || maxHops > 5 {
		return "", nil, kg.Errorf(kg.EINVALID, "maxHops must be between 1 and 5")
	}
	strongest := kg.MaturityEstablished.Rank()
	var steps []map[string]any
	for level := strongest; level >= max(0, min(minRank, strongest)); level-- {
		for g := 1; g <= maxHops; g++ {
			steps = append(steps, map[string]any{"level": level, "group": g})
		}
	}
	arrow := ""
	if directed {
		arrow = ">"
	}
	key := strings.Join(types, "|") + arrow + strconv.Itoa(maxHops)
	if s, ok := pathwaysStatements.Load(key); ok {
		return s.(string), steps, nil
	}
	shape := strings.NewReplacer("{{TYPES}}", strings.Join(types, "|"), "{{ARROW}}", arrow, "{{HOPS}}", strconv.Itoa(maxHops))
	group := shape.Replace(query("pathways_group"))
	var groups strings.Builder
	for g := 1; g <= maxHops; g++ {
		groups.WriteString(strings.ReplaceAll(group, "{{GROUP}}", strconv.Itoa(g)))
	}
	statement := strings.NewReplacer("{{GROUPS}}", groups.String(), "{{WALKS_FROM_A}}", walksFromA).Replace(query("pathways"))
	statement = shape.Replace(statement)
	if pathwaysShapes.Add(1) <= maxPathwaysShapes {
		pathwaysStatements.Store(key, statement)
	}
	return statement, steps, nil
}

// pathwaysStatements holds the statements built so far by shape (kinds followed, direction
// and depth), at most maxPathwaysShapes of them: the explorer asks for a handful, but the
// kinds are the caller's choice, so the shapes are not few enough to keep them all.
var (
	pathwaysStatements sync.Map
	pathwaysShapes     atomic.Int64
)

const maxPathwaysShapes = 256

// walksFromA is the walk from the question's first end that pathways.cypher takes at two
// points (before and after the walk from its other end, whichever end has fewer
// relationships to follow goes first).
const walksFromA = `MATCH p = (a)-[rs:{{TYPES}}*1..{{HOPS}}]-{{ARROW}}(x)
  WHERE all(r IN rs WHERE coalesce(r.maturityRank, 0) >= $minLevel) AND all(n IN nodes(p) WHERE n:Entity)
  WITH b, p, x LIMIT $walkLimit + 1
  RETURN collect(CASE WHEN x = b THEN p END) AS fromAWalks, count(p) AS fromACount`
