package model

import (
	"encoding/json"
	"fmt"

	"gutskin/kg"
)

// Provenance says where something is stated; its source and cited studies are resolved for
// the whole response at once (see graph's provenance phase) and kept beside the row.
type Provenance struct {
	SourceID  string
	Citations []int
	entry     kg.Provenance
	resolved  *kg.ProvenanceAnswer
}

func (p Provenance) Section() *string     { return optString(p.entry.Section) }
func (p Provenance) Curated() bool        { return p.entry.Curated() }
func (p Provenance) Curator() *string     { return optString(p.entry.Curator) }
func (p Provenance) Date() *string        { return optString(p.entry.Date) }
func (p Provenance) Publication() *string { return optString(p.entry.Publication) }

// Source is the source document (nil for a publication a curator read); it is an error to
// read it unless it was resolved.
func (p Provenance) Source() (*Source, error) {
	if p.SourceID == "" {
		return nil, nil
	}
	if p.resolved == nil {
		return nil, notPlanned("provenance.source")
	}
	if p.resolved.Source == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", p.SourceID)
	}
	s := Source{base{p.resolved.Source}}
	return &s, nil
}

// CitedStudies are the studies the source cites under the provenance's citation numbers.
func (p Provenance) CitedStudies() ([]Study, error) {
	if p.resolved == nil {
		return nil, notPlanned("provenance.citedStudies")
	}
	out := make([]Study, len(p.resolved.Cited))
	for i, row := range p.resolved.Cited {
		out[i] = Study{base{row}}
	}
	return out, nil
}

// ResolvedProvenanceKey is where a row keeps its provenance's resolved sources and studies.
const ResolvedProvenanceKey = "\x00provenance"

// provenanceOf reads a row's provenance: the JSON text the store keeps, or entries already
// decoded, with what was resolved for them.
func provenanceOf(row kg.Row) ([]Provenance, error) {
	var prov []kg.Provenance
	switch x := row["provenance"].(type) {
	case nil:
		return []Provenance{}, nil
	case string:
		if x == "" {
			return []Provenance{}, nil
		}
		if err := json.Unmarshal([]byte(x), &prov); err != nil {
			return nil, fmt.Errorf("model: stored provenance is not valid: %w", err)
		}
	case []kg.Provenance:
		prov = x
	default:
		return nil, fmt.Errorf("model: stored provenance is a %T", x)
	}
	resolved, _ := row[ResolvedProvenanceKey].([]kg.ProvenanceAnswer)
	out := make([]Provenance, len(prov))
	for i, p := range prov {
		cites := p.Citations
		if cites == nil {
			cites = []int{}
		}
		out[i] = Provenance{SourceID: p.Source, Citations: cites, entry: p}
		if i < len(resolved) {
			out[i].resolved = &resolved[i]
		}
	}
	return out, nil
}

// ProvenanceOf reads the provenance stored in a row.
func ProvenanceOf(row kg.Row) ([]Provenance, error) { return provenanceOf(row) }

// edge is what Relation, Evidence, Citation and Position share: one relationship's row, with its two
// ends under "from" and "to".
type edge struct{ row kg.Row }

func (e edge) str(key string) string             { s, _ := e.row[key].(string); return s }
func (e edge) Provenance() ([]Provenance, error) { return provenanceOf(e.row) }
func (e edge) Row() kg.Row                       { return e.row }

// Relation is a relationship between two entities.
type Relation struct{ edge }

func (r Relation) Kind() kg.RelationKind { return kg.RelationKind(r.str("type")) }
func (r Relation) Maturity() *kg.Maturity {
	if m := r.str("maturity"); m != "" {
		return ptr(kg.Maturity(m))
	}
	return nil
}
func (r Relation) Note() *string { return optString(r.row["note"]) }

// StudiesLeftOut reads the studies the provenance cites that the relationship does not list.
func (r Relation) StudiesLeftOut() ([]LeftOutStudy, error) {
	text, _ := r.row["leftOut"].(string)
	out := []LeftOutStudy{}
	if text == "" {
		return out, nil
	}
	if err := json.Unmarshal([]byte(text), &out); err != nil {
		return nil, fmt.Errorf("model: stored leftOut is not valid: %w", err)
	}
	return out, nil
}

// LeftOutStudy is a study a relationship's provenance cites but does not rest on, and why.
type LeftOutStudy struct {
	Study string `json:"study"`
	Why   string `json:"why"`
}

func (r Relation) From() (Entity, error)     { return end(r.row, "from") }
func (r Relation) To() (Entity, error)       { return end(r.row, "to") }
func (r Relation) Studies() ([]Study, error) { return entities[Study](r.row, "studies") }
func (r Relation) Effect() *kg.Effect {
	s := r.str("effect")
	if s == "" {
		return nil
	}
	e := kg.Effect(s)
	return &e
}

