package graph

import (
	"math"
	"strings"
)

// cursorKeyFits reports whether a decoded cursor's sort key has the type its ordering
// sorts by: text for names, a whole number for years, sizes and ranks, a number for search
// scores. A key of another type (an object, a list, null, a bool) would not fail in Neo4j;
// it would compare as nothing and quietly return an empty page.
func cursorKeyFits(order string, key any) bool {
	if strings.HasPrefix(order, "search") {
		_, ok := key.(float64)
		return ok
	}
	if strings.HasSuffix(strings.TrimSuffix(order, ":desc"), ":sortName") {
		_, ok := key.(string)
		return ok
	}
	f, ok := key.(float64)
	return ok && f == math.Trunc(f) && math.Abs(f) < 1<<53
}
