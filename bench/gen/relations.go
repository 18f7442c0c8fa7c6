package gen

import (
	"math/rand/v2"

	"gutskin/kg"
)

// relations streams the relationships of the synthetic entities. Each relationship has one
// owner, the synthetic entity whose record draws it (a study draws the sources citing it,
// a claim its evidence), so duplicates can only arise within one owner and are dropped there.
func (b *builder) relations(sink Sink) error {
	for _, k := range kg.Kinds {
		for i := 0; i < b.synthetic(k); i++ {
			o := &owner{b: b, sink: sink, kind: k, id: synthID(k, i), seen: map[string]bool{}, r: b.rng(k, i, 3)}
			b.owned(o, i)
			if o.err != nil {
				return o.err
			}
		}
	}
	return nil
}

// owned draws the relationships the i-th synthetic entity of o.kind owns. Hubs come from
// zipf draws (mechanisms, conditions, species, sources); the many-and-thin kinds (studies,
// strains, claims) from uniform ones.
func (b *builder) owned(o *owner, i int) {
	r := o.r
	switch o.kind {
	case kg.KindStudy:
		for n := 1 + r.IntN(3); n > 0; n-- {
			src := b.pools[kg.KindSource].id(b.zipf(r, kg.KindSource))
			o.add(kg.RelCites, src, o.id, kg.MaturityEstablished, []kg.Provenance{{Source: src, Section: "Reference list", Citations: []int{1 + i%300}}},
				map[string]any{"number": 1 + i%300})
		}
		for n := 1 + r.IntN(2); n > 0; n-- {
			target := kg.KindStrain
			if r.IntN(4) == 0 {
				target = kg.KindSpecies
			}
			o.add(kg.RelExamined, o.id, b.pools[target].id(b.uniformOrHub(r, target)), kg.MaturityEstablished, o.prov(), map[string]any{"studyIds": []string{}})
		}
		for n := 1 + r.IntN(3); n > 0; n-- {
			target := pick(r, []kg.Kind{kg.KindCondition, kg.KindCondition, kg.KindMechanism, kg.KindFactor})
			o.add(kg.RelInvestigates, o.id, b.pools[target].id(b.zipf(r, target)), kg.MaturityEstablished, o.prov(), map[string]any{"studyIds": []string{}})
		}
	case kg.KindClaim:
		m := b.claimMaturity(i)
		src := b.pools[kg.KindSource].id(b.zipf(r, kg.KindSource))
		o.add(kg.RelMakes, src, o.id, kg.MaturityEstablished, o.prov(), nil)
		for n := 1 + r.IntN(4); n > 0; n-- {
			target := pick(r, []kg.Kind{kg.KindCondition, kg.KindMechanism, kg.KindMechanism, kg.KindStrain, kg.KindSpecies, kg.KindFactor})
			idx := b.zipf(r, target)
			if target == kg.KindStrain {
				idx = b.uniform(r, target)
			}
			o.add(kg.RelAbout, o.id, b.pools[target].id(idx), m, o.prov(), nil)
		}
		for n := 1 + r.IntN(6); n > 0; n-- {
			o.add(kg.RelHasEvidence, o.id, b.pools[kg.KindStudy].id(b.uniform(r, kg.KindStudy)), m, o.prov(),
				map[string]any{"stance": pick(r, stances), "note": pick(r, evidenceNotes)})
		}
	case kg.KindFinding:
		o.add(kg.RelReports, b.findingStudy(kg.KindFinding, i), o.id, kg.MaturityEstablished, o.prov(), nil)
		for n := 1 + r.IntN(3); n > 0; n-- {
			target := pick(r, []kg.Kind{kg.KindCondition, kg.KindCondition, kg.KindMechanism})
			o.add(kg.RelMeasures, o.id, b.pools[target].id(b.zipf(r, target)), kg.MaturityEstablished, o.prov(), nil)
		}
	case kg.KindStrain:
		// MEMBER_OF links the species the strain's node record names.
		if sp, _ := b.node(kg.KindStrain, i).Props["species"].(string); sp != "" {
			o.add(kg.RelMemberOf, o.id, sp, kg.MaturityEstablished, o.prov(), nil)
		}
		for n := 1 + r.IntN(4); n > 0; n-- {
			o.mechanistic(kg.RelModulates, o.id, b.pools[kg.KindMechanism].id(b.zipf(r, kg.KindMechanism)))
		}
	case kg.KindSpecies:
		for n := 1 + r.IntN(2); n > 0; n-- {
			o.mechanistic(kg.RelModulates, o.id, b.pools[kg.KindMechanism].id(b.zipf(r, kg.KindMechanism)))
		}
		for n := 1 + r.IntN(2); n > 0; n-- {
			o.mechanistic(kg.RelImplicatedIn, o.id, b.pools[kg.KindCondition].id(b.zipf(r, kg.KindCondition)))
		}
	case kg.KindMechanism:
		for n := 2 + r.IntN(4); n > 0; n-- {
			target := pick(r, []kg.Kind{kg.KindMechanism, kg.KindCondition, kg.KindCondition})
			to := b.pools[target].id(b.zipf(r, target))
			if to != o.id {
				o.mechanistic(kg.RelInfluences, o.id, to)
			}
		}
	case kg.KindFactor:
		for n := 1 + r.IntN(3); n > 0; n-- {
			target := pick(r, []kg.Kind{kg.KindMechanism, kg.KindCondition})
			o.mechanistic(kg.RelAffects, o.id, b.pools[target].id(b.zipf(r, target)))
		}
	case kg.KindCondition:
		// SUBTYPE_OF links the broader condition the condition's node record names.
		if parent, _ := b.node(kg.KindCondition, i).Props["subtypeOf"].(string); parent != "" {
			o.add(kg.RelSubtypeOf, o.id, parent, kg.MaturityEstablished, o.prov(), nil)
		}
	}
}

