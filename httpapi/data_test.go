package httpapi_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"gutskin/kgtest"
	"gutskin/memstore"
)

// Tests of the data issue 9 asked for (verified identifiers, complete records, filters that
// roll up), against the real Neo4j, and the same answers from the in-memory store.

type xrefOut struct {
	Curie      string   `json:"curie"`
	IRI        *string  `json:"iri"`
	Predicate  string   `json:"predicate"`
	Exact      bool     `json:"exact"`
	Label      string   `json:"label"`
	VerifiedIn []string `json:"verifiedIn"`
	Note       *string  `json:"note"`
}

type entityOut struct {
	ID    string    `json:"id"`
	Label string    `json:"label"`
	Xrefs []xrefOut `json:"xrefs"`
}

func ids(es []entityOut) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func TestXrefs(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))

	t.Run("acne carries its verified MONDO and HP ids with IRIs", func(t *testing.T) {
		c := data[entityOut](t, post(t, srv.URL, `{ condition(id: "condition:acne") { id xrefs { curie iri predicate exact label verifiedIn note } } }`, nil), "condition")
		if len(c.Xrefs) != 2 {
			t.Fatalf("acne xrefs = %+v, want MONDO:0011438 and HP:0001061", c.Xrefs)
		}
		m := c.Xrefs[0]
		if m.Curie != "MONDO:0011438" || m.Predicate != "skos:exactMatch" || !m.Exact || m.Label != "acne" {
			t.Errorf("first xref = %+v", m)
		}
		if m.IRI == nil || *m.IRI != "http://purl.obolibrary.org/obo/MONDO_0011438" {
			t.Errorf("iri = %v", m.IRI)
		}
		if len(m.VerifiedIn) == 0 || !strings.Contains(m.VerifiedIn[0], "mondo") {
			t.Errorf("verifiedIn = %v", m.VerifiedIn)
		}
	})

	t.Run("entities without a verified id have none", func(t *testing.T) {
		r := post(t, srv.URL, `{ strain(id: "strain:hn001") { xrefs { curie } } study(id: "study:10.3390/microorganisms9020353") { xrefs { curie } } }`, nil)
		if s := data[entityOut](t, r, "strain"); len(s.Xrefs) != 0 {
			t.Errorf("HN001 has xrefs %+v; none was verified", s.Xrefs)
		}
		if s := data[entityOut](t, r, "study"); len(s.Xrefs) != 0 {
			t.Errorf("a study has xrefs %+v", s.Xrefs)
		}
	})

	t.Run("candidates keep their predicate and note", func(t *testing.T) {
		c := data[entityOut](t, post(t, srv.URL, `{ condition(id: "condition:upper-respiratory-infections") { id xrefs { curie predicate exact note } } }`, nil), "condition")
		got := map[string]string{}
		for _, x := range c.Xrefs {
			got[x.Curie] = x.Predicate
			if x.Exact {
				t.Errorf("%s is marked exact; only candidates were verified", x.Curie)
			}
		}
		want := map[string]string{"MONDO:0024355": "skos:broadMatch", "MONDO:0004867": "skos:broadMatch", "MONDO:0005709": "skos:narrowMatch",
			"HP:0011947": "skos:broadMatch", "HP:0002788": "skos:relatedMatch"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s predicate = %q, want %q (all: %v)", k, got[k], v, got)
			}
		}
	})

	t.Run("the loosely named genus is only a close match", func(t *testing.T) {
		s := data[entityOut](t, post(t, srv.URL, `{ node(id: "species:lactobacillus") { id ... on Species { xrefs { curie predicate note } } } }`, nil), "node")
		if len(s.Xrefs) != 1 || s.Xrefs[0].Curie != "NCBITaxon:1578" || s.Xrefs[0].Predicate != "skos:closeMatch" || s.Xrefs[0].Note == nil {
			t.Errorf("Lactobacillus xrefs = %+v", s.Xrefs)
		}
	})

	t.Run("byXref finds acne, case-insensitively", func(t *testing.T) {
		for _, curie := range []string{"MONDO:0011438", "mondo:0011438", " HP:0001061 "} {
			got := data[[]entityOut](t, post(t, srv.URL, `query($c: String!) { byXref(curie: $c) { id label } }`, map[string]any{"c": curie}), "byXref")
			if strings.Join(ids(got), ",") != "condition:acne" {
				t.Errorf("byXref(%q) = %v", curie, ids(got))
			}
		}
	})

	t.Run("byXref lists every entity a shared term maps to", func(t *testing.T) {
		got := data[[]entityOut](t, post(t, srv.URL, `{ byXref(curie: "HP:0011123") { id } }`, nil), "byXref")
		if strings.Join(ids(got), ",") != "condition:inflammatory-skin-conditions,mechanism:skin-inflammation" {
			t.Errorf("byXref(HP:0011123) = %v", ids(got))
		}
		exact := data[[]entityOut](t, post(t, srv.URL, `{ byXref(curie: "HP:0011123", exactOnly: true) { id } }`, nil), "byXref")
		if len(exact) != 0 {
			t.Errorf("exactOnly gave %v; HP:0011123 is only a close match", ids(exact))
		}
		none := data[[]entityOut](t, post(t, srv.URL, `{ byXref(curie: "MONDO:9999999") { id } }`, nil), "byXref")
		if len(none) != 0 {
			t.Errorf("an unknown CURIE found %v", ids(none))
		}
	})

	t.Run("node takes a CURIE that names one entity exactly", func(t *testing.T) {
		n := data[entityOut](t, post(t, srv.URL, `{ node(id: "MONDO:0004980") { id } }`, nil), "node")
		if n.ID != "condition:atopic-dermatitis" {
			t.Errorf("node(MONDO:0004980) = %v", n.ID)
		}
		r := post(t, srv.URL, `{ node(id: "HP:0011123") { id } }`, nil)
		if r.Code() != "NOT_FOUND" {
			t.Errorf("node of a CURIE with no exact match: code %q, want NOT_FOUND: %s", r.Code(), r.Raw)
		}
	})

	t.Run("a malformed CURIE is a coded mistake", func(t *testing.T) {
		r := post(t, srv.URL, `{ byXref(curie: "acne") { id } }`, nil)
		if r.Code() != "BAD_USER_INPUT" {
			t.Errorf("code = %q: %s", r.Code(), r.Raw)
		}
	})

	t.Run("search finds an entity by its CURIE", func(t *testing.T) {
		type hit struct {
			Node entityOut `json:"node"`
		}
		type conn struct {
			Edges []hit `json:"edges"`
		}
		got := data[conn](t, post(t, srv.URL, `{ search(query: "MONDO:0011438", first: 3) { edges { node { id } } } }`, nil), "search")
		if len(got.Edges) == 0 || got.Edges[0].Node.ID != "condition:acne" {
			t.Errorf("search(MONDO:0011438) = %+v, want acne first", got.Edges)
		}
	})
}

