package seed

import (
	"fmt"

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
	GradeNote  string          `yaml:"gradeNote"`
	Provenance []kg.Provenance `yaml:"provenance"`
}
type evidence struct {
	Study  string `yaml:"study"`
	Stance string `yaml:"stance"`
	Note   string `yaml:"note"`
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
		}
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r claim) {
		m := kg.Maturity(r.Maturity)
		b.node(r.ID, kg.KindClaim, r.Statement, nil, r.Assessment, r.Provenance, map[string]any{
			"statement": r.Statement, "maturity": r.Maturity, "maturityRank": m.Rank(), "maturityBasis": r.MaturityBasis,
			"claimKind": r.Kind, "assessment": r.Assessment, "source": r.Source, "section": r.Section,
			"gradeNote": r.GradeNote,
		})
		b.relation(kg.RelMakes, r.Source, r.ID, kg.MaturityEstablished, r.Provenance, nil)
		for _, subj := range r.Subjects {
			b.relation(kg.RelAbout, r.ID, subj, m, r.Provenance, nil)
		}
		for _, e := range r.Evidence {
			b.relation(kg.RelHasEvidence, r.ID, e.Study, m, r.Provenance, map[string]any{"stance": e.Stance, "note": e.Note})
		}
	},
})
