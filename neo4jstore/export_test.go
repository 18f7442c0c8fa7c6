package neo4jstore

import (
	dto "github.com/prometheus/client_model/go"

	"gutskin/kg"
)

// SetPathwaysWalkLimit sets how many walks a pathways question may take from each end before
// the rank-by-rank search takes over, and returns the previous bound.
func SetPathwaysWalkLimit(n int) int {
	old := pathwaysWalkLimit
	pathwaysWalkLimit = n
	return old
}

// SetSearchCountLimit sets how far a search's total is counted, and returns the previous
// limit; SearchCountLimit reads it.
func SetSearchCountLimit(n int) int {
	old := searchCountLimit
	searchCountLimit = n
	return old
}

func SearchCountLimit() int { return searchCountLimit }

// KindParam is the $kinds parameter the store sends for a list of kinds (nil for none), so
// that the oracles' statements read the same.
func KindParam(kinds []kg.Kind) any { return kindParam(kinds) }

// PathwaysAnswered returns how many pathways questions the store answered each way (walks,
// near, search, none) so far.
func (s *Store) PathwaysAnswered(way string) int {
	var m dto.Metric
	if err := s.metrics.pathwaysWays.WithLabelValues(way).Write(&m); err != nil {
		panic(err)
	}
	return int(m.GetCounter().GetValue())
}
