// Package jsonld describes each entity of the graph as schema.org JSON-LD: pure functions
// from the row a store returns for Selection to a document. httpapi serves them at /ld/{id},
// on an explorer entity page asked for application/ld+json, and inside that page's HTML.
//
// Types and properties are schema.org's (checked against the vocabulary the rocrate package
// ships, a release newer than 12.0 that has Taxon; see scripts/validators/README.md):
//
//	Study      ScholarlyArticle: name, author (Person), datePublished (the year), isPartOf
//	           (PublicationIssue → PublicationVolume → Periodical, as far as known),
//	           pagination, identifier (the graph id, and PropertyValue doi and pmid),
//	           sameAs (https://doi.org/…, the PubMed page, the study's own url), about
//	           (the strains and topics it examined), genre (its design in words).
//	Claim      Claim: text, appearance (the source that makes it), about (its subjects),
//	           citation (every evidence study), isBasedOn (the studies that SUPPORT it),
//	           review (a ClaimReview by the graph, below).
//	Condition  MedicalCondition.
//	Strain     Taxon (taxonRank "strain", parentTaxon its species); a PRODUCT (a commercial
//	           blend, not a taxon) is a DietarySupplement.
//	Species    Taxon (taxonRank "species", or "genus" for a genus).
//	Mechanism  MedicalEntity: schema.org has no type for a physiological pathway; its most
//	           generic health entity is the closest that does not say something false.
//	Factor     Drug (MEDICATION), DietarySupplement (SUPPLEMENT), Substance (TOPICAL_ACTIVE),
//	           MedicalEntity for the others (diet, lifestyle, illness, skincare, intrinsic).
//	Finding    Observation: variableMeasured (the measure), value, unitText,
//	           observationAbout (what it measures), subjectOf (the study reporting it),
//	           additionalProperty (the effect size, a PropertyValue whose
//	           measurementTechnique names its metric and whose minValue and maxValue are
//	           the interval the source reports, if any).
//	Source     Article: author and contributor (its reviewers) as Person, publisher
//	           (Organization), citation (the studies it cites).
//
// Every document has @id and url (the explorer page), identifier (the graph id), name, and
// where known description, alternateName (synonyms and former names) and sameAs. sameAs
// holds only exact xrefs (skos:exactMatch) with an IRI: a close, broad, narrow or related
// mapping does not name the same thing, schema.org has no property for mapping strength,
// so they are left out of JSON-LD (the GraphQL API gives them).
//
// The verdict of a claim is a ClaimReview whose author is the graph (an Organization) and
// whose reviewRating is the claim's evidence maturity on a five-point scale: ratingValue
// 5 ESTABLISHED, 4 PLAUSIBLE, 3 EMERGING, 2 EARLY, 1 NOT_SUPPORTED (kg.Maturity.Rank),
// bestRating 5, worstRating 1, alternateName the grade in words; a MARKETING claim keeps
// its grade's value and says so in the alternateName ("Marketing claim: early evidence").
// reviewBody is the graph's assessment.
package jsonld

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"gutskin/kg"
)

// Context is the schema.org context every document names.
const Context = "https://schema.org"

// MediaType is JSON-LD's media type.
const MediaType = "application/ld+json"

// ExplorerPrefix is where the explorer's pages are.
const ExplorerPrefix = "/explore/"

// GraphName is the name of the graph as the author of its claim reviews.
const GraphName = "Gut–skin axis knowledge graph"

// Doc is one JSON-LD document (or node).
type Doc = map[string]any

// refProps are read from every entity a document links to: enough for its type and name.
var refProps = []string{"id", "kind", "label", "factorKind", "strainKind", "speciesKind"}