func TestStudyRecords(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	type record struct {
		Complete bool     `json:"complete"`
		Missing  []string `json:"missing"`
		Verified []struct {
			Field  string   `json:"field"`
			SeenIn []string `json:"seenIn"`
		} `json:"verified"`
		Unverified []string `json:"unverified"`
		Note       *string  `json:"note"`
	}
	type study struct {
		ID         string   `json:"id"`
		Title      string   `json:"title"`
		CitedTitle *string  `json:"citedTitle"`
		Authors    []string `json:"authors"`
		DOI        *string  `json:"doi"`
		PMID       *string  `json:"pmid"`
		Link       *string  `json:"link"`
		Record     record   `json:"record"`
	}
	const fields = `id title citedTitle authors doi pmid link record { complete missing verified { field seenIn } unverified note }`

	t.Run("a verified reference keeps its id and is found by its DOI", func(t *testing.T) {
		s := data[study](t, post(t, srv.URL, `{ study(doi: "10.1080/19490976.2022.2096995") { `+fields+` } }`, nil), "study")
		if s.ID != "study:gut-microbiome-skin-health-gut-skin-axis-2022" || s.PMID == nil || *s.PMID != "35866234" || len(s.Authors) != 11 {
			t.Errorf("reference 2 = %+v", s)
		}
		if !s.Record.Complete || len(s.Record.Unverified) != 0 || len(s.Record.Verified) != 9 {
			t.Errorf("record = %+v", s.Record)
		}
		if s.CitedTitle == nil || !strings.Contains(*s.CitedTitle, "the gut–skin axis") || s.Link == nil || !strings.HasPrefix(*s.Link, "https://doi.org/10.1080/") {
			t.Errorf("cited title %v, link %v", s.CitedTitle, s.Link)
		}
	})
	t.Run("reference 1 says it is unverified", func(t *testing.T) {
		s := data[study](t, post(t, srv.URL, `{ study(id: "study:editorial-gut-skin-axis-2024") { `+fields+` } }`, nil), "study")
		if s.Record.Complete || len(s.Record.Verified) != 0 || s.Record.Note == nil || !strings.HasPrefix(*s.Record.Note, "Unverified") {
			t.Errorf("record = %+v", s.Record)
		}
		if strings.Join(s.Record.Missing, ",") != "authors,doi" {
			t.Errorf("missing = %v", s.Record.Missing)
		}
	})
	t.Run("every study shows whether its record is complete", func(t *testing.T) {
		type conn struct {
			Nodes []study `json:"nodes"`
		}
		c := data[conn](t, post(t, srv.URL, `{ studies(first: 100) { nodes { `+fields+` } } }`, nil), "studies")
		if len(c.Nodes) < 40 {
			t.Fatalf("%d studies", len(c.Nodes))
		}
		complete := 0
		for _, s := range c.Nodes {
			if s.Record.Complete {
				complete++
				continue
			}
			if len(s.Record.Missing) == 0 {
				t.Errorf("%s is incomplete but names nothing missing", s.ID)
			}
		}
		if complete == 0 || complete == len(c.Nodes) {
			t.Errorf("%d of %d studies complete; the seed has both kinds", complete, len(c.Nodes))
		}
	})
}

