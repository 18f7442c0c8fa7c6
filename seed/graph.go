package seed

import (
	"strings"

	"gutskin/kg"
)

// graph turns validated records into the nodes and relationships to store.
func (l *loader) graph() kg.Graph {
	b := &builder{}
	for _, s := range l.sources {
		r := s.rec
		b.node(r.ID, kg.KindSource, r.Title, nil, r.Description, r.Provenance, map[string]any{
			"title": r.Title, "publisher": r.Publisher, "documentKind": r.Kind, "fileName": r.FileName,
			"authors": list(r.Authors), "reviewers": list(r.Reviewers), "description": r.Description,
		})
	}
	for _, s := range l.studies {
		r := s.rec
		sampleKey := -1
		if r.SampleSize != nil {
			sampleKey = *r.SampleSize
		}
		b.node(r.ID, kg.KindStudy, r.Title, append([]string{r.DOI}, r.Authors...), r.Summary+" "+r.Journal, r.Provenance, map[string]any{
			"title": r.Title, "authors": list(r.Authors), "year": r.Year, "journal": r.Journal,
			"volume": r.Volume, "issue": r.Issue, "pages": r.Pages, "doi": r.DOI, "doiLower": strings.ToLower(r.DOI),
			"url": r.URL, "design": r.Design, "population": r.Population, "sampleSize": r.SampleSize,
			"sampleSizeKey": sampleKey, "duration": r.Duration, "summary": r.Summary,
		})
		for _, c := range r.CitedBy {
			b.relation(kg.RelCites, c.Source, r.ID, kg.MaturityEstablished, []kg.Provenance{{Source: c.Source, Section: "Reference list", Citations: []int{c.Number}}},
				map[string]any{"number": c.Number})
		}
	}
	for _, s := range l.species {
		r := s.rec
		b.node(r.ID, kg.KindSpecies, r.Name, append(r.Synonyms, r.FormerNames...), r.Description, r.Provenance, map[string]any{
			"name": r.Name, "formerNames": list(r.FormerNames), "synonyms": list(r.Synonyms), "speciesKind": r.Kind,
			"description": r.Description, "taxonomyId": r.TaxonomyID,
		})
	}
	for _, s := range l.strains {
		r := s.rec
		names := append([]string{r.Name}, r.Synonyms...)
		b.node(r.ID, kg.KindStrain, r.FullName, append(names, r.FormerNames...), r.Description, r.Provenance, map[string]any{
			"name": r.Name, "fullName": r.FullName, "strainKind": r.Kind, "species": r.Species,
			"formerNames": list(r.FormerNames), "synonyms": list(r.Synonyms), "description": r.Description,
		})
		if r.Species != "" {
			b.relation(kg.RelMemberOf, r.ID, r.Species, kg.MaturityEstablished, r.Provenance, nil)
		}
	}
	for _, s := range l.mechanisms {
		r := s.rec
		b.node(r.ID, kg.KindMechanism, r.Name, r.Synonyms, r.Description, r.Provenance, map[string]any{
			"name": r.Name, "synonyms": list(r.Synonyms), "category": r.Category, "description": r.Description,
		})
	}
	for _, s := range l.conditions {
		r := s.rec
		b.node(r.ID, kg.KindCondition, r.Name, r.Synonyms, r.Description, r.Provenance, map[string]any{
			"name": r.Name, "synonyms": list(r.Synonyms), "conditionKind": r.Kind, "description": r.Description,
			"subtypeOf": r.SubtypeOf, "mondoId": r.MondoID,
		})
		if r.SubtypeOf != "" {
			b.relation(kg.RelSubtypeOf, r.ID, r.SubtypeOf, kg.MaturityEstablished, r.Provenance, nil)
		}
	}
	for _, s := range l.factors {
		r := s.rec
		b.node(r.ID, kg.KindFactor, r.Name, r.Synonyms, r.Description, r.Provenance, map[string]any{
			"name": r.Name, "synonyms": list(r.Synonyms), "factorKind": r.Kind, "description": r.Description,
		})
	}
	for _, s := range l.claims {
		r := s.rec
		m := kg.Maturity(r.Maturity)
		b.node(r.ID, kg.KindClaim, r.Statement, nil, r.Assessment, r.Provenance, map[string]any{
			"statement": r.Statement, "maturity": r.Maturity, "maturityRank": m.Rank(), "maturityBasis": r.MaturityBasis,
			"claimKind": r.Kind, "assessment": r.Assessment, "source": r.Source, "section": r.Section,
		})
		b.relation(kg.RelMakes, r.Source, r.ID, kg.MaturityEstablished, r.Provenance, nil)
		for _, subj := range r.Subjects {
			b.relation(kg.RelAbout, r.ID, subj, m, r.Provenance, nil)
		}
		for _, e := range r.Evidence {
			b.relation(kg.RelHasEvidence, r.ID, e.Study, m, r.Provenance, map[string]any{"stance": e.Stance, "note": e.Note})
		}
	}
	for _, s := range l.findings {
		r := s.rec
		b.node(r.ID, kg.KindFinding, r.Summary, []string{r.Measure}, "", r.Provenance, map[string]any{
			"summary": r.Summary, "measure": r.Measure, "effect": r.Effect, "value": r.Value, "unit": r.Unit,
			"pValue": r.PValue, "effectSize": r.EffectSize, "heterogeneityI2": r.HeterogeneityI2, "trials": r.Trials,
			"participants": r.Participants, "studyCount": r.StudyCount, "timepoint": r.Timepoint,
			"significant": r.Significant, "study": r.Study,
		})
		b.relation(kg.RelReports, r.Study, r.ID, kg.MaturityEstablished, r.Provenance, nil)
		for _, m := range r.Measures {
			b.relation(kg.RelMeasures, r.ID, m, kg.MaturityEstablished, r.Provenance, nil)
		}
	}
	for _, s := range l.relationships {
		r := s.rec
		b.relation(kg.RelationKind(r.Type), r.From, r.To, kg.Maturity(r.Maturity), r.Provenance, map[string]any{
			"effect": r.Effect, "studyIds": list(r.Studies), "note": r.Note,
		})
	}
	return b.g
}

