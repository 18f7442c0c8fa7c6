package cite

import (
	"bytes"
	"encoding/json"
)

// cslItem is one CSL-JSON item; the field order is the output's.
type cslItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title,omitempty"`
	Author         []cslName `json:"author,omitempty"`
	Issued         *cslDate  `json:"issued,omitempty"`
	ContainerTitle string    `json:"container-title,omitempty"`
	Volume         string    `json:"volume,omitempty"`
	Issue          string    `json:"issue,omitempty"`
	Page           string    `json:"page,omitempty"`
	DOI            string    `json:"DOI,omitempty"`
	URL            string    `json:"URL,omitempty"`
	PMID           string    `json:"PMID,omitempty"`
}

type cslName struct {
	Family string `json:"family"`
	Given  string `json:"given,omitempty"`
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// cslType is the CSL item type of a study.
func cslType(s Study) string {
	switch kindOf(s) {
	case kindArticle:
		return "article-journal"
	case kindConference:
		return "paper-conference"
	case kindWeb:
		return "webpage"
	}
	return "article"
}

// cslItemOf is a study as a CSL-JSON item (the format citeproc processors and Zotero read).
// The schema has no citation key: an item's id is the study's id.
func cslItemOf(s Study) cslItem {
	it := cslItem{ID: s.ID, Type: cslType(s), Title: s.Title,
		ContainerTitle: s.Journal, Volume: s.Volume, Issue: s.Issue, Page: cslPage(s.Pages),
		DOI: s.DOI, URL: s.URL, PMID: s.PMID}
	for _, n := range ParseAuthors(s.Authors) {
		it.Author = append(it.Author, cslName{Family: n.Family, Given: n.Initials})
	}
	if s.Year != 0 {
		it.Issued = &cslDate{DateParts: [][]int{{s.Year}}}
	}
	return it
}

// cslJSON is an item as one element of an indented array.
func cslJSON(it cslItem) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(it); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// cslPage writes a page range with a hyphen, as CSL expects.
func cslPage(pages string) string {
	first, last := pageRange(pages)
	if last == "" {
		return first
	}
	return first + "-" + last
}
