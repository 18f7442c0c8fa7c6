package seed

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gutskin/kg"
)

// studies.yaml: the records of studies.yaml (see FORMAT.md).

type study struct {
	ID         string   `yaml:"id"`
	Title      string   `yaml:"title"`
	Authors    []string `yaml:"authors"`
	Year       int      `yaml:"year"`
	Journal    string   `yaml:"journal"`
	Volume     string   `yaml:"volume"`
	Issue      string   `yaml:"issue"`
	Pages      string   `yaml:"pages"`
	DOI        string   `yaml:"doi"`
	URL        string   `yaml:"url"`
	PMID       string   `yaml:"pmid"`
	CitedTitle string   `yaml:"citedTitle"`
	// Verified lists fields checked against public records and where; RecordNote says what
	// could not be verified. IDKeptBecause records why a study that gained a DOI keeps the
	// slug id it was published under.
	Verified      []verification  `yaml:"verified"`
	RecordNote    string          `yaml:"recordNote"`
	IDKeptBecause string          `yaml:"idKeptBecause"`
	Design        string          `yaml:"design"`
	Population    string          `yaml:"population"`
	SampleSize    *int            `yaml:"sampleSize"`
	Duration      string          `yaml:"duration"`
	Summary       string          `yaml:"summary"`
	CitedBy       []citation      `yaml:"citedBy"`
	Provenance    []kg.Provenance `yaml:"provenance"`
}
type verification struct {
	Fields []string `yaml:"fields"`
	SeenIn string   `yaml:"seenIn"`
}
type citation struct {
	Source string `yaml:"source"`
	Number int    `yaml:"number"`
}

var _ = register(&records[study]{
	file:        "studies.yaml",
	kind:        kg.KindStudy,
	indexRecord: indexCitations,
	checkRecord: func(l *loader, _ int, at located, r study) {
		l.required(at, r.ID, "title", r.Title)
		l.required(at, r.ID, "summary", r.Summary)
		if r.Year < 1900 || r.Year > 2100 {
			l.add(at, r.ID, "year", "missing or implausible: %d", r.Year)
		}
		l.enum(at, r.ID, "design", r.Design, "StudyDesign")
		if r.DOI != "" {
			if d, err := NormalizeDOI(r.DOI); err != nil {
				l.add(at, r.ID, "doi", "%v", err)
			} else if d != r.DOI {
				l.add(at, r.ID, "doi", "give the bare DOI %q, without a prefix or spaces", d)
			}
		}
		if r.SampleSize != nil && *r.SampleSize < 1 {
			l.add(at, r.ID, "sampleSize", "must be positive")
		}
		l.provenance(at, r.ID, r.Provenance)
		checkRecordFields(l, at, r)
	},
	buildRecord: func(b *builder, r study) {
		sampleKey := -1
		if r.SampleSize != nil {
			sampleKey = *r.SampleSize
		}
		names := append([]string{r.DOI}, r.Authors...)
		if r.Year > 0 {
			names = append(names, strconv.Itoa(r.Year))
		}
		b.node(r.ID, kg.KindStudy, r.Title, names, r.Summary+" "+r.Journal, r.Provenance, map[string]any{
			"title": r.Title, "authors": list(r.Authors), "year": r.Year, "journal": r.Journal,
			"volume": r.Volume, "issue": r.Issue, "pages": r.Pages, "doi": r.DOI, "doiLower": strings.ToLower(r.DOI),
			"url": r.URL, "design": r.Design, "population": r.Population, "sampleSize": r.SampleSize,
			"sampleSizeKey": sampleKey, "duration": r.Duration, "summary": r.Summary,
			"pmid": r.PMID, "citedTitle": r.CitedTitle, "recordStatus": recordJSON(recordStatus(r)),
			"searchRefs": citationTokens(r.CitedBy),
		})
		for _, c := range r.CitedBy {
			b.relation(kg.RelCites, c.Source, r.ID, kg.MaturityEstablished, []kg.Provenance{{Source: c.Source, Section: "Reference list", Citations: []int{c.Number}}},
				map[string]any{"number": c.Number, "citeKey": fmt.Sprintf("%s#%d", c.Source, c.Number)})
		}
	},
})

// citationTokens are the words the search index finds a study by its citation numbers:
// "ref24" for a study some source cites as 24 (see kg.ParseSearch).
func citationTokens(cited []citation) string {
	var words []string
	for _, c := range cited {
		words = append(words, kg.CitationToken(c.Number))
	}
	return strings.Join(words, " ")
}

