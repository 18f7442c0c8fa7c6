package model

import "gutskin/cite"

// AuthorNames are the study's authors parsed (cite.ParseAuthor), in publication order.
func (x Study) AuthorNames() []PersonName {
	names := cite.ParseAuthors(x.strs("authors"))
	out := make([]PersonName, len(names))
	for i, n := range names {
		out[i] = PersonName{Family: n.Family, Given: optString(n.Given), Initials: optString(n.Initials), Display: n.Display()}
	}
	return out
}

// CiteStudy is the study's bibliographic record for the citation formats.
func (x Study) CiteStudy() cite.Study {
	return cite.Study{ID: x.ID(), Title: x.str("title"), Authors: x.strs("authors"), Year: derefInt(x.optInt("year")),
		Journal: x.str("journal"), Volume: x.str("volume"), Issue: x.str("issue"), Pages: x.str("pages"),
		DOI: x.str("doi"), URL: x.str("url"), PMID: x.str("pmid"), Design: x.str("design")}
}
