package curationtest

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"gutskin/kgtest"
	"gutskin/seed"
)

// TestCreateStudyRules: each rule of studies.yaml applies to createStudy, names its input
// path, and nothing is written.
func TestCreateStudyRules(t *testing.T) {
	h := newHarness(t)
	seedDOI := "10.3390/microorganisms9020353"
	for _, tc := range []struct {
		name, field, msg string
		change           func(in map[string]any)
	}{
		{"missing source", "input.source", "missing", func(in map[string]any) { in["source"] = "" }},
		{"blank title", "input.title", "missing", func(in map[string]any) { in["title"] = " " }},
		{"blank summary", "input.summary", "missing", func(in map[string]any) { in["summary"] = "" }},
		{"implausible year", "input.year", "implausible", func(in map[string]any) { in["year"] = 3000 }},
		{"sample size", "input.sampleSize", "positive", func(in map[string]any) { in["sampleSize"] = 0 }},
		{"DOI syntax", "input.doi", "not a DOI", func(in map[string]any) { in["doi"] = "11.1/x" }},
		{"duplicate DOI names its study", "input.doi", "study:" + seedDOI, func(in map[string]any) { in["doi"] = "DOI:" + strings.ToUpper(seedDOI) }},
		{"id must follow the DOI", "input.id", "study:10.5555", func(in map[string]any) { in["id"] = "study:some-slug" }},
		{"no DOI and no id", "input.id", "missing", func(in map[string]any) { delete(in, "doi") }},
		{"bad slug", "input.id", "slug", func(in map[string]any) { delete(in, "doi"); in["id"] = "study:Bad Slug" }},
		{"not cited", "input.citedBy", "cited by a source", func(in map[string]any) { in["citedBy"] = []any{} }},
		{"unknown citing source", "input.citedBy[0].source", "does not exist", func(in map[string]any) {
			in["citedBy"] = []map[string]any{{"source": "source:nowhere", "number": 1}}
		}},
		{"citing entity of the wrong kind", "input.citedBy[0].source", "want", func(in map[string]any) {
			in["citedBy"] = []map[string]any{{"source": "study:" + seedDOI, "number": 1}}
		}},
		{"citation number", "input.citedBy[0].number", "1 or more", func(in map[string]any) {
			in["citedBy"] = []map[string]any{{"source": "source:gut-health-acne", "number": 0}}
		}},
		{"citation number taken", "input.citedBy[0].number", "already cites", func(in map[string]any) {
			in["citedBy"] = []map[string]any{{"source": "source:gut-health-acne", "number": 1}}
		}},
		{"provenance citation unknown", "input.provenance[0].citations", "cites nothing", func(in map[string]any) {
			in["provenance"] = []map[string]any{{"source": "source:gut-health-acne", "section": "x", "citations": []int{99999}}}
		}},
		{"no provenance", "input.provenance", "missing", func(in map[string]any) { in["provenance"] = []any{} }},
		{"provenance section", "input.provenance[0].section", "missing", func(in map[string]any) {
			in["provenance"] = []map[string]any{{"source": "source:gut-health-acne", "section": ""}}
		}},
		{"provenance source", "input.provenance[0].source", "does not exist", func(in map[string]any) {
			in["provenance"] = []map[string]any{{"source": "source:nowhere", "section": "x"}}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := studyInput()
			tc.change(in)
			before := changeCount(t)
			r := h.mutate(t, h.curator, "createStudy", in)
			if r.Code() != "BAD_USER_INPUT" || r.Field() != tc.field || !strings.Contains(r.Errors[0].Message, tc.msg) {
				t.Errorf("got %s field %q, want BAD_USER_INPUT field %q mentioning %q: %s", r.Code(), r.Field(), tc.field, tc.msg, r.Raw)
			}
			if n := changeCount(t); n != before {
				t.Errorf("wrote %d audit records", n-before)
			}
			if rows := kgtest.Cypher(t, "MATCH (n:Study {title: $t}) RETURN n.id AS id", map[string]any{"t": in["title"]}); len(rows) != 0 {
				t.Errorf("a refused study was stored: %v", rows)
			}
		})
	}
}