// Selection is what Document reads: every stored property of every kind, and the links it
// follows, each to the far entities' refProps. One Fetch with it is one round trip.
func Selection() *kg.Selection {
	props := []string{"id", "kind", "label", "xrefs"}
	for _, k := range kg.KindSpecs {
		for _, p := range k.Props {
			if !slices.Contains(props, p.Name) {
				props = append(props, p.Name)
			}
		}
	}
	ref := &kg.Selection{Props: refProps}
	link := func(key, typ, field string, kind kg.Kind) kg.LinkSelection {
		f, ok := kg.LinkOf(typ, field)
		if !ok {
			panic("jsonld: the domain table has no field " + typ + "." + field)
		}
		l := kg.LinkSelection{Key: key, Link: *f, OnKinds: []kg.Kind{kind}}
		if f.Shape == kg.LinkEdges {
			l.To = ref
		} else {
			l.Far = ref
		}
		return l
	}
	evidence := link("evidence", "Claim", "evidence", kg.KindClaim)
	evidence.EdgeProps = []string{"stance"}
	citations := link("sourceCitations", "Source", "citations", kg.KindSource)
	citations.Limit = CitationLimit
	return &kg.Selection{Props: props, Links: []kg.LinkSelection{
		link("claimSource", "Claim", "source", kg.KindClaim),
		link("claimSubjects", "Claim", "subjects", kg.KindClaim),
		evidence,
		link("strainSpecies", "Strain", "species", kg.KindStrain),
		link("studyStrains", "Study", "strains", kg.KindStudy),
		link("studyTopics", "Study", "topics", kg.KindStudy),
		link("findingStudy", "Finding", "study", kg.KindFinding),
		link("findingMeasures", "Finding", "measures", kg.KindFinding),
		citations,
	}}
}

// CitationLimit is how many of a source's citations its document lists, the first by
// citation number: a source of the synthetic 1m graph cites 115,000 studies, and its
// document alone held 325 MB while it was written.
const CitationLimit = 1000

// PagePath is the explorer page of an entity, /explore/<kind>/<id>, with the id encoded as
// the explorer encodes it (encodeURIComponent, ':' kept). ok is false for an id of no kind.
func PagePath(id string) (string, bool) {
	k, err := kg.KindOfID(id)
	if err != nil {
		return "", false
	}
	return ExplorerPrefix + slug(k) + "/" + encodeID(id), true
}

// IDOfPage returns the id an explorer entity page shows, from its decoded URL path: the
// path must be /explore/<kind>/<id> with the id's kind that of the slug.
func IDOfPage(path string) (string, bool) {
	rest, ok := strings.CutPrefix(path, ExplorerPrefix)
	if !ok {
		return "", false
	}
	s, id, ok := strings.Cut(rest, "/")
	if !ok || id == "" {
		return "", false
	}
	k, err := kg.KindOfID(id)
	if err != nil || slug(k) != s {
		return "", false
	}
	return id, true
}

func slug(k kg.Kind) string { return strings.ToLower(k.Label()) }

