package curationtest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"gutskin/graph/generated"
	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/seed"
)

// The create and update mutations of every kind but studies (createStudy and updateStudy
// have tests of their own in rules_test.go): each has a case in mutationCases (auth matrix,
// validation, audit), its rules here, a concurrent-update test, and the seed reload.

var provenance = []map[string]any{{"source": "source:gut-health-acne", "section": "Curated additions"}}

// recordKind is one kind's part of these tests: a valid new record (with an id of its
// own), a change that keeps it valid, and its rules as broken inputs with the field named.
type recordKind struct {
	kind   kg.Kind
	valid  func(id string) map[string]any
	change map[string]any
	rules  []recordRule
}

type recordRule struct {
	name, field, msg string
	change           func(in map[string]any)
}

func set(k string, v any) func(map[string]any) { return func(in map[string]any) { in[k] = v } }

var recordKinds = []recordKind{
	{kg.KindSource, func(id string) map[string]any {
		return map[string]any{"id": id, "title": "A new review", "kind": "narrative review", "fileName": "review.pdf",
			"description": "Reviews the gut–skin axis.", "provenance": provenance}
	}, map[string]any{"publisher": "A publisher", "authors": []string{"Doe, J."}}, []recordRule{
		{"blank title", "input.title", "missing", set("title", " ")},
		{"blank file name", "input.fileName", "missing", set("fileName", "")},
		{"unknown provenance source", "input.provenance[0].source", "does not exist", set("provenance", []map[string]any{{"source": "source:nowhere", "section": "x"}})},
	}},
	{kg.KindSpecies, func(id string) map[string]any {
		return map[string]any{"id": id, "name": "Lactobacillus curatus", "kind": "PROBIOTIC_SPECIES", "description": "A species.", "provenance": provenance}
	}, map[string]any{"synonyms": []string{"L. curatus"}, "description": "A better description."}, []recordRule{
		{"blank name", "input.name", "missing", set("name", "")},
		{"no provenance", "input.provenance", "missing", set("provenance", []any{})},
	}},
	{kg.KindStrain, func(id string) map[string]any {
		return map[string]any{"id": id, "name": "CUR1", "fullName": "Lacticaseibacillus rhamnosus CUR1", "kind": "STRAIN",
			"species": "species:lacticaseibacillus-rhamnosus", "description": "A strain.", "provenance": provenance}
	}, map[string]any{"species": "species:bifidobacterium-longum", "fullName": "Bifidobacterium longum CUR1"}, []recordRule{
		{"a strain needs its species", "input.species", "belongs to a species", func(in map[string]any) { delete(in, "species") }},
		{"species of the wrong kind", "input.species", "want", set("species", "condition:acne")},
		{"unknown species", "input.species", "does not exist", set("species", "species:no-such-species")},
		{"blank full name", "input.fullName", "missing", set("fullName", " ")},
	}},
	{kg.KindMechanism, func(id string) map[string]any {
		return map[string]any{"id": id, "name": "Curated mechanism", "category": "IMMUNE", "description": "A mechanism.", "provenance": provenance}
	}, map[string]any{"category": "BARRIER"}, []recordRule{
		{"blank description", "input.description", "missing", set("description", "")},
		{"provenance section", "input.provenance[0].section", "missing", set("provenance", []map[string]any{{"source": "source:gut-health-acne", "section": ""}})},
	}},
	{kg.KindCondition, func(id string) map[string]any {
		return map[string]any{"id": id, "name": "Curated condition", "kind": "SKIN_CONDITION", "description": "A condition.", "provenance": provenance}
	}, map[string]any{"subtypeOf": "condition:acne"}, []recordRule{
		{"unknown broader condition", "input.subtypeOf", "does not exist", set("subtypeOf", "condition:no-such-condition")},
		{"broader condition of the wrong kind", "input.subtypeOf", "want", set("subtypeOf", "strain:hn001")},
	}},
	{kg.KindFactor, func(id string) map[string]any {
		return map[string]any{"id": id, "name": "Curated factor", "kind": "DIET", "description": "A factor.", "provenance": provenance}
	}, map[string]any{"kind": "LIFESTYLE", "name": "Renamed factor"}, []recordRule{
		{"id of another kind", "input.id", "must start with", set("id", "strain:curated-factor")},
		{"id that is no slug", "input.id", "slug", set("id", "factor:Not A Slug")},
		{"blank name", "input.name", "missing", set("name", "")},
	}},
	{kg.KindClaim, func(id string) map[string]any {
		return map[string]any{"id": id, "statement": "HN001 helps.", "kind": "SCIENTIFIC", "maturity": "EARLY", "maturityBasis": "ASSESSED",
			"assessment": "One small trial.", "madeBy": "source:gut-health-acne", "section": "Curated additions",
			"subjects": []string{"strain:hn001", "condition:acne"}, "provenance": provenance,
			"evidence":  []map[string]any{{"study": "study:10.3390/microorganisms9020353", "stance": "SUPPORTS"}},
			"positions": []map[string]any{{"source": "source:gut-health-acne", "position": "HEDGES", "note": "Says HN001 may help."}}}
	}, map[string]any{"statement": "HN001 helps with acne.", "subjects": []string{"strain:hn001"}}, []recordRule{
		{"no position of the source that makes it", "input.positions", "stands", set("positions", []map[string]any{})},
		{"no subjects", "input.subjects", "about something", set("subjects", []string{})},
		{"unknown subject", "input.subjects[1]", "does not exist", set("subjects", []string{"strain:hn001", "mechanism:none"})},
		{"source document of the wrong kind", "input.madeBy", "want", set("madeBy", "strain:hn001")},
		{"evidence that is not a study", "input.evidence[0].study", "want", set("evidence", []map[string]any{{"study": "source:gut-health-acne", "stance": "SUPPORTS"}})},
		{"evidence listed twice", "input.evidence[1].study", "twice", set("evidence", []map[string]any{
			{"study": "study:10.3390/microorganisms9020353", "stance": "SUPPORTS"}, {"study": "study:10.3390/microorganisms9020353", "stance": "QUALIFIES"}})},
		{"blank assessment", "input.assessment", "missing", set("assessment", "")},
	}},
	{kg.KindFinding, func(id string) map[string]any {
		return map[string]any{"id": id, "study": "study:10.3390/microorganisms9020353", "summary": "Lesions fell.", "measure": "lesion count",
			"effect": "DECREASES", "pValue": 0.01, "measures": []string{"condition:acne"}, "provenance": provenance}
	}, map[string]any{"pValue": 0.04, "measures": []string{"condition:acne", "mechanism:gut-barrier-integrity"},
		"effectSize": -0.3, "effectSizeMetric": "NOT_STATED"}, []recordRule{
		{"p-value out of range", "input.pValue", "between 0 and 1", set("pValue", 1.5)},
		{"unknown study", "input.study", "does not exist", set("study", "study:no-such-study")},
		{"measures a strain", "input.measures[0]", "want", set("measures", []string{"strain:hn001"})},
		{"effect size without its metric", "input.effectSizeMetric", "NOT_STATED", set("effectSize", -0.3)},
		{"metric without an effect size", "input.effectSizeMetric", "no effectSize", set("effectSizeMetric", "ODDS_RATIO")},
		{"interval that misses the effect size", "input.effectSizeInterval", "outside its interval", func(in map[string]any) {
			in["effectSize"], in["effectSizeMetric"] = -0.3, "MEAN_DIFFERENCE"
			in["effectSizeInterval"] = map[string]any{"lower": 0.1, "upper": 0.9, "level": 0.95}
		}},
		{"interval level in percent", "input.effectSizeInterval.level", "above 0 and below 1", func(in map[string]any) {
			in["effectSize"], in["effectSizeMetric"] = -0.3, "MEAN_DIFFERENCE"
			in["effectSizeInterval"] = map[string]any{"lower": -0.5, "upper": -0.1, "level": 95}
		}},
	}},
}

