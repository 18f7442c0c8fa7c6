// Package seed reads the knowledge graph's seed files (see FORMAT.md), validates all of them
// before anything is written, and turns them into a kg.Graph for the store to import.
package seed

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"

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
	l := &loader{fsys: fsys, ids: map[string]located{}}
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
	ids      map[string]located
	// citations[source][number] is the study a source cites under that number.
	citations map[string]map[int]string

	sources       []item[source]
	studies       []item[study]
	species       []item[species]
	strains       []item[strain]
	mechanisms    []item[mechanism]
	conditions    []item[condition]
	factors       []item[factor]
	claims        []item[claim]
	findings      []item[finding]
	relationships []item[relationship]
}

func (l *loader) add(at located, record, field, format string, args ...any) {
	line := at.line
	if fl := fieldLine(at.node, field); fl > 0 {
		line = fl
	}
	l.problems = append(l.problems, Problem{File: at.file, Line: line, Record: record, Field: field, Msg: fmt.Sprintf(format, args...)})
}

func (l *loader) read() {
	l.sources = readFile[source](l, "sources.yaml", kg.KindSource)
	l.studies = readFile[study](l, "studies.yaml", kg.KindStudy)
	l.species = readFile[species](l, "species.yaml", kg.KindSpecies)
	l.strains = readFile[strain](l, "strains.yaml", kg.KindStrain)
	l.mechanisms = readFile[mechanism](l, "mechanisms.yaml", kg.KindMechanism)
	l.conditions = readFile[condition](l, "conditions.yaml", kg.KindCondition)
	l.factors = readFile[factor](l, "factors.yaml", kg.KindFactor)
	l.claims = readFile[claim](l, "claims.yaml", kg.KindClaim)
	l.findings = readFile[finding](l, "findings.yaml", kg.KindFinding)
	l.relationships = readFile[relationship](l, "relationships.yaml", "")
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
				l.register(at, reflect.ValueOf(rec).FieldByName("ID").String())
			}
			out = append(out, item[T]{at: at, rec: rec})
		}
	}
	return out
}

func yamlFields(t reflect.Type) map[string]bool {
	m := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		if tag := t.Field(i).Tag.Get("yaml"); tag != "" {
			m[strings.Split(tag, ",")[0]] = true
		}
	}
	return m
}

var (
	slugID  = regexp.MustCompile(`^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$`)
	studyID = regexp.MustCompile(`^study:[A-Za-z0-9][A-Za-z0-9._;()/:<>-]*$`)
)

// register checks an id's form and uniqueness and remembers where it was declared.
func (l *loader) register(at located, id string) {
	switch {
	case id == "":
		l.add(at, "", "id", "missing")
		return
	case at.kind == kg.KindStudy && !studyID.MatchString(id):
		l.add(at, id, "id", "a study id is \"study:\" followed by its DOI or a lower-case slug")
		return
	case at.kind != kg.KindStudy && !slugID.MatchString(id):
		l.add(at, id, "id", "an id is a kind prefix and a lower-case slug, e.g. \"strain:hn001\"")
		return
	case !strings.HasPrefix(id, at.kind.Prefix()):
		l.add(at, id, "id", "must start with %q in this file", at.kind.Prefix())
		return
	}
	if prev, dup := l.ids[id]; dup {
		l.add(at, id, "id", "duplicate: already declared at %s:%d", prev.file, prev.line)
		return
	}
	l.ids[id] = at
}

// ref checks that id names an existing entity of one of the wanted kinds.
func (l *loader) ref(at located, record, field, id string, kinds ...kg.Kind) {
	if id == "" {
		l.add(at, record, field, "missing")
		return
	}
	target, ok := l.ids[id]
	if !ok {
		l.add(at, record, field, "refers to %q, which does not exist", id)
		return
	}
	for _, k := range kinds {
		if target.kind == k {
			return
		}
	}
	l.add(at, record, field, "refers to %q, a %s; want %v", id, target.kind, kinds)
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
		field := fmt.Sprintf("provenance[%d]", i)
		l.ref(at, record, field+".source", p.Source, kg.KindSource)
		l.required(at, record, field+".section", p.Section)
		for _, n := range p.Citations {
			if _, ok := l.citations[p.Source][n]; !ok && l.citations[p.Source] != nil {
				l.add(at, record, field+".citations", "%s cites nothing under number %d", p.Source, n)
			}
		}
	}
}

