package seed

import (
	"fmt"
	"regexp"

	"gutskin/kg"
)

// claims.yaml: the records of claims.yaml (see FORMAT.md).

type claim struct {
	ID            string     `yaml:"id"`
	Statement     string     `yaml:"statement"`
	Maturity      string     `yaml:"maturity"`
	MaturityBasis string     `yaml:"maturityBasis"`
	Kind          string     `yaml:"kind"`
	Assessment    string     `yaml:"assessment"`
	Source        string     `yaml:"source"`
	Section       string     `yaml:"section"`
	Subjects      []string   `yaml:"subjects"`
	Evidence      []evidence `yaml:"evidence"`
	// GradeNote records why the claim's grade differs from that of the relationships that
	// assert the same link (see FORMAT.md, "Grades agree").
	GradeNote string `yaml:"gradeNote"`
	// Positions record where each source stands on the proposition; a position's sections
	// and citations are the claim's provenance entries from that source.
	Positions []position `yaml:"positions"`
	// MergedFrom names ids this proposition was published under as separate claims, each
	// with why it was merged; IDKeptBecause says why a claim keeps an id whose words no
	// longer match its statement (FORMAT.md, "Stating a claim").
	MergedFrom    []formerID      `yaml:"mergedFrom"`
	IDKeptBecause string          `yaml:"idKeptBecause"`
	Provenance    []kg.Provenance `yaml:"provenance"`
}
type evidence struct {
	Study  string `yaml:"study"`
	Stance string `yaml:"stance"`
	Note   string `yaml:"note"`
	// Provenance, when given, is the link's own: a curator who read the study and linked it.
	// Without it the link is stated where the claim is (the claim's provenance).
	Provenance []kg.Provenance `yaml:"provenance"`
}
type position struct {
	Source   string `yaml:"source"`
	Position string `yaml:"position"`
	Note     string `yaml:"note"`
}
type formerID struct {
	ID  string `yaml:"id"`
	Why string `yaml:"why"`
}

var _ = register(&records[claim]{
	file:        "claims.yaml",
	kind:        kg.KindClaim,
	indexRecord: func(l *loader, at located, r claim) { l.claimRecs = append(l.claimRecs, item[claim]{at, r}) },
	checkRecord: func(l *loader, _ int, at located, r claim) {
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
			for j, p := range e.Provenance {
				l.provenanceEntry(at, r.ID, fmt.Sprintf("%s.provenance[%d]", field, j), p)
			}
		}
		l.provenance(at, r.ID, r.Provenance)
		l.checkPositions(at, r)
		l.checkProposition(at, r)
		l.checkGradeHasGrounds(at, r.ID, r.Maturity, len(r.Evidence) > 0, r.MaturityBasis == string(kg.MaturityBasisGradedBySource), "evidence")
	},
	buildRecord: func(b *builder, r claim) {
		m := kg.Maturity(r.Maturity)
		b.node(r.ID, kg.KindClaim, r.Statement, nil, r.Assessment, r.Provenance, map[string]any{
			"statement": r.Statement, "maturity": r.Maturity, "maturityRank": m.Rank(), "maturityBasis": r.MaturityBasis,
			"claimKind": r.Kind, "assessment": r.Assessment, "source": r.Source, "section": r.Section,
			"gradeNote": r.GradeNote, "disputed": disputed(r.Positions), "formerIds": formerIDs(r.MergedFrom),
		})
		b.relation(kg.RelMakes, r.Source, r.ID, kg.MaturityEstablished, r.Provenance, nil)
		for _, p := range r.Positions {
			b.relation(kg.RelHasPosition, r.ID, p.Source, kg.MaturityEstablished, provenanceFrom(r.Provenance, p.Source),
				map[string]any{"position": p.Position, "note": p.Note})
		}
		for _, subj := range r.Subjects {
			b.relation(kg.RelAbout, r.ID, subj, m, r.Provenance, nil)
		}
		for _, e := range r.Evidence {
			if len(e.Provenance) > 0 {
				// A curator's link is not graded: the claim's grade is the claim's, and the
				// curator chose none for the link.
				b.relation(kg.RelHasEvidence, r.ID, e.Study, "", e.Provenance, map[string]any{"stance": e.Stance, "note": e.Note, "ownProvenance": true})
				continue
			}
			b.relation(kg.RelHasEvidence, r.ID, e.Study, m, r.Provenance, map[string]any{"stance": e.Stance, "note": e.Note})
		}
	},
})

