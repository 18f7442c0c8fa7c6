package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"gutskin/kg"
)

// searchPrefetch is how many hits beyond the page the index is asked for, so that a tie at
// the end of the page rarely needs a full read.
const searchPrefetch = 16

// searchCountLimit is kg.SearchCountLimit; tests lower it.
var searchCountLimit = kg.SearchCountLimit

// searchMaxHint bounds the position a cursor may claim, so that a forged one cannot make
// the index hand out more than this many hits before the page (a wrong hint costs a full
// read, never a wrong page).
const searchMaxHint = 100_000

// Search runs a ranked, typo-tolerant full-text search. It returns one page of hits, whether
// more follow and, when withTotal is set, how many entities the search matches, counted up
// to searchCountLimit from the same read of the index as the page.
//
// The index is asked for its best hits only: as many as reach past the page (after the
// position the cursor says it had) and, for a total, as many as the count limit. The
// statement reads the whole index only when that was not enough to be sure of the page.
func (s *Store) Search(ctx context.Context, text string, kinds []kg.Kind, first int, after *kg.Cursor, withTotal bool, sel *kg.Selection) (kg.SearchResult, error) {
	lucene, parsed, err := luceneQuery(text)
	if err != nil {
		return kg.SearchResult{}, err
	}
	read := first + 1 + searchPrefetch
	params := map[string]any{"lucene": withKinds(lucene, kinds), "limit": first + 1, "afterScore": nil, "afterId": nil}
	if after != nil {
		score, ok := after.Key.(float64)
		if !ok {
			return kg.SearchResult{}, kg.Errorf(kg.EINVALID, "the cursor does not belong to a search")
		}
		params["afterScore"], params["afterId"] = score, after.ID
		read += min(max(after.Pos, 0), searchMaxHint)
	}
	if withTotal {
		read = max(read, searchCountLimit)
	}
	params["read"] = read
	// Each hit is projected by the selection, in the same statement: whatever the selection
	// reaches from the hits costs no second round trip.
	var proj projector
	statement := strings.ReplaceAll(query("search"), "{{HIT}}", proj.entity("node", kg.SearchHitSelection(sel)))
	recs, err := s.readNamed(ctx, "search", statement, params)
	// Another instance that loaded the seed is rebuilding the index: it is back within
	// moments, so wait for it once rather than fail the search.
	for wait := 50 * time.Millisecond; searchIndexMissing(err) && wait <= 800*time.Millisecond && ctx.Err() == nil; wait *= 2 {
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
		recs, err = s.readNamed(ctx, "search", statement, params)
	}
	if err != nil {
		return kg.SearchResult{}, err
	}
	if len(recs) != 1 {
		return kg.SearchResult{}, fmt.Errorf("neo4jstore: search returned %d records, want 1", len(recs))
	}
	page, err := listValue(recs[0], "page", "the search page")
	if err != nil {
		return kg.SearchResult{}, err
	}
	start, err := get[int64](recs[0], "start")
	if err != nil {
		return kg.SearchResult{}, err
	}
	res := kg.SearchResult{More: len(page) > first, Total: -1}
	if res.More {
		page = page[:first]
	}
	res.Hits = make([]kg.SearchHit, 0, len(page))
	for i, v := range page {
		m, err := asMap(v, "a search hit")
		if err != nil {
			return kg.SearchResult{}, err
		}
		e, err := entityFromMap(m["node"])
		if err != nil {
			return kg.SearchResult{}, err
		}
		score, err := field[float64](m, "score")
		if err != nil {
			return kg.SearchResult{}, err
		}
		res.Hits = append(res.Hits, kg.SearchHit{Entity: e, Score: score, Matched: bestMatch(e, parsed), Pos: int(start) + i + 1})
	}
	if withTotal {
		count, err := get[int64](recs[0], "total")
		if err != nil {
			return kg.SearchResult{}, err
		}
		exact, err := get[bool](recs[0], "exact")
		if err != nil {
			return kg.SearchResult{}, err
		}
		res.Total, res.TotalExact = int(count), exact
		if !exact {
			// Counting stopped where the read did; say no more than the limit promises.
			res.Total = min(res.Total, searchCountLimit)
		}
	}
	return res, nil
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

// SearchLucene is the Lucene query a search for text runs against the full-text index, for
// tools that compare the service with other ways of running the same search.
func SearchLucene(text string) (string, error) {
	q, _, err := luceneQuery(text)
	return q, err
}

// withKinds restricts a search to entities of the given kinds inside the index, so that
// hits of other kinds are never read (and a first page without a total can still stop
// early). The kind clause is required and weighs nothing: scores are those of the search
// alone. Kinds come from the domain's enumeration, never from the user's text.
func withKinds(lucene string, kinds []kg.Kind) string {
	if len(kinds) == 0 {
		return lucene
	}
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = strings.ToLower(string(k))
	}
	return "+(" + lucene + ") +kind:(" + strings.Join(names, " OR ") + ")^0"
}