// newID returns an id of the kind no other call returns.
func newID(kind kg.Kind) string {
	return fmt.Sprintf("%scurated-%d-%d", kind.Prefix(), time.Now().UnixNano(), unique())
}

func label(kind kg.Kind) string { return kind.Label() }

// createInput is a valid create input for a new record of the kind.
func (k recordKind) createInput() map[string]any {
	in := k.valid(newID(k.kind))
	in["reason"], in["source"] = "named by the 2026 review", "https://doi.org/10.5555/review.2026"
	return in
}

// create makes a new record of the kind and returns its id.
func (h *harness) create(tb testing.TB, k recordKind) string {
	tb.Helper()
	in := k.createInput()
	ok[changePayload](tb, h.mutate(tb, h.curator, "create"+label(k.kind), in), "create"+label(k.kind))
	return in["id"].(string)
}

func init() {
	for _, k := range recordKinds {
		create, update := "create"+label(k.kind), "update"+label(k.kind)
		mutationCases[create] = mutationCase{
			role:  kg.RoleCurator,
			valid: func(*testing.T, *harness) map[string]any { return k.createInput() },
			invalid: func(*testing.T, *harness) (map[string]any, string) {
				in := k.createInput()
				k.rules[0].change(in)
				return in, k.rules[0].field
			},
		}
		mutationCases[update] = mutationCase{
			role: kg.RoleCurator,
			valid: func(t *testing.T, h *harness) map[string]any {
				in := map[string]any{"reason": "a correction", "id": h.create(t, k), "expectedVersion": 1}
				maps.Copy(in, k.change)
				return in
			},
			invalid: func(t *testing.T, h *harness) (map[string]any, string) {
				in := map[string]any{"reason": "a correction", "id": h.create(t, k), "expectedVersion": 1}
				for _, r := range k.rules {
					probe := map[string]any{}
					r.change(probe)
					if _, isID := probe["id"]; len(probe) > 0 && !isID {
						maps.Copy(in, probe)
						return in, r.field
					}
				}
				t.Fatalf("%s has no rule an update can break", k.kind)
				return nil, ""
			},
		}
	}
}