// dataQueries are the queries of these features whose answers Neo4j and the in-memory store
// must agree on, each in one round trip.
var dataQueries = []string{
	`{ byXref(curie: "HP:0011123") { id label xrefs { curie iri predicate exact label verifiedIn note } } }`,
	`{ byXref(curie: "ncbitaxon:47715") { id ... on Species { strains { id } } } }`,
	`{ byXref(curie: "GO:0006954", exactOnly: true) { id } }`,
	`{ node(id: "CHEBI:16914") { id ... on Factor { name xrefs { curie } } } }`,
	`{ mechanisms(first: 100) { nodes { id xrefs { curie predicate note } } } }`,
	`{ conditions(first: 100) { nodes { id xrefs { curie iri exact } subtypes { id xrefs { curie } } } } }`,
	`{ studies(first: 100) { nodes { id pmid citedTitle record { complete missing verified { field seenIn } unverified note } } } }`,
	`{ source(id: "source:gut-skin-evidence") { citations { number study { id title authors record { complete verified { field } } } } } }`,
	`{ studies(filter: {condition: "condition:acne"}, first: 100) { totalCount nodes { id } } }`,
	`{ studies(filter: {strain: "species:lacticaseibacillus-rhamnosus", yearFrom: 2000}, first: 100) { totalCount nodes { id } } }`,
	`{ strains(filter: {condition: "condition:atopic-dermatitis"}, first: 100) { totalCount nodes { id } } }`,
	`{ strains(filter: {mechanism: "mechanism:gut-barrier-integrity", rollUp: false}, first: 100) { totalCount nodes { id } } }`,
	`{ claims(filter: {condition: "condition:acne", minMaturity: EARLY}, first: 100) { totalCount nodes { id } } }`,
	`{ claims(filter: {subject: "species:lacticaseibacillus-rhamnosus"}, first: 100) { totalCount nodes { id } } }`,
	`{ claims(first: 100) { nodes { id maturity gradeNote } } }`,
	`{ strains(first: 100) { nodes { id mechanisms { maturity studies { id } studiesLeftOut { study why } } } } }`,
	`{ mechanisms(first: 100) { nodes { id influencedBy { kind from { id } studiesLeftOut { study why } } } } }`,
}

func TestDataQueriesMatchTheInMemoryStore(t *testing.T) {
	matchInMemory(t, dataQueries)
}

