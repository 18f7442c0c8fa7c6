package neo4jstore

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"gutskin/kg"
)

// Entities returns the entities with the given ids; unknown ids are absent from the map.
func (s *Store) Entities(ctx context.Context, ids []string) (map[string]kg.Entity, error) {
	recs, err := s.read(ctx, query("entities"), map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]kg.Entity, len(recs))
	for _, rec := range recs {
		v, _ := rec.Get("n")
		e, err := entityFrom(v)
		if err != nil {
			return nil, err
		}
		out[e.ID] = e
	}
	return out, nil
}

// Relations returns, for each id, its relationships of one kind, with the entities at their
// other ends (so that callers need no second round trip for them).
func (s *Store) Relations(ctx context.Context, kind kg.RelationKind, incoming bool, ids []string) (map[string][]kg.Relation, map[string]kg.Entity, error) {
	if !kind.IsValid() {
		return nil, nil, kg.Errorf(kg.EINVALID, "unknown relationship kind %q", kind)
	}
	name := "relations"
	if incoming {
		name = "relations_incoming"
	}
	cypher := strings.ReplaceAll(query(name), "{{TYPE}}", string(kind))
	recs, err := s.read(ctx, cypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, err
	}
	rels := make(map[string][]kg.Relation, len(ids))
	others := make(map[string]kg.Entity)
	for _, rec := range recs {
		key, _ := rec.Get("key")
		relV, _ := rec.Get("rel")
		otherV, _ := rec.Get("other")
		r, err := relationFrom(relV)
		if err != nil {
			return nil, nil, err
		}
		other, err := entityFrom(otherV)
		if err != nil {
			return nil, nil, err
		}
		rels[str(key)] = append(rels[str(key)], r)
		others[other.ID] = other
	}
	return rels, others, nil
}

// StudyByDOI finds a study by DOI, ignoring case.
func (s *Store) StudyByDOI(ctx context.Context, doi string) (kg.Entity, error) {
	recs, err := s.read(ctx, query("study_by_doi"), map[string]any{"doi": strings.ToLower(strings.TrimSpace(doi))})
	if err != nil {
		return kg.Entity{}, err
	}
	if len(recs) == 0 {
		return kg.Entity{}, kg.Errorf(kg.ENOTFOUND, "no study has the DOI %q", doi)
	}
	v, _ := recs[0].Get("n")
	return entityFrom(v)
}

// Stats counts entities by kind and relationships by type.
func (s *Store) Stats(ctx context.Context) (nodes, relations []kg.Count, err error) {
	recs, err := s.read(ctx, query("stats"), nil)
	if err != nil || len(recs) == 0 {
		return nil, nil, err
	}
	toCounts := func(v any) []kg.Count {
		list, _ := v.([]any)
		out := make([]kg.Count, 0, len(list))
		for _, x := range list {
			m, _ := x.(map[string]any)
			n, _ := m["count"].(int64)
			out = append(out, kg.Count{Kind: str(m["kind"]), Count: int(n)})
		}
		return out
	}
	n, _ := recs[0].Get("nodes")
	r, _ := recs[0].Get("relations")
	return toCounts(n), toCounts(r), nil
}