// TestRecordRules: each rule of a kind's seed file applies to its create mutation, names
// the input path, and nothing is written; the same rules apply to updates.
func TestRecordRules(t *testing.T) {
	h := newHarness(t)
	for _, k := range recordKinds {
		for _, rule := range append([]recordRule{
			{"missing source of the change", "input.source", "missing", set("source", " ")},
			{"blank reason", "input.reason", "missing", set("reason", "")},
		}, k.rules...) {
			t.Run(label(k.kind)+"/"+rule.name, func(t *testing.T) {
				in := k.createInput()
				rule.change(in)
				before := changeCount(t)
				r := h.mutate(t, h.curator, "create"+label(k.kind), in)
				if r.Code() != "BAD_USER_INPUT" || r.Field() != rule.field || !strings.Contains(r.Errors[0].Message, rule.msg) {
					t.Errorf("got %s field %q, want BAD_USER_INPUT field %q mentioning %q: %s", r.Code(), r.Field(), rule.field, rule.msg, r.Raw)
				}
				if n := changeCount(t); n != before {
					t.Errorf("wrote %d audit records", n-before)
				}
				if rows := kgtest.Cypher(t, "MATCH (n {id: $id}) RETURN count(n) AS n", map[string]any{"id": in["id"]}); rows[0]["n"] != int64(0) {
					t.Errorf("a refused record was stored")
				}
			})
		}
	}
	t.Run("duplicate id", func(t *testing.T) {
		r := h.mutate(t, h.curator, "createStrain", func() map[string]any {
			in := recordKinds[2].createInput()
			in["id"] = "strain:hn001"
			return in
		}())
		if r.Code() != "BAD_USER_INPUT" || r.Field() != "input.id" || !strings.Contains(r.Errors[0].Message, "already exists") {
			t.Errorf("duplicate id: %s", r.Raw)
		}
	})
}

