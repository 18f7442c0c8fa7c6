// Package kgxtest checks the KGX export of the seeded graph on the real Neo4j, through the
// field's own validators: kgx (Biolink conformance of KGX TSV and JSON Lines) and
// frictionless (datapackage.json: foreign keys, enumerations, id patterns). Both run
// offline from pinned installs (scripts/pytool, scripts/pytools/*.txt); each is also shown
// failing on a broken copy, so a validator that did not run cannot pass.
package kgxtest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"gutskin/httpapi"
	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/kgx"
	"gutskin/scripts/validators"
)

func TestMain(m *testing.M) {
	code := m.Run()
	if err := kgtest.RestoreSeed(); err != nil {
		os.Stderr.WriteString("kgxtest: restoring the seed: " + err.Error() + "\n")
		code = 1
	}
	os.Exit(code)
}

func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// pytool runs scripts/pytool NAME ARGS... from the repository root and returns its exit
// code, standard output and standard error. Without python3 the test is skipped, except
// in CI (CI set), where it fails: a missing validator never passes there.
func pytool(t *testing.T, name string, args ...string) (int, string, string) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("python3 is needed for the %s validator: %v", name, err)
		}
		t.Skipf("python3 is needed for the %s validator (CI would fail here): %v", name, err)
	}
	// One server per validator and test binary imports the validator's libraries once
	// (scripts/validators/forkserver.py); each run is a fresh process of its own.
	r, err := validators.Run(name, repoRoot(t), args...)
	if err != nil {
		t.Fatalf("scripts/pytool %s: %v", name, err)
	}
	return r.Code, r.Stdout, r.Stderr
}

// kgxValidate runs kgx validate offline on the files of one format and returns its exit
// code and its report: the errors by level, type and message (empty when there are none).
func kgxValidate(t *testing.T, format string, files ...string) (int, map[string]map[string]map[string][]string, string) {
	t.Helper()
	args := append([]string{"python", "scripts/validators/kgx_offline.py", "validate", "-i", format}, files...)
	code, stdout, stderr := pytool(t, "kgx", args...)
	// The report is a JSON object on a line of its own ({} when there is no error), on
	// standard output or standard error depending on kgx's version; other lines are logs.
	out := stdout + "\n" + stderr
	report := map[string]map[string]map[string][]string{}
	i := strings.Index("\n"+out, "\n{")
	if i < 0 {
		return code, nil, out // no report: kgx stopped before validating (a file that does not read)
	}
	if err := json.NewDecoder(strings.NewReader(out[i:])).Decode(&report); err != nil {
		t.Fatalf("kgx validate: its report does not read: %v\n%s", err, out)
	}
	return code, report, out
}

