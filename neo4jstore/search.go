package neo4jstore

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"gutskin/kg"
)

// searchPrefetch is how many hits beyond the page a first page asks of the index when no
// total is wanted, so that a tie at the end of the page rarely needs a full read.
const searchPrefetch = 16

// Search runs a ranked, typo-tolerant full-text search. It returns one page of hits, whether
// more follow and, when withTotal is set, how many entities the search matches (counted in
// the same pass over the index; otherwise total is -1).
func (s *Store) Search(ctx context.Context, text string, kinds []kg.Kind, first int, after *kg.Cursor, withTotal bool) (hits []kg.SearchHit, more bool, total int, err error) {
	lucene, terms, err := luceneQuery(text)
	if err != nil {
		return nil, false, 0, err
	}
	params := map[string]any{"lucene": lucene, "kinds": kindParam(kinds), "limit": first + 1,
		"afterScore": nil, "afterId": nil, "options": map[string]any{}}
	if after != nil {
		score, ok := after.Key.(float64)
		if !ok {
			return nil, false, 0, kg.Errorf(kg.EINVALID, "the cursor does not belong to a search")
		}
		params["afterScore"], params["afterId"] = score, after.ID
	} else if !withTotal && len(kinds) == 0 {
		params["options"] = map[string]any{"limit": first + 1 + searchPrefetch}
	}
	recs, err := s.readNamed(ctx, "search", query("search"), params)
	if err != nil {
		return nil, false, 0, err
	}
	if len(recs) != 1 {
		return nil, false, 0, fmt.Errorf("neo4jstore: search returned %d records, want 1", len(recs))
	}
	pageV, err := value(recs[0], "page")
	if err != nil {
		return nil, false, 0, err
	}
	page, err := list(pageV, "the search page")
	if err != nil {
		return nil, false, 0, err
	}
	if more = len(page) > first; more {
		page = page[:first]
	}
	hits = make([]kg.SearchHit, 0, len(page))
	for _, v := range page {
		m, err := asMap(v, "a search hit")
		if err != nil {
			return nil, false, 0, err
		}
		e, err := entityFromMap(m["node"])
		if err != nil {
			return nil, false, 0, err
		}
		score, err := field[float64](m, "score")
		if err != nil {
			return nil, false, 0, err
		}
		hits = append(hits, kg.SearchHit{Entity: e, Score: score, Matched: bestMatch(e, terms)})
	}
	total = -1
	if withTotal {
		count, err := get[int64](recs[0], "total")
		if err != nil {
			return nil, false, 0, err
		}
		total = int(count)
	}
	return hits, more, total, nil
}

func kindParam(kinds []kg.Kind) any {
	if len(kinds) == 0 {
		return nil
	}
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}

const maxSearchTerms = 8

// luceneQuery turns free text into a Lucene query of our own making: the user's text is
// reduced to lower-case letter-and-digit terms, so no Lucene syntax of theirs survives.
// Each term matches exactly (boosted), by prefix (for search as you type) and, when long
// enough, with one or two typos; the whole phrase is boosted above all.
func luceneQuery(text string) (string, []string, error) {
	terms := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(terms) == 0 {
		return "", nil, kg.Errorf(kg.EINVALID, "the search text has no letters or digits")
	}
	if len(terms) > maxSearchTerms {
		terms = terms[:maxSearchTerms]
	}
	var groups []string
	for _, t := range terms {
		alts := []string{t + "^2", t + "*"}
		switch n := len([]rune(t)); {
		case n >= 8:
			alts = append(alts, t+"~2")
		case n >= 4:
			alts = append(alts, t+"~1")
		}
		groups = append(groups, "("+strings.Join(alts, " OR ")+")")
	}
	all := strings.Join(groups, " ")
	// Names weigh more than descriptions, and a whole-phrase match more than scattered words.
	parts := []string{"label:(" + all + ")^4", "searchNames:(" + all + ")^3", "searchText:(" + all + ")"}
	if len(terms) > 1 {
		phrase := "\"" + strings.Join(terms, " ") + "\""
		parts = append(parts, "label:"+phrase+"^8", "searchNames:"+phrase+"^6")
	}
	return strings.Join(parts, " OR "), terms, nil
}

// bestMatch picks the name, synonym or former name that shares most words with the search.
func bestMatch(e kg.Entity, terms []string) string {
	label, _ := e.Props["label"].(string)
	candidates := append([]string{label}, strs(e.Props["synonyms"])...)
	candidates = append(candidates, strs(e.Props["formerNames"])...)
	best, bestScore := label, -1
	for _, c := range candidates {
		words := strings.FieldsFunc(strings.ToLower(c), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		score := 0
		for _, t := range terms {
			for _, w := range words {
				if strings.HasPrefix(w, t) {
					score++
					break
				}
			}
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}
