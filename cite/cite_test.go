package cite

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestParseAuthor(t *testing.T) {
	for _, c := range []struct{ in, family, given, initials, display string }{
		{"De Pessemier, B.", "De Pessemier", "", "B.", "De Pessemier, B."},
		{"Knippels, L. M. J.", "Knippels", "", "L. M. J.", "Knippels, L. M. J."},
		{"van Hylckama Vlieg, J. E. T.", "van Hylckama Vlieg", "", "J. E. T.", "van Hylckama Vlieg, J. E. T."},
		{"Picazo, Ó.", "Picazo", "", "Ó.", "Picazo, Ó."},
		{"Mahmud Md Rayhan", "Mahmud", "Md Rayhan", "M. R.", "Mahmud, M. R."},
		{"Surono Ingrid S.", "Surono", "Ingrid S.", "I. S.", "Surono, I. S."},
		{"Flint Elliot", "Flint", "Elliot", "E.", "Flint, E."},
		{"Pirttilä Anna Maria", "Pirttilä", "Anna Maria", "A. M.", "Pirttilä, A. M."},
		{"Wiertsema SP", "Wiertsema", "", "S. P.", "Wiertsema, S. P."},
		{"Dupont Jean-Pierre", "Dupont", "Jean-Pierre", "J.-P.", "Dupont, J.-P."},
		{"Martin, J.-P.", "Martin", "", "J.-P.", "Martin, J.-P."},
		{"van Tol R.", "van Tol", "", "R.", "van Tol, R."},
		{"  Plato  ", "Plato", "", "", "Plato"},
		{"", "", "", "", ""},
	} {
		n := ParseAuthor(c.in)
		if n.Family != c.family || n.Given != c.given || n.Initials != c.initials || n.Display() != c.display {
			t.Errorf("ParseAuthor(%q) = %+v (display %q), want family %q given %q initials %q display %q",
				c.in, n, n.Display(), c.family, c.given, c.initials, c.display)
		}
	}
	if got := ParseAuthors([]string{"A, B.", " ", "C D"}); len(got) != 2 || got[1].Display() != "C, D." {
		t.Errorf("ParseAuthors = %+v", got)
	}
}

func TestPageRange(t *testing.T) {
	for _, c := range []struct{ in, first, last string }{
		{"353", "353", ""}, {"e2096995", "e2096995", ""}, {"S-1165", "S-1165", ""},
		{"170-78", "170", "178"}, {"506-14", "506", "514"}, {"1–11", "1", "11"}, {"S12-S15", "S12", "S15"},
		{"100-1105", "100", "1105"}, {"", "", ""},
	} {
		if f, l := pageRange(c.in); f != c.first || l != c.last {
			t.Errorf("pageRange(%q) = %q, %q; want %q, %q", c.in, f, l, c.first, c.last)
		}
	}
}