type builder struct{ g kg.Graph }

// node adds an entity with the properties every kind shares: its display label, a sort key,
// the names and text the full-text index searches, and its provenance.
func (b *builder) node(id string, kind kg.Kind, label string, names []string, text string, prov []kg.Provenance, props map[string]any) {
	props = compact(props)
	props["id"] = id
	props["kind"] = string(kind)
	props["label"] = label
	props["sortName"] = strings.ToLower(label)
	props["searchNames"] = strings.Join(nonEmpty(names), " | ")
	props["searchText"] = strings.TrimSpace(text)
	props["provenance"] = provJSON(prov)
	props["sourceIds"] = sourceIDs(prov)
	b.g.Nodes = append(b.g.Nodes, kg.NodeRecord{ID: id, Kind: kind, Props: props})
}

func (b *builder) relation(kind kg.RelationKind, from, to string, m kg.Maturity, prov []kg.Provenance, props map[string]any) {
	props = compact(props)
	props["maturity"] = string(m)
	props["maturityRank"] = m.Rank()
	props["provenance"] = provJSON(prov)
	props["sourceIds"] = sourceIDs(prov)
	if _, ok := props["studyIds"]; !ok {
		props["studyIds"] = []string{}
	}
	b.g.Relations = append(b.g.Relations, kg.RelationRecord{Kind: kind, From: from, To: to, Key: string(kind) + "|" + from + "|" + to, Props: props})
}

// compact drops empty values: Neo4j stores no nulls, and an absent property reads as null.
func compact(props map[string]any) map[string]any {
	out := make(map[string]any, len(props)+8)
	for k, v := range props {
		switch x := v.(type) {
		case nil:
			continue
		case string:
			if x == "" {
				continue
			}
		case *int:
			if x == nil {
				continue
			}
			v = *x
		case *float64:
			if x == nil {
				continue
			}
			v = *x
		case *bool:
			if x == nil {
				continue
			}
			v = *x
		}
		out[k] = v
	}
	return out
}

func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonEmpty(s []string) []string {
	var out []string
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}
