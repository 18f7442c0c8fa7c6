package neo4jstore

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
