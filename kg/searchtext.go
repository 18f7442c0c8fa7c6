package kg

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// SearchQuery is free search text read the way a reader means it: the words that carry
// meaning (function words and question words dropped, so that "what is the best probiotic
// strain for acne?" searches "best probiotic strain acne"), the citation numbers asked for
// ("ref 24", "citation 24", "[24]") and the DOIs given, bare or as a doi.org link.
type SearchQuery struct {
	// Terms are the content words, lower case, in the order given, at most MaxSearchTerms.
	Terms []string
	// Citations are reference numbers: the studies a source cites under them are wanted.
	Citations []int
	// DOIs are lower case and bare (no resolver prefix).
	DOIs []string
}

// MaxSearchTerms is how many content words a search uses; function words do not count.
const MaxSearchTerms = 8

var (
	doiPattern = regexp.MustCompile(`(?i)(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s*)?\b(10\.\d{4,9}/[^\s"\\<>]+)`)
	// "ref 24", "refs. 24", "reference no. 24", "citation #24", "cited as 24", "[24]".
	citationPattern = regexp.MustCompile(`(?i)\b(?:refs?|references?|citations?|cite[sd]?(?:\s+as)?)\.?\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,4})\b|\[(\d{1,4})\]`)
)

// ParseSearch reads search text. Text with no word, citation number or DOI is invalid.
func ParseSearch(text string) (SearchQuery, error) {
	var q SearchQuery
	text = doiPattern.ReplaceAllStringFunc(text, func(m string) string {
		doi := doiPattern.FindStringSubmatch(m)[1]
		q.DOIs = append(q.DOIs, strings.ToLower(strings.TrimRight(doi, ".,;:)]}'")))
		return " "
	})
	text = citationPattern.ReplaceAllStringFunc(text, func(m string) string {
		sub := citationPattern.FindStringSubmatch(m)
		n, _ := strconv.Atoi(sub[1] + sub[2])
		if n > 0 {
			q.Citations = append(q.Citations, n)
		}
		return " "
	})
	words := SearchWords(text)
	// "How long" asks for a duration, which the sources give in weeks.
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "how" && words[i+1] == "long" {
			words[i+1] = "weeks"
		}
	}
	for _, w := range words {
		if !stopWords[w] {
			q.Terms = append(q.Terms, w)
		}
	}
	// A search of function words alone ("who", "it") keeps them: better than nothing.
	if len(q.Terms) == 0 && len(q.Citations) == 0 && len(q.DOIs) == 0 {
		q.Terms = words
	}
	if len(q.Terms) > MaxSearchTerms {
		q.Terms = q.Terms[:MaxSearchTerms]
	}
	if len(q.Terms) == 0 && len(q.Citations) == 0 && len(q.DOIs) == 0 {
		return q, Errorf(EINVALID, "the search text has no letters or digits")
	}
	return q, nil
}

// SearchSpelling writes the words of names as typed (accents removed), each once and closed
// by an underscore: the full-text index stems every other field, and a stem is too short to
// match a misspelt word against ("dermatitus" is two edits from "dermatitis", four from its
// stem "dermat"); the underscore keeps the stemmer off these words, so typo-tolerant
// matching uses them.
func SearchSpelling(names []string) string {
	seen := map[string]bool{}
	var words []string
	for _, n := range names {
		for _, w := range SearchWords(n) {
			if !seen[w] {
				seen[w] = true
				words = append(words, w+"_")
			}
		}
	}
	return strings.Join(words, " ")
}

// CitationToken is the indexed word for a study cited under number n by some source.
func CitationToken(n int) string { return "ref" + strconv.Itoa(n) }

// SearchWords splits text into lower-case runs of letters and digits, accents removed
// ("Dréno" gives "dreno"): the only words a search sees, so no query syntax of the user's
// survives.
func SearchWords(text string) []string {
	if folded, _, err := transform.String(unaccent(), text); err == nil {
		text = folded
	}
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// unaccent decomposes letters and drops their combining marks. It makes a fresh chain on
// each call: a transform.Chain keeps state while it runs and must not be shared between
// goroutines (concurrent mutations shared one, and panicked).
func unaccent() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

// SearchStem strips a common English inflection or derivation from a word, so that the
// forms of one word share a stem to complete and to match with typos: "effect" and
// "effects" both give "effect", "hydrated" gives "hydrat" and "hydration" "hydr", each a
// prefix of what the full-text index's English stemmer stores for both. Words with digits
// and short words are kept whole.
func SearchStem(w string) string {
	if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		return w
	}
	for _, suffix := range stemSuffixes {
		if stem, ok := strings.CutSuffix(w, suffix); ok && len([]rune(stem)) >= 4 {
			return stem
		}
	}
	return w
}

// Longest first: the first that leaves a stem of four letters or more is taken.
var stemSuffixes = []string{
	"isations", "izations", "isation", "ization", "ations", "ation", "ments", "ment",
	"ings", "ing", "ions", "ion", "ies", "ied", "ers", "er", "es", "ed", "ly", "s", "e", "y",
}

// SearchSynonyms are other words for a search word in this domain (lay terms, spelling
// variants and abbreviations), each a word or a phrase; nil when there are none. The
// entities' own synonyms are indexed with them; these widen the words of a question.
func SearchSynonyms(w string) []string { return synonyms[w] }

var synonyms = func() map[string][]string {
	// Each group's words stand for one another.
	groups := [][]string{
		{"acne", "pimples", "pimple", "breakouts", "breakout", "zits"},
		{"scfa", "scfas", "short chain fatty acids"},
		{"fibre", "fiber"},
		{"moisturiser", "moisturizer", "moisturisers", "moisturizers"},
		{"moisturisation", "moisturization", "hydration"},
		{"detox", "cleanse"},
		{"wrinkles", "wrinkle", "fine lines"},
		{"cure", "fix", "cures", "fixes"},
		{"doctor", "dermatologist", "physician"},
		{"microbes", "bacteria", "microorganisms"},
		{"microbiota", "microbiome"},
		{"pill", "supplement"},
		{"pills", "supplements"},
	}
	out := map[string][]string{}
	for _, g := range groups {
		for _, w := range g {
			if strings.Contains(w, " ") {
				continue
			}
			for _, other := range g {
				if other != w {
					out[w] = append(out[w], other)
				}
			}
		}
	}
	// Lay words for the graph's terms, one way only: a search for "gut" should not widen.
	for w, alts := range map[string][]string{
		"eczema": {"atopic dermatitis"}, "leaky": {"permeability", "intestinal permeability"}, "spots": {"acne"}, "lining": {"barrier"},
		"looks": {"appearance"}, "look": {"appearance"},
		"intestine": {"gut"}, "intestines": {"gut"}, "stomach": {"gut"}, "bowel": {"gut"},
	} {
		out[w] = append(out[w], alts...)
	}
	return out
}()

// stopWords carry no meaning in a search: articles, pronouns, auxiliaries, prepositions and
// the words questions are built from. They never count against MaxSearchTerms.
var stopWords = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again al all also am an and any are as at
		be because been before being between both but by can cannot could did do does doing don done
		during each either et etc even ever few for from further get gets getting got had has have having
		he her here hers him his how i if in into is it its itself just me might more most much must my
		myself no nor not now of off on once only or other our ours out over own per please really same
		she should so some still such take than that the their theirs them then there these they this those
		through to too under until up upon us very vs was we were what whats when where whether which
		while who whom whose why will with within without would you your yours yourself actually see s t`) {
		out[w] = true
	}
	return out
}()
