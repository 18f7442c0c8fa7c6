package neo4jstore

import (
	"context"
	"sync"

	"gutskin/kg"
)

// Warm-up. Neo4j plans a statement the first time it sees it and keeps the plan in its
// query cache. The pathways statement, a variable-length walk and a shortest-path search per
// length of path, is slow to plan: the first connections question after a start once took
// 3.4 s on the seed, the next ones 21–29 ms. Its text depends on the question's shape (the
// kinds followed, the direction, the longest path), not on its ends, so asking each shape
// once between two ids that name nothing plans and caches it without a walk: the statement
// finds neither end and stops.
//
// Neo4j keys a cached plan by the statement and by the size class of each string parameter
// as well. Measured on the test server: after a question between ids of 12 and 14
// characters, one between ids of 11 and 26 used its plan, while one with an id of 9 or 10
// characters, or of 111, was planned again (the classes look like powers of ten). The ids
// below are of the class of all but two of the seed's ids (11 to 66 characters long).

// warmFrom and warmTo name nothing (no id has their prefix); each is 11 to 100 characters long.
const (
	warmFrom = "warm-up:pathways-from"
	warmTo   = "warm-up:pathways-to"
)

// WarmQueries are the questions asked at start: the explorer's, over the kinds a pathway
// follows unless asked otherwise and at the weakest maturity (its defaults), each direction
// (pathways keeps to it, connections does not) at every depth it offers (1 to 5 hops).
func WarmQueries() []kg.PathQuery {
	var qs []kg.PathQuery
	for _, directed := range []bool{true, false} {
		for hops := 1; hops <= 5; hops++ {
			qs = append(qs, kg.PathQuery{From: warmFrom, To: warmTo, MaxHops: hops, MinMaturity: kg.MaturityNotSupported,
				Rels: kg.MechanisticRelations, Directed: directed, First: 10})
		}
	}
	return qs
}

// WarmAtOnce is how many questions Warm asks at a time while nobody else is served (before
// the service says ready): Neo4j plans each on a thread of its own, so a few at once finish
// sooner on a server with cores to spare. Once users are served, one at a time leaves them
// the other threads: four at once made a curator's first write take 5.4 s instead of 2.1 s
// on two cores, and past the request's 10 s on a busy machine.
const WarmAtOnce = 4

// Warm asks each question once, atOnce at a time, so that Neo4j has planned its statement
// before a user asks one of the same shape, and returns how many it asked. Questions between
// ids that name nothing answer NOT_FOUND, which counts as asked; another error (the
// context's end, say) stops it, and the first such error is returned. Its statements may run
// until ctx's deadline, however long a request may take: planning counts against a
// transaction's timeout.
func (s *Store) Warm(ctx context.Context, qs []kg.PathQuery, atOnce int) (int, error) {
	ctx, cancel := context.WithCancel(context.WithValue(ctx, warmingKey{}, true))
	defer cancel()
	var (
		mu       sync.Mutex
		asked    int
		firstErr error
		wg       sync.WaitGroup
	)
	next := make(chan kg.PathQuery)
	for range max(min(atOnce, len(qs)), 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for q := range next {
				_, err := s.Pathways(ctx, q)
				mu.Lock()
				if err == nil || kg.ErrorCode(err) == kg.ENOTFOUND {
					asked++
				} else if firstErr == nil {
					firstErr = err
					cancel()
				}
				mu.Unlock()
			}
		}()
	}
	for _, q := range qs {
		if ctx.Err() != nil {
			break
		}
		next <- q
	}
	close(next)
	wg.Wait()
	return asked, firstErr
}

type warmingKey struct{}

// warming says whether ctx is the warm-up's, whose statements may take until its deadline.
func warming(ctx context.Context) bool {
	w, _ := ctx.Value(warmingKey{}).(bool)
	return w
}