// validate runs after every file is read, so that references may point across files.
func (l *loader) validate() {
	l.validateCitations()
	l.validateRecords()
	l.validateRelationships()
}

func (l *loader) validateCitations() {
	l.citations = map[string]map[int]string{}
	for _, s := range l.sources {
		l.citations[s.rec.ID] = map[int]string{}
	}
	dois := map[string]string{}
	for _, s := range l.studies {
		r, at := s.rec, s.at
		if len(r.CitedBy) == 0 {
			l.add(at, r.ID, "citedBy", "missing: every study is cited by a source")
		}
		for i, c := range r.CitedBy {
			field := fmt.Sprintf("citedBy[%d]", i)
			l.ref(at, r.ID, field+".source", c.Source, kg.KindSource)
			if c.Number < 1 {
				l.add(at, r.ID, field+".number", "must be 1 or more")
				continue
			}
			if prev, dup := l.citations[c.Source][c.Number]; dup {
				l.add(at, r.ID, field+".number", "%s already cites %s under number %d", c.Source, prev, c.Number)
				continue
			}
			if l.citations[c.Source] != nil {
				l.citations[c.Source][c.Number] = r.ID
			}
		}
		if r.DOI != "" {
			if r.ID != "study:"+r.DOI {
				l.add(at, r.ID, "id", "a study with a DOI has the id \"study:%s\"", r.DOI)
			}
			if prev, dup := dois[strings.ToLower(r.DOI)]; dup {
				l.add(at, r.ID, "doi", "duplicate of %s", prev)
			}
			dois[strings.ToLower(r.DOI)] = r.ID
		}
	}
}

func (l *loader) validateRecords() {
	for _, s := range l.sources {
		r, at := s.rec, s.at
		l.required(at, r.ID, "title", r.Title)
		l.required(at, r.ID, "kind", r.Kind)
		l.required(at, r.ID, "fileName", r.FileName)
		l.required(at, r.ID, "description", r.Description)
		l.provenance(at, r.ID, r.Provenance)
	}
	for _, s := range l.studies {
		r, at := s.rec, s.at
		l.required(at, r.ID, "title", r.Title)
		l.required(at, r.ID, "summary", r.Summary)
		if r.Year < 1900 || r.Year > 2100 {
			l.add(at, r.ID, "year", "missing or implausible: %d", r.Year)
		}
		l.enum(at, r.ID, "design", r.Design, "StudyDesign")
		if r.SampleSize != nil && *r.SampleSize < 1 {
			l.add(at, r.ID, "sampleSize", "must be positive")
		}
		l.provenance(at, r.ID, r.Provenance)
	}
	for _, s := range l.species {
		r, at := s.rec, s.at
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "kind", r.Kind, "SpeciesKind")
		l.provenance(at, r.ID, r.Provenance)
	}
	for _, s := range l.strains {
		r, at := s.rec, s.at
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "fullName", r.FullName)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "kind", r.Kind, "StrainKind")
		if r.Species != "" {
			l.ref(at, r.ID, "species", r.Species, kg.KindSpecies)
		} else if r.Kind == "STRAIN" {
			l.add(at, r.ID, "species", "missing: a strain belongs to a species (only a multi-species PRODUCT has none)")
		}
		l.provenance(at, r.ID, r.Provenance)
	}
	for _, s := range l.mechanisms {
		r, at := s.rec, s.at
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "category", r.Category, "MechanismCategory")
		l.provenance(at, r.ID, r.Provenance)
	}
	for _, s := range l.conditions {
		r, at := s.rec, s.at
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "kind", r.Kind, "ConditionKind")
		if r.SubtypeOf != "" {
			l.ref(at, r.ID, "subtypeOf", r.SubtypeOf, kg.KindCondition)
		}
		l.provenance(at, r.ID, r.Provenance)
	}
	for _, s := range l.factors {
		r, at := s.rec, s.at
		l.required(at, r.ID, "name", r.Name)
		l.required(at, r.ID, "description", r.Description)
		l.enum(at, r.ID, "kind", r.Kind, "FactorKind")
		l.provenance(at, r.ID, r.Provenance)
	}
	for _, s := range l.claims {
		r, at := s.rec, s.at
		l.required(at, r.ID, "statement", r.Statement)
		l.required(at, r.ID, "assessment", r.Assessment)
		l.required(at, r.ID, "section", r.Section)
		l.enum(at, r.ID, "maturity", r.Maturity, "EvidenceMaturity")
		l.enum(at, r.ID, "maturityBasis", r.MaturityBasis, "MaturityBasis")
		l.enum(at, r.ID, "kind", r.Kind, "ClaimKind")
		l.ref(at, r.ID, "source", r.Source, kg.KindSource)
		if len(r.Subjects) == 0 {
			l.add(at, r.ID, "subjects", "missing: a claim is about something")
		}
		for i, subj := range r.Subjects {
			l.ref(at, r.ID, fmt.Sprintf("subjects[%d]", i), subj, kg.KindStudy, kg.KindSpecies, kg.KindStrain, kg.KindMechanism, kg.KindCondition, kg.KindFactor, kg.KindFinding, kg.KindSource)
		}
		seen := map[string]bool{}
		for i, e := range r.Evidence {
			field := fmt.Sprintf("evidence[%d]", i)
			l.ref(at, r.ID, field+".study", e.Study, kg.KindStudy)
			l.enum(at, r.ID, field+".stance", e.Stance, "Stance")
			if seen[e.Study] {
				l.add(at, r.ID, field+".study", "%s is listed twice", e.Study)
			}
			seen[e.Study] = true
		}
		l.provenance(at, r.ID, r.Provenance)
	}
	for _, s := range l.findings {
		r, at := s.rec, s.at
		l.ref(at, r.ID, "study", r.Study, kg.KindStudy)
		l.required(at, r.ID, "summary", r.Summary)
		l.required(at, r.ID, "measure", r.Measure)
		l.enum(at, r.ID, "effect", r.Effect, "Effect")
		for i, m := range r.Measures {
			l.ref(at, r.ID, fmt.Sprintf("measures[%d]", i), m, kg.KindCondition, kg.KindMechanism, kg.KindFactor)
		}
		for field, v := range map[string]*float64{"value": r.Value, "pValue": r.PValue, "effectSize": r.EffectSize, "heterogeneityI2": r.HeterogeneityI2} {
			if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
				l.add(at, r.ID, field, "must be a finite number")
			}
		}
		if r.PValue != nil && (*r.PValue < 0 || *r.PValue > 1) {
			l.add(at, r.ID, "pValue", "must be between 0 and 1")
		}
		l.provenance(at, r.ID, r.Provenance)
	}
}

