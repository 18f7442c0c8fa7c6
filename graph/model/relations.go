package model

import (
	"context"

	"gutskin/kg"
)

// Provenance says where something is stated; its source and cited studies are resolved
// in batches.
type Provenance struct {
	SourceID  string
	Section   string
	Citations []int
}

// ProvenanceOf converts the domain's provenance.
func ProvenanceOf(prov []kg.Provenance) []Provenance {
	out := make([]Provenance, len(prov))
	for i, p := range prov {
		cites := p.Citations
		if cites == nil {
			cites = []int{}
		}
		out[i] = Provenance{SourceID: p.Source, Section: p.Section, Citations: cites}
	}
	return out
}

// Relation is a relationship between two entities.
type Relation struct{ R kg.Relation }

func (r Relation) Kind() RelationKind         { return RelationKind(r.R.Kind) }
func (r Relation) Maturity() EvidenceMaturity { return EvidenceMaturity(r.R.Maturity) }
func (r Relation) Note() *string              { return optString(r.R.Note) }
func (r Relation) Provenance() []Provenance   { return ProvenanceOf(r.R.Provenance) }
func (r Relation) Effect() *Effect {
	if r.R.Effect == "" {
		return nil
	}
	e := Effect(r.R.Effect)
	return &e
}

// Relations wraps domain relationships.
func Relations(rels []kg.Relation) []Relation {
	out := make([]Relation, len(rels))
	for i, r := range rels {
		out[i] = Relation{r}
	}
	return out
}

// Citation is a study cited by a source under a number.
type Citation struct {
	SourceID, StudyID string
	Number            int
}

// Evidence is one study's bearing on one claim.
type Evidence struct {
	ClaimID, StudyID string
	Stance           Stance
	Note             *string
	Provenance       []Provenance
}

// EvidenceOf turns a HAS_EVIDENCE relationship into evidence.
func EvidenceOf(r kg.Relation) Evidence {
	return Evidence{ClaimID: r.From, StudyID: r.To, Stance: Stance(r.Stance), Note: optString(r.Note), Provenance: ProvenanceOf(r.Provenance)}
}

// Pathway is a path between two entities.
type Pathway struct {
	Strength EvidenceMaturity
	Length   int
	Nodes    []Entity
	Hops     []Hop
}

// Hop is one step of a path.
type Hop struct {
	From, To Entity
	Forward  bool
	Relation Relation
}

// Subgraph is a set of entities and the relationships among them.
type Subgraph struct {
	Center    Entity
	Nodes     []Entity
	Edges     []Relation
	Truncated bool
}

// Counter computes a connection's total only when it is asked for.
type Counter func(ctx context.Context) (int, error)

type StudyConnection struct {
	Edges    []StudyEdge
	Nodes    []Study
	PageInfo PageInfo
	Count    Counter
}

type StudyEdge struct {
	Cursor string
	Node   Study
}

type ClaimConnection struct {
	Edges    []ClaimEdge
	Nodes    []Claim
	PageInfo PageInfo
	Count    Counter
}

type ClaimEdge struct {
	Cursor string
	Node   Claim
}

type StrainConnection struct {
	Edges    []StrainEdge
	Nodes    []Strain
	PageInfo PageInfo
	Count    Counter
}

type StrainEdge struct {
	Cursor string
	Node   Strain
}

type MechanismConnection struct {
	Edges    []MechanismEdge
	Nodes    []Mechanism
	PageInfo PageInfo
	Count    Counter
}

type MechanismEdge struct {
	Cursor string
	Node   Mechanism
}

type ConditionConnection struct {
	Edges    []ConditionEdge
	Nodes    []Condition
	PageInfo PageInfo
	Count    Counter
}

type ConditionEdge struct {
	Cursor string
	Node   Condition
}

type FactorConnection struct {
	Edges    []FactorEdge
	Nodes    []Factor
	PageInfo PageInfo
	Count    Counter
}

type FactorEdge struct {
	Cursor string
	Node   Factor
}

type SearchConnection struct {
	Edges    []SearchEdge
	Nodes    []Entity
	PageInfo PageInfo
	Count    Counter
}

type SearchEdge struct {
	Cursor  string
	Node    Entity
	Score   float64
	Matched *string
}

func toStrings(v any) []string {
	switch list := v.(type) {
	case []any:
		out := make([]string, 0, len(list))
		for _, x := range list {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	case []string:
		return list
	}
	return []string{}
}

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
