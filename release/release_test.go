package release_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gutskin/kg"
	"gutskin/kgtest"
	"gutskin/release"
	"gutskin/scripts/validators"
	"gutskin/seed"
)

// write releases the seeded graph into dir with the built-in parts.
func write(t *testing.T, dir string, o release.Options) release.Manifest {
	t.Helper()
	store := kgtest.Store(t)
	o.Out = dir
	o.Parts = release.Standard(store, "https://gutskin.example", seed.Data)
	m, err := release.Write(context.Background(), store, o)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestReleaseTwiceIsTheSameBytes(t *testing.T) {
	root := t.TempDir()
	a := write(t, filepath.Join(root, "a"), release.Options{Date: "2026-12-01"})
	b := write(t, filepath.Join(root, "b"), release.Options{Date: "2026-12-01"})
	if a.Version != b.Version || len(a.Files) != len(b.Files) {
		t.Fatalf("two releases of one graph: %s with %d files, %s with %d", a.Version, len(a.Files), b.Version, len(b.Files))
	}
	for _, f := range append(a.Files, release.ManifestFile{Path: release.MetadataFile}) {
		x, err := os.ReadFile(filepath.Join(root, "a", f.Path))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(root, "b", f.Path))
		if err != nil {
			t.Fatal(err)
		}
		if string(x) != string(y) {
			t.Errorf("%s differs between two releases of the same graph", f.Path)
		}
	}
	back, err := release.Read(filepath.Join(root, "a"))
	if err != nil || back.Version != a.Version || back.Seq != a.Seq || len(back.Files) != len(a.Files) {
		t.Fatalf("reading the release back: %+v, %v", back, err)
	}
	// The seed files of a release load: -seed-dir takes a release's graph back.
	if _, err := seed.Load(os.DirFS(filepath.Join(root, "a", "seed"))); err != nil {
		t.Errorf("the release's seed files do not load: %v", err)
	}
	// The RO-Crate validator (offline, pinned) accepts the release, and refuses it once a
	// listed file no longer matches its checksum.
	if out, err := rocrateCheck(filepath.Join(root, "a")); err != nil {
		t.Fatalf("the RO-Crate check refuses the release: %v\n%s", err, out)
	}
	if err := os.WriteFile(filepath.Join(root, "b", "tables", "claim.csv"), []byte("id\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := rocrateCheck(filepath.Join(root, "b")); err == nil || !strings.Contains(out, "sha256 does not match") {
		t.Errorf("the RO-Crate check passed a release whose file changed (%v):\n%s", err, out)
	}
	// The release's bibliography passes the citation formats' own validators.
	for _, v := range [][]string{{"csl.py", "bibliography/studies.json"}, {"bibtex.py", "bibliography/studies.bib"}, {"ris.py", "bibliography/studies.ris"}} {
		code, out, err := validators.RunCombined("citations", ".", "python", "../scripts/validators/"+v[0], filepath.Join(root, "a", v[1]))
		if err != nil || code != 0 {
			t.Errorf("%s refuses the release's %s: exit %d, %v\n%s", v[0], v[1], code, err, out)
		}
	}
	table, err := os.ReadFile(filepath.Join(root, "a", "tables", "study.csv"))
	if err != nil || !strings.HasPrefix(string(table), "id,label,title,authors,year") {
		t.Errorf("tables/study.csv starts %q (%v)", string(table[:min(len(table), 60)]), err)
	}
	// A finding's effect size is in its table with its metric and (empty) interval columns.
	findings, err := os.ReadFile(filepath.Join(root, "a", "tables", "finding.csv"))
	if err != nil || !strings.Contains(string(findings), "effectSize,effectSizeMetric,effectSizeLower,effectSizeUpper,effectSizeLevel,") ||
		!strings.Contains(string(findings), ",-0.29,NOT_STATED,,,,") {
		t.Errorf("tables/finding.csv lacks the effect size's metric and interval columns (%v):\n%.600s", err, findings)
	}
}

// rocrateCheck runs the pinned RO-Crate validator (scripts/validators/rocrate-check).
func rocrateCheck(dir string) (string, error) {
	out, err := exec.Command("../scripts/validators/rocrate-check", dir).CombinedOutput()
	return string(out), err
}

func TestReleaseListsChangesSincePrevious(t *testing.T) {
	store := kgtest.Store(t)
	root := t.TempDir()
	first := write(t, filepath.Join(root, "first"), release.Options{})
	meta := kg.ChangeMeta{Mutation: "retire", Curator: "release test", Reason: "retired for the release test"}
	id := "strain:bb536"
	if _, err := store.SetRetired(context.Background(), meta, id, 1, true); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := kgtest.RestoreSeed(); err != nil {
			t.Error(err)
		}
	})
	second := write(t, filepath.Join(root, "second"), release.Options{})
	if second.Seq <= first.Seq {
		t.Fatalf("graph version %d after a change, %d before", second.Seq, first.Seq)
	}
	if c := second.Changes; c.Since != first.Seq || c.Retired != 1 || c.EntitiesAdded != 0 {
		t.Errorf("changes since the first release: %+v; want one retired since %d", c, first.Seq)
	}
	b, _ := os.ReadFile(filepath.Join(root, "second", "changes.json"))
	if !strings.Contains(string(b), `"`+id+`"`) || !strings.Contains(string(b), "retired for the release test") {
		t.Errorf("changes.json does not name the retired strain: %s", b)
	}
	strains, _ := os.ReadFile(filepath.Join(root, "second", "tables", "strain.csv"))
	if strings.Contains(string(strains), id+",") {
		t.Errorf("a retired strain is in the release's tables")
	}
}