// luceneQuery turns free text into a Lucene query of our own making: the text is read by
// kg.ParseSearch into content words, citation numbers and DOIs, so no Lucene syntax of the
// user's survives. Each word matches in every form the English analyzer stems to the same
// root (boosted), by the prefix of its stem (search as you type), through the domain's
// synonyms, and, when long enough, with one or two typos against the names' unstemmed
// spelling. The words as a phrase weigh most; a DOI or a citation number outweighs all.
func luceneQuery(text string) (string, kg.SearchQuery, error) {
	q, err := kg.ParseSearch(text)
	if err != nil {
		return "", q, err
	}
	var groups, typos []string
	for _, t := range q.Terms {
		stem := kg.SearchStem(t)
		alts := []string{t + "^2"}
		if n := len([]rune(stem)); n >= 3 || n == 2 && len(q.Terms) == 1 {
			alts = append(alts, stem+"*")
		}
		// A synonym weighs less than the word typed, so that an entity named by that word
		// ranks above one that merely mentions the synonym.
		for _, syn := range kg.SearchSynonyms(t) {
			if strings.Contains(syn, " ") {
				syn = `"` + syn + `"`
			}
			alts = append(alts, syn+"^0.5")
		}
		groups = append(groups, "("+strings.Join(alts, " OR ")+")")
		if strings.IndexFunc(stem, unicode.IsDigit) < 0 {
			switch n := len([]rune(stem)); {
			case n >= 8:
				typos = append(typos, stem+"_~2")
			case n >= 4:
				typos = append(typos, stem+"_~1")
			}
		}
	}
	var parts []string
	if len(groups) > 0 {
		all := strings.Join(groups, " ")
		// Names weigh more than descriptions, and a whole-phrase match more than scattered words.
		parts = append(parts, "label:("+all+")^4", "searchNames:("+all+")^3", "searchText:("+all+")")
	}
	if len(typos) > 0 {
		parts = append(parts, "searchSpelling:("+strings.Join(typos, " ")+")")
	}
	if len(q.Terms) > 1 {
		// A little slop: the stop words dropped from the text may stand between the words.
		phrase := `"` + strings.Join(q.Terms, " ") + `"~2`
		parts = append(parts, "label:"+phrase+"^8", "searchNames:"+phrase+"^6")
	}
	for _, doi := range q.DOIs {
		// Inside quotes only a quote or a backslash would be syntax; a DOI holds neither.
		parts = append(parts, `searchNames:"`+doi+`"^20`)
	}
	for _, n := range q.Citations {
		parts = append(parts, "searchRefs:"+kg.CitationToken(n)+"^20")
	}
	return strings.Join(parts, " OR "), q, nil
}

// bestMatch says why an entity was found: a DOI or citation number asked for, or the name,
// synonym, former name or author that shares most words with the search.
func bestMatch(e kg.Entity, q kg.SearchQuery) string {
	if doi, _ := e.Props["doi"].(string); doi != "" && slices.Contains(q.DOIs, strings.ToLower(doi)) {
		return doi
	}
	refsText, _ := e.Props["searchRefs"].(string)
	refs := strings.Fields(refsText)
	for _, n := range q.Citations {
		if slices.Contains(refs, kg.CitationToken(n)) {
			return "cited as " + strconv.Itoa(n)
		}
	}
	label, _ := e.Props["label"].(string)
	candidates := append([]string{label}, strs(e.Props["synonyms"])...)
	candidates = append(candidates, strs(e.Props["formerNames"])...)
	candidates = append(candidates, strs(e.Props["authors"])...)
	stems := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		stems[i] = kg.SearchStem(t)
	}
	best, bestScore := label, 0
	for _, c := range candidates {
		words := kg.SearchWords(c)
		score := 0
		for _, t := range stems {
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