// TestRecordCreateAndUpdate: each kind is created, reads back like a seed record (with its
// links), is updated (properties and the links its record states), reports its version,
// and refuses a stale version with CONFLICT.
func TestRecordCreateAndUpdate(t *testing.T) {
	h := newHarness(t)
	for _, k := range recordKinds {
		t.Run(label(k.kind), func(t *testing.T) {
			in := k.createInput()
			id := in["id"].(string)
			field := strings.ToLower(label(k.kind)[:1]) + label(k.kind)[1:]
			create := "create" + label(k.kind)
			q := fmt.Sprintf("mutation($in: %s!) { %s(input: $in) { version %s { id version label } change { mutation touched { target } } } }", inputTypes[create], create, field)
			p := ok[map[string]any](t, h.do(t, h.curator, q, map[string]any{"in": in}), create)
			e := p[field].(map[string]any)
			if e["id"] != id || e["version"] != float64(1) || p["version"] != float64(1) {
				t.Fatalf("created: %v", p)
			}
			// What the record states is stored as the seed loader would store it.
			g, problems := seed.CheckFields(k.kind, seedFields(k, in), seed.Known(kindsOf(t, in)), seed.Creating)
			if len(problems) > 0 {
				t.Fatalf("the seed rules refuse what the API accepted: %v", problems)
			}
			for _, rel := range g.Relations {
				rows := kgtest.Cypher(t, "MATCH ()-[r {key: $key}]->() RETURN count(r) AS n", map[string]any{"key": rel.Key})
				if rows[0]["n"] != int64(1) {
					t.Errorf("relationship %s was not stored", rel.Key)
				}
			}

			update := "update" + label(k.kind)
			up := map[string]any{"reason": "a correction", "id": id, "expectedVersion": 1}
			maps.Copy(up, k.change)
			q = fmt.Sprintf("mutation($in: %s!) { %s(input: $in) { version %s { id version } change { touched { target before after } } } }", inputTypes[update], update, field)
			p = ok[map[string]any](t, h.do(t, h.curator, q, map[string]any{"in": up}), update)
			if p["version"] != float64(2) || p[field].(map[string]any)["version"] != float64(2) {
				t.Errorf("updated: %v", p)
			}
			stored := kgtest.Cypher(t, "MATCH (n:Entity {id: $id}) RETURN properties(n) AS p", map[string]any{"id": id})[0]["p"].(map[string]any)
			for key, want := range k.change {
				if key == "subjects" || key == "measures" {
					continue // links, checked below
				}
				prop := key
				if key == "kind" {
					prop = strings.ToLower(label(k.kind)[:1]) + label(k.kind)[1:] + "Kind"
				}
				if fmt.Sprint(stored[prop]) != fmt.Sprint(want) {
					t.Errorf("%s after the update: %v, want %v", prop, stored[prop], want)
				}
			}
			after := maps.Clone(in)
			maps.Copy(after, k.change)
			g2, problems := seed.CheckFields(k.kind, seedFields(k, after), seed.Known(kindsOf(t, after)), seed.Creating)
			if len(problems) > 0 {
				t.Fatalf("the seed rules refuse the updated record: %v", problems)
			}
			var want []string
			for _, rel := range g2.Relations {
				want = append(want, rel.Key)
			}
			got := ownLinks(t, g, g2)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("links after the update: %v, want %v", got, want)
			}

			before := changeCount(t)
			r := h.mutate(t, h.curator, update, up)
			if r.Code() != "CONFLICT" {
				t.Errorf("stale version: %s", r.Raw)
			}
			if n := changeCount(t); n != before {
				t.Errorf("a conflict wrote %d audit records", n-before)
			}
			if r := h.mutate(t, h.curator, update, map[string]any{"reason": "r", "id": id, "expectedVersion": 2}); r.Code() != "BAD_USER_INPUT" || r.Field() != "input" {
				t.Errorf("a change of nothing: %s", r.Raw)
			}
			if r := h.mutate(t, h.curator, update, map[string]any{"reason": "r", "id": "study:x", "expectedVersion": 2}); r.Code() != "BAD_USER_INPUT" || r.Field() != "input.id" {
				t.Errorf("an id of another kind: %s", r.Raw)
			}
		})
	}
}

// seedFields turns a test input into the fields of a seed record.
func seedFields(k recordKind, in map[string]any) map[string]any {
	out := map[string]any{}
	for key, v := range in {
		switch key {
		case "reason", "source", "clientMutationId", "expectedVersion":
			continue
		case "madeBy":
			key = "source"
		}
		out[key] = v
	}
	return out
}

// kindsOf looks up the kinds of every id a record's fields may name.
func kindsOf(t *testing.T, in map[string]any) map[string]kg.Kind {
	rows := kgtest.Cypher(t, "MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind", nil)
	out := map[string]kg.Kind{}
	for _, r := range rows {
		out[r["id"].(string)] = kg.Kind(r["kind"].(string))
	}
	return out
}