func TestTeX(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Dréno", `Dr{\'e}no`},
		{"Çetinarslan", `{\c C}etinarslan`},
		{"Fölster-Holst", `F{\"o}lster-Holst`},
		{"Pirttilä", `Pirttil{\"a}`},
		{"Ó.", `{\'O}.`},
		{"ï", `{\"\i}`},
		{"Gastroenterology & Hepatology", `Gastroenterology \& Hepatology`},
		{"50% of_#1 $5 {x}", `50\% of\_\#1 \$5 \{x\}`},
		{"a~b^c\\d", `a\~{}b\^{}c\textbackslash{}d`},
		{"Gut–Skin — I²", `Gut--Skin --- I\textsuperscript{2}`},
		{"ß", `{\ss}`},
		{"中", "中"},
	} {
		if got := TeX(c.in); got != c.want {
			t.Errorf("TeX(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestKeys(t *testing.T) {
	studies := []Study{
		{ID: "study:b", Title: "The Gut and the Skin", Authors: []string{"Dréno, B."}, Year: 2018},
		{ID: "study:a", Title: "Gut feelings", Authors: []string{"Dreno B"}, Year: 2018},
		{ID: "study:c", Title: "A: an editorial", Year: 2024},
		{ID: "study:d", Title: "Çok", Authors: []string{"Çetinarslan, T."}, Year: 2023},
		{ID: "study:b", Title: "The Gut and the Skin", Authors: []string{"Dréno, B."}, Year: 2018},
	}
	got := Keys(studies)
	want := []string{"dreno2018gutb", "dreno2018gut", "anon2024editorial", "cetinarslan2023cok", "dreno2018gutb"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Keys = %v, want %v", got, want)
	}
	// A key depends on its own study only (and on collisions within the file).
	if k := Keys(studies[:1]); k[0] != "dreno2018gut" {
		t.Errorf("a study alone gets %q", k[0])
	}
}

var sample = []Study{
	{ID: "study:10.1/x", Title: "Gut–Skin Axis & RCTs: 100% of_cases", Authors: []string{"Dréno, B.", "Mahmud Md Rayhan"},
		Year: 2021, Journal: "Nature Reviews Gastroenterology & Hepatology", Volume: "9", Issue: "2", Pages: "170-78",
		DOI: "10.1/x", PMID: "123", Design: "NARRATIVE_REVIEW"},
	{ID: "study:conf", Title: "MO1898 An abstract", Authors: []string{"Napier, B. A."}, Year: 2024,
		Journal: "Gastroenterology", Pages: "S-1165", Design: "CONFERENCE_ABSTRACT"},
	{ID: "study:editorial", Title: "Editorial: the axis", Year: 2024, Journal: "Frontiers in Microbiology", Design: "EDITORIAL"},
	{ID: "study:web", Title: "A page", Authors: []string{"Wilkins, T."}, Year: 2017, URL: "https://example.org/a%20b", Design: "EVIDENCE_SUMMARY"},
}

func TestBib(t *testing.T) {
	got := string(write(t, BibTeX, sample))
	want := `@article{dreno2021gut,
  author = {Dr{\'e}no, B. and Mahmud, M. R.},
  title = {{Gut--Skin} Axis \& {RCTs:} 100\% of\_cases},
  journal = {Nature Reviews Gastroenterology \& Hepatology},
  year = {2021},
  volume = {9},
  number = {2},
  pages = {170--178},
  doi = {10.1/x},
  pmid = {123},
}

@inproceedings{napier2024mo1898,
  author = {Napier, B. A.},
  title = {{MO1898} An abstract},
  booktitle = {Gastroenterology},
  year = {2024},
  pages = {S-1165},
}

@article{anon2024editorial,
  key = {Editorial: the axis},
  title = {Editorial: the axis},
  journal = {Frontiers in Microbiology},
  year = {2024},
}

@misc{wilkins2017page,
  author = {Wilkins, T.},
  title = {A page},
  year = {2017},
  url = {https://example.org/a\%20b},
}
`
	if got != want {
		t.Errorf("Bib =\n%s\nwant\n%s", got, want)
	}
}

func TestRIS(t *testing.T) {
	got := string(write(t, RIS, sample))
	want := strings.ReplaceAll(`TY  - JOUR
ID  - dreno2021gut
TI  - Gut–Skin Axis & RCTs: 100% of_cases
AU  - Dréno, B.
AU  - Mahmud, M. R.
PY  - 2021
T2  - Nature Reviews Gastroenterology & Hepatology
VL  - 9
IS  - 2
SP  - 170
EP  - 178
DO  - 10.1/x
AN  - 123
ER  - 

TY  - CONF
ID  - napier2024mo1898
TI  - MO1898 An abstract
AU  - Napier, B. A.
PY  - 2024
T2  - Gastroenterology
SP  - S-1165
ER  - 

TY  - JOUR
ID  - anon2024editorial
TI  - Editorial: the axis
PY  - 2024
T2  - Frontiers in Microbiology
ER  - 

TY  - ELEC
ID  - wilkins2017page
TI  - A page
AU  - Wilkins, T.
PY  - 2017
UR  - https://example.org/a%20b
ER  - 
`, "\n", "\r\n")
	if got != want {
		t.Errorf("RIS =\n%q\nwant\n%q", got, want)
	}
}

func TestCSL(t *testing.T) {
	data := write(t, CSLJSON, sample)
	var items []map[string]any
	if err := json.Unmarshal(data, &items); err != nil {
		t.Fatal(err)
	}
	types := []string{"article-journal", "paper-conference", "article-journal", "webpage"}
	for i, it := range items {
		if it["type"] != types[i] || it["id"] != sample[i].ID {
			t.Errorf("item %d: type %v id %v, want %s %s", i, it["type"], it["id"], types[i], sample[i].ID)
		}
	}
	first, _ := json.Marshal(items[0])
	if !strings.Contains(string(data), `"container-title": "Nature Reviews Gastroenterology & Hepatology"`) {
		t.Errorf("CSL escapes HTML characters or leaves out the journal:\n%s", data)
	}
	want := `{"DOI":"10.1/x","PMID":"123","author":[{"family":"Dréno","given":"B."},{"family":"Mahmud","given":"M. R."}],"container-title":"Nature Reviews Gastroenterology \u0026 Hepatology","id":"study:10.1/x","issue":"2","issued":{"date-parts":[[2021]]},"page":"170-178","title":"Gut–Skin Axis \u0026 RCTs: 100% of_cases","type":"article-journal","volume":"9"}`
	if string(first) != want {
		t.Errorf("first item = %s\nwant %s", first, want)
	}
	if _, ok := items[2]["author"]; ok {
		t.Errorf("a study without authors has an author list: %v", items[2])
	}
	again := write(t, CSLJSON, sample)
	if string(again) != string(data) {
		t.Error("CSL output differs between two runs")
	}
}

func TestFormats(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Format
	}{{"CSL_JSON", CSLJSON}, {"csl-json", CSLJSON}, {"BIBTEX", BibTeX}, {"bib", BibTeX}, {"ris", RIS}, {"RIS", RIS}} {
		if f, ok := ParseFormat(c.in); !ok || f != c.want {
			t.Errorf("ParseFormat(%q) = %q, %v", c.in, f, ok)
		}
	}
	if _, ok := ParseFormat("endnote"); ok {
		t.Error("ParseFormat accepts endnote")
	}
	if _, err := Write(Format("x"), nil); err == nil {
		t.Error("Write accepts an unknown format")
	}
}

func TestHighwire(t *testing.T) {
	var got []string
	for _, m := range Highwire(sample[0]) {
		got = append(got, m.Name+"="+m.Content)
	}
	want := []string{"citation_title=Gut–Skin Axis & RCTs: 100% of_cases", "citation_author=Dréno, B.", "citation_author=Mahmud, M. R.",
		"citation_publication_date=2021", "citation_journal_title=Nature Reviews Gastroenterology & Hepatology",
		"citation_volume=9", "citation_issue=2", "citation_firstpage=170", "citation_lastpage=178", "citation_doi=10.1/x", "citation_pmid=123"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Highwire =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if m := Highwire(sample[1]); m[3].Name != "citation_conference_title" {
		t.Errorf("a conference abstract: %v", m)
	}
}

func write(t *testing.T, f Format, studies []Study) []byte {
	t.Helper()
	b, err := Write(f, studies)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A bibliography written a study at a time, in id order with a KeyRanker's keys, is the
// same file as Write gives for the same studies; colliding keys get the same suffixes.
func TestWriterStreamsWhatWriteWrites(t *testing.T) {
	studies := slices.Clone(sample)
	for _, id := range []string{"study:b", "study:a", "study:c"} {
		studies = append(studies, Study{ID: id, Title: "Gut flora", Authors: []string{"Dréno, B."}, Year: 2021, Journal: "J"})
	}
	slices.SortFunc(studies, func(a, b Study) int { return strings.Compare(a.ID, b.ID) })
	for _, f := range Formats {
		var b bytes.Buffer
		w, err := NewWriter(&b, f)
		if err != nil {
			t.Fatal(err)
		}
		var ranker KeyRanker
		for _, s := range studies {
			if err := w.Write(s, ranker.Key(s)); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if want := write(t, f, studies); !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s: streamed\n%s\nwant\n%s", f, b.Bytes(), want)
		}
	}
	keys := Keys(studies)
	if !slices.Contains(keys, "dreno2021gutb") || !slices.Contains(keys, "dreno2021gutc") {
		t.Errorf("colliding keys were not told apart: %v", keys)
	}
	if got := string(write(t, CSLJSON, nil)); got != "[]\n" {
		t.Errorf("an empty CSL-JSON bibliography is %q", got)
	}
	if _, err := NewWriter(&bytes.Buffer{}, "docx"); err == nil {
		t.Error("an unknown format was accepted")
	}
}
