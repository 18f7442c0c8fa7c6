package cite

import "strconv"

// Meta is one HTML meta tag: <meta name="Name" content="Content">.
type Meta struct{ Name, Content string }

// Highwire are the Highwire Press citation_* meta tags of a study, the ones Zotero, Mendeley
// and Google Scholar read from a page: title, one citation_author per author ("Family, I."),
// the year, the journal (citation_conference_title for a conference abstract), volume, issue,
// first and last page, DOI and PubMed id. Fields the record does not give are left out.
func Highwire(s Study) []Meta {
	var out []Meta
	add := func(name, value string) {
		if value != "" {
			out = append(out, Meta{name, value})
		}
	}
	add("citation_title", s.Title)
	for _, n := range ParseAuthors(s.Authors) {
		add("citation_author", n.Display())
	}
	if s.Year != 0 {
		add("citation_publication_date", strconv.Itoa(s.Year))
	}
	if kindOf(s) == kindConference {
		add("citation_conference_title", s.Journal)
	} else {
		add("citation_journal_title", s.Journal)
	}
	add("citation_volume", s.Volume)
	add("citation_issue", s.Issue)
	first, last := pageRange(s.Pages)
	add("citation_firstpage", first)
	add("citation_lastpage", last)
	add("citation_doi", s.DOI)
	add("citation_pmid", s.PMID)
	if s.DOI == "" {
		add("citation_public_url", s.URL)
	}
	return out
}
