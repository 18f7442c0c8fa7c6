package cite

import (
	"strconv"
	"strings"
)

// risType is the RIS reference type of a study.
func risType(s Study) string {
	switch kindOf(s) {
	case kindArticle:
		return "JOUR"
	case kindConference:
		return "CONF"
	case kindWeb:
		return "ELEC"
	}
	return "GEN"
}

// risRecord writes a study as a RIS record under its key: it opens with its TY line and
// closes with "ER  - "; lines end in CR LF, as the format asks. AU carries one author each
// ("Family, I."), T2 the journal (or the conference), AN the PubMed id.
func risRecord(b *strings.Builder, s Study, key string) {
	line := func(tag, value string) {
		value = strings.Join(strings.Fields(value), " ")
		if value != "" {
			b.WriteString(tag + "  - " + value + "\r\n")
		}
	}
	line("TY", risType(s))
	line("ID", key)
	line("TI", s.Title)
	for _, n := range ParseAuthors(s.Authors) {
		line("AU", n.Display())
	}
	if s.Year != 0 {
		line("PY", strconv.Itoa(s.Year))
	}
	line("T2", s.Journal)
	line("VL", s.Volume)
	line("IS", s.Issue)
	first, last := pageRange(s.Pages)
	line("SP", first)
	line("EP", last)
	line("DO", s.DOI)
	line("UR", s.URL)
	line("AN", s.PMID)
	b.WriteString("ER  - \r\n")
}
