package httpapi

import (
	"cmp"
	"context"
	"html"
	"net/http"
	"strings"
	"time"

	"gutskin/cite"
	"gutskin/graph"
	"gutskin/jsonld"
)

// citationHead gives an explorer study page (/explore/study/{id}) the study's Highwire
// citation_* meta tags, for the head of the HTML as served, so that a reference manager
// reading the page (Zotero does not run the app) finds the citation. An id that names no
// study, or a store that does not answer, gives nothing: the page is served without tags and
// the app then says what is wrong.
func citationHead(d Deps) HeadStep {
	res := &graph.Resolver{Store: d.Store, Limits: d.Limits}
	return func(r *http.Request) []byte {
		id, ok := jsonld.IDOfPage(r.URL.Path)
		if !ok || !strings.HasPrefix(id, "study:") {
			return nil
		}
		ctx, cancel := context.WithTimeout(r.Context(), cmp.Or(d.RequestTimeout, 5*time.Second))
		defer cancel()
		studies, err := res.CitedStudies(ctx, []string{id})
		if err != nil || len(studies) != 1 {
			return nil
		}
		return []byte(HighwireHTML(studies[0]))
	}
}

// HighwireHTML writes a study's citation meta tags, one per line, HTML-escaped.
func HighwireHTML(s cite.Study) string {
	var b strings.Builder
	for _, m := range cite.Highwire(s) {
		b.WriteString(`<meta name="` + html.EscapeString(m.Name) + `" content="` + html.EscapeString(m.Content) + "\">\n")
	}
	return b.String()
}