// ownLinks lists the stored relationships among those either record version states.
func ownLinks(t *testing.T, a, b kg.Graph) []string {
	var keys []string
	for _, g := range []kg.Graph{a, b} {
		for _, r := range g.Relations {
			if !slices.Contains(keys, r.Key) {
				keys = append(keys, r.Key)
			}
		}
	}
	rows := kgtest.Cypher(t, "MATCH ()-[r]->() WHERE r.key IN $keys RETURN r.key AS key ORDER BY key", map[string]any{"keys": keys})
	var out []string
	for _, r := range rows {
		out = append(out, r["key"].(string))
	}
	return out
}

// TestConcurrentRecordUpdates: two curators update the same record of each kind at once
// with the same expectedVersion, many times: one wins each round, the other gets CONFLICT,
// and every win is one version and one audit record.
func TestConcurrentRecordUpdates(t *testing.T) {
	h := newHarness(t)
	const rounds = 10
	for _, k := range recordKinds {
		t.Run(label(k.kind), func(t *testing.T) {
			id := h.create(t, k)
			update := "update" + label(k.kind)
			textField := map[kg.Kind]string{kg.KindClaim: "statement", kg.KindFinding: "summary", kg.KindSource: "title"}[k.kind]
			if textField == "" {
				textField = "description"
			}
			racedUpdates(t, h, update, id, textField, rounds)
		})
	}
}

// TestVersionIsReadWithTheEntity: every entity type answers version in the same statement as
// its other fields, and it is the expectedVersion an update takes.
func TestVersionIsReadWithTheEntity(t *testing.T) {
	h := newHarness(t)
	id := h.create(t, recordKinds[2])
	read := func() (int, int) {
		r := h.do(t, "", `query($id: ID!) { strain(id: $id) { version species { version } } }`, map[string]any{"id": id})
		s := ok[struct {
			Version int
			Species struct{ Version int }
		}](t, r, "strain")
		if n := r.RoundTrips(); n != 1 {
			t.Errorf("%d round trips for one root field", n)
		}
		return s.Version, s.Species.Version
	}
	if v, sv := read(); v != 1 || sv < 1 {
		t.Fatalf("versions %d %d", v, sv)
	}
	ok[any](t, h.mutate(t, h.curator, "updateStrain", map[string]any{"reason": "r", "id": id, "expectedVersion": 1, "name": "CUR2"}), "updateStrain")
	v, _ := read()
	if v != 2 {
		t.Errorf("version after an update: %d", v)
	}
	ok[any](t, h.mutate(t, h.curator, "updateStrain", map[string]any{"reason": "r", "id": id, "expectedVersion": v, "name": "CUR3"}), "updateStrain")
}

// TestInputsFollowTheSeedRecords keeps each kind's create input in step with its seed
// record: every input field is a record field (or describes the change), and every record
// field is in the input unless it is listed here as not (yet) curated through the API.
func TestInputsFollowTheSeedRecords(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	// mergedFrom is an editorial act on the seed (its id rules run when the seed loads).
	notThroughTheAPI := map[string]bool{"mergedFrom": true, "xrefs": true, "verified": true, "recordNote": true, "idKeptBecause": true, "pmid": true, "citedTitle": true}
	for _, spec := range kg.KindSpecs {
		def := schema.Types["Create"+spec.Label+"Input"]
		if def == nil {
			t.Errorf("kind %s has no Create%sInput", spec.Kind, spec.Label)
			continue
		}
		if schema.Types["Update"+spec.Label+"Input"] == nil {
			t.Errorf("kind %s has no Update%sInput", spec.Kind, spec.Label)
		}
		record := seed.Fields(spec.Kind)
		for _, f := range def.Fields {
			name := f.Name
			if name == "madeBy" {
				name = "source"
			} else if metaFieldNames[name] {
				continue
			}
			if !slices.Contains(record, name) {
				t.Errorf("Create%sInput.%s is no field of the kind's seed record %v", spec.Label, f.Name, record)
			}
		}
		for _, name := range record {
			in := name
			if spec.Kind == kg.KindClaim && name == "source" {
				in = "madeBy"
			}
			if def.Fields.ForName(in) == nil && !notThroughTheAPI[name] {
				t.Errorf("the seed record of %s has %s, which Create%sInput lacks", spec.Kind, name, spec.Label)
			}
		}
	}
}