func export(t *testing.T, store kg.ExportReader, f kgx.Format) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := kgx.WriteDir(context.Background(), store, f, dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func copyDir(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return to
}

func edit(t *testing.T, path string, change func(string) string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	after := change(string(b))
	if after == string(b) {
		t.Fatalf("breaking %s changed nothing", path)
	}
	if err := os.WriteFile(path, []byte(after), 0o644); err != nil {
		t.Fatal(err)
	}
}

func lines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// The seeded graph exported as KGX TSV and JSON Lines passes kgx's validation with an
// empty report, and a broken copy of each fails it.
func TestKGXValidatesTheExport(t *testing.T) {
	store := kgtest.Store(t)
	for _, c := range []struct {
		name   string
		f      kgx.Format
		format string
		// breaks breaks a copy and returns the error type kgx must report, or what it must
		// print of a file it cannot read.
		breaks func(dir string) string
	}{
		{"tsv unknown category", kgx.TSV, "tsv", func(dir string) string {
			edit(t, filepath.Join(dir, "nodes.tsv"), func(s string) string {
				return strings.Replace(s, "\tbiolink:OrganismTaxon\t", "\tbiolink:ProbioticThing\t", 1)
			})
			return "INVALID_CATEGORY"
		}},
		{"jsonl unknown predicate", kgx.JSONL, "jsonl", func(dir string) string {
			edit(t, filepath.Join(dir, "edges.jsonl"), func(s string) string {
				return strings.Replace(s, `"predicate":"biolink:affects"`, `"predicate":"biolink:cures"`, 1)
			})
			return "INVALID_EDGE_PREDICATE"
		}},
		{"jsonl broken line", kgx.JSONL, "jsonl", func(dir string) string {
			edit(t, filepath.Join(dir, "nodes.jsonl"), func(s string) string {
				first, rest, _ := strings.Cut(s, "\n")
				return first[:len(first)/2] + "\n" + rest
			})
			return "invalid json"
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := export(t, store, c.f)
			files := []string{filepath.Join(dir, kgx.FileName(c.f, kgx.Nodes)), filepath.Join(dir, kgx.FileName(c.f, kgx.Edges))}
			code, report, out := kgxValidate(t, c.format, files...)
			if code != 0 || report == nil || len(report) != 0 {
				t.Fatalf("kgx validate -i %s: exit %d, report %v\n%s", c.format, code, report, out)
			}
			broken := copyDir(t, dir)
			want := c.breaks(broken)
			code, report, out = kgxValidate(t, c.format, filepath.Join(broken, kgx.FileName(c.f, kgx.Nodes)),
				filepath.Join(broken, kgx.FileName(c.f, kgx.Edges)))
			if code == 0 {
				t.Fatalf("kgx validate passed a broken %s copy (wanted %s)\n%s", c.format, want, out)
			}
			if report["ERROR"][want] == nil && !strings.Contains(out, want) {
				t.Fatalf("kgx validate on a broken copy: wanted %s, got %v\n%s", want, report, out)
			}
		})
	}
}

// datapackage.json describes the TSV export: frictionless finds it valid, and finds a
// dangling edge (its object not a node) and an unknown agent type, which kgx lets through.
func TestFrictionlessValidatesTheTSVExport(t *testing.T) {
	store := kgtest.Store(t)
	dir := export(t, store, kgx.TSV)
	code, stdout, stderr := pytool(t, "frictionless", "frictionless", "validate", "--json", filepath.Join(dir, "datapackage.json"))
	if code != 0 || !frictionlessValid(t, stdout) {
		t.Fatalf("frictionless validate: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for name, c := range map[string]struct {
		change func(string) string
		want   string
	}{
		"dangling edge": {func(s string) string {
			return strings.Replace(s, "\tgutskin:condition_acne\t", "\tgutskin:condition_no-such-thing\t", 1)
		}, "foreign-key"},
		"bad agent type": {func(s string) string { return strings.Replace(s, "\tnot_provided\t", "\tsomebody\t", 1) }, "constraint-error"},
	} {
		t.Run(name, func(t *testing.T) {
			broken := copyDir(t, dir)
			edit(t, filepath.Join(broken, "edges.tsv"), c.change)
			code, stdout, stderr := pytool(t, "frictionless", "frictionless", "validate", "--json", filepath.Join(broken, "datapackage.json"))
			if code == 0 || frictionlessValid(t, stdout) {
				t.Fatalf("frictionless passed a broken copy (%s)\n%s\n%s", name, stdout, stderr)
			}
			if !strings.Contains(stdout, `"`+c.want+`"`) {
				t.Fatalf("frictionless on a broken copy (%s): wanted a %s error\n%s", name, c.want, stdout)
			}
		})
	}
}

func frictionlessValid(t *testing.T, stdout string) bool {
	t.Helper()
	var report struct {
		Valid bool `json:"valid"`
	}
	i := strings.Index(stdout, "{")
	if i < 0 {
		t.Fatalf("frictionless printed no report:\n%s", stdout)
	}
	if err := json.Unmarshal([]byte(stdout[i:]), &report); err != nil {
		t.Fatalf("frictionless: its report does not read: %v\n%s", err, stdout)
	}
	return report.Valid
}

// Every Biolink term the mapping names (categories, predicates, qualifier values, the
// provenance slots and their values) exists in the Biolink model the pinned biolink-model
// package ships; a fixture with made-up terms fails the same check.
func TestBiolinkTermsExistInTheModel(t *testing.T) {
	fixture := map[string]any{}
	var cats, preds []string
	for _, c := range kg.BiolinkClasses {
		cats = append(cats, c.Category)
	}
	for _, r := range kg.BiolinkRelations {
		preds = append(preds, r.Predicate)
	}
	var quals []map[string]string
	for _, d := range kg.EffectDirection {
		quals = append(quals, map[string]string{"slot": "object_direction_qualifier", "value": d})
	}
	slices.SortFunc(quals, func(a, b map[string]string) int { return strings.Compare(a["value"], b["value"]) })
	fixture["categories"], fixture["predicates"], fixture["qualifiers"] = cats, preds, quals
	var slots []string
	for _, cols := range [][]string{kgx.ColumnNames(kgx.Nodes), kgx.ColumnNames(kgx.Edges)} {
		for _, c := range cols {
			if !strings.HasPrefix(c, "gutskin_") && !slices.Contains(slots, c) {
				slots = append(slots, c)
			}
		}
	}
	fixture["slots"] = slots
	fixture["enums"] = []map[string]any{
		{"enum": "KnowledgeLevelEnum", "values": []string{kg.KnowledgeAssertion}},
		{"enum": "AgentTypeEnum", "values": []string{kg.AgentManual, kg.AgentNotProvided}},
	}
	code, out := modelCheck(t, fixture)
	if code != 0 || strings.Contains(out, "PROBLEM") || !strings.Contains(out, "Biolink model "+kg.BiolinkVersion) {
		t.Fatalf("model check: exit %d\n%s", code, out)
	}
	broken := map[string]any{
		"categories": []string{"biolink:ProbioticThing"}, "predicates": []string{"biolink:cures"},
		"slots": []string{"gut_feeling"}, "qualifiers": []map[string]string{{"slot": "object_direction_qualifier", "value": "sideways"}},
		"enums": []map[string]any{{"enum": "AgentTypeEnum", "values": []string{"somebody"}}},
	}
	code, out = modelCheck(t, broken)
	if code == 0 || strings.Count(out, "PROBLEM") != 5 {
		t.Fatalf("model check of made-up terms: exit %d, wanted 5 problems\n%s", code, out)
	}
}

func modelCheck(t *testing.T, fixture map[string]any) (int, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "terms.json")
	b, _ := json.MarshalIndent(fixture, "", "  ")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := pytool(t, "kgx", "python", "scripts/validators/kgx_offline.py", "model-check", path)
	return code, stdout + stderr
}

// The same graph gives the same bytes; nodes are sorted by id and edges by subject,
// relationship kind and object; the TSV and JSON Lines files hold the same nodes and edges.
func TestKGXExportIsDeterministic(t *testing.T) {
	store := kgtest.Store(t)
	for _, f := range kgx.Formats {
		a, b := export(t, store, f), export(t, store, f)
		for _, p := range []kgx.Part{kgx.Nodes, kgx.Edges} {
			x, _ := os.ReadFile(filepath.Join(a, kgx.FileName(f, p)))
			y, _ := os.ReadFile(filepath.Join(b, kgx.FileName(f, p)))
			if len(x) == 0 || !bytes.Equal(x, y) {
				t.Fatalf("%s %s: two exports of the same graph differ (or are empty)", f, p)
			}
		}
	}
	dir := export(t, store, kgx.TSV)
	seed := kgtest.Seed(t)
	nodes := lines(t, filepath.Join(dir, "nodes.tsv"))[1:]
	edges := lines(t, filepath.Join(dir, "edges.tsv"))[1:]
	if len(nodes) != len(seed.Nodes) || len(edges) != len(seed.Relations) {
		t.Fatalf("exported %d nodes and %d edges; the seed has %d and %d", len(nodes), len(edges), len(seed.Nodes), len(seed.Relations))
	}
	ids := make([]string, len(nodes))
	for i, l := range nodes {
		ids[i] = strings.Split(l, "\t")[7] // gutskin_id
	}
	if !slices.IsSorted(ids) {
		t.Fatal("nodes are not sorted by id")
	}
	jdir := export(t, store, kgx.JSONL)
	if n := len(lines(t, filepath.Join(jdir, "nodes.jsonl"))); n != len(nodes) {
		t.Fatalf("nodes.jsonl has %d lines, nodes.tsv %d rows", n, len(nodes))
	}
	if n := len(lines(t, filepath.Join(jdir, "edges.jsonl"))); n != len(edges) {
		t.Fatalf("edges.jsonl has %d lines, edges.tsv %d rows", n, len(edges))
	}
}

var tsvCols = map[kgx.Part][]string{kgx.Nodes: kgx.ColumnNames(kgx.Nodes), kgx.Edges: kgx.ColumnNames(kgx.Edges)}

func tsvRows(t *testing.T, path string, p kgx.Part) []map[string]string {
	t.Helper()
	all := lines(t, path)
	if all[0] != strings.Join(tsvCols[p], "\t") {
		t.Fatalf("%s: header %q", path, all[0])
	}
	var out []map[string]string
	for _, l := range all[1:] {
		vals := strings.Split(l, "\t")
		if len(vals) != len(tsvCols[p]) {
			t.Fatalf("%s: a row of %d fields: %q", path, len(vals), l)
		}
		row := map[string]string{}
		for i, c := range tsvCols[p] {
			row[c] = vals[i]
		}
		out = append(out, row)
	}
	return out
}

// What the export says of known facts: HN001 is an organism taxon; a strain with a verified
// exact NCBITaxon id carries it as its xref; an INCREASES relationship is biolink:affects
// with object_direction_qualifier increased and the DOI of its study; a seed edge is
// not_provided and a curated one manual_agent.
func TestKGXRowsOfKnownFacts(t *testing.T) {
	store := kgtest.Store(t)
	const curated = "condition:acne"
	kgtest.Cypher(t, `MATCH (:Entity {id: 'mechanism:gut-dysbiosis'})-[r:INFLUENCES]->(:Entity {id: $to})
SET r.provenance = $prov`, map[string]any{"to": curated, "prov": kg.ProvenanceJSON([]kg.Provenance{
		{Source: "source:gut-health-acne", Section: "What is the Gut-Skin Axis?", Citations: []int{1}},
		{Publication: "PMID:35866234", Curator: "alice", Date: "2026-01-02"}})})
	t.Cleanup(func() {
		if err := kgtest.RestoreSeed(); err != nil {
			t.Error(err)
		}
	})
	dir := export(t, store, kgx.TSV)
	nodes := map[string]map[string]string{}
	for _, r := range tsvRows(t, filepath.Join(dir, "nodes.tsv"), kgx.Nodes) {
		nodes[r["gutskin_id"]] = r
	}
	if n := nodes["strain:hn001"]; n["category"] != "biolink:OrganismTaxon" || n["id"] != "gutskin:strain_hn001" ||
		n["name"] != "Lacticaseibacillus rhamnosus HN001" || n["synonym"] != "L. rhamnosus HN001|Lactobacillus rhamnosus HN001" {
		t.Fatalf("strain:hn001: %v", n)
	}
	if x := nodes["strain:lgg"]["xref"]; x != "NCBITaxon:568703" {
		t.Fatalf("strain:lgg xref %q", x)
	}
	if n := nodes["study:10.3390/microorganisms9020353"]; n["id"] != "gutskin:study_10.3390%2Fmicroorganisms9020353" || n["category"] != "biolink:Publication" {
		t.Fatalf("a study: %v", n)
	}
	var found, seedEdge bool
	for _, e := range tsvRows(t, filepath.Join(dir, "edges.tsv"), kgx.Edges) {
		if e["gutskin_relation"] != "INFLUENCES" || e["subject"] != "gutskin:mechanism_gut-dysbiosis" {
			continue
		}
		switch e["object"] {
		case kg.NodeCURIE(curated):
			found = true
			if e["predicate"] != "biolink:affects" || e["object_direction_qualifier"] != "increased" ||
				e["agent_type"] != "manual_agent" || e["publications"] != "PMID:35866234|doi:10.3390/microorganisms9020353" {
				t.Fatalf("a curated INCREASES edge: %v", e)
			}
		case kg.NodeCURIE("condition:atopic-dermatitis"):
			seedEdge = true
			if e["agent_type"] != "not_provided" || e["knowledge_level"] != "knowledge_assertion" || e["publications"] != "doi:10.3390/microorganisms9020353" {
				t.Fatalf("a seed INCREASES edge: %v", e)
			}
		}
	}
	if !found || !seedEdge {
		t.Fatalf("the gut-dysbiosis INFLUENCES edges are missing (curated %v, seed %v)", found, seedEdge)
	}
}

// A retired entity and every relationship touching it are left out.
func TestKGXLeavesOutRetired(t *testing.T) {
	store := kgtest.Store(t)
	const gone = "strain:hn001"
	kgtest.Cypher(t, "MATCH (n:Entity {id: $id}) REMOVE n:Entity SET n:Retired", map[string]any{"id": gone})
	t.Cleanup(func() {
		if err := kgtest.RestoreSeed(); err != nil {
			t.Error(err)
		}
	})
	dir := export(t, store, kgx.JSONL)
	for _, p := range []kgx.Part{kgx.Nodes, kgx.Edges} {
		b, err := os.ReadFile(filepath.Join(dir, kgx.FileName(kgx.JSONL, p)))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(`"`+kg.NodeCURIE(gone)+`"`)) {
			t.Fatalf("%s still names the retired %s", p, gone)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "nodes.jsonl"))
	if !regexp.MustCompile(`"gutskin:strain_bb536"`).Match(b) {
		t.Fatal("a live strain is missing too")
	}
}