// Citation is a study cited by a source under a number.
type Citation struct{ edge }

func (c Citation) Number() int              { return derefInt(optInt(c.row["number"])) }
func (c Citation) Source() (*Source, error) { return ref[Source](c.row, "from") }
func (c Citation) Study() (*Study, error)   { return ref[Study](c.row, "to") }

// Evidence is one study's bearing on one claim.
type Evidence struct{ edge }

func (e Evidence) Stance() kg.Stance      { return kg.Stance(e.str("stance")) }
func (e Evidence) Note() *string          { return optString(e.row["note"]) }
func (e Evidence) Claim() (*Claim, error) { return ref[Claim](e.row, "from") }
func (e Evidence) Study() (*Study, error) { return ref[Study](e.row, "to") }

// Position is one source's position on one claim.
type Position struct{ edge }

func (p Position) Position() kg.PositionKind { return kg.PositionKind(p.str("position")) }
func (p Position) Note() string              { return p.str("note") }
func (p Position) Claim() (*Claim, error)    { return ref[Claim](p.row, "from") }
func (p Position) Source() (*Source, error)  { return ref[Source](p.row, "to") }

// Pathway is a path between two entities.
type Pathway struct {
	Strength kg.Maturity
	Length   int
	Nodes    []Entity
	Hops     []Hop
}

// Hop is one step of a path, with the claims that assert it and its studies' stances.
type Hop struct {
	From, To Entity
	Forward  bool
	Relation Relation
	Claims   []Claim
	Studies  []HopStudy
}

// HopStudy is a study behind one step of a path, with the stances the step's claims take on it.
type HopStudy struct {
	Study   Study
	Stances []ClaimStance
}

// ClaimStance is the stance a study takes on one claim.
type ClaimStance struct {
	Claim  Claim
	Stance kg.Stance
}

// Subgraph is a set of entities and the relationships among them.
type Subgraph struct {
	Center    Entity
	Nodes     []Entity
	Edges     []Relation
	Truncated bool
}

// EdgeRow wraps a relationship's row as a Relation.
func EdgeRow(row kg.Row) Relation { return Relation{edge{row}} }

// entities reads a list of entity rows under key as type T (an entity type or Entity).
func entities[T any](row kg.Row, key string) ([]T, error) {
	return eachAt(row, key, func(x any) (T, error) {
		m, _ := x.(map[string]any)
		return wrapAs[T](m, key)
	})
}

// edges reads a list of relationship rows under key.
func edges[T Relation | Evidence | Citation | Position](row kg.Row, key string) ([]T, error) {
	return eachAt(row, key, func(x any) (T, error) {
		m, ok := x.(map[string]any)
		if !ok {
			return T{}, fmt.Errorf("model: %q holds a %T, not a relationship", key, x)
		}
		return T{edge{m}}, nil
	})
}

// eachAt reads the list under key, each item made a T by one; the first item one refuses
// is the error.
func eachAt[T any](row kg.Row, key string, one func(x any) (T, error)) ([]T, error) {
	list, err := listAt(row, key)
	if err != nil {
		return nil, err
	}
	return kg.DecodeEach(list, one)
}

