package seed

import (
	"fmt"
	"maps"
	"strings"

	"gutskin/kg"
)

// Checking one record against the stored graph: the mutations of the API validate with the
// very rules the loader applies to a file's records, and build what they store with the
// same code. References are answered by a Lookup of the stored graph instead of the
// records of the other files.

// The record types a mutation may check, named for use outside the package.
type (
	StudyRecord        = study
	CitationRecord     = citation
	ClaimRecord        = claim
	EvidenceRecord     = evidence
	PositionRecord     = position
	FormerIDRecord     = formerID
	RelationshipRecord = relationship
)

// Known is a Lookup over a map of ids to kinds, such as a store returns.
type Known map[string]kg.Kind

func (k Known) KindOf(id string) (kg.Kind, bool) {
	kind, ok := k[id]
	return kind, ok
}

// CitationLookup, when a Lookup also implements it, gives the citation numbers a source
// already uses (number → study id), so that a new record's numbers are checked against
// them as the loader checks them against the other records.
type CitationLookup interface {
	CitationsOf(source string) map[int]string
}

// Mode says which of a record's rules apply.
type Mode int

const (
	// Creating runs every rule, the file-wide ones of the index step too (a study's id
	// follows its DOI, every study is cited by a source).
	Creating Mode = iota
	// Updating runs the per-record rules only: an existing record keeps its id and links.
	Updating
)

// Check validates one record of type T (a StudyRecord, a ClaimRecord, …) against what
// known holds and returns the graph the loader would build from it, or the problems found.
// Problems name the record's fields by their YAML names (e.g. "citedBy[0].source").
func Check[T any](rec T, known Lookup, mode Mode) (kg.Graph, []Problem) {
	var file *records[T]
	for _, f := range registered {
		if r, ok := f.(*records[T]); ok {
			file = r
		}
	}
	if file == nil {
		panic(fmt.Sprintf("seed: no seed file holds records of type %T", rec))
	}
	l := &loader{ids: registry{}, known: known}
	l.citations, l.dois, l.seenRelations = map[string]map[int]string{}, map[string]string{}, map[string]located{}
	if c, ok := known.(CitationLookup); ok {
		for _, id := range References(rec, mode) {
			if m := c.CitationsOf(id); m != nil {
				l.citations[id] = maps.Clone(m)
			}
		}
	}
	at := located{file: "input", line: 0, kind: file.kind}
	id := ""
	if file.kind != "" {
		id = fieldString(rec, "ID")
		l.checkID(at, id)
	}
	if mode == Creating && file.indexRecord != nil {
		file.indexRecord(l, at, rec)
	}
	l.checkText(at, id, rec)
	file.checkRecord(l, 0, at, rec)
	if len(l.problems) > 0 {
		return kg.Graph{}, l.problems
	}
	b := &builder{}
	file.buildOne(b, rec)
	return b.g, nil
}

// References lists the ids a record refers to, so that a caller can look up their kinds
// before checking it.
func References[T any](rec T, mode Mode) []string {
	var r recorder
	Check(rec, &r, mode)
	return r.ids
}

type recorder struct{ ids []string }

func (r *recorder) KindOf(id string) (kg.Kind, bool) {
	r.ids = append(r.ids, id)
	return "", false
}

// NormalizeDOI returns a DOI without a resolver or "doi:" prefix and surrounding space, or
// a problem with its syntax.
func NormalizeDOI(doi string) (string, error) {
	d := strings.TrimSpace(doi)
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "DOI:"} {
		if len(d) >= len(p) && strings.EqualFold(d[:len(p)], p) {
			d = strings.TrimSpace(d[len(p):])
		}
	}
	// A resolver address copied with its trailing slash names the same DOI.
	d = strings.TrimRight(d, "/")
	if !doiSyntax.MatchString(d) {
		return "", fmt.Errorf("%q is not a DOI: want \"10.\", a registrant number, \"/\" and a suffix, e.g. 10.3390/microorganisms9020353", doi)
	}
	return d, nil
}

// NormalizePublication writes a publication a curator read as a CURIE in normal form: a DOI
// in any common spelling becomes "doi:" and the bare DOI (case kept, as registered; DOIs
// compare case-insensitively), a PubMed id "PMID:" and its digits.
func NormalizePublication(ref string) (string, error) {
	r := strings.TrimSpace(ref)
	for _, p := range []string{"PMID:", "pmid:", "PMID ", "https://pubmed.ncbi.nlm.nih.gov/"} {
		if strings.HasPrefix(r, p) {
			id := strings.Trim(strings.TrimSpace(r[len(p):]), "/")
			if id == "" || strings.Trim(id, "0123456789") != "" {
				return "", fmt.Errorf("%q is not a PubMed id: want PMID: and digits, e.g. PMID:33572431", ref)
			}
			return "PMID:" + id, nil
		}
	}
	d, err := NormalizeDOI(r)
	if err != nil {
		return "", fmt.Errorf("%q names no publication: want a DOI (doi:10.…) or a PubMed id (PMID:…)", ref)
	}
	return "doi:" + d, nil
}
