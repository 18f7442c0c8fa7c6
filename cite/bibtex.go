package cite

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Keys are the BibTeX citation keys of the studies, in their order: the first author's
// family name in lower-case ASCII ("anon" without authors), the year, and the first word of
// the title that is not a small word ("depessemier2021gut"). A key depends only on its study,
// so it stays the same from file to file; when two studies of one file would share a key,
// the one whose id sorts first keeps it and the others get "b", "c", … after it.
func Keys(studies []Study) []string {
	order := make([]int, len(studies))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(studies[a].ID, studies[b].ID) })
	keys := make([]string, len(studies))
	var ranker KeyRanker
	for n, i := range order {
		if n > 0 && studies[order[n-1]].ID == studies[i].ID {
			keys[i] = keys[order[n-1]]
			continue
		}
		keys[i] = ranker.Key(studies[i])
	}
	return keys
}

// KeyRanker gives the keys Keys gives, one study at a time, to studies that come in id order
// (each id once), as a bibliography written while it is read needs: the first study with a
// key keeps it, the next ones get "b", "c", …. It holds one count per distinct key.
type KeyRanker struct{ seen map[string]int }

// Key is the study's key, given every study before it.
func (k *KeyRanker) Key(s Study) string {
	if k.seen == nil {
		k.seen = map[string]int{}
	}
	key := baseKey(s)
	n := k.seen[key]
	k.seen[key] = n + 1
	if n > 0 {
		return key + suffix(n)
	}
	return key
}

// suffix is "b" for 1, "c" for 2, …, "z" for 25, then "ba", "bb", ….
func suffix(n int) string {
	s := ""
	for {
		s = string(rune('a'+n%26)) + s
		if n /= 26; n == 0 {
			return s
		}
	}
}

var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "on": true, "in": true, "and": true,
	"for": true, "to": true, "with": true, "by": true, "at": true, "as": true, "from": true, "is": true, "are": true}

func baseKey(s Study) string {
	name := "anon"
	if names := ParseAuthors(s.Authors); len(names) > 0 {
		if n := asciiWord(names[0].Family); n != "" {
			name = n
		}
	}
	year := ""
	if s.Year != 0 {
		year = strconv.Itoa(s.Year)
	}
	word := ""
	for _, w := range strings.FieldsFunc(s.Title, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' || r == ':' || r == '/'
	}) {
		if a := asciiWord(w); a != "" && !smallWords[a] {
			word = a
			break
		}
	}
	return name + year + word
}