// encodeID is JavaScript's encodeURIComponent with ':' left as it is.
func encodeID(id string) string {
	var b strings.Builder
	for _, c := range []byte(id) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-_.!~*'():", c) >= 0:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// TypeOf is the schema.org type of an entity row (see the package comment).
func TypeOf(row kg.Row) string {
	switch kg.Kind(str(row, "kind")) {
	case kg.KindStudy:
		return "ScholarlyArticle"
	case kg.KindClaim:
		return "Claim"
	case kg.KindCondition:
		return "MedicalCondition"
	case kg.KindSpecies:
		return "Taxon"
	case kg.KindStrain:
		if str(row, "strainKind") == "PRODUCT" {
			return "DietarySupplement"
		}
		return "Taxon"
	case kg.KindMechanism:
		return "MedicalEntity"
	case kg.KindFactor:
		switch str(row, "factorKind") {
		case "MEDICATION":
			return "Drug"
		case "SUPPLEMENT":
			return "DietarySupplement"
		case "TOPICAL_ACTIVE":
			return "Substance"
		}
		return "MedicalEntity"
	case kg.KindFinding:
		return "Observation"
	case kg.KindSource:
		return "Article"
	}
	return "Thing"
}

// Document is the JSON-LD of one entity, its URLs absolute under base (e.g.
// "https://gutskin.example"). row is what a store returned for Selection.
func Document(row kg.Row, base string) Doc {
	base = strings.TrimSuffix(base, "/")
	d := node(row, base)
	d["@context"] = Context
	if s := str(row, "description"); s != "" {
		d["description"] = s
	}
	var alt []string
	for _, name := range append(strs(row, "synonyms"), strs(row, "formerNames")...) {
		if name != "" && name != str(row, "label") && !slices.Contains(alt, name) {
			alt = append(alt, name)
		}
	}
	if len(alt) > 0 {
		d["alternateName"] = alt
	}
	sameAs := exactXrefs(row)
	switch kg.Kind(str(row, "kind")) {
	case kg.KindStudy:
		sameAs = append(study(d, row, base), sameAs...)
	case kg.KindClaim:
		claim(d, row, base)
	case kg.KindStrain:
		if d["@type"] == "Taxon" {
			d["taxonRank"] = "strain"
			if sp, ok := row["strainSpecies"].(map[string]any); ok {
				d["parentTaxon"] = node(sp, base)
			}
		}
	case kg.KindSpecies:
		d["taxonRank"] = "species"
		if str(row, "speciesKind") == "GENUS" {
			d["taxonRank"] = "genus"
		}
	case kg.KindFinding:
		finding(d, row, base)
	case kg.KindSource:
		source(d, row, base)
	}
	if len(sameAs) > 0 {
		d["sameAs"] = sameAs
	}
	return d
}

// node is the part every mention of an entity carries: @id, @type, identifier, name, url.
func node(row kg.Row, base string) Doc {
	id := str(row, "id")
	page, _ := PagePath(id)
	return Doc{"@id": base + page, "@type": TypeOf(row), "identifier": id, "name": str(row, "label"), "url": base + page}
}

func nodes(v any, base string) []Doc {
	var out []Doc
	for _, r := range rows(v) {
		out = append(out, node(r, base))
	}
	return out
}

func study(d Doc, row kg.Row, base string) (sameAs []string) {
	if t := str(row, "title"); t != "" {
		d["name"] = t
	}
	if authors := persons(strs(row, "authors")); len(authors) > 0 {
		d["author"] = authors
	}
	if y := integer(row, "year"); y > 0 {
		d["datePublished"] = strconv.FormatInt(y, 10)
	}
	var container Doc
	if j := str(row, "journal"); j != "" {
		container = Doc{"@type": "Periodical", "name": j}
	}
	if v := str(row, "volume"); v != "" {
		vol := Doc{"@type": "PublicationVolume", "volumeNumber": v}
		if container != nil {
			vol["isPartOf"] = container
		}
		container = vol
	}
	if i := str(row, "issue"); i != "" {
		issue := Doc{"@type": "PublicationIssue", "issueNumber": i}
		if container != nil {
			issue["isPartOf"] = container
		}
		container = issue
	}
	if container != nil {
		d["isPartOf"] = container
	}
	if p := str(row, "pages"); p != "" {
		d["pagination"] = p
	}
	ids := []any{str(row, "id")}
	if doi := str(row, "doi"); doi != "" {
		ids = append(ids, Doc{"@type": "PropertyValue", "propertyID": "doi", "value": doi})
		sameAs = append(sameAs, "https://doi.org/"+encodeDOI(doi))
	}
	if pmid := str(row, "pmid"); pmid != "" {
		ids = append(ids, Doc{"@type": "PropertyValue", "propertyID": "pmid", "value": pmid})
		sameAs = append(sameAs, "https://pubmed.ncbi.nlm.nih.gov/"+encodeID(pmid)+"/")
	}
	d["identifier"] = ids
	if u := str(row, "url"); u != "" && (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) && !slices.Contains(sameAs, u) {
		sameAs = append(sameAs, u)
	}
	if about := append(nodes(row["studyStrains"], base), nodes(row["studyTopics"], base)...); len(about) > 0 {
		d["about"] = about
	}
	if design := str(row, "design"); design != "" {
		d["genre"] = strings.ToLower(strings.ReplaceAll(design, "_", " "))
	}
	if s := str(row, "summary"); s != "" {
		d["description"] = s
	}
	return sameAs
}

// Verdict is a claim's grade in words, as the rating's alternateName gives it.
func Verdict(maturity, claimKind string) string {
	words := map[string]string{
		"ESTABLISHED": "established", "PLAUSIBLE": "plausible", "EMERGING": "emerging evidence",
		"EARLY": "early evidence", "NOT_SUPPORTED": "not supported",
	}[maturity]
	if words == "" {
		return ""
	}
	if claimKind == "MARKETING" {
		return "Marketing claim: " + words
	}
	return strings.ToUpper(words[:1]) + words[1:]
}

// Organization is the graph itself, the author of every ClaimReview.
func Organization(base string) Doc {
	return Doc{"@type": "Organization", "@id": base + ExplorerPrefix + "#graph", "name": GraphName, "url": base + ExplorerPrefix}
}

func claim(d Doc, row kg.Row, base string) {
	statement := str(row, "statement")
	d["text"] = statement
	if src, ok := row["claimSource"].(map[string]any); ok {
		d["appearance"] = node(src, base)
	}
	if about := nodes(row["claimSubjects"], base); len(about) > 0 {
		d["about"] = about
	}
	var cited, basedOn []Doc
	for _, e := range rows(row["evidence"]) {
		to, ok := e["to"].(map[string]any)
		if !ok {
			continue
		}
		n := node(to, base)
		cited = append(cited, n)
		if str(e, "stance") == "SUPPORTS" {
			basedOn = append(basedOn, Doc{"@id": n["@id"]})
		}
	}
	if len(cited) > 0 {
		d["citation"] = cited
	}
	if len(basedOn) > 0 {
		d["isBasedOn"] = basedOn
	}
	maturity := kg.Maturity(str(row, "maturity"))
	if maturity.Rank() == 0 {
		return
	}
	review := Doc{
		"@type":         "ClaimReview",
		"@id":           d["@id"].(string) + "#review",
		"claimReviewed": statement,
		"itemReviewed":  Doc{"@id": d["@id"]},
		"author":        Organization(base),
		"reviewRating": Doc{
			"@type":         "Rating",
			"ratingValue":   maturity.Rank(),
			"bestRating":    kg.MaturityEstablished.Rank(),
			"worstRating":   kg.MaturityNotSupported.Rank(),
			"alternateName": Verdict(string(maturity), str(row, "claimKind")),
		},
	}
	if a := str(row, "assessment"); a != "" {
		review["reviewBody"] = a
	}
	d["review"] = review
}

func finding(d Doc, row kg.Row, base string) {
	if s := str(row, "summary"); s != "" {
		d["description"] = s
	}
	if m := str(row, "measure"); m != "" {
		d["variableMeasured"] = m
	}
	switch v := row["value"].(type) {
	case float64, int64:
		d["value"] = v
	}
	if u := str(row, "unit"); u != "" {
		d["unitText"] = u
	}
	if about := nodes(row["findingMeasures"], base); len(about) > 0 {
		d["observationAbout"] = about
	}
	if st, ok := row["findingStudy"].(map[string]any); ok {
		d["subjectOf"] = node(st, base)
	}
	if es := effectSize(row); es != nil {
		d["additionalProperty"] = es
	}
}

// effectSizeMetrics are the words for kg.Enums["EffectSizeMetric"] in measurementTechnique.
var effectSizeMetrics = map[string]string{
	"STANDARDISED_MEAN_DIFFERENCE": "standardised mean difference", "MEAN_DIFFERENCE": "mean difference",
	"ODDS_RATIO": "odds ratio", "RISK_RATIO": "risk ratio", "HAZARD_RATIO": "hazard ratio",
	"CORRELATION": "correlation coefficient", "NOT_STATED": "metric not stated by the source",
}

// effectSize is a finding's effect size as a PropertyValue: measurementTechnique names its
// metric (or says the source does not), minValue and maxValue are the reported interval and
// description its level; nil without an effect size.
func effectSize(row kg.Row) Doc {
	v, ok := number(row["effectSize"])
	if !ok {
		return nil
	}
	d := Doc{"@type": "PropertyValue", "propertyID": "effectSize", "name": "effect size", "value": v}
	if m := str(row, "effectSizeMetric"); m != "" {
		d["measurementTechnique"] = effectSizeMetrics[m]
		if d["measurementTechnique"] == "" {
			d["measurementTechnique"] = m
		}
	}
	lower, okL := number(row["effectSizeLower"])
	upper, okU := number(row["effectSizeUpper"])
	level, okV := number(row["effectSizeLevel"])
	if okL && okU && okV {
		d["minValue"], d["maxValue"] = lower, upper
		d["description"] = strconv.FormatFloat(math.Round(level*10000)/100, 'f', -1, 64) + "% confidence interval from minValue to maxValue"
	} else {
		d["description"] = "no confidence interval reported"
	}
	return d
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int64:
		return float64(x), true
	}
	return 0, false
}