// indexCitations records which study each source cites under which number, before any
// provenance is checked against them, and checks DOIs are unique.
func indexCitations(l *loader, at located, r study) {
	if len(r.CitedBy) == 0 && !readByCurator(r.Provenance) {
		l.add(at, r.ID, "citedBy", "missing: a study is cited by a source, or added by a curator who read it (a curated provenance entry naming its publication)")
	}
	for i, c := range r.CitedBy {
		field := fmt.Sprintf("citedBy[%d]", i)
		l.ref(at, r.ID, field+".source", c.Source, kg.KindSource)
		if c.Number < 1 {
			l.add(at, r.ID, field+".number", "must be 1 or more")
			continue
		}
		if prev, dup := l.citations[c.Source][c.Number]; dup {
			l.add(at, r.ID, field+".number", "%s already cites %s under number %d", c.Source, prev, c.Number)
			continue
		}
		if l.citations[c.Source] != nil {
			l.citations[c.Source][c.Number] = r.ID
		}
	}
	if r.DOI != "" {
		if r.ID != "study:"+r.DOI && strings.TrimSpace(r.IDKeptBecause) == "" {
			l.add(at, r.ID, "id", "a study with a DOI has the id \"study:%s\", unless idKeptBecause says why it keeps an id already published", r.DOI)
		}
		if r.ID == "study:"+r.DOI && r.IDKeptBecause != "" {
			l.add(at, r.ID, "idKeptBecause", "the id is already study:<DOI>; nothing is kept")
		}
		if prev, dup := l.dois[strings.ToLower(r.DOI)]; dup {
			l.add(at, r.ID, "doi", "duplicate of %s", prev)
		}
		l.dois[strings.ToLower(r.DOI)] = r.ID
	}
}

// checkRecordFields holds a study's verification to what it claims: each verified field is
// a bibliographic field the record gives, with where it was seen.
func checkRecordFields(l *loader, at located, r study) {
	if r.PMID != "" && !digits.MatchString(r.PMID) {
		l.add(at, r.ID, "pmid", "%q is not a PubMed id (digits only)", r.PMID)
	}
	if r.CitedTitle != "" && r.CitedTitle == r.Title {
		l.add(at, r.ID, "citedTitle", "same as the title; give it only when the citing document words the title differently")
	}
	for i, v := range r.Verified {
		field := fmt.Sprintf("verified[%d]", i)
		l.required(at, r.ID, field+".seenIn", v.SeenIn)
		if len(v.Fields) == 0 {
			l.add(at, r.ID, field+".fields", "missing: name the fields seen there")
		}
		for _, f := range v.Fields {
			if !slices.Contains(kg.BibliographicFields, f) {
				l.add(at, r.ID, field+".fields", "unknown field %q; want one of %s", f, strings.Join(kg.BibliographicFields, ", "))
			} else if !given(r, f) {
				l.add(at, r.ID, field+".fields", "%s is verified but the record does not give it", f)
			}
		}
	}
}

var digits = regexp.MustCompile(`^[0-9]+$`)

// given reports whether the record gives a bibliographic field.
func given(r study, field string) bool {
	switch field {
	case "title":
		return r.Title != ""
	case "authors":
		return len(r.Authors) > 0
	case "year":
		return r.Year != 0
	case "journal":
		return r.Journal != ""
	case "volume":
		return r.Volume != ""
	case "issue":
		return r.Issue != ""
	case "pages":
		return r.Pages != ""
	case "doi":
		return r.DOI != ""
	case "pmid":
		return r.PMID != ""
	case "url":
		return r.URL != ""
	}
	return false
}

// recordStatus says how complete a study's record is: complete when title, authors, year,
// journal and a DOI, PMID or URL are given; which fields were verified where; which rest
// only on the citing document.
func recordStatus(r study) kg.RecordStatus {
	st := kg.RecordStatus{Missing: []string{}, Verified: []kg.VerifiedField{}, Unverified: []string{}, Note: r.RecordNote}
	for _, f := range []string{"title", "authors", "year", "journal"} {
		if !given(r, f) {
			st.Missing = append(st.Missing, f)
		}
	}
	if !given(r, "doi") && !given(r, "pmid") && !given(r, "url") {
		st.Missing = append(st.Missing, "doi")
	}
	st.Complete = len(st.Missing) == 0
	seen := map[string][]string{}
	for _, v := range r.Verified {
		for _, f := range v.Fields {
			seen[f] = append(seen[f], v.SeenIn)
		}
	}
	for _, f := range kg.BibliographicFields {
		switch {
		case !given(r, f):
		case seen[f] != nil:
			st.Verified = append(st.Verified, kg.VerifiedField{Field: f, SeenIn: seen[f]})
		default:
			st.Unverified = append(st.Unverified, f)
		}
	}
	return st
}

func recordJSON(st kg.RecordStatus) string {
	b, _ := json.Marshal(st)
	return string(b)
}