var metaFieldNames = map[string]bool{"clientMutationId": true, "reason": true, "source": true}

// TestSeedReloadKeepsCuratorsChanges: loading the seed again keeps what curators did to
// the seed's own records: a removed relationship and removed evidence stay removed,
// restated evidence keeps its new stance, and a changed strain keeps its description and
// its new species (and not its old one).
func TestSeedReloadKeepsCuratorsChanges(t *testing.T) {
	h := newHarness(t)
	t.Cleanup(func() {
		if err := kgtest.RestoreSeed(); err != nil {
			t.Fatal(err)
		}
	})
	const (
		dysbiosis = "mechanism:gut-dysbiosis"
		removed   = "study:editorial-gut-skin-axis-2024"
		restated  = "study:gut-microbiome-skin-health-gut-skin-axis-2022"
		strain    = "strain:bb536"
		oldSp     = "species:bifidobacterium-longum"
		newSp     = "species:bifidobacterium-animalis-lactis"
	)
	ok[any](t, h.mutate(t, h.curator, "removeRelation", map[string]any{"reason": "not shown", "type": "INFLUENCES", "from": dysbiosis, "to": "condition:acne"}), "removeRelation")
	// Restating the seed's evidence first makes the link a curated one; removed, it must
	// stay removed all the same.
	ok[any](t, h.mutate(t, h.curator, "addEvidence", map[string]any{"reason": "r", "source": "s", "claim": claimID, "study": removed, "stance": "QUALIFIES", "replace": true}), "addEvidence")
	ok[any](t, h.mutate(t, h.curator, "removeEvidence", map[string]any{"reason": "an editorial", "claim": claimID, "study": removed}), "removeEvidence")
	ok[any](t, h.mutate(t, h.curator, "addEvidence", map[string]any{"reason": "r", "source": "s", "claim": claimID, "study": restated, "stance": "QUALIFIES", "note": "curated", "replace": true}), "addEvidence")
	ok[any](t, h.mutate(t, h.curator, "updateStrain", map[string]any{"reason": "reclassified", "source": "s", "id": strain,
		"expectedVersion": h.version(t, strain), "description": "Curated description.", "species": newSp}), "updateStrain")
	version := h.version(t, strain)
	stamp := func() string {
		r := kgtest.Cypher(t, "MATCH (s:Strain {id: $id}) RETURN s.updatedBy + ' ' + toString(s.updatedAt) AS stamp", map[string]any{"id": strain})
		s, _ := r[0]["stamp"].(string)
		return s
	}
	updated := stamp()
	if !strings.HasPrefix(updated, h.curatorName+" ") {
		t.Fatalf("the curated strain records %q as its last change; want %s and a time", updated, h.curatorName)
	}

	g, err := seed.Load(seed.Data)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.store.Import(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	row := kgtest.Cypher(t, `MATCH (s:Strain {id: $strain}) MATCH (c:Claim {id: $claim})
		RETURN COUNT { (:Mechanism {id: $dysbiosis})-[:INFLUENCES]->(:Condition {id: 'condition:acne'}) } AS influences,
		  COUNT { (c)-[:HAS_EVIDENCE]->(:Study {id: $removed}) } AS removedEvidence,
		  [(c)-[k:HAS_EVIDENCE]->(:Study {id: $restated}) | k.stance + ' ' + k.note] AS restatedEvidence,
		  s.description AS description, s.species AS species, s.version AS version,
		  COUNT { (s)-[:MEMBER_OF]->(:Species {id: $oldSp}) } AS oldSpecies, COUNT { (s)-[:MEMBER_OF]->(:Species {id: $newSp}) } AS newSpecies`,
		map[string]any{"strain": strain, "dysbiosis": dysbiosis, "claim": claimID, "removed": removed, "restated": restated, "oldSp": oldSp, "newSp": newSp})[0]
	row["restatedEvidence"] = fmt.Sprint(row["restatedEvidence"])
	want := map[string]any{"influences": int64(0), "removedEvidence": int64(0), "restatedEvidence": "[QUALIFIES curated]",
		"description": "Curated description.", "species": newSp, "version": int64(version), "oldSpecies": int64(0), "newSpecies": int64(1)}
	for k, v := range want {
		if row[k] != v {
			t.Errorf("after reloading the seed, %s = %v, want %v", k, row[k], v)
		}
	}
	if after := stamp(); after != updated {
		t.Errorf("reloading the seed changed who last changed the strain and when: %q, was %q", after, updated)
	}
	// Stating a removed seed relationship again brings it back, and a reload keeps it.
	ok[any](t, h.mutate(t, h.curator, "addRelation", map[string]any{"reason": "shown after all", "source": "s", "type": "INFLUENCES", "from": dysbiosis,
		"to": "condition:acne", "effect": "INCREASES", "maturity": "EARLY", "provenance": provenance}), "addRelation")
	if err := h.store.Import(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	rows := kgtest.Cypher(t, "MATCH (:Mechanism {id: $d})-[i:INFLUENCES]->(:Condition {id: 'condition:acne'}) RETURN i.maturity AS m", map[string]any{"d": dysbiosis})
	if len(rows) != 1 || rows[0]["m"] != "EARLY" {
		t.Errorf("the restated relationship after a reload: %v", rows)
	}
}

// TestTokensThroughTheAPI: an admin makes a token (its value is in the payload once and
// works at once), lists tokens (never values), and revokes it (it stops working at once);
// listing needs an admin token.
func TestTokensThroughTheAPI(t *testing.T) {
	h := newHarness(t)
	name := fmt.Sprintf("api-made-%d", time.Now().UnixNano())
	r := h.do(t, h.admin, `mutation($in: CreateTokenInput!) { createToken(input: $in) { token info { name role revokedAt } change { mutation touched { target after } } } }`,
		map[string]any{"in": map[string]any{"reason": "a new curator", "name": name, "role": "CURATOR"}})
	made := ok[struct {
		Token string
		Info  struct {
			Name, Role string
			RevokedAt  *string
		}
		Change struct {
			Mutation string
			Touched  []struct{ Target, After string }
		}
	}](t, r, "createToken")
	if made.Token == "" || made.Info.Name != name || made.Info.Role != "CURATOR" || made.Info.RevokedAt != nil {
		t.Fatalf("made: %+v", made)
	}
	if strings.Contains(made.Change.Touched[0].After, made.Token) || strings.Contains(string(r.Raw)[strings.Index(string(r.Raw), `"change"`):], made.Token) {
		t.Errorf("the audit record holds the token's value: %s", r.Raw)
	}
	if rows := kgtest.Cypher(t, "MATCH (c:Change) WHERE c.touched CONTAINS $v RETURN count(c) AS n", map[string]any{"v": made.Token}); rows[0]["n"] != int64(0) {
		t.Error("a stored audit record holds the token's value")
	}
	study := h.createStudy(t)
	in := map[string]any{"reason": "r", "id": study, "expectedVersion": 1, "title": "Made with an API token"}
	ok[any](t, h.mutate(t, made.Token, "updateStudy", in), "updateStudy")

	if r := h.do(t, h.admin, `mutation { createToken(input: {reason: "r", name: "`+name+`", role: ADMIN}) { token } }`, nil); r.Code() != "BAD_USER_INPUT" || r.Field() != "input.name" {
		t.Errorf("a second token of the same name: %s", r.Raw)
	}

	list := `{ tokens { name role createdAt revokedAt } }`
	for _, tc := range []struct{ who, token, code string }{
		{"no token", "", "UNAUTHENTICATED"}, {"revoked token", h.revoked, "UNAUTHENTICATED"}, {"curator", h.curator, "FORBIDDEN"},
	} {
		if r := h.do(t, tc.token, list, nil); r.Code() != tc.code {
			t.Errorf("listing with %s: %s", tc.who, r.Raw)
		}
	}
	r = h.do(t, h.admin, list, nil)
	tokens := ok[[]struct{ Name, Role, CreatedAt string }](t, r, "tokens")
	found := false
	for _, tk := range tokens {
		found = found || tk.Name == name
	}
	if !found || strings.Contains(string(r.Raw), made.Token) || strings.Contains(string(r.Raw), "hash") {
		t.Errorf("the list: %s", r.Raw)
	}

	ok[any](t, h.mutate(t, h.admin, "revokeToken", map[string]any{"reason": "left the team", "name": name}), "revokeToken")
	in["expectedVersion"], in["title"] = 2, "After revocation"
	if r := h.mutate(t, made.Token, "updateStudy", in); r.Code() != "UNAUTHENTICATED" {
		t.Errorf("a revoked token still writes: %s", r.Raw)
	}
	if r := h.mutate(t, h.admin, "revokeToken", map[string]any{"reason": "again", "name": name}); r.Code() != "BAD_USER_INPUT" || r.Field() != "input.name" {
		t.Errorf("revoking twice: %s", r.Raw)
	}
}

// TestGradingKeepsTheGradeNote: grading rebuilds the claim's whole record from the store,
// so fields the grade does not touch (here the gradeNote) stay as they are.
func TestGradingKeepsTheGradeNote(t *testing.T) {
	h := newHarness(t)
	t.Cleanup(func() {
		if err := kgtest.RestoreSeed(); err != nil {
			t.Fatal(err)
		}
	})
	const id = "claim:moisturizers-strengthen-skin-barrier"
	note := kgtest.Cypher(t, "MATCH (c:Claim {id: $id}) RETURN c.gradeNote AS n", map[string]any{"id": id})[0]["n"]
	if note == nil || note == "" {
		t.Fatalf("the seed's claim %s has no gradeNote", id)
	}
	p := ok[changePayload](t, h.mutate(t, h.curator, "gradeClaim", map[string]any{"reason": "r", "source": "s", "claim": id,
		"expectedVersion": h.version(t, id), "maturity": "PLAUSIBLE", "basis": "ASSESSED", "rationale": "Regraded."}), "gradeClaim")
	if after := p.Change.Touched[0].After; after == nil || strings.Contains(*after, "gradeNote") {
		t.Errorf("the grade changed the gradeNote: %s", deref(after))
	}
	if got := kgtest.Cypher(t, "MATCH (c:Claim {id: $id}) RETURN c.gradeNote AS n", map[string]any{"id": id})[0]["n"]; got != note {
		t.Errorf("gradeNote after grading: %v, want %v", got, note)
	}
}

// TestViewer: the viewer query names the token's holder and role, is null without a token
// (reads stay open), refuses an unknown or revoked token, and spends nothing of the token's
// burst allowance of writes.
func TestViewer(t *testing.T) {
	h := newHarnessWith(t, 1, 0.0001)
	q := `{ viewer { name role } stats { version } }`
	type viewer struct{ Name, Role string }
	for i := 0; i < 3; i++ {
		v := ok[*viewer](t, h.do(t, h.curator, q, nil), "viewer")
		if v == nil || v.Name != h.curatorName || v.Role != "CURATOR" {
			t.Fatalf("curator's viewer: %+v", v)
		}
	}
	if v := ok[*viewer](t, h.do(t, h.admin, q, nil), "viewer"); v == nil || v.Role != "ADMIN" {
		t.Errorf("admin's viewer: %+v", v)
	}
	if r := h.do(t, "", q, nil); ok[*viewer](t, r, "viewer") != nil || string(r.Data["stats"]) == "null" {
		t.Errorf("without a token: %s", r.Raw)
	}
	for _, tc := range []struct{ who, token string }{{"revoked", h.revoked}, {"unknown", "no-such-token"}} {
		r := h.do(t, tc.token, q, nil)
		if r.Code() != "UNAUTHENTICATED" || strings.Contains(string(r.Raw), tc.token) {
			t.Errorf("%s token: %s", tc.who, r.Raw)
		}
	}
	// The burst is one write: the checks above left it whole.
	study := h.createStudy(t)
	if r := h.mutate(t, h.curator, "updateStudy", map[string]any{"reason": "r", "id": study, "expectedVersion": 1, "title": "After viewer checks"}); r.Code() != "RATE_LIMITED" {
		t.Errorf("the burst of one was not spent by createStudy alone: %s", r.Raw)
	}
}