func source(d Doc, row kg.Row, base string) {
	if t := str(row, "title"); t != "" {
		d["name"] = t
	}
	if authors := persons(strs(row, "authors")); len(authors) > 0 {
		d["author"] = authors
	}
	if reviewers := persons(strs(row, "reviewers")); len(reviewers) > 0 {
		d["contributor"] = reviewers
	}
	if p := str(row, "publisher"); p != "" {
		d["publisher"] = Doc{"@type": "Organization", "name": p}
	}
	var cited []Doc
	for _, e := range rows(row["sourceCitations"]) {
		if to, ok := e["to"].(map[string]any); ok {
			cited = append(cited, node(to, base))
		}
	}
	if len(cited) > 0 {
		d["citation"] = cited
	}
}

func persons(names []string) []Doc {
	var out []Doc
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, Doc{"@type": "Person", "name": n})
		}
	}
	return out
}

// exactXrefs are the IRIs of an entity's exact xrefs, in their order.
func exactXrefs(row kg.Row) []string {
	raw := str(row, "xrefs")
	if raw == "" {
		return nil
	}
	var xs []kg.Xref
	if err := json.Unmarshal([]byte(raw), &xs); err != nil {
		return nil
	}
	var out []string
	for _, x := range xs {
		if iri := kg.IRI(x.Curie); x.Predicate == kg.ExactMatch && iri != "" && !slices.Contains(out, iri) {
			out = append(out, iri)
		}
	}
	return out
}