// matchInMemory asks each query of the service over Neo4j and over the in-memory store:
// the answers must be the same, without errors, and each must take one round trip.
func matchInMemory(t *testing.T, queries []string) {
	t.Helper()
	real := newTestServer(t, kgtest.Store(t))
	fake := newTestServer(t, memstore.New(kgtest.Seed(t)))
	for i, q := range queries {
		got, want := post(t, real.URL, q, nil), post(t, fake.URL, q, nil)
		if len(got.Errors) > 0 || len(want.Errors) > 0 {
			t.Fatalf("query %d: errors: Neo4j %s; in memory %s", i, got.Raw, want.Raw)
		}
		g, _ := json.Marshal(got.Data)
		w, _ := json.Marshal(want.Data)
		if !bytes.Equal(g, w) {
			t.Errorf("query %d: Neo4j and the in-memory store differ:\nNeo4j:     %.2000s\nin memory: %.2000s", i, g, w)
		}
		if got.RoundTrips() != 1 {
			t.Errorf("query %d: %d round trips, want 1", i, got.RoundTrips())
		}
	}
}

// TestFiltersRollUp checks list filters against the graph's own links: a filter that rolls
// up gives exactly the union of the direct answers for the entity and everything beneath it.
func TestFiltersRollUp(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	type node struct {
		ID string `json:"id"`
	}
	type conn struct {
		Nodes      []node `json:"nodes"`
		TotalCount int    `json:"totalCount"`
	}
	list := func(t *testing.T, field, filter string) []string {
		t.Helper()
		c := data[conn](t, post(t, srv.URL, `{ `+field+`(filter: `+filter+`, first: 100) { totalCount nodes { id } } }`, nil), field)
		if c.TotalCount != len(c.Nodes) {
			t.Errorf("%s(%s): totalCount %d, %d nodes", field, filter, c.TotalCount, len(c.Nodes))
		}
		out := make([]string, len(c.Nodes))
		for i, n := range c.Nodes {
			out[i] = n.ID
		}
		return out
	}
	union := func(lists ...[]string) []string {
		seen := map[string]bool{}
		var out []string
		for _, l := range lists {
			for _, id := range l {
				if !seen[id] {
					seen[id] = true
					out = append(out, id)
				}
			}
		}
		slices.Sort(out)
		return out
	}
	sameSet := func(t *testing.T, what string, got, want []string) {
		t.Helper()
		got = union(got)
		if !slices.Equal(got, union(want)) {
			t.Errorf("%s = %v, want %v", what, got, union(want))
		}
	}

	t.Run("studies of acne include those of adult and preadolescent acne", func(t *testing.T) {
		direct := list(t, "studies", `{condition: "condition:acne", rollUp: false}`)
		adult := list(t, "studies", `{condition: "condition:adult-acne"}`)
		pre := list(t, "studies", `{condition: "condition:preadolescent-acne"}`)
		if len(adult) == 0 || len(pre) == 0 {
			t.Fatalf("no studies of adult (%v) or preadolescent (%v) acne", adult, pre)
		}
		rolled := list(t, "studies", `{condition: "condition:acne"}`)
		sameSet(t, "studies of acne", rolled, union(direct, adult, pre))
		if len(rolled) <= len(direct) {
			t.Errorf("rolling up added nothing: %d vs %d direct", len(rolled), len(direct))
		}
	})

	t.Run("studies of a species include those of its strains", func(t *testing.T) {
		direct := list(t, "studies", `{strain: "species:lacticaseibacillus-rhamnosus", rollUp: false}`)
		want := [][]string{direct}
		for _, s := range list(t, "strains", `{species: "species:lacticaseibacillus-rhamnosus"}`) {
			want = append(want, list(t, "studies", `{strain: "`+s+`"}`))
		}
		rolled := list(t, "studies", `{strain: "species:lacticaseibacillus-rhamnosus"}`)
		sameSet(t, "studies of L. rhamnosus", rolled, union(want...))
		if !slices.Contains(rolled, "study:10.3390/microorganisms9020353") && len(rolled) <= len(direct) {
			t.Errorf("rolling up added none of the strains' studies: %v", rolled)
		}
	})

	t.Run("strains tested in atopic dermatitis, its subtypes included", func(t *testing.T) {
		rolled := list(t, "strains", `{condition: "condition:atopic-dermatitis"}`)
		if len(rolled) == 0 {
			t.Fatal("no strain was tested in atopic dermatitis")
		}
		var want [][]string
		for _, c := range []string{"condition:atopic-dermatitis", "condition:adult-atopic-dermatitis"} {
			for _, study := range list(t, "studies", `{condition: "`+c+`", rollUp: false}`) {
				s := data[struct {
					Strains []node `json:"strains"`
				}](t, post(t, srv.URL, `{ study(id: "`+study+`") { strains { id } } }`, nil), "study")
				var ids []string
				for _, n := range s.Strains {
					if strings.HasPrefix(n.ID, "strain:") {
						ids = append(ids, n.ID)
					}
				}
				want = append(want, ids)
			}
		}
		sameSet(t, "strains tested in AD", rolled, union(want...))
		direct := list(t, "strains", `{condition: "condition:atopic-dermatitis", rollUp: false}`)
		if len(direct) > len(rolled) {
			t.Errorf("direct %v is larger than rolled-up %v", direct, rolled)
		}
	})

	t.Run("strains bearing on a mechanism", func(t *testing.T) {
		got := list(t, "strains", `{mechanism: "mechanism:gut-barrier-integrity"}`)
		if !slices.Contains(got, "strain:hn001") {
			t.Errorf("HN001 (modulates gut-barrier integrity) missing from %v", got)
		}
	})

	t.Run("claims by condition roll up; by mechanism", func(t *testing.T) {
		direct := list(t, "claims", `{condition: "condition:acne", rollUp: false}`)
		subject := list(t, "claims", `{subject: "condition:acne", rollUp: false}`)
		sameSet(t, "claims about acne itself", direct, subject)
		rolled := list(t, "claims", `{condition: "condition:acne"}`)
		sameSet(t, "claims about acne and its subtypes", rolled, union(direct,
			list(t, "claims", `{subject: "condition:adult-acne"}`), list(t, "claims", `{subject: "condition:preadolescent-acne"}`)))
		if len(rolled) <= len(direct) {
			t.Errorf("rolling up added no claim about adult or preadolescent acne")
		}
		sameSet(t, "claims about a mechanism", list(t, "claims", `{mechanism: "mechanism:gut-barrier-integrity"}`),
			list(t, "claims", `{subject: "mechanism:gut-barrier-integrity"}`))
	})

	t.Run("filters of the wrong kind are coded mistakes", func(t *testing.T) {
		for _, q := range []string{
			`{ strains(filter: {condition: "mechanism:gut-barrier-integrity"}) { totalCount } }`,
			`{ claims(filter: {mechanism: "condition:acne"}) { totalCount } }`,
		} {
			if r := post(t, srv.URL, q, nil); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%s: code %q", q, r.Code())
			}
		}
	})
}