func (l *loader) validateRelationships() {
	seen := map[string]located{}
	for i, s := range l.relationships {
		r, at := s.rec, s.at
		record := fmt.Sprintf("#%d %s %s→%s", i+1, r.Type, r.From, r.To)
		rule := kg.RelationKind(r.Type).Spec()
		if rule == nil || !rule.Stated {
			var keys []string
			for _, spec := range kg.RelationSpecs {
				if spec.Stated {
					keys = append(keys, string(spec.Kind))
				}
			}
			sort.Strings(keys)
			l.add(at, record, "type", "unknown value %q; want one of %s", r.Type, strings.Join(keys, ", "))
			continue
		}
		l.ref(at, record, "from", r.From, rule.From...)
		l.ref(at, record, "to", r.To, rule.To...)
		if rule.NeedsEffect {
			l.enum(at, record, "effect", r.Effect, "Effect")
			if r.Effect == string(kg.EffectDescriptive) {
				l.add(at, record, "effect", "DESCRIPTIVE is for findings; a relationship has a direction of effect")
			}
		} else if r.Effect != "" {
			l.add(at, record, "effect", "a %s relationship has no direction of effect", r.Type)
		}
		l.enum(at, record, "maturity", r.Maturity, "EvidenceMaturity")
		for j, st := range r.Studies {
			l.ref(at, record, fmt.Sprintf("studies[%d]", j), st, kg.KindStudy)
		}
		key := r.Type + "|" + r.From + "|" + r.To
		if prev, dup := seen[key]; dup {
			l.add(at, record, "", "duplicate of the relationship at %s:%d", prev.file, prev.line)
		}
		seen[key] = at
		l.provenance(at, record, r.Provenance)
	}
}

func provJSON(prov []kg.Provenance) string {
	for i := range prov {
		if prov[i].Citations == nil {
			prov[i].Citations = []int{}
		}
	}
	b, _ := json.Marshal(prov)
	return string(b)
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
