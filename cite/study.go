package cite

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Study is the bibliographic record of one study (kg.KindStudy's properties); empty strings
// and a zero year are fields the record does not give.
type Study struct {
	ID      string
	Title   string
	Authors []string
	Year    int
	Journal string
	Volume  string
	Issue   string
	Pages   string
	DOI     string
	URL     string
	PMID    string
	// Design is a StudyDesign value (CONFERENCE_ABSTRACT, NARRATIVE_REVIEW, …).
	Design string
}

// Format is a citation format.
type Format string

// The formats.
const (
	CSLJSON Format = "csl-json"
	BibTeX  Format = "bibtex"
	RIS     Format = "ris"
)

// Formats lists every format.
var Formats = []Format{CSLJSON, BibTeX, RIS}

// ParseFormat reads a format's name as the HTTP endpoint and the explorer write it
// (csl-json, bibtex, ris; also the GraphQL enum's CSL_JSON, BIBTEX, RIS), in any case.
func ParseFormat(s string) (Format, bool) {
	switch strings.ToLower(strings.ReplaceAll(s, "_", "-")) {
	case "csl-json", "csl", "csljson":
		return CSLJSON, true
	case "bibtex", "bib":
		return BibTeX, true
	case "ris":
		return RIS, true
	}
	return "", false
}

// ContentType is the media type of a file in the format.
func (f Format) ContentType() string {
	switch f {
	case CSLJSON:
		return "application/vnd.citationstyles.csl+json"
	case BibTeX:
		return "application/x-bibtex; charset=utf-8"
	case RIS:
		return "application/x-research-info-systems; charset=utf-8"
	}
	return "application/octet-stream"
}

// Extension is the usual file name extension of the format, with its dot.
func (f Format) Extension() string {
	switch f {
	case CSLJSON:
		return ".json"
	case BibTeX:
		return ".bib"
	case RIS:
		return ".ris"
	}
	return ""
}

// Write writes the studies as one file in the format, in the order given, with the keys
// Keys gives them.
func Write(f Format, studies []Study) ([]byte, error) {
	var b bytes.Buffer
	w, err := NewWriter(&b, f)
	if err != nil {
		return nil, err
	}
	for i, key := range Keys(studies) {
		if err := w.Write(studies[i], key); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Writer writes one bibliography file a study at a time, so that a bibliography of any
// size is never held whole. The caller gives each study's key: Keys for studies in hand,
// a KeyRanker for studies read in id order.
type Writer struct {
	w io.Writer
	f Format
	n int
}

// NewWriter starts a bibliography in the format on w.
func NewWriter(w io.Writer, f Format) (*Writer, error) {
	if !slices.Contains(Formats, f) {
		return nil, fmt.Errorf("cite: unknown format %q", f)
	}
	return &Writer{w: w, f: f}, nil
}

// Write adds a study, under its key (BibTeX and RIS; CSL-JSON items have none).
func (w *Writer) Write(s Study, key string) error {
	var b strings.Builder
	switch w.f {
	case CSLJSON:
		item, err := cslJSON(cslItemOf(s))
		if err != nil {
			return err
		}
		b.WriteString(map[bool]string{true: "[\n  ", false: ",\n  "}[w.n == 0])
		b.Write(item)
	case BibTeX:
		if w.n > 0 {
			b.WriteString("\n")
		}
		bibEntry(&b, s, key)
	case RIS:
		if w.n > 0 {
			b.WriteString("\r\n")
		}
		risRecord(&b, s, key)
	}
	w.n++
	_, err := io.WriteString(w.w, b.String())
	return err
}

// Close ends the file (a CSL-JSON array's bracket); it does not close the underlying writer.
func (w *Writer) Close() error {
	if w.f != CSLJSON {
		return nil
	}
	end := "\n]\n"
	if w.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(w.w, end)
	return err
}

// kind is what sort of publication a study is, for the formats' record types.
type kind int

const (
	kindArticle    kind = iota // in a journal
	kindConference             // a conference abstract
	kindWeb                    // no venue, a web address
	kindOther                  // neither venue nor address
)

func kindOf(s Study) kind {
	switch {
	case s.Design == "CONFERENCE_ABSTRACT":
		return kindConference
	case s.Journal != "":
		return kindArticle
	case s.URL != "":
		return kindWeb
	}
	return kindOther
}

// pageRange splits pages into first and last page. Only two numbers (or two numbers with the
// same letter prefix, "S12-S15") make a range: "353" and the article number "e2096995" have
// no last page, and "S-1165" is one page. An abbreviated last page is written out in full
// ("170-78" is 170 to 178).
func pageRange(pages string) (first, last string) {
	pages = strings.TrimSpace(pages)
	for _, sep := range []string{"–", "—", "--", "-"} {
		f, l, ok := strings.Cut(pages, sep)
		if !ok {
			continue
		}
		f, l = strings.TrimSpace(f), strings.TrimSpace(l)
		pf, nf := splitNumber(f)
		pl, nl := splitNumber(l)
		if nf == "" || nl == "" || (pl != "" && pl != pf) {
			return pages, ""
		}
		if pl == "" && len(nl) < len(nf) {
			nl = nf[:len(nf)-len(nl)] + nl
		}
		return f, pf + nl
	}
	return pages, ""
}

// splitNumber splits "S12" into "S" and "12"; a string that does not end in digits after
// at most one letter gives "".
func splitNumber(s string) (prefix, digits string) {
	i := 0
	for i < len(s) && !(s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i > 1 || strings.TrimLeft(s[i:], "0123456789") != "" {
		return "", ""
	}
	return s[:i], s[i:]
}