// encodeDOI escapes what may not stand in a URL path, keeping the DOI's '/'.
func encodeDOI(doi string) string {
	parts := strings.Split(doi, "/")
	for i, p := range parts {
		parts[i] = encodeID(p)
	}
	return strings.Join(parts, "/")
}

// Marshal is the document as JSON, indented. encoding/json escapes '<', '>' and '&' (as
// \u003c, …), so the text is also safe inside an HTML script element.
func Marshal(d Doc) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ScriptTag is the document as an HTML element for a page's head. The JSON cannot close
// the element: every '<' in it is escaped (see Marshal), which a test checks on "</script>".
func ScriptTag(d Doc) ([]byte, error) {
	body, err := Marshal(d)
	if err != nil {
		return nil, err
	}
	if bytes.Contains(body, []byte("<")) {
		return nil, fmt.Errorf("jsonld: unescaped '<' in a document")
	}
	var b bytes.Buffer
	b.WriteString(`<script type="application/ld+json">` + "\n")
	b.Write(body)
	b.WriteString("</script>\n")
	return b.Bytes(), nil
}

func str(row map[string]any, key string) string { s, _ := row[key].(string); return s }

func strs(row map[string]any, key string) []string { return kg.Strings(row[key]) }

func integer(row map[string]any, key string) int64 {
	switch v := row[key].(type) {
	case int64:
		return v
	case int:
		return int64(v)
	case float64:
		return int64(v)
	}
	return 0
}

func rows(v any) []map[string]any {
	switch v := v.(type) {
	case []map[string]any:
		return v
	case []any:
		out := make([]map[string]any, 0, len(v))
		for _, x := range v {
			if m, ok := x.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}
