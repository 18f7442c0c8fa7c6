package neo4jstore

import "gutskin/kg"

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
