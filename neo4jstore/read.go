package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"gutskin/kg"
)

// Stats counts entities by kind and relationships by type.
func (s *Store) Stats(ctx context.Context) (nodes, relations []kg.Count, err error) {
	recs, err := s.readNamed(ctx, "stats", query("stats"), nil)
	if err != nil || len(recs) == 0 {
		return nil, nil, err
	}
	toCounts := func(key string) ([]kg.Count, error) {
		v, err := value(recs[0], key)
		if err != nil {
			return nil, err
		}
		l, err := list(v, key)
		if err != nil {
			return nil, err
		}
		out := make([]kg.Count, 0, len(l))
		for _, x := range l {
			m, err := asMap(x, "a count")
			if err != nil {
				return nil, err
			}
			kind, err1 := field[string](m, "kind")
			n, err2 := field[int64](m, "count")
			if err := errors.Join(err1, err2); err != nil {
				return nil, err
			}
			out = append(out, kg.Count{Kind: kind, Count: int(n)})
		}
		return out, nil
	}
	if nodes, err = toCounts("nodes"); err != nil {
		return nil, nil, err
	}
	relations, err = toCounts("relations")
	return nodes, relations, err
}

// propName guards the property names that list queries build into Cypher; they come from
// the API layer's fixed tables, and this check keeps it that way.
var propName = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9]*$`)

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