// checkPositions: every claim records the position of the source that states it, each
// source at most once, and a source takes a position where the claim's provenance says it
// speaks of the claim.
func (l *loader) checkPositions(at located, r claim) {
	if len(r.Positions) == 0 {
		l.add(at, r.ID, "positions", "missing: record where %s stands on the proposition (ENDORSES, HEDGES or REJECTS)", orSomeone(r.Source))
		return
	}
	seen := map[string]bool{}
	for i, p := range r.Positions {
		field := fmt.Sprintf("positions[%d]", i)
		l.ref(at, r.ID, field+".source", p.Source, kg.KindSource)
		l.enum(at, r.ID, field+".position", p.Position, "PositionKind")
		l.required(at, r.ID, field+".note", p.Note)
		if seen[p.Source] {
			l.add(at, r.ID, field+".source", "%s already has a position on this claim; a source takes one", p.Source)
		}
		seen[p.Source] = true
		if p.Source != "" && len(provenanceFrom(r.Provenance, p.Source)) == 0 {
			l.add(at, r.ID, field+".source", "the claim's provenance has no entry from %s; add the sections where it takes this position", p.Source)
		}
	}
	if r.Source != "" && !seen[r.Source] {
		l.add(at, r.ID, "positions", "the claim's source %s has no position; record where it stands", r.Source)
	}
}

// negation finds words that make a statement a denial: a claim states the proposition in
// circulation and puts the denial in a source's position and in its grade.
var negation = regexp.MustCompile(`(?i)\b(not|no|never|nothing|none|nor|neither|cannot)\b|n't\b|n’t\b`)

// checkProposition: a statement asserts; it does not deny.
func (l *loader) checkProposition(at located, r claim) {
	if m := negation.FindString(r.Statement); m != "" {
		l.add(at, r.ID, "statement", "states a denial (%q): state the proposition as it is asserted and record the denial as a source's REJECTS position and in the grade", m)
	}
}

// checkGradeHasGrounds: a grade above EARLY rests on studies, or on the grade a source
// itself gives (only claims have that basis).
func (l *loader) checkGradeHasGrounds(at located, record, maturity string, hasStudies, gradedBySource bool, studiesField string) {
	m := kg.Maturity(maturity)
	if !m.IsValid() || m.Rank() <= kg.MaturityEarly.Rank() || hasStudies || gradedBySource {
		return
	}
	l.add(at, record, "maturity", "graded %s without studies: a grade above EARLY needs %s (or, for a claim, a grade the source itself gives: maturityBasis GRADED_BY_SOURCE); list them or lower the grade", maturity, studiesField)
}

// provenanceFrom keeps the provenance entries of one source.
func provenanceFrom(prov []kg.Provenance, source string) []kg.Provenance {
	var out []kg.Provenance
	for _, p := range prov {
		if p.Source == source {
			out = append(out, p)
		}
	}
	return out
}

// disputed tells whether the sources take different positions.
func disputed(ps []position) bool {
	for _, p := range ps[min(1, len(ps)):] {
		if p.Position != ps[0].Position {
			return true
		}
	}
	return false
}

func formerIDs(ids []formerID) []string {
	out := []string{}
	for _, f := range ids {
		out = append(out, f.ID)
	}
	return out
}

func orSomeone(source string) string {
	if source == "" {
		return "each source"
	}
	return source
}