// ref reads one entity row under key; an absent entity is nil.
func ref[T any](row kg.Row, key string) (*T, error) {
	v, ok := row[key]
	if !ok {
		return nil, notPlanned(key)
	}
	m, _ := v.(map[string]any)
	if m == nil {
		return nil, nil
	}
	t, err := wrapAs[T](m, key)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// wrapAs wraps the entity row m, read under key, as type T (an entity type or Entity).
func wrapAs[T any](m map[string]any, key string) (T, error) {
	t, ok := Wrap(m).(T)
	if !ok {
		return t, fmt.Errorf("model: %q holds an entity of kind %v, not the field's type", key, m["kind"])
	}
	return t, nil
}

// end reads one end of a relationship as the Entity interface.
func end(row kg.Row, key string) (Entity, error) {
	m, _ := row[key].(map[string]any)
	if e := Wrap(m); e != nil {
		return e, nil
	}
	return nil, notPlanned(key)
}

func listAt(row kg.Row, key string) ([]any, error) {
	v, ok := row[key]
	if !ok {
		return nil, notPlanned(key)
	}
	list, _ := v.([]any)
	return list, nil
}

// notPlanned reports a field the query plan did not fetch: a bug in the planner, never the
// client's fault.
func notPlanned(key string) error {
	return kg.Errorf(kg.EINTERNAL, "the field %q was not fetched", key)
}

// summaryOf counts a claim's evidence by stance and by its studies' designs, in evidence order.
func summaryOf(row kg.Row, key string) (*EvidenceSummary, error) {
	list, err := listAt(row, key)
	if err != nil {
		return nil, err
	}
	stances := make([]kg.Stance, 0, len(list))
	designs := make([]kg.StudyDesign, 0, len(list))
	for _, x := range list {
		m, _ := x.(map[string]any)
		s, _ := m["stance"].(string)
		d, _ := m["design"].(string)
		stances = append(stances, kg.Stance(s))
		designs = append(designs, kg.StudyDesign(d))
	}
	return Summarise(stances, designs), nil
}

// Summarise counts stances and designs; designs keep the order they first appear in.
func Summarise(stances []kg.Stance, designs []kg.StudyDesign) *EvidenceSummary {
	s := &EvidenceSummary{Total: len(stances), ByDesign: []DesignCount{}}
	for _, st := range stances {
		switch st {
		case kg.StanceSupports:
			s.Supports++
		case kg.StanceQualifies:
			s.Qualifies++
		case kg.StanceContradicts:
			s.Contradicts++
		}
	}
	index := map[kg.StudyDesign]int{}
	for _, d := range designs {
		if i, ok := index[d]; ok {
			s.ByDesign[i].Count++
			continue
		}
		index[d] = len(s.ByDesign)
		s.ByDesign = append(s.ByDesign, DesignCount{Design: d, Count: 1})
	}
	return s
}

// SearchEdge is one hit with what a list triages by: its kind and, where they apply, a
// claim's grade and kind, a study's design and year (see NewSearchEdge).
type SearchEdge struct {
	Cursor    string
	Node      Entity
	Score     float64
	Matched   *string
	Kind      kg.Kind
	Maturity  *kg.Maturity
	ClaimKind *kg.ClaimKind
	Design    *kg.StudyDesign
	Year      *int
}

// NewSearchEdge makes the edge of a hit: node as the request selected it, the triage
// fields from the properties the search returned (all of the entity's).
func NewSearchEdge(cursor string, node Entity, row kg.Row, score float64, matched string) SearchEdge {
	e := SearchEdge{Cursor: cursor, Node: node, Score: score, Matched: &matched, Kind: kg.Kind(optStr(row["kind"]))}
	switch e.Kind {
	case kg.KindClaim:
		if m := optString(row["maturity"]); m != nil {
			e.Maturity = ptr(kg.Maturity(*m))
		}
		if k := optString(row["claimKind"]); k != nil {
			e.ClaimKind = ptr(kg.ClaimKind(*k))
		}
	case kg.KindStudy:
		if d := optString(row["design"]); d != nil {
			e.Design = ptr(kg.StudyDesign(*d))
		}
		e.Year = optInt(row["year"])
	}
	return e
}

func optStr(v any) string {
	s, _ := v.(string)
	return s
}

func ptr[T any](v T) *T { return &v }

func toStrings(v any) []string { return kg.Strings(v) }

func optString(v any) *string {
	if s, ok := v.(string); ok && s != "" {
		return &s
	}
	return nil
}

func optInt(v any) *int {
	switch x := v.(type) {
	case int64:
		n := int(x)
		return &n
	case int:
		return &x
	case float64:
		n := int(x)
		return &n
	}
	return nil
}

func derefInt(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// Xref is an identifier of an entity in a public ontology (see kg.Xref).
type Xref struct{ x kg.Xref }

func (x Xref) Curie() string        { return x.x.Curie }
func (x Xref) Predicate() string    { return x.x.Predicate }
func (x Xref) Exact() bool          { return x.x.Predicate == kg.ExactMatch }
func (x Xref) Label() string        { return x.x.Label }
func (x Xref) VerifiedIn() []string { return nonNilStrings(x.x.VerifiedIn) }
func (x Xref) Note() *string        { return optString(x.x.Note) }
func (x Xref) Iri() *string         { return optString(kg.IRI(x.x.Curie)) }

// xrefsOf reads a row's xrefs: the JSON text the store keeps (absent when there are none).
func xrefsOf(row kg.Row) ([]Xref, error) {
	text, _ := row["xrefs"].(string)
	if text == "" {
		return []Xref{}, nil
	}
	var xs []kg.Xref
	if err := json.Unmarshal([]byte(text), &xs); err != nil {
		return nil, fmt.Errorf("model: stored xrefs are not valid: %w", err)
	}
	out := make([]Xref, len(xs))
	for i, x := range xs {
		out[i] = Xref{x}
	}
	return out, nil
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func derefBool(p *bool) bool { return p != nil && *p }