func TestServingReleases(t *testing.T) {
	root := t.TempDir()
	m := write(t, filepath.Join(root, "v"), release.Options{Date: "2026-12-01"})
	if err := os.Rename(filepath.Join(root, "v"), filepath.Join(root, m.Version)); err != nil {
		t.Fatal(err)
	}
	if latest, ok := release.Catalog(root).Latest(); !ok || latest.Version != m.Version || latest.URL != "/releases/"+m.Version+"/ro-crate-metadata.json" {
		t.Errorf("the catalog's latest release: %+v (%v); want %s", latest, ok, m.Version)
	}
	if _, ok := release.Catalog(t.TempDir()).Latest(); ok {
		t.Error("an empty directory has a latest release")
	}
	srv := httptest.NewServer(release.Handler(root))
	defer srv.Close()
	get := func(path, etag string) *http.Response {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	var file release.ManifestFile
	for _, f := range m.Files {
		if f.Path == "tables/claim.csv" {
			file = f
		}
	}
	r := get("/releases/"+m.Version+"/tables/claim.csv", "")
	if r.StatusCode != 200 || r.Header.Get("ETag") != `"sha256-`+file.SHA256+`"` || r.Header.Get("Content-Type") != "text/csv" {
		t.Fatalf("a release file: %d, ETag %q, type %q", r.StatusCode, r.Header.Get("ETag"), r.Header.Get("Content-Type"))
	}
	if r := get("/releases/"+m.Version+"/tables/claim.csv", `"sha256-`+file.SHA256+`"`); r.StatusCode != http.StatusNotModified {
		t.Errorf("revalidating with the current ETag: %d, want 304", r.StatusCode)
	}
	if r := get("/releases/latest/tables/claim.csv", ""); r.StatusCode != 200 || r.Header.Get("X-Release-Version") != m.Version {
		t.Errorf("latest: %d, version %q", r.StatusCode, r.Header.Get("X-Release-Version"))
	}
	for _, bad := range []string{"/releases/0-00000000/tables/claim.csv", "/releases/" + m.Version + "/..%2f..%2fgo.mod", "/releases/" + m.Version + "/not-listed.txt", "/releases/..%2f/etc/passwd"} {
		if r := get(bad, ""); r.StatusCode != http.StatusNotFound && r.StatusCode != http.StatusMovedPermanently {
			t.Errorf("%s: %d, want 404", bad, r.StatusCode)
		}
	}
}
