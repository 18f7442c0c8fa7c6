package neo4jstore

import (
	"context"
	"errors"
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
		l, err := listValue(recs[0], key, key)
		if err != nil {
			return nil, err
		}
		return kg.DecodeEach(l, func(x any) (kg.Count, error) {
			m, err := asMap(x, "a count")
			if err != nil {
				return kg.Count{}, err
			}
			kind, err1 := field[string](m, "kind")
			n, err2 := field[int64](m, "count")
			if err := errors.Join(err1, err2); err != nil {
				return kg.Count{}, err
			}
			return kg.Count{Kind: kind, Count: int(n)}, nil
		})
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