// The export of the seed streams batch by batch; this reports its allocations (run with
// go test -bench KGX -benchmem ./kgxtest/). No timing is asserted.
func BenchmarkKGXExport(b *testing.B) {
	store := kgtest.Store(b)
	for _, f := range kgx.Formats {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				for _, p := range []kgx.Part{kgx.Nodes, kgx.Edges} {
					if err := kgx.Write(context.Background(), store, f, p, io.Discard); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// GET /export/kgx/{file} streams the same bytes as the export, with its media type and a
// file name; an unknown file and a request out of time get coded errors.
func TestKGXOverHTTP(t *testing.T) {
	store := kgtest.Store(t)
	srv := httptest.NewServer(httpapi.NewServer(httpapi.Deps{Log: zerolog.Nop(), Store: store, RequestTimeout: time.Minute}))
	defer srv.Close()
	for _, c := range []struct {
		file, contentType string
		f                 kgx.Format
		p                 kgx.Part
	}{
		{"nodes.tsv", "text/tab-separated-values; charset=utf-8", kgx.TSV, kgx.Nodes},
		{"edges.tsv", "text/tab-separated-values; charset=utf-8", kgx.TSV, kgx.Edges},
		{"nodes.jsonl", "application/x-ndjson; charset=utf-8", kgx.JSONL, kgx.Nodes},
		{"edges.jsonl", "application/x-ndjson; charset=utf-8", kgx.JSONL, kgx.Edges},
	} {
		resp, err := http.Get(srv.URL + "/export/kgx/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var want bytes.Buffer
		if err := kgx.Write(context.Background(), store, c.f, c.p, &want); err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != c.contentType ||
			resp.Header.Get("Content-Disposition") != `attachment; filename="`+c.file+`"` || !bytes.Equal(body, want.Bytes()) {
			t.Errorf("%s: %d %v, %d bytes (want %d)", c.file, resp.StatusCode, resp.Header, len(body), want.Len())
		}
	}
	resp, err := http.Get(srv.URL + "/export/kgx/datapackage.json")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Equal(body, kgx.DataPackage()) {
		t.Errorf("datapackage.json: %d", resp.StatusCode)
	}
	checkError := func(url string, status int, code string) {
		t.Helper()
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != status || !strings.Contains(string(body), `"code":"`+code+`"`) || strings.Contains(string(body), "MATCH") {
			t.Errorf("%s: %d %s, want %d %s", url, resp.StatusCode, body, status, code)
		}
	}
	checkError(srv.URL+"/export/kgx/nodes.csv", 404, "NOT_FOUND")
	checkError(srv.URL+"/export/kgx/..%2Fsecret", 404, "NOT_FOUND")
	late := httptest.NewServer(httpapi.NewServer(httpapi.Deps{Log: zerolog.Nop(), Store: store, RequestTimeout: time.Nanosecond}))
	defer late.Close()
	checkError(late.URL+"/export/kgx/edges.tsv", 503, "TIMEOUT")
}

// The KGX files carry the graph losslessly: read back (kgx.ReadDir) and checked by the
// seed's rules (kgx.ToSeed), they make the very seed files the live graph exports to.
// Files that are not in this graph's mapping are refused with a coded error naming the line.
func TestKGXReadsBackLosslessly(t *testing.T) {
	store := kgtest.Store(t)
	snap, want := kgtest.ExportOf(t, store)
	for _, f := range kgx.Formats {
		dir := export(t, store, f)
		g, err := kgx.ReadDir(dir)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		loaded, files, err := kgx.ToSeed(g)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(loaded.Nodes) != len(snap.Nodes) || len(loaded.Relations) != len(snap.Relations) {
			t.Errorf("%s: read back %d nodes and %d relationships of %d and %d", f, len(loaded.Nodes), len(loaded.Relations), len(snap.Nodes), len(snap.Relations))
		}
		for name, b := range want {
			if !bytes.Equal(files[name], b) {
				t.Errorf("%s: %s differs from the live graph's seed export", f, name)
			}
		}
	}
	dir := export(t, store, kgx.TSV)
	for name, c := range map[string]struct {
		file   string
		change func(string) string
		want   string
	}{
		"category": {"nodes.tsv", func(s string) string {
			return strings.Replace(s, "\tbiolink:OrganismTaxon\tLacticaseibacillus rhamnosus HN001\t", "\tbiolink:Publication\tLacticaseibacillus rhamnosus HN001\t", 1)
		}, "nodes.tsv line"},
		"prefix": {"edges.tsv", func(s string) string {
			return strings.Replace(s, "\tgutskin:condition_acne\t", "\tMONDO:0011438\t", 1)
		}, "edges.tsv line"},
		"dangling": {"edges.tsv", func(s string) string {
			return strings.Replace(s, "\tgutskin:condition_acne\t", "\tgutskin:condition_no-such-thing\t", 1)
		}, "no-such-thing"},
	} {
		broken := copyDir(t, dir)
		edit(t, filepath.Join(broken, c.file), c.change)
		g, err := kgx.ReadDir(broken)
		if err == nil {
			_, _, err = kgx.ToSeed(g)
		}
		if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an invalid-input error naming %q", name, err, c.want)
		}
	}
}

// Export, then import into an empty database, then export again: the same bytes. The
// import is one audited change with its reason; a dry run writes nothing; importing again
// is refused whole; an import without a reason is refused.
func TestKGXImportRoundTrip(t *testing.T) {
	store := kgtest.Store(t)
	ctx := context.Background()
	t.Cleanup(func() {
		if err := kgtest.RestoreSeed(); err != nil {
			t.Error(err)
		}
	})
	before := map[kgx.Format]string{kgx.TSV: export(t, store, kgx.TSV), kgx.JSONL: export(t, store, kgx.JSONL)}
	seedGraph := kgtest.Seed(t)
	meta := kg.ChangeMeta{Curator: "kgxtest", Reason: "round trip"}

	if _, err := kgx.Import(ctx, store, before[kgx.TSV], kg.ChangeMeta{Curator: "kgxtest"}, true); kg.ErrorCode(err) != kg.EINVALID {
		t.Fatalf("an import without a reason: %v", err)
	}
	rep, err := kgx.Import(ctx, store, before[kgx.TSV], meta, true)
	if err != nil || len(rep.Existing) != len(seedGraph.Nodes) {
		t.Fatalf("a dry run into the seeded graph: %v, %d existing of %d", err, len(rep.Existing), len(seedGraph.Nodes))
	}

	kgtest.Cypher(t, "MATCH (n) DETACH DELETE n", nil)
	rep, err = kgx.Import(ctx, store, before[kgx.TSV], meta, true)
	if err != nil || len(rep.Existing) != 0 || rep.Change.Seq != 0 || rep.Nodes[kg.KindClaim] == 0 {
		t.Fatalf("a dry run into an empty graph: %v %+v", err, rep)
	}
	if n := kgtest.Cypher(t, "MATCH (n) RETURN count(n) AS n", nil)[0]["n"]; n != int64(0) {
		t.Fatalf("a dry run wrote %v nodes", n)
	}
	rep, err = kgx.Import(ctx, store, before[kgx.JSONL], meta, false)
	if err != nil {
		t.Fatal(err)
	}
	if c := rep.Change; c.Seq == 0 || c.Meta.Mutation != kgx.ImportMutation || c.Meta.Reason != "round trip" ||
		len(c.Touched) != len(seedGraph.Nodes)+len(seedGraph.Relations) {
		t.Fatalf("the import's change: seq %d, %+v, %d touched", c.Seq, c.Meta, len(c.Touched))
	}
	for f, dir := range before {
		again := export(t, store, f)
		for _, p := range []kgx.Part{kgx.Nodes, kgx.Edges} {
			x, _ := os.ReadFile(filepath.Join(dir, kgx.FileName(f, p)))
			y, _ := os.ReadFile(filepath.Join(again, kgx.FileName(f, p)))
			if len(x) == 0 || !bytes.Equal(x, y) {
				t.Errorf("%s %s: exported, imported and exported again, it differs", f, p)
			}
		}
	}
	latest, _, err := store.Latest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := kgx.Import(ctx, store, before[kgx.TSV], meta, false); kg.ErrorCode(err) != kg.ECONFLICT {
		t.Fatalf("importing again: %v, want a conflict", err)
	}
	if again, _, _ := store.Latest(ctx); again != latest {
		t.Fatalf("a refused import left a change (%d after %d)", again, latest)
	}
}

// Edges are read in batches bounded by the limit, whatever an entity's number of
// relationships: a source citing dozens of studies spans several batches, and every batch
// size reads the same relationships in the same order as one batch of all of them.
func TestExportEdgesBatchesAreBoundedByTheLimit(t *testing.T) {
	store := kgtest.Store(t)
	ctx := context.Background()
	readAll := func(limit int) ([]string, int) {
		var keys []string
		batches := 0
		for cursor := (kg.EdgeCursor{}); !cursor.Done; {
			edges, next, err := store.ExportEdges(ctx, cursor, limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(edges) > limit {
				t.Fatalf("limit %d: a batch of %d relationships", limit, len(edges))
			}
			for _, e := range edges {
				keys = append(keys, e.Key)
			}
			if batches++; batches > 100000 {
				t.Fatalf("limit %d: the batches do not end", limit)
			}
			cursor = next
		}
		return keys, batches
	}
	all, _ := readAll(1 << 20)
	if len(all) != len(kgtest.Seed(t).Relations) {
		t.Fatalf("one batch read %d relationships; the seed has %d", len(all), len(kgtest.Seed(t).Relations))
	}
	most := map[string]int{}
	for _, k := range all {
		most[strings.Split(k, "|")[1]]++
	}
	hub := slices.Max(slices.Collect(maps.Values(most)))
	for _, limit := range []int{1, 2, 7, 50} {
		keys, batches := readAll(limit)
		if !slices.Equal(keys, all) {
			t.Fatalf("limit %d: %d relationships read, not the %d of one batch in the same order", limit, len(keys), len(all))
		}
		if limit < hub && batches < len(all)/limit {
			t.Fatalf("limit %d: %d batches for %d relationships", limit, batches, len(all))
		}
	}
	t.Logf("%d relationships; the busiest entity has %d", len(all), hub)
}
