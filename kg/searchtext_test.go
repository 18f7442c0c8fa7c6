package kg

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestParseSearch(t *testing.T) {
	tests := []struct {
		in        string
		terms     []string
		citations []int
		dois      []string
	}{
		// Question and function words are dropped and do not count against the limit.
		{"What is the best probiotic strain for acne?", []string{"best", "probiotic", "strain", "acne"}, nil, nil},
		{"Is it true that the gut and the skin are in constant contact through an axis of some sort, or not really, and why?",
			[]string{"true", "gut", "skin", "constant", "contact", "axis", "sort"}, nil, nil},
		{"one two three four five six seven eight nine ten", []string{"one", "two", "three", "four", "five", "six", "seven", "eight"}, nil, nil},
		// "How long" asks for a duration.
		{"How long until probiotics work?", []string{"weeks", "probiotics", "work"}, nil, nil},
		{"ref 24", nil, []int{24}, nil},
		{"citation 24 and Reference no. 3, cited as 7, refs. 12, [5]", nil, []int{24, 3, 7, 12, 5}, nil},
		{"Smith ref24", []string{"smith"}, []int{24}, nil},
		{"https://doi.org/10.1111/ECI.13201", nil, nil, []string{"10.1111/eci.13201"}},
		{"doi:10.1016/s0016-5085(24)03137-8.", nil, nil, []string{"10.1016/s0016-5085(24)03137-8"}},
		{"see 10.3390/nu13030886, please", nil, nil, []string{"10.3390/nu13030886"}},
		{"MONDO:0011438", []string{"mondo", "0011438"}, nil, nil},
		// Function words alone are kept rather than refused.
		{"who", []string{"who"}, nil, nil},
	}
	for _, tt := range tests {
		q, err := ParseSearch(tt.in)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if !slices.Equal(q.Terms, tt.terms) || !slices.Equal(q.Citations, tt.citations) || !slices.Equal(q.DOIs, tt.dois) {
			t.Errorf("%q: got %q %v %q, want %q %v %q", tt.in, q.Terms, q.Citations, q.DOIs, tt.terms, tt.citations, tt.dois)
		}
	}
	for _, bad := range []string{"", "***", "?!"} {
		if _, err := ParseSearch(bad); ErrorCode(err) != EINVALID {
			t.Errorf("%q: err = %v, want EINVALID", bad, err)
		}
	}
}

// The forms of a word share the stem that completes them and that typos are counted from.
func TestSearchStemJoinsWordForms(t *testing.T) {
	for _, forms := range [][]string{
		{"effect", "effects"},
		{"probiotic", "probiotics"},
		{"strain", "strains"},
		{"studies", "studied"},
		{"improve", "improves", "improved"},
	} {
		for _, f := range forms[1:] {
			if SearchStem(f) != SearchStem(forms[0]) {
				t.Errorf("stem(%q) = %q, stem(%q) = %q", f, SearchStem(f), forms[0], SearchStem(forms[0]))
			}
		}
	}
	for w, want := range map[string]string{"hydration": "hydr", "hydrated": "hydrat", "acne": "acne", "hn001": "hn001", "gut": "gut"} {
		if got := SearchStem(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestSearchWordsIsSafeForConcurrentUse: many goroutines fold accents at once (as concurrent
// mutations do); run with -race, and each must get the same answer as alone.
func TestSearchWordsIsSafeForConcurrentUse(t *testing.T) {
	want := SearchWords("Dréno Ségolène café")
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if got := SearchWords("Dréno Ségolène café"); !slices.Equal(got, want) {
					errs <- strings.Join(got, " ")
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent SearchWords = %q, want %q", e, want)
	}
}
