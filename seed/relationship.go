package seed

import (
	"fmt"
	"sort"
	"strings"

	"gutskin/kg"
)

// relationships.yaml: the relationships stated directly, as kg.RelationSpecs allows them.

type relationship struct {
	Type     string   `yaml:"type"`
	From     string   `yaml:"from"`
	To       string   `yaml:"to"`
	Effect   string   `yaml:"effect"`
	Maturity string   `yaml:"maturity"`
	Studies  []string `yaml:"studies"`
	Note     string   `yaml:"note"`
	// LeftOut names studies the provenance cites that are not among the relationship's
	// studies, each with why (see FORMAT.md, "Studies cover the citations").
	LeftOut    []leftOut       `yaml:"leftOut"`
	Provenance []kg.Provenance `yaml:"provenance"`
}
type leftOut struct {
	Study string `yaml:"study"`
	Why   string `yaml:"why"`
}

var _ = register(&records[relationship]{
	file:        "relationships.yaml",
	indexRecord: func(l *loader, at located, r relationship) { l.relRecs = append(l.relRecs, item[relationship]{at, r}) },
	checkRecord: func(l *loader, i int, at located, r relationship) {
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
			return
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
		if prev, dup := l.seenRelations[key]; dup {
			l.add(at, record, "", "duplicate of the relationship at %s:%d", prev.file, prev.line)
		}
		l.seenRelations[key] = at
		l.provenance(at, record, r.Provenance)
		if rule.NeedsEffect {
			l.checkStudiesCoverCitations(at, record, r)
			l.checkGradeHasGrounds(at, record, r.Maturity, len(r.Studies) > 0, false, "studies")
		} else if len(r.LeftOut) > 0 {
			l.add(at, record, "leftOut", "only relationships that carry evidence (with an effect) list studies")
		}
	},
	buildRecord: func(b *builder, r relationship) {
		b.relation(kg.RelationKind(r.Type), r.From, r.To, kg.Maturity(r.Maturity), r.Provenance, map[string]any{
			"effect": r.Effect, "studyIds": list(r.Studies), "note": r.Note, "leftOut": leftOutJSON(r.LeftOut),
		})
	},
})