// uniformOrHub draws strains uniformly, and species (few, shared) with a heavy head.
func (b *builder) uniformOrHub(r *rand.Rand, k kg.Kind) int {
	if k == kg.KindStrain {
		return b.uniform(r, k)
	}
	return b.zipf(r, k)
}

// claimMaturity is the maturity the i-th synthetic claim was given, which its ABOUT and
// HAS_EVIDENCE relationships carry as in the seed.
func (b *builder) claimMaturity(i int) kg.Maturity {
	return kg.Maturity(b.node(kg.KindClaim, i).Props["maturity"].(string))
}

type owner struct {
	b    *builder
	sink Sink
	kind kg.Kind
	id   string
	seen map[string]bool
	r    *rand.Rand
	err  error
}

// prov is the provenance of a synthetic relationship: one section of one source.
func (o *owner) prov() []kg.Provenance {
	src := o.b.pools[kg.KindSource].id(o.b.zipf(o.r, kg.KindSource))
	return []kg.Provenance{{Source: src, Section: pick(o.r, sections), Citations: citations(o.r)}}
}

// mechanistic adds a relationship of the kinds relationships.yaml states: with a direction
// of effect, a maturity, the studies behind it and sometimes a note.
func (o *owner) mechanistic(kind kg.RelationKind, from, to string) {
	props := map[string]any{"effect": pick(o.r, effects), "studyIds": []string{}}
	for n := o.r.IntN(3); n > 0; n-- {
		p := o.b.pools[kg.KindStudy]
		props["studyIds"] = append(props["studyIds"].([]string), p.id(o.r.IntN(p.size())))
	}
	if o.r.IntN(3) == 0 {
		props["note"] = pick(o.r, evidenceNotes)
	}
	o.add(kind, from, to, pickMaturity(o.r), o.prov(), props)
}

// add emits one relationship with the properties every relationship is stored with (as
// seed/graph.go's builder.relation sets them), unless the owner already has it.
func (o *owner) add(kind kg.RelationKind, from, to string, m kg.Maturity, prov []kg.Provenance, extra map[string]any) {
	key := string(kind) + "|" + from + "|" + to
	if o.err != nil || o.seen[key] || from == to {
		return
	}
	o.seen[key] = true
	props := map[string]any{}
	for k, v := range extra {
		props[k] = v
	}
	props["maturity"] = string(m)
	props["maturityRank"] = m.Rank()
	props["provenance"] = kg.ProvenanceJSON(prov)
	props["sourceIds"] = []string{prov[0].Source}
	if _, ok := props["studyIds"]; !ok {
		props["studyIds"] = []string{}
	}
	o.err = o.sink.Relation(kg.RelationRecord{Kind: kind, From: from, To: to, Key: key, Props: props})
}
