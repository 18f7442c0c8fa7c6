package httpapi

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"gutskin/cite"
	"gutskin/graph"
	"gutskin/graph/model"
	"gutskin/kg"
)

// citeParams are the query parameters /cite/{format} reads; anything else is refused, so
// that a misspelt filter does not silently export every study.
var citeParams = map[string]bool{"ids": true, "claim": true, "strain": true, "condition": true, "mechanism": true,
	"source": true, "design": true, "yearFrom": true, "yearTo": true, "rollUp": true, "order": true, "direction": true}

// citeStatus is the HTTP status of each application error code.
var citeStatus = map[string]int{kg.EINVALID: http.StatusBadRequest, kg.ENOTFOUND: http.StatusNotFound,
	kg.EUNAVAILABLE: http.StatusServiceUnavailable, kg.ETIMEOUT: http.StatusServiceUnavailable,
	kg.EOVERLOADED: http.StatusServiceUnavailable, kg.ELIMIT: http.StatusBadRequest}

var citeCodes = map[string]string{kg.EINVALID: graph.CodeBadUserInput, kg.ENOTFOUND: graph.CodeNotFound,
	kg.EUNAVAILABLE: graph.CodeUnavailable, kg.ETIMEOUT: graph.CodeTimeout, kg.EOVERLOADED: graph.CodeOverloaded,
	kg.ELIMIT: graph.CodeRoundTrips}

// citeHandler serves GET /cite/{format} (csl-json, bibtex, ris): one bibliography file of
//
//   - ?ids=study:a,study:b   these studies, in this order (a pathway hop's, a comparison's);
//   - ?claim=claim:x         the studies a claim lists as its evidence;
//   - otherwise              the studies list's filter: strain, condition, mechanism, source,
//     design (repeated or comma-separated), yearFrom, yearTo, rollUp, order (title, year,
//     sampleSize) and direction (asc, desc); no filter at all is every study.
//
// At most graph.MaxCitedStudies studies; errors are coded as on /query (400 BAD_USER_INPUT,
// 404 NOT_FOUND for a study or claim that does not exist).
func citeHandler(d Deps) http.Handler {
	res := &graph.Resolver{Store: d.Store, Limits: d.Limits}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		site := r.Header.Get("Sec-Fetch-Site")
		if (site == "cross-site" || site == "same-site") && r.Header.Get("Sec-Fetch-Mode") != "navigate" {
			clientError(w, r, refuse(http.StatusForbidden, graph.CodeForbidden, "a bibliography is not served to scripts of other sites; follow a link to it instead"))
			return
		}
		format, ok := cite.ParseFormat(r.PathValue("format"))
		if !ok {
			clientError(w, r, refuse(http.StatusNotFound, graph.CodeNotFound, "no citation format "+quote(r.PathValue("format"))+"; use csl-json, bibtex or ris"))
			return
		}
		q := r.URL.Query()
		for name := range q {
			if !citeParams[name] {
				clientError(w, r, refuse(http.StatusBadRequest, graph.CodeBadUserInput, "unknown parameter "+quote(name)))
				return
			}
		}
		ctx := r.Context()
		if d.RequestTimeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, d.RequestTimeout)
			defer cancel()
		}
		ctx = kg.WithRoundTrips(ctx, d.MaxRoundTrips)
		var studies []cite.Study
		var err error
		name := "studies"
		switch {
		case q.Has("ids") && q.Has("claim"):
			err = kg.Errorf(kg.EINVALID, "give either \"ids\" or \"claim\", not both")
		case q.Has("ids"):
			if len(q) > 1 {
				err = kg.Errorf(kg.EINVALID, "\"ids\" takes no filter beside it")
				break
			}
			var ids []string
			for _, v := range q["ids"] {
				ids = append(ids, strings.Split(v, ",")...)
			}
			if studies, err = res.CitedStudies(ctx, ids); err == nil && len(studies) == 1 {
				name = cite.Keys(studies)[0]
			}
		case q.Has("claim"):
			if len(q) > 1 {
				err = kg.Errorf(kg.EINVALID, "\"claim\" takes no filter beside it")
				break
			}
			claim := q.Get("claim")
			studies, err = res.ClaimStudies(ctx, claim)
			name = fileSlug(strings.TrimPrefix(claim, kg.KindClaim.Prefix())) + "-studies"
		default:
			var filter *model.StudyFilter
			var order *model.StudyOrder
			if filter, order, err = studyFilterOf(q); err == nil {
				studies, err = res.FilteredStudies(ctx, filter, order)
			}
		}
		if err != nil {
			code := kg.ErrorCode(err)
			status, known := citeStatus[code]
			if !known {
				loggerFrom(r).Error().Err(err).Msg("internal error in /cite")
				writeJSONError(w, http.StatusInternalServerError, graph.CodeInternal, "internal error")
				noteCode(r.Context(), graph.CodeInternal)
				return
			}
			clientError(w, r, refuse(status, citeCodes[code], kg.ErrorMessage(err)))
			return
		}
		body, err := cite.Write(format, studies)
		if err != nil {
			loggerFrom(r).Error().Err(err).Msg("writing a bibliography")
			writeJSONError(w, http.StatusInternalServerError, graph.CodeInternal, "internal error")
			return
		}
		h := w.Header()
		h.Set("Content-Type", format.ContentType())
		h.Set("Content-Disposition", `attachment; filename="gutskin-`+name+format.Extension()+`"`)
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Study-Count", strconv.Itoa(len(studies)))
		_, _ = w.Write(body)
	})
}