// TestGradesAgree asks what a reader of the issue asked: HN001 → gut-barrier integrity has
// one grade, as relationship and as claim; a claim graded differently says why.
func TestGradesAgree(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	type rel struct {
		Maturity string `json:"maturity"`
		To       node0  `json:"to"`
	}
	s := data[struct {
		Mechanisms []rel `json:"mechanisms"`
		Claims     []struct {
			ID        string  `json:"id"`
			Maturity  string  `json:"maturity"`
			GradeNote *string `json:"gradeNote"`
		} `json:"claims"`
	}](t, post(t, srv.URL, `{ strain(id: "strain:hn001") { mechanisms { maturity to { id } } claims { id maturity gradeNote } } }`, nil), "strain")
	var relGrade, claimGrade string
	for _, m := range s.Mechanisms {
		if m.To.ID == "mechanism:gut-barrier-integrity" {
			relGrade = m.Maturity
		}
	}
	for _, c := range s.Claims {
		if c.ID == "claim:hn001-bb536-support-gut-lining" {
			claimGrade = c.Maturity
			if c.GradeNote != nil {
				t.Errorf("gradeNote %q on a claim whose grade agrees", *c.GradeNote)
			}
		}
	}
	if relGrade == "" || relGrade != claimGrade {
		t.Errorf("HN001 → gut-barrier integrity: relationship %q, claim %q", relGrade, claimGrade)
	}
	c := data[struct {
		GradeNote *string `json:"gradeNote"`
	}](t, post(t, srv.URL, `{ claim(id: "claim:topical-probiotics-no-benefit-at-four-weeks") { gradeNote } }`, nil), "claim")
	if c.GradeNote == nil || !strings.Contains(*c.GradeNote, "pooled analysis") {
		t.Errorf("gradeNote = %v", c.GradeNote)
	}
}

