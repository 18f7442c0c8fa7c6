// Package cite writes studies as citations a reference manager reads: CSL-JSON, BibTeX and
// RIS, one study or many as one bibliography file, and parses the authors the seed gives
// into family name and given names. It is pure: no I/O, and the same input always gives the
// same bytes.
package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is one author, parsed.
type Name struct {
	// Family is the family name, particles included ("van Hylckama Vlieg", "De Pessemier").
	Family string
	// Given is the given names as written when written out ("Md Rayhan", "Anna Maria"); empty
	// when only initials are known.
	Given string
	// Initials are the given names' initials, each followed by a full stop and separated by
	// spaces ("M. R.", "J.-P."); empty when no given name is known.
	Initials string
}

// Display is the one form the service shows a name in: family name first, then the
// initials ("Mahmud, M. R."), or the family name alone when no given name is known.
func (n Name) Display() string {
	if n.Initials == "" {
		return n.Family
	}
	return n.Family + ", " + n.Initials
}

// GivenOrInitials is the given names when known, otherwise the initials.
func (n Name) GivenOrInitials() string {
	if n.Given != "" {
		return n.Given
	}
	return n.Initials
}

// ParseAuthor parses one author as the seed writes it. Two forms occur:
//
//   - "Family, Given" with a comma ("De Pessemier, B.", "van Bergenhenegouwen, J.",
//     "Knippels, L. M. J."): the family name is everything before the comma.
//   - "Family Given" without a comma ("Mahmud Md Rayhan", "Flint Elliot", "Surono Ingrid S."):
//     the family name comes FIRST. This is the rule for every comma-less name: the seed copies
//     such lists from bibliographic records that give full names family name first (the
//     order of a MEDLINE full author name) and leave out the comma. Lower-case particles at the
//     start ("van", "de", "von", …) belong to the family name with the word after them
//     ("van Hylckama Vlieg J. E. T." is family "van Hylckama"; write it with a comma to keep a
//     longer family name). A single word is a family name.
//
// Initials are taken from each given name ("Md" gives "M.", "Jean-Pierre" gives "J.-P."); a
// word already written as an initial ("S.") is kept, and a run of capitals without full stops
// (the "SP" of "Wiertsema SP") is read as initials, one per letter.
func ParseAuthor(s string) Name {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return Name{}
	}
	var family, given string
	if f, g, ok := strings.Cut(s, ","); ok {
		family, given = strings.TrimSpace(f), strings.TrimSpace(g)
	} else {
		words := strings.Fields(s)
		i := 0
		for i < len(words)-1 && isParticle(words[i]) {
			i++
		}
		family = strings.Join(words[:i+1], " ")
		given = strings.Join(words[i+1:], " ")
	}
	n := Name{Family: family}
	if given == "" {
		return n
	}
	var initials []string
	full := false
	for _, w := range strings.Fields(given) {
		switch {
		case isInitial(w):
			initials = append(initials, w)
		case isCapitalRun(w):
			for _, r := range w {
				initials = append(initials, string(r)+".")
			}
		default:
			full = true
			var parts []string
			for _, part := range strings.Split(w, "-") {
				if r, _ := utf8.DecodeRuneInString(part); r != utf8.RuneError {
					parts = append(parts, string(unicode.ToUpper(r))+".")
				}
			}
			initials = append(initials, strings.Join(parts, "-"))
		}
	}
	n.Initials = strings.Join(initials, " ")
	if full {
		n.Given = given
	}
	return n
}

// ParseAuthors parses every author of a study, in order; empty entries are left out.
func ParseAuthors(authors []string) []Name {
	out := make([]Name, 0, len(authors))
	for _, a := range authors {
		if n := ParseAuthor(a); n.Family != "" {
			out = append(out, n)
		}
	}
	return out
}

var particles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "di": true,
	"da": true, "del": true, "della": true, "du": true, "la": true, "le": true, "ten": true, "ter": true}

func isParticle(w string) bool { return particles[w] }

// isInitial reports whether w is written as initials: capitals each followed by a full stop,
// perhaps joined by hyphens ("S.", "J.-P.", "Ó.").
func isInitial(w string) bool {
	for _, part := range strings.Split(w, "-") {
		r, size := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) || part[size:] != "." {
			return false
		}
	}
	return true
}

// isCapitalRun reports whether w is two or three capitals without full stops ("SP", "LMJ").
func isCapitalRun(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