// asciiWord folds s to lower-case ASCII letters and digits, dropping accents and everything
// else ("Çetinarslan" gives "cetinarslan", "Fölster-Holst" "folsterholst").
func asciiWord(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if f, ok := foldLetters[r]; ok {
			b.WriteString(f)
			continue
		}
		r = unicode.ToLower(r)
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var foldLetters = map[rune]string{'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l",
	'ı': "i", 'œ': "oe", 'Œ': "oe", 'đ': "d", 'Đ': "d", 'þ': "th", 'Þ': "th"}

// bibEntry writes a study as a BibTeX entry under its key, with LaTeX escapes for special
// and accented characters. Journal studies are @article, conference abstracts
// @inproceedings (the venue as booktitle), anything else @misc. A study without authors
// gets BibTeX's key field (its title), which the standard styles sort and label by instead.
func bibEntry(b *strings.Builder, s Study, key string) {
	typ := "misc"
	switch kindOf(s) {
	case kindArticle:
		typ = "article"
	case kindConference:
		typ = "inproceedings"
	}
	b.WriteString("@" + typ + "{" + key + ",\n")
	field := func(name, value string) {
		if value != "" {
			b.WriteString("  " + name + " = {" + value + "},\n")
		}
	}
	var authors []string
	for _, n := range ParseAuthors(s.Authors) {
		a := TeX(n.Family)
		if n.Initials != "" {
			a += ", " + TeX(n.Initials)
		}
		authors = append(authors, a)
	}
	field("author", strings.Join(authors, " and "))
	if len(authors) == 0 {
		field("key", TeX(s.Title))
	}
	field("title", texTitle(s.Title))
	switch typ {
	case "article":
		field("journal", TeX(s.Journal))
	case "inproceedings":
		field("booktitle", TeX(s.Journal))
	}
	if s.Year != 0 {
		field("year", strconv.Itoa(s.Year))
	}
	field("volume", TeX(s.Volume))
	field("number", TeX(s.Issue))
	if first, last := pageRange(s.Pages); last != "" {
		field("pages", TeX(first)+"--"+TeX(last))
	} else {
		field("pages", TeX(first))
	}
	field("doi", texVerbatim(s.DOI))
	field("url", texVerbatim(s.URL))
	field("pmid", TeX(s.PMID))
	b.WriteString("}\n")
}

// texTitle escapes a title and braces every word with a capital after its first letter
// (acronyms, "RCTs", "HN001", "Gut–Skin"), so that styles which lower-case titles keep them.
func texTitle(title string) string {
	words := strings.Split(title, " ")
	for i, w := range words {
		inner := false
		for j, r := range []rune(w) {
			if j > 0 && unicode.IsUpper(r) {
				inner = true
				break
			}
		}
		if inner {
			words[i] = "{" + TeX(w) + "}"
		} else {
			words[i] = TeX(w)
		}
	}
	return strings.Join(words, " ")
}

// texVerbatim escapes only what would end a BibTeX value or break LaTeX's url and doi
// commands: braces, backslashes and percent signs.
func texVerbatim(s string) string {
	r := strings.NewReplacer(`\`, `\textbackslash{}`, "{", `\{`, "}", `\}`, "%", `\%`)
	return r.Replace(s)
}

var texSpecial = map[rune]string{
	'\\': `\textbackslash{}`, '{': `\{`, '}': `\}`, '$': `\$`, '&': `\&`, '%': `\%`, '#': `\#`, '_': `\_`,
	'^': `\^{}`, '~': `\~{}`, '–': "--", '—': "---", '\u00a0': "~", '‘': "`", '’': "'", '“': "``", '”': "''",
	'…': `\ldots{}`, '²': `\textsuperscript{2}`, '³': `\textsuperscript{3}`, '°': `\textdegree{}`,
	'±': `$\pm$`, '×': `$\times$`, '≥': `$\geq$`, '≤': `$\leq$`, 'µ': `$\mu$`, 'μ': `$\mu$`, 'α': `$\alpha$`,
	'β': `$\beta$`, 'γ': `$\gamma$`, 'κ': `$\kappa$`, '−': `$-$`,
	'ß': `{\ss}`, 'æ': `{\ae}`, 'Æ': `{\AE}`, 'ø': `{\o}`, 'Ø': `{\O}`, 'ł': `{\l}`, 'Ł': `{\L}`, 'ı': `{\i}`,
	'œ': `{\oe}`, 'Œ': `{\OE}`, 'å': `{\aa}`, 'Å': `{\AA}`,
}

// texAccents are the LaTeX commands for combining accents.
var texAccents = map[rune]string{
	'\u0300': "`", '\u0301': "'", '\u0302': "^", '\u0303': "~", '\u0308': `"`, '\u0304': "=", '\u0307': ".",
	'\u030a': `r `, '\u0327': `c `, '\u030c': `v `, '\u0306': `u `, '\u030b': `H `, '\u0328': `k `, '\u0323': `d `,
}

// TeX escapes text for a BibTeX value: LaTeX's special characters, dashes and quotes, and
// accented letters as accent commands in braces ("é" becomes {\'e}, "ç" {\c c}). Characters
// with no command here are kept as they are (UTF-8).
func TeX(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		if t, ok := texSpecial[r]; ok {
			b.WriteString(t)
			continue
		}
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		b.WriteString(texAccent(r))
	}
	return b.String()
}

// texAccent writes a letter with one accent as {\'e}; anything else as it is.
func texAccent(r rune) string {
	d := []rune(norm.NFD.String(string(r)))
	if len(d) != 2 || d[0] >= 0x80 {
		return string(r)
	}
	cmd, ok := texAccents[d[1]]
	if !ok {
		return string(r)
	}
	base := string(d[0])
	switch d[0] {
	case 'i':
		base = `\i`
	case 'j':
		base = `\j`
	}
	return `{\` + cmd + base + `}`
}
