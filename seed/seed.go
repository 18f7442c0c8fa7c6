// Package seed reads the knowledge graph's seed files (see FORMAT.md), validates all of them
// before anything is written, and turns them into a kg.Graph for the store to import.
package seed

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"gutskin/kg"
)

// Data holds the seed files compiled into the binary.
//
//go:embed data/*.yaml
var Data embed.FS

// Problem is one thing wrong with the seed: where it is and what.
type Problem struct {
	File   string
	Line   int
	Record string
	Field  string
	Msg    string
}

func (p Problem) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d", p.File, p.Line)
	if p.Record != "" {
		fmt.Fprintf(&b, ": record %s", p.Record)
	}
	if p.Field != "" {
		fmt.Fprintf(&b, ": field %s", p.Field)
	}
	b.WriteString(": " + p.Msg)
	return b.String()
}

// ValidationError lists every problem found; the seed is written only when there are none.
type ValidationError struct{ Problems []Problem }

func (e *ValidationError) Error() string {
	return fmt.Sprintf("seed: %d problem(s), nothing was written:\n  %s", len(e.Problems), listProblems(e.Problems))
}

// Load reads data/*.yaml from fsys (Data, or a directory via os.DirFS), validates it and
// returns the graph to import.
func Load(fsys fs.FS) (kg.Graph, error) {
	l := &loader{fsys: fsys, ids: map[string]located{}, files: newFiles()}
	l.known = l.ids
	l.read()
	if len(l.problems) == 0 {
		l.validate()
	}
	if len(l.problems) > 0 {
		return kg.Graph{}, &ValidationError{Problems: l.problems}
	}
	return l.graph(), nil
}

// located remembers where a record was read, for error messages.
type located struct {
	file string
	line int
	kind kg.Kind
	node *yaml.Node // the record, to place a field's problem on the field's own line
}

type item[T any] struct {
	at  located
	rec T
}

type loader struct {
	fsys     fs.FS
	problems []Problem
	ids      registry
	// known answers references: the records read (ids) when loading files, the stored graph
	// when one record is checked for a mutation (see Check).
	known Lookup
	// citations[source][number] is the study a source cites under that number; dois maps a
	// lower-case DOI to its study; seenRelations finds duplicate relationships.
	citations     map[string]map[int]string
	dois          map[string]string
	seenRelations map[string]located
	files         []recordFile
	// claimRecs and relRecs keep claims and stated relationships for the rules that
	// compare them (rules.go).
	claimRecs []item[claim]
	relRecs   []item[relationship]
}

func (l *loader) add(at located, record, field, format string, args ...any) {
	line := at.line
	if fl := fieldLine(at.node, field); fl > 0 {
		line = fl
	}
	l.problems = append(l.problems, Problem{File: at.file, Line: line, Record: record, Field: field, Msg: fmt.Sprintf(format, args...)})
}

func (l *loader) read() {
	for _, f := range l.files {
		f.read(l)
	}
}

// readFile decodes one file: a YAML list of records whose fields must all be known.
func readFile[T any](l *loader, name string, kind kg.Kind) []item[T] {
	path := "data/" + name
	at := located{file: path, line: 1, kind: kind}
	b, err := readLimited(l.fsys, path)
	if err != nil {
		l.add(at, "", "", "cannot read the file: %v", err)
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		l.problems = append(l.problems, syntaxProblem(path, b, err))
		return nil
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.SequenceNode {
		l.add(at, "", "", "the file must hold a list of records")
		return nil
	}
	known := yamlFields(reflect.TypeOf(*new(T)))
	var out []item[T]
	for i, node := range doc.Content[0].Content {
		at := located{file: path, line: node.Line, kind: kind, node: node}
		record := fmt.Sprintf("#%d", i+1)
		if node.Kind != yaml.MappingNode {
			l.add(at, record, "", "a record must be a mapping of fields")
			continue
		}
		for j := 0; j+1 < len(node.Content); j += 2 {
			if key := node.Content[j]; key.Value == "id" {
				record = node.Content[j+1].Value
			}
		}
		bad := false
		for j := 0; j < len(node.Content); j += 2 {
			key := node.Content[j]
			if !known[key.Value] {
				l.add(located{file: path, line: key.Line}, record, key.Value, "unknown field")
				bad = true
			}
		}
		var rec T
		if err := node.Decode(&rec); err != nil {
			l.problems = append(l.problems, decodeProblems(at, record, err)...)
			bad = true
		}
		if !bad {
			if kind != "" { // every entity record has an ID field; relationships have none
				l.register(at, fieldString(rec, "ID"))
			}
			out = append(out, item[T]{at: at, rec: rec})
		}
	}
	return out
}

// yamlFields lists the YAML field names of a record type, those of inline structs included.
func yamlFields(t reflect.Type) map[string]bool {
	m := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		switch {
		case strings.Contains(tag, ",inline"):
			for k := range yamlFields(f.Type) {
				m[k] = true
			}
		case tag != "":
			m[strings.Split(tag, ",")[0]] = true
		}
	}
	return m
}

var (
	slugID  = regexp.MustCompile(`^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$`)
	studyID = regexp.MustCompile(`^study:[A-Za-z0-9][A-Za-z0-9._;()/:<>-]*$`)
	// doiSyntax is a bare DOI: the directory indicator, a registrant code, a slash and a suffix.
	doiSyntax = regexp.MustCompile(`^10\.[0-9]{4,9}(\.[0-9]+)*/\S+$`)
)