// TestCreateStudyNormalisesDOI: the DOI loses its resolver prefix, gives the id, and the
// study reads back like any other, in lists too.
func TestCreateStudyNormalisesDOI(t *testing.T) {
	h := newHarness(t)
	in := studyInput()
	doi := strings.TrimPrefix(in["doi"].(string), "https://doi.org/")
	r := h.do(t, h.curator, `mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id doi title citations { number source { id } } } version } }`, map[string]any{"in": in})
	p := ok[struct {
		Study struct {
			ID, DOI, Title string
			Citations      []struct{ Number int }
		}
		Version int
	}](t, r, "createStudy")
	if p.Study.ID != "study:"+doi || p.Study.DOI != doi || p.Version != 1 || len(p.Study.Citations) != 1 {
		t.Fatalf("created: %+v", p)
	}
	r = h.do(t, "", `query($d: String!) { study(doi: $d) { id } }`, map[string]any{"d": strings.ToLower(doi)})
	if got := ok[struct{ ID string }](t, r, "study"); got.ID != p.Study.ID {
		t.Errorf("by DOI: %+v", got)
	}
}

// TestUpdateStudy: a change names what it changed before and after; a DOI another study
// holds names that study; a stale version is a CONFLICT that writes nothing.
func TestUpdateStudy(t *testing.T) {
	h := newHarness(t)
	id := h.createStudy(t)
	p := ok[changePayload](t, h.mutate(t, h.curator, "updateStudy", map[string]any{"reason": "r", "id": id, "expectedVersion": 1, "title": "Renamed", "sampleSize": 40}), "updateStudy")
	tt := p.Change.Touched[0]
	if tt.Target != id || tt.Before == nil || !strings.Contains(*tt.Before, `"title":"Probiotic trial`) || !strings.Contains(*tt.After, `"title":"Renamed"`) || !strings.Contains(*tt.After, `"sampleSize":40`) {
		t.Errorf("touched: %+v %s %s", tt, deref(tt.Before), deref(tt.After))
	}
	if v := h.version(t, id); v != 2 {
		t.Errorf("version %d, want 2", v)
	}
	r := h.mutate(t, h.curator, "updateStudy", map[string]any{"reason": "r", "id": id, "expectedVersion": 2, "doi": "10.3390/nu13030886"})
	if r.Code() != "BAD_USER_INPUT" || r.Field() != "input.doi" || !strings.Contains(r.Errors[0].Message, "study:10.3390/nu13030886") {
		t.Errorf("duplicate DOI: %s", r.Raw)
	}
	before := changeCount(t)
	r = h.mutate(t, h.curator, "updateStudy", map[string]any{"reason": "r", "id": id, "expectedVersion": 1, "title": "Stale"})
	if r.Code() != "CONFLICT" {
		t.Errorf("stale version: %s", r.Raw)
	}
	if n := changeCount(t); n != before {
		t.Errorf("a conflict wrote %d audit records", n-before)
	}
	rows := kgtest.Cypher(t, "MATCH (n:Study {id: $id}) RETURN n.title AS title, n.version AS v", map[string]any{"id": id})
	if rows[0]["title"] != "Renamed" || rows[0]["v"] != int64(2) {
		t.Errorf("stored after conflict: %v", rows)
	}
	r = h.mutate(t, h.curator, "updateStudy", map[string]any{"reason": "r", "id": id, "expectedVersion": 2, "title": "Renamed"})
	if r.Code() != "BAD_USER_INPUT" || r.Field() != "input" {
		t.Errorf("a change of nothing: %s", r.Raw)
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestGradeClaimHistory: the previous grade stays in the claim's history, and the claim's
// links take its new maturity.
func TestGradeClaimHistory(t *testing.T) {
	h := newHarness(t)
	const id = "claim:gut-bacteria-make-anti-inflammatory-scfas"
	var old struct{ Maturity string }
	old = ok[struct{ Maturity string }](t, h.do(t, "", `query { claim(id: "`+id+`") { maturity } }`, nil), "claim")
	for i, m := range []string{"EARLY", "EMERGING"} {
		in := map[string]any{"reason": fmt.Sprintf("regrade %d", i), "source": "https://example.org/review", "claim": id,
			"expectedVersion": h.version(t, id), "maturity": m, "basis": "ASSESSED", "rationale": "Because " + m}
		ok[changePayload](t, h.mutate(t, h.curator, "gradeClaim", in), "gradeClaim")
	}
	r := h.do(t, "", `query { claim(id: "`+id+`") { maturity maturityBasis assessment } history(id: "`+id+`") { mutation reason touched { target before after } } }`, nil)
	c := ok[struct{ Maturity, MaturityBasis, Assessment string }](t, r, "claim")
	if c.Maturity != "EMERGING" || c.MaturityBasis != "ASSESSED" || c.Assessment != "Because EMERGING" {
		t.Errorf("claim: %+v", c)
	}
	hist := ok[[]struct {
		Mutation, Reason string
		Touched          []struct{ Target, Before, After string }
	}](t, r, "history")
	if len(hist) < 2 || hist[0].Reason != "regrade 1" || hist[1].Reason != "regrade 0" {
		t.Fatalf("history: %+v", hist)
	}
	if !strings.Contains(hist[1].Touched[0].Before, `"maturity":"`+old.Maturity+`"`) || !strings.Contains(hist[0].Touched[0].Before, `"maturity":"EARLY"`) {
		t.Errorf("previous grades not kept: %+v", hist)
	}
	rows := kgtest.Cypher(t, "MATCH (:Claim {id: $id})-[r:ABOUT|HAS_EVIDENCE]->() RETURN collect(DISTINCT r.maturity) AS m", map[string]any{"id": id})
	if fmt.Sprint(rows[0]["m"]) != "[EMERGING]" {
		t.Errorf("links' maturity: %v", rows[0]["m"])
	}
}

// TestEvidence: added evidence appears on the claim with its stance; restating changes
// the stance; removed evidence leaves the claim and stays in its history.
func TestEvidence(t *testing.T) {
	h := newHarness(t)
	study := h.createStudy(t)
	read := func() map[string]string {
		r := h.do(t, "", `query { claim(id: "`+claimID+`") { evidence { stance study { id } } } }`, nil)
		c := ok[struct {
			Evidence []struct {
				Stance string
				Study  struct{ ID string }
			}
		}](t, r, "claim")
		out := map[string]string{}
		for _, e := range c.Evidence {
			out[e.Study.ID] = e.Stance
		}
		return out
	}
	in := map[string]any{"reason": "r", "source": "s", "claim": claimID, "study": study, "stance": "CONTRADICTS"}
	ok[changePayload](t, h.mutate(t, h.curator, "addEvidence", in), "addEvidence")
	if got := read()[study]; got != "CONTRADICTS" {
		t.Fatalf("stance after add: %q", got)
	}
	if again := h.mutate(t, h.curator, "addEvidence", in); again.Code() != "CONFLICT" {
		t.Errorf("adding the same evidence again: %s; want CONFLICT", again.Raw)
	}
	in["stance"], in["replace"] = "QUALIFIES", true
	p := ok[changePayload](t, h.mutate(t, h.curator, "addEvidence", in), "addEvidence")
	if b := p.Change.Touched[0].Before; b == nil || !strings.Contains(*b, "CONTRADICTS") {
		t.Errorf("restating does not keep the old stance: %v", deref(b))
	}
	if got := read()[study]; got != "QUALIFIES" {
		t.Errorf("stance after restating: %q", got)
	}
	ok[changePayload](t, h.mutate(t, h.curator, "removeEvidence", map[string]any{"reason": "r", "claim": claimID, "study": study}), "removeEvidence")
	if _, still := read()[study]; still {
		t.Error("removed evidence is still listed")
	}
	r := h.mutate(t, h.curator, "removeEvidence", map[string]any{"reason": "r", "claim": claimID, "study": study})
	if r.Code() != "NOT_FOUND" {
		t.Errorf("removing it again: %s", r.Raw)
	}
	r = h.mutate(t, h.curator, "addEvidence", map[string]any{"reason": "r", "source": "s", "claim": claimID, "study": "source:gut-health-acne", "stance": "SUPPORTS"})
	if r.Code() != "BAD_USER_INPUT" || r.Field() != "input.study" {
		t.Errorf("evidence that is not a study: %s", r.Raw)
	}
}

// TestRetireAndRestore: a retired study leaves lookups, lists, search and its claims'
// evidence; it keeps its history; only an admin restores it.
func TestRetireAndRestore(t *testing.T) {
	h := newHarness(t)
	id := h.createStudy(t)
	ok[any](t, h.mutate(t, h.curator, "addEvidence", map[string]any{"reason": "r", "source": "s", "claim": claimID, "study": id, "stance": "SUPPORTS"}), "addEvidence")
	title := kgtest.Cypher(t, "MATCH (n:Study {id: $id}) RETURN n.title AS t", map[string]any{"id": id})[0]["t"].(string)
	visible := func() (lookup, listed, searched, evidence bool) {
		r := h.do(t, "", `query($id: ID!, $t: String!) { nodes(ids: [$id]) { id } studies(first: 100, filter: {yearFrom: 2026}) { nodes { id } } search(query: $t) { nodes { id } } claim(id: "`+claimID+`") { evidence { study { id } } } }`, map[string]any{"id": id, "t": title})
		if len(r.Errors) > 0 {
			t.Fatalf("reading: %s", r.Raw)
		}
		lookup = strings.Contains(string(r.Data["nodes"]), id)
		listed = strings.Contains(string(r.Data["studies"]), id)
		searched = strings.Contains(string(r.Data["search"]), id)
		evidence = strings.Contains(string(r.Data["claim"]), id)
		return
	}
	if l, li, s, e := visible(); !l || !li || !s || !e {
		t.Fatalf("before retiring: lookup %v list %v search %v evidence %v", l, li, s, e)
	}
	ok[any](t, h.mutate(t, h.curator, "retire", map[string]any{"reason": "duplicate", "id": id, "expectedVersion": 1}), "retire")
	if l, li, s, e := visible(); l || li || s || e {
		t.Errorf("after retiring: lookup %v list %v search %v evidence %v", l, li, s, e)
	}
	r := h.do(t, "", `query($id: ID!) { revision(id: $id) { version retired retiredBy retiredReason } history(id: $id) { mutation } }`, map[string]any{"id": id})
	if rev := ok[struct {
		Version                  int
		Retired                  bool
		RetiredBy, RetiredReason string
	}](t, r, "revision"); rev.Version != 2 || !rev.Retired || rev.RetiredBy != h.curatorName || rev.RetiredReason != "duplicate" {
		t.Errorf("revision: %+v", rev)
	}
	if !strings.Contains(string(r.Data["history"]), "retire") || !strings.Contains(string(r.Data["history"]), "createStudy") {
		t.Errorf("history: %s", r.Data["history"])
	}
	if r := h.mutate(t, h.curator, "updateStudy", map[string]any{"reason": "r", "id": id, "expectedVersion": 2, "title": "x"}); r.Code() != "NOT_FOUND" {
		t.Errorf("updating a retired study: %s", r.Raw)
	}
	if r := h.mutate(t, h.curator, "restore", map[string]any{"reason": "r", "id": id, "expectedVersion": 2}); r.Status != http.StatusForbidden {
		t.Errorf("a curator restoring: %s", r.Raw)
	}
	ok[any](t, h.mutate(t, h.admin, "restore", map[string]any{"reason": "not a duplicate", "id": id, "expectedVersion": 2}), "restore")
	if l, li, s, e := visible(); !l || !li || !s || !e {
		t.Errorf("after restoring: lookup %v list %v search %v evidence %v", l, li, s, e)
	}
}

// TestConcurrentUpdatesConflict: two curators update the same study at the same moment
// with the same expectedVersion, many times: exactly one wins each round, the other gets
// CONFLICT, and no update is lost.
func TestConcurrentUpdatesConflict(t *testing.T) {
	h := newHarness(t)
	id := h.createStudy(t)
	const rounds = 25
	racedUpdates(t, h, "updateStudy", id, "duration", rounds)
}

// TestWritesOnlyAsJSONPost: a mutation sent with GET or as a form is refused with a code.
func TestWritesOnlyAsJSONPost(t *testing.T) {
	h := newHarness(t)
	q := `mutation { retire(input: {reason: "r", id: "study:x", expectedVersion: 1}) { change { seq } } }`
	req, _ := http.NewRequest(http.MethodGet, h.url+"/query?query="+url.QueryEscape(q), nil)
	req.Header.Set("Authorization", "Bearer "+h.curator)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET mutation: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest(http.MethodPost, h.url+"/query", strings.NewReader(url.Values{"query": {q}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer "+h.curator)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("form mutation: %d", resp.StatusCode)
	}
}

// TestBurstLimit: a token past its burst gets RATE_LIMITED (429); reads are not limited.
func TestBurstLimit(t *testing.T) {
	h := newHarnessWith(t, 3, 0.001)
	in := map[string]any{"reason": "r", "id": "nonsense", "expectedVersion": 1}
	for i := 0; i < 3; i++ {
		if r := h.mutate(t, h.curator, "retire", in); r.Code() != "BAD_USER_INPUT" {
			t.Fatalf("write %d within the burst: %s", i, r.Raw)
		}
	}
	r := h.mutate(t, h.curator, "retire", in)
	if r.Status != http.StatusTooManyRequests || r.Code() != "RATE_LIMITED" {
		t.Errorf("past the burst: %d %s", r.Status, r.Raw)
	}
	if r := h.mutate(t, h.admin, "retire", in); r.Code() != "BAD_USER_INPUT" {
		t.Errorf("another token is limited too: %s", r.Raw)
	}
	if r := h.do(t, h.curator, `{ stats { nodes { kind } } }`, nil); len(r.Errors) > 0 {
		t.Errorf("a read was limited: %s", r.Raw)
	}
}

// TestChangesFeed pages through changes in commit order with the keyset cursor.
func TestChangesFeed(t *testing.T) {
	h := newHarness(t)
	for i := 0; i < 3; i++ {
		h.createStudy(t)
	}
	type page struct {
		Edges []struct {
			Cursor string
			Node   struct{ Seq int }
		}
		PageInfo struct {
			HasNextPage bool
			EndCursor   *string
		}
	}
	var seqs []int
	var after any
	for n := 0; n < 1000; n++ {
		r := h.do(t, "", `query($after: String) { changes(first: 7, after: $after, since: "2000-01-01T00:00:00Z") { edges { cursor node { seq } } pageInfo { hasNextPage endCursor } } }`, map[string]any{"after": after})
		p := ok[page](t, r, "changes")
		for _, e := range p.Edges {
			seqs = append(seqs, e.Node.Seq)
		}
		if !p.PageInfo.HasNextPage {
			break
		}
		after = *p.PageInfo.EndCursor
	}
	total := changeCount(t)
	if int64(len(seqs)) != total {
		t.Errorf("paged %d changes, %d stored", len(seqs), total)
	}
	for i := 1; i < len(seqs); i++ {
		if seqs[i] <= seqs[i-1] {
			t.Fatalf("not in commit order at %d: %v", i, seqs)
		}
	}
	if r := h.do(t, "", `{ changes(after: "bogus") { nodes { seq } } }`, nil); r.Code() != "BAD_USER_INPUT" {
		t.Errorf("bad cursor: %s", r.Raw)
	}
}

// TestSeedReloadKeepsCuratedWork: loading the seed again keeps curated entities, links,
// grades and retirements, and restores what the seed states.
func TestSeedReloadKeepsCuratedWork(t *testing.T) {
	h := newHarness(t)
	study := h.createStudy(t)
	ok[any](t, h.mutate(t, h.curator, "addEvidence", map[string]any{"reason": "r", "source": "s", "claim": claimID, "study": study, "stance": "SUPPORTS"}), "addEvidence")
	const graded = "claim:gut-bacteria-make-anti-inflammatory-scfas"
	ok[any](t, h.mutate(t, h.curator, "gradeClaim", map[string]any{"reason": "r", "source": "s", "claim": graded, "expectedVersion": h.version(t, graded),
		"maturity": "NOT_SUPPORTED", "basis": "ASSESSED", "rationale": "Curated grade"}), "gradeClaim")
	retired := h.createStudy(t)
	ok[any](t, h.mutate(t, h.curator, "retire", map[string]any{"reason": "r", "id": retired, "expectedVersion": 1}), "retire")
	version := h.version(t, graded)

	g, err := seed.Load(seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.store.Import(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	rows := kgtest.Cypher(t, `MATCH (s:Study {id: $study}) OPTIONAL MATCH (:Claim {id: $claim})-[e:HAS_EVIDENCE]->(s)
		MATCH (c:Claim {id: $graded})
		OPTIONAL MATCH (r:Retired {id: $retired})
		RETURN count(e) AS evidence, c.maturity AS maturity, c.assessment AS assessment, c.version AS version, r IS NOT NULL AS retired`,
		map[string]any{"study": study, "claim": claimID, "graded": graded, "retired": retired})
	if len(rows) != 1 {
		t.Fatalf("the curated study is gone after reloading the seed")
	}
	row := rows[0]
	if row["evidence"] != int64(1) || row["maturity"] != "NOT_SUPPORTED" || row["assessment"] != "Curated grade" || row["version"] != int64(version) || row["retired"] != true {
		t.Errorf("after reloading the seed: %v", row)
	}
	if n := kgtest.Cypher(t, "MATCH (n:Entity {id: $id}) RETURN count(n) AS n", map[string]any{"id": retired})[0]["n"]; n != int64(0) {
		t.Errorf("the retired study came back as an entity")
	}
}

// TestRelationRules: addRelation obeys the rules of relationships.yaml: only stated types,
// the kinds each end may have, a direction of effect exactly when the type needs one.
func TestRelationRules(t *testing.T) {
	h := newHarness(t)
	base := func() map[string]any {
		return map[string]any{"reason": "r", "source": "s", "type": "MODULATES", "from": "strain:hn001", "to": "mechanism:gut-barrier-integrity",
			"effect": "INCREASES", "maturity": "EARLY", "provenance": []map[string]any{{"source": "source:gut-health-acne", "section": "s"}}}
	}
	for _, tc := range []struct {
		name, field string
		change      func(in map[string]any)
	}{
		{"implied type", "input.type", func(in map[string]any) { in["type"] = "HAS_EVIDENCE" }},
		{"wrong start kind", "input.from", func(in map[string]any) { in["from"] = "condition:acne" }},
		{"unknown end", "input.to", func(in map[string]any) { in["to"] = "mechanism:no-such-thing" }},
		{"missing effect", "input.effect", func(in map[string]any) { delete(in, "effect") }},
		{"descriptive effect", "input.effect", func(in map[string]any) { in["effect"] = "DESCRIPTIVE" }},
		{"effect where none belongs", "input.effect", func(in map[string]any) {
			in["type"], in["from"], in["to"] = "INVESTIGATES", "study:10.3390/nu13030886", "condition:acne"
		}},
		{"unknown study", "input.studies[0]", func(in map[string]any) { in["studies"] = []string{"study:none"} }},
		{"no provenance", "input.provenance", func(in map[string]any) { in["provenance"] = []any{} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := base()
			tc.change(in)
			before := changeCount(t)
			r := h.mutate(t, h.curator, "addRelation", in)
			if r.Code() != "BAD_USER_INPUT" || r.Field() != tc.field {
				t.Errorf("got %s field %q, want %q: %s", r.Code(), r.Field(), tc.field, r.Raw)
			}
			if n := changeCount(t); n != before {
				t.Errorf("wrote %d audit records", n-before)
			}
		})
	}
}

// TestRetiredEntitiesLeavePathways: a path never runs through a retired entity.
func TestRetiredEntitiesLeavePathways(t *testing.T) {
	h := newHarness(t)
	const hub = "mechanism:gut-barrier-integrity"
	const query = `{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 4, first: 50) { nodes { id } } }`
	before := h.do(t, "", query, nil)
	if len(before.Errors) > 0 || !strings.Contains(string(before.Data["pathways"]), hub) {
		t.Fatalf("before retiring, some path should pass through %s: %s", hub, before.Raw)
	}
	rev := ok[struct{ Version int }](t, h.do(t, "", `query($id: ID!) { revision(id: $id) { version } }`, map[string]any{"id": hub}), "revision")
	ok[any](t, h.mutate(t, h.curator, "retire", map[string]any{"reason": "test", "id": hub, "expectedVersion": rev.Version}), "retire")
	defer func() {
		ok[any](t, h.mutate(t, h.admin, "restore", map[string]any{"reason": "test", "id": hub, "expectedVersion": rev.Version + 1}), "restore")
	}()
	after := h.do(t, "", query, nil)
	if len(after.Errors) > 0 || strings.Contains(string(after.Data["pathways"]), hub) {
		t.Errorf("after retiring, a path still passes through %s: %s", hub, after.Raw)
	}
}

// TestGraphVersion: the graph's version (stats.version) is the latest change's number and
// stats.updatedAt its commit time; a new change moves both on.
func TestGraphVersion(t *testing.T) {
	h := newHarness(t)
	type stats struct {
		Version   int
		UpdatedAt *string
		Cursor    string
	}
	read := func() stats {
		return ok[stats](t, h.do(t, "", `{ stats { version updatedAt cursor } }`, nil), "stats")
	}
	h.createStudy(t)
	before := read()
	r := h.mutate(t, h.curator, "createStudy", studyInput())
	change := ok[changePayload](t, r, "createStudy").Change
	after := read()
	if after.Version != change.Seq || after.Version <= before.Version {
		t.Errorf("version %d after change %d (before: %d)", after.Version, change.Seq, before.Version)
	}
	if after.UpdatedAt == nil {
		t.Fatal("updatedAt is null after a change")
	}
	at, err := time.Parse(time.RFC3339, *after.UpdatedAt)
	if err != nil || time.Since(at) > time.Minute || time.Until(at) > time.Minute {
		t.Errorf("updatedAt %q: %v", *after.UpdatedAt, err)
	}
	// The cursor is the change list's own: after it come exactly the changes after the version.
	type edge struct {
		Cursor string
		Node   struct{ Seq int }
	}
	type page struct{ Edges []edge }
	list := func(after string) []edge {
		return ok[page](t, h.do(t, "", `query($a: String) { changes(after: $a, first: 5) { edges { cursor node { seq } } } }`, map[string]any{"a": after}), "changes").Edges
	}
	if got := list(before.Cursor); len(got) == 0 || got[0].Node.Seq != change.Seq || got[len(got)-1].Cursor != after.Cursor {
		t.Errorf("changes after the cursor of version %d: %+v, want change %d first and the cursor %q last", before.Version, got, change.Seq, after.Cursor)
	}
	if got := list(after.Cursor); len(got) != 0 {
		t.Errorf("changes after the latest cursor: %+v, want none", got)
	}
	// Not asked for, the version costs no read: stats alone is one round trip.
	raw := string(h.do(t, "", `{ stats { nodes { kind } } }`, nil).Raw)
	if !strings.Contains(raw, `"neo4jRoundTrips":1`) {
		t.Errorf("stats without the version: %s", raw)
	}
}
