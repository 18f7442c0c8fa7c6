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
		case kg.FilterReaches:
			cond, err := reaches(f, p)
			if err != nil {
				return nil, nil, err
			}
			where = append(where, cond)
		default:
			return nil, nil, fmt.Errorf("neo4jstore: unknown filter %q", f.Op)
		}
	}
	return where, params, nil
}

// reaches is the condition of a FilterReaches: for each path, a pattern from n along its
// steps, then up the roll-up relationships, to the entity named by the parameter p.
func reaches(f kg.Filter, p string) (string, error) {
	if len(f.Paths) == 0 {
		return "", fmt.Errorf("neo4jstore: a reach filter without a path")
	}
	up := ""
	if len(f.Up) > 0 {
		types := make([]string, len(f.Up))
		for i, r := range f.Up {
			if !r.IsValid() {
				return "", fmt.Errorf("neo4jstore: bad roll-up relationship %q", r)
			}
			types[i] = string(r)
		}
		up = fmt.Sprintf("-[:%s*0..%d]->(:Entity)", strings.Join(types, "|"), kg.MaxRollUp)
	}
	var alts []string
	for _, path := range f.Paths {
		var b strings.Builder
		b.WriteString("EXISTS { MATCH (n)")
		for i, st := range path {
			if !st.Rel.IsValid() {
				return "", fmt.Errorf("neo4jstore: bad filter relationship %q", st.Rel)
			}
			end := "(:Entity)"
			if i == len(path)-1 {
				end = "(x:Entity)"
			}
			if st.Incoming {
				fmt.Fprintf(&b, "<-[:%s]-%s", st.Rel, end)
			} else {
				fmt.Fprintf(&b, "-[:%s]->%s", st.Rel, end)
			}
		}
		if up != "" {
			fmt.Fprintf(&b, ", (x)%s", strings.Replace(up, "->(:Entity)", "->(t:Entity)", 1))
			fmt.Fprintf(&b, " WHERE t.id = $%s }", p)
		} else {
			fmt.Fprintf(&b, " WHERE x.id = $%s }", p)
		}
		alts = append(alts, b.String())
	}
	return "(" + strings.Join(alts, " OR ") + ")", nil
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