type node0 struct {
	ID string `json:"id"`
}

// TestStudiesLeftOut: a relationship whose provenance cites more than its studies says why,
// on lists and on pathway hops alike.
func TestStudiesLeftOut(t *testing.T) {
	srv := newTestServer(t, kgtest.Store(t))
	type leftOut struct {
		Study string `json:"study"`
		Why   string `json:"why"`
	}
	type rel struct {
		To             node0     `json:"to"`
		Studies        []node0   `json:"studies"`
		StudiesLeftOut []leftOut `json:"studiesLeftOut"`
	}
	s := data[struct {
		Mechanisms []rel `json:"mechanisms"`
	}](t, post(t, srv.URL, `{ strain(id: "strain:hn001") { mechanisms { to { id } studies { id } studiesLeftOut { study why } } } }`, nil), "strain")
	found := false
	for _, m := range s.Mechanisms {
		if m.To.ID != "mechanism:gut-barrier-integrity" {
			continue
		}
		found = true
		if len(m.Studies) != 1 || m.Studies[0].ID != "study:10.1111/eci.13201" {
			t.Errorf("studies = %v", m.Studies)
		}
		if len(m.StudiesLeftOut) != 1 || m.StudiesLeftOut[0].Study != "study:10.1016/s0016-5085(24)03137-8" || !strings.Contains(m.StudiesLeftOut[0].Why, "DS-01") {
			t.Errorf("studiesLeftOut = %+v, want citation 20 with why", m.StudiesLeftOut)
		}
	}
	if !found {
		t.Fatal("HN001 does not modulate gut-barrier integrity")
	}
	type hop struct {
		Relation rel `json:"relation"`
	}
	paths := data[[]struct {
		Hops []hop `json:"hops"`
	}](t, post(t, srv.URL, `{ pathways(from: "strain:hn001", to: "condition:acne", first: 1) { hops { relation { to { id } studies { id } studiesLeftOut { study why } } } } }`, nil), "pathways")
	if len(paths) == 0 || len(paths[0].Hops) == 0 || len(paths[0].Hops[0].Relation.StudiesLeftOut) != 1 {
		t.Errorf("the first hop of HN001 → acne does not say which citation it leaves out: %+v", paths)
	}
}

// BenchmarkDataQueries times the look-ups and roll-up filters of issue 9 beside their direct
// forms: make bench runs it with the other query benchmarks.
func BenchmarkDataQueries(b *testing.B) {
	srv := newTestServer(b, kgtest.Store(b))
	for _, q := range []struct{ name, query string }{
		{"byXref", `{ byXref(curie: "MONDO:0011438") { id label xrefs { curie iri } } }`},
		{"node-by-curie", `{ node(id: "NCBITaxon:47715") { id } }`},
		{"studies-condition-direct", `{ studies(filter: {condition: "condition:acne", rollUp: false}) { totalCount nodes { id } } }`},
		{"studies-condition-rollup", `{ studies(filter: {condition: "condition:acne"}) { totalCount nodes { id } } }`},
		{"studies-species-rollup", `{ studies(filter: {strain: "species:lacticaseibacillus-rhamnosus"}) { totalCount nodes { id } } }`},
		{"strains-tested-in-condition", `{ strains(filter: {condition: "condition:atopic-dermatitis"}) { totalCount nodes { id } } }`},
		{"studies-with-records", `{ studies(first: 50) { nodes { id record { complete missing verified { field seenIn } unverified } } } }`},
	} {
		b.Run(q.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if r := post(b, srv.URL, q.query, nil); len(r.Errors) > 0 {
					b.Fatalf("errors: %s", r.Raw)
				}
			}
		})
	}
}
