package httpapi

import (
	"html"
	"strings"

	"gutskin/cite"
)

// A study page (/explore/study/{id}) carries the study's Highwire citation_* meta tags in the
// head of the HTML as served (ldHead adds them from the row it reads for the JSON-LD), so that
// a reference manager reading the page (Zotero does not run the app) finds the citation.

// HighwireHTML writes a study's citation meta tags, one per line, HTML-escaped.
func HighwireHTML(s cite.Study) string {
	var b strings.Builder
	for _, m := range cite.Highwire(s) {
		b.WriteString(`<meta name="` + html.EscapeString(m.Name) + `" content="` + html.EscapeString(m.Content) + "\">\n")
	}
	return b.String()
}
