package graph

import (
	"context"
	"strings"

	"gutskin/cite"
	"gutskin/graph/model"
	"gutskin/kg"
)

// MaxCitedStudies bounds the studies of one bibliography file.
const MaxCitedStudies = 200

// citeSelection reads what a citation needs of a study.
var citeSelection = &kg.Selection{Props: derivedProps["Study"]["citation"]}

var citationFormats = map[model.CitationFormat]cite.Format{
	model.CitationFormatCslJSON: cite.CSLJSON,
	model.CitationFormatBibtex:  cite.BibTeX,
	model.CitationFormatRis:     cite.RIS,
}

// citation writes one study in a format (Study.citation).
func citation(s *model.Study, format model.CitationFormat) (string, error) {
	f, ok := citationFormats[format]
	if !ok {
		return "", invalidf("argument \"format\": %q is not a citation format", format)
	}
	out, err := cite.Write(f, []cite.Study{s.CiteStudy()})
	return string(out), err
}

func citeStudies(rows []kg.Row) []cite.Study {
	out := make([]cite.Study, 0, len(rows))
	for _, s := range wrapRows[model.Study](rows) {
		out = append(out, s.CiteStudy())
	}
	return out
}

// CitedStudies are the studies with the given ids, in the order given (each once), for a
// bibliography: BAD_USER_INPUT for an id that is not a study id or too many ids, NOT_FOUND
// for a study that does not exist.
func (r *Resolver) CitedStudies(ctx context.Context, ids []string) ([]cite.Study, error) {
	var unique []string
	seen := map[string]bool{}
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id == "" || seen[id] {
			continue
		}
		if err := idOf("ids", id, kg.KindStudy); err != nil {
			return nil, err
		}
		seen[id] = true
		unique = append(unique, id)
	}
	if len(unique) == 0 {
		return nil, invalidf("argument \"ids\": give at least one study id")
	}
	if len(unique) > MaxCitedStudies {
		return nil, invalidf("argument \"ids\": at most %d studies in one file, not %d", MaxCitedStudies, len(unique))
	}
	rows, err := r.Store.Fetch(ctx, unique, citeSelection)
	if err != nil {
		return nil, err
	}
	for i, row := range rows {
		if row == nil || kg.Kind(rowStr(row, "kind")) != kg.KindStudy {
			return nil, kg.Errorf(kg.ENOTFOUND, "no study has the id %q", unique[i])
		}
	}
	return citeStudies(rows), nil
}

// ClaimStudies are the studies a claim lists as its evidence, in the claim's order (each
// once); a claim merged into another answers with the claim it became.
func (r *Resolver) ClaimStudies(ctx context.Context, id string) ([]cite.Study, error) {
	if err := idOf("claim", id, kg.KindClaim); err != nil {
		return nil, err
	}
	link, _ := kg.LinkOf("Claim", "evidence")
	sel := &kg.Selection{Links: []kg.LinkSelection{{Key: "evidence", Link: *link, To: citeSelection}}}
	rows, err := r.Store.Fetch(ctx, []string{id}, sel)
	if err != nil {
		return nil, err
	}
	row := rows[0]
	if row == nil {
		if row, err = r.Store.FetchMerged(ctx, id, sel); err != nil {
			return nil, err
		}
	}
	if row == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no claim has the id %q", id)
	}
	claim, ok := model.Wrap(row).(model.Claim)
	if !ok {
		return nil, kg.Errorf(kg.ENOTFOUND, "no claim has the id %q", id)
	}
	evidence, err := claim.Evidence()
	if err != nil {
		return nil, err
	}
	var out []cite.Study
	seen := map[string]bool{}
	for _, e := range evidence {
		s, err := e.Study()
		if err != nil {
			return nil, err
		}
		if s == nil || seen[s.ID()] {
			continue
		}
		seen[s.ID()] = true
		out = append(out, s.CiteStudy())
	}
	return out, nil
}

// FilteredStudies are the studies the studies root field lists for the same filter and
// order, all of them up to MaxCitedStudies (more is BAD_USER_INPUT: narrow the filter).
func (r *Resolver) FilteredStudies(ctx context.Context, filter *model.StudyFilter, orderBy *model.StudyOrder) ([]cite.Study, error) {
	q, err := studyQuery(filter, orderBy)
	if err != nil {
		return nil, err
	}
	q.Page = kg.Page{First: MaxCitedStudies + 1}
	res, err := r.Store.Page(ctx, q, citeSelection, false)
	if err != nil {
		return nil, err
	}
	if len(res.Rows) > MaxCitedStudies {
		return nil, invalidf("more than %d studies match; narrow the filter", MaxCitedStudies)
	}
	return citeStudies(res.Rows), nil
}