// fileSlug keeps a file name to lower-case letters, digits and hyphens, at most 60 of them.
func fileSlug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if b.Len() >= 60 {
			break
		}
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

var citeOrders = map[string]model.StudyOrderField{"title": model.StudyOrderFieldTitle, "year": model.StudyOrderFieldYear,
	"sampleSize": model.StudyOrderFieldSampleSize}

// studyFilterOf reads the studies list's filter from query parameters.
func studyFilterOf(q url.Values) (*model.StudyFilter, *model.StudyOrder, error) {
	f := &model.StudyFilter{}
	opt := func(name string) *string {
		if !q.Has(name) {
			return nil
		}
		v := q.Get(name)
		return &v
	}
	f.Strain, f.Condition, f.Mechanism, f.Source = opt("strain"), opt("condition"), opt("mechanism"), opt("source")
	for _, name := range []string{"yearFrom", "yearTo"} {
		if !q.Has(name) {
			continue
		}
		n, err := strconv.Atoi(q.Get(name))
		if err != nil {
			return nil, nil, kg.Errorf(kg.EINVALID, "%q must be a year, e.g. 2020", name)
		}
		if name == "yearFrom" {
			f.YearFrom = &n
		} else {
			f.YearTo = &n
		}
	}
	for _, v := range q["design"] {
		for _, d := range strings.Split(v, ",") {
			if !kg.IsEnumValue("StudyDesign", d) {
				return nil, nil, kg.Errorf(kg.EINVALID, "\"design\": %s is not a study design", quote(d))
			}
			f.Designs = append(f.Designs, kg.StudyDesign(d))
		}
	}
	roll := true
	if q.Has("rollUp") {
		b, err := strconv.ParseBool(q.Get("rollUp"))
		if err != nil {
			return nil, nil, kg.Errorf(kg.EINVALID, "\"rollUp\" must be true or false")
		}
		roll = b
	}
	f.RollUp = &roll
	var order *model.StudyOrder
	if q.Has("order") || q.Has("direction") {
		field, ok := citeOrders[q.Get("order")]
		if !q.Has("order") {
			field, ok = model.StudyOrderFieldTitle, true
		}
		if !ok {
			return nil, nil, kg.Errorf(kg.EINVALID, "\"order\" must be title, year or sampleSize")
		}
		dir := model.OrderDirectionAsc
		switch strings.ToLower(q.Get("direction")) {
		case "", "asc":
		case "desc":
			dir = model.OrderDirectionDesc
		default:
			return nil, nil, kg.Errorf(kg.EINVALID, "\"direction\" must be asc or desc")
		}
		order = &model.StudyOrder{Field: field, Direction: &dir}
	}
	return f, order, nil
}