// register checks an id's form and uniqueness and remembers where it was declared.
func (l *loader) register(at located, id string) {
	if !l.checkID(at, id) {
		return
	}
	if prev, dup := l.ids[id]; dup {
		l.add(at, id, "id", "duplicate: already declared at %s:%d", prev.file, prev.line)
		return
	}
	l.ids[id] = at
}

// checkID checks an id's form for the kind of record at hand.
func (l *loader) checkID(at located, id string) bool {
	switch {
	case id == "":
		l.add(at, "", "id", "missing")
		return false
	case at.kind == kg.KindStudy && !studyID.MatchString(id):
		l.add(at, id, "id", "a study id is \"study:\" followed by its DOI or a lower-case slug")
		return false
	case at.kind != kg.KindStudy && !slugID.MatchString(id):
		l.add(at, id, "id", "an id is a kind prefix and a lower-case slug, e.g. \"strain:hn001\"")
		return false
	case !strings.HasPrefix(id, at.kind.Prefix()):
		l.add(at, id, "id", "must start with %q in this file", at.kind.Prefix())
		return false
	}
	return true
}

// fieldString reads a record's string field by its Go name.
func fieldString(rec any, name string) string {
	return reflect.ValueOf(rec).FieldByName(name).String()
}

// Lookup tells whether an id names an entity, and its kind.
type Lookup interface {
	KindOf(id string) (kg.Kind, bool)
}

// registry is the ids of the records read so far, with where each was declared.
type registry map[string]located

func (r registry) KindOf(id string) (kg.Kind, bool) {
	at, ok := r[id]
	return at.kind, ok
}

// ref checks that id names an existing entity of one of the wanted kinds.
func (l *loader) ref(at located, record, field, id string, kinds ...kg.Kind) {
	if id == "" {
		l.add(at, record, field, "missing")
		return
	}
	kind, ok := l.known.KindOf(id)
	if !ok {
		l.add(at, record, field, "refers to %q, which does not exist", id)
		return
	}
	for _, k := range kinds {
		if kind == k {
			return
		}
	}
	l.add(at, record, field, "refers to %q, a %s; want %v", id, kind, kinds)
}

func (l *loader) required(at located, record, field, value string) {
	if strings.TrimSpace(value) == "" {
		l.add(at, record, field, "missing")
	}
}

// enum checks a value against one of the domain's enumerations (kg.Enums).
func (l *loader) enum(at located, record, field, value, enum string) {
	if !kg.IsEnumValue(enum, value) {
		keys := append([]string(nil), kg.Enums[enum]...)
		sort.Strings(keys)
		l.add(at, record, field, "unknown value %q; want one of %s", value, strings.Join(keys, ", "))
	}
}

func (l *loader) provenance(at located, record string, prov []kg.Provenance) {
	if len(prov) == 0 {
		l.add(at, record, "provenance", "missing: every record and relationship says where it is stated")
	}
	for i, p := range prov {
		l.provenanceEntry(at, record, fmt.Sprintf("provenance[%d]", i), p)
	}
}

// provenanceEntry checks one entry: a document entry (source, section, the source's own
// citation numbers), or a curated one (curator and date) whose curator read either a
// publication (a doi: or PMID: CURIE, in normal form) or a source document's section.
func (l *loader) provenanceEntry(at located, record, field string, p kg.Provenance) {
	if p.Curated() || p.Date != "" {
		l.required(at, record, field+".curator", p.Curator)
		if _, err := time.Parse(time.DateOnly, p.Date); err != nil {
			l.add(at, record, field+".date", "%q is not a date (YYYY-MM-DD): a curated entry says when the curator read it", p.Date)
		}
	}
	if p.Publication != "" {
		if !p.Curated() {
			l.add(at, record, field+".publication", "a publication is cited by the curator who read it: give curator and date, or cite a source document's section instead")
		}
		if p.Source != "" || p.Section != "" || len(p.Citations) > 0 {
			l.add(at, record, field+".publication", "give either a publication or a source document's section and citations, not both")
		}
		if norm, err := NormalizePublication(p.Publication); err != nil {
			l.add(at, record, field+".publication", "%v", err)
		} else if norm != p.Publication {
			l.add(at, record, field+".publication", "write it as %q", norm)
		}
		return
	}
	l.ref(at, record, field+".source", p.Source, kg.KindSource)
	l.required(at, record, field+".section", p.Section)
	for _, n := range p.Citations {
		if _, ok := l.citations[p.Source][n]; !ok && l.citations[p.Source] != nil {
			l.add(at, record, field+".citations", "%s cites nothing under number %d", p.Source, n)
		}
	}
}

// readByCurator reports whether a curator read the publication itself (a study from the
// literature, which no source document needs to cite).
func readByCurator(prov []kg.Provenance) bool {
	for _, p := range prov {
		if p.Curated() && p.Publication != "" {
			return true
		}
	}
	return false
}

// validate runs after every file is read, so that references may point across files: first
// every file's index step (citations, DOIs), then every record's checks.
func (l *loader) validate() {
	l.citations, l.dois, l.seenRelations = map[string]map[int]string{}, map[string]string{}, map[string]located{}
	for _, f := range l.files {
		f.index(l)
	}
	for _, f := range l.files {
		f.validate(l)
	}
	l.checkGradesAgree()
	l.checkClaimIDs()
}

func sourceIDs(prov []kg.Provenance) []string {
	var ids []string
	seen := map[string]bool{}
	for _, p := range prov {
		if !seen[p.Source] {
			ids = append(ids, p.Source)
			seen[p.Source] = true
		}
	}
	return ids
}

// Files returns the seed files to load: the built-in copy, or those under dir.
func Files(dir string) fs.FS {
	if dir == "" {
		return Data
	}
	return os.DirFS(dir)
}