// propName guards the property names that list queries build into Cypher; they come from
// the API layer's fixed tables, and this check keeps it that way.
var propName = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9]*$`)

// List returns one keyset page of entities of one kind.
func (s *Store) List(ctx context.Context, q kg.ListQuery) (kg.EntityPage, error) {
	where, params, err := listWhere(q)
	if err != nil {
		return kg.EntityPage{}, err
	}
	sortField := q.SortField
	if sortField == "" {
		sortField = "sortName"
	}
	if !propName.MatchString(sortField) {
		return kg.EntityPage{}, fmt.Errorf("neo4jstore: bad sort field %q", sortField)
	}
	// Walking backwards (last/before) reads the list in reverse order and flips the page.
	backward := q.Page.Last > 0 || q.Page.Before != nil
	desc := q.Descending != backward
	cursor, limit := q.Page.After, q.Page.First
	if backward {
		cursor, limit = q.Page.Before, q.Page.Last
	}
	if cursor != nil {
		cmp, idCmp := ">", ">"
		if desc {
			cmp = "<"
		}
		if backward {
			idCmp = "<"
		}
		where = append(where, fmt.Sprintf("(n.%[1]s %[2]s $cursorKey OR (n.%[1]s = $cursorKey AND n.id %[3]s $cursorID))", sortField, cmp, idCmp))
		params["cursorKey"] = cursor.Key
		params["cursorID"] = cursor.ID
	}
	dir, idDir := "ASC", "ASC"
	if desc {
		dir = "DESC"
	}
	if backward {
		idDir = "DESC"
	}
	params["limit"] = limit + 1
	cypher := fmt.Sprintf("MATCH (n:%s)\n%s\nRETURN n, n.%s AS key\nORDER BY n.%s %s, n.id %s\nLIMIT $limit",
		q.Kind.Label(), whereClause(where), sortField, sortField, dir, idDir)
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return kg.EntityPage{}, err
	}
	page := kg.EntityPage{}
	more := len(recs) > limit
	if more {
		recs = recs[:limit]
	}
	for _, rec := range recs {
		v, _ := rec.Get("n")
		key, _ := rec.Get("key")
		e, err := entityFrom(v)
		if err != nil {
			return kg.EntityPage{}, err
		}
		page.Items = append(page.Items, e)
		page.Cursors = append(page.Cursors, kg.Cursor{Key: key, ID: e.ID})
	}
	if backward {
		reverse(page.Items)
		reverse(page.Cursors)
		page.Info = kg.PageInfo{HasPrevious: more, HasNext: q.Page.Before != nil}
	} else {
		page.Info = kg.PageInfo{HasNext: more, HasPrevious: q.Page.After != nil}
	}
	return page, nil
}

// Count returns how many entities match a list query's filters.
func (s *Store) Count(ctx context.Context, q kg.ListQuery) (int, error) {
	where, params, err := listWhere(q)
	if err != nil {
		return 0, err
	}
	cypher := fmt.Sprintf("MATCH (n:%s)\n%s\nRETURN count(n) AS total", q.Kind.Label(), whereClause(where))
	recs, err := s.read(ctx, cypher, params)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	total, _ := recs[0].Get("total")
	n, _ := total.(int64)
	return int(n), nil
}

func listWhere(q kg.ListQuery) ([]string, map[string]any, error) {
	if !q.Kind.IsValid() {
		return nil, nil, fmt.Errorf("neo4jstore: unknown kind %q", q.Kind)
	}
	var where []string
	params := map[string]any{}
	for i, f := range q.Filters {
		p := fmt.Sprintf("f%d", i)
		params[p] = f.Value
		switch f.Op {
		case kg.FilterEquals, kg.FilterIn, kg.FilterAtLeast, kg.FilterAtMost:
			if !propName.MatchString(f.Prop) {
				return nil, nil, fmt.Errorf("neo4jstore: bad filter property %q", f.Prop)
			}
			op := map[kg.FilterOp]string{kg.FilterEquals: "=", kg.FilterIn: "IN", kg.FilterAtLeast: ">=", kg.FilterAtMost: "<="}[f.Op]
			where = append(where, fmt.Sprintf("n.%s %s $%s", f.Prop, op, p))
		case kg.FilterLinkedFrom, kg.FilterLinksTo:
			rel := kg.RelationKind(f.Prop)
			if !rel.IsValid() {
				return nil, nil, fmt.Errorf("neo4jstore: bad filter relationship %q", f.Prop)
			}
			pattern := "(n)-[:%s]->(:Entity {id: $%s})"
			if f.Op == kg.FilterLinkedFrom {
				pattern = "(:Entity {id: $%[2]s})-[:%[1]s]->(n)"
			}
			where = append(where, "EXISTS { "+fmt.Sprintf(pattern, rel, p)+" }")
		default:
			return nil, nil, fmt.Errorf("neo4jstore: unknown filter %q", f.Op)
		}
	}
	return where, params, nil
}

func whereClause(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(conds, "\n  AND ")
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
