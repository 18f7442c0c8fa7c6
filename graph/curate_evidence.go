package graph

import (
	"context"
	"fmt"
	"strings"

	"gutskin/graph/model"
	"gutskin/kg"
	"gutskin/seed"
)

// A claim's grade and evidence: gradeClaim, addEvidence, removeEvidence. Each change to them
// moves the claim's version.

// claimFields rebuilds a claim's seed record from the stored graph (seed.StoredFields, as
// every update does): its properties, its subjects and its evidence.
func (r *Resolver) claimFields(ctx context.Context, id string) (map[string]any, map[string]any, error) {
	cur, err := r.current(ctx, id, kg.KindClaim)
	if err != nil {
		return nil, nil, err
	}
	fields, err := r.storedFields(ctx, kg.KindClaim, id, cur)
	return fields, cur, err
}

func (r *Resolver) gradeClaim(ctx context.Context, in model.GradeClaimInput) (*model.GradeClaimPayload, error) {
	meta, err := r.beginSourced(ctx, "gradeClaim", in.Reason, &in.Source)
	if err != nil {
		return nil, err
	}
	fields, cur, err := r.claimFields(ctx, in.Claim)
	if err != nil {
		return nil, claimPath(err)
	}
	fields["maturity"], fields["maturityBasis"], fields["assessment"] = string(in.Maturity), string(in.Basis), in.Rationale
	g, err := r.checkFields(ctx, kg.KindClaim, fields, seed.Updating)
	if e, ok := err.(*kg.Error); ok && gradeNames[e.Field] != "" {
		c := *e
		c.Field = gradeNames[e.Field]
		return nil, &c
	}
	if err != nil {
		return nil, err
	}
	props := diff(cur, g.Nodes[0].Props)
	// The claim's maturity is also its links' maturity (ABOUT, HAS_EVIDENCE); MAKES and the
	// sources' positions do not change with the grade.
	var rels []kg.RelationRecord
	for _, rel := range g.Relations {
		if rel.Kind != kg.RelMakes && rel.Kind != kg.RelHasPosition {
			rels = append(rels, rel)
		}
	}
	change, err := r.Curation.Update(ctx, meta, in.Claim, in.ExpectedVersion, props, rels, nil)
	if err != nil {
		return nil, err
	}
	claim, err := r.readBack(ctx, in.Claim, kg.KindClaim, "claim")
	if err != nil {
		return nil, err
	}
	c := claim.(model.Claim)
	return &model.GradeClaimPayload{ClientMutationID: in.ClientMutationID, Claim: &c, Version: in.ExpectedVersion + 1, Change: changeOf(change)}, nil
}

// claimPath names the claim argument in an id error about it.
func claimPath(err error) error {
	if e, ok := err.(*kg.Error); ok && e.Field == "input.id" {
		c := *e
		c.Field = "input.claim"
		return &c
	}
	return err
}

func (r *Resolver) addEvidence(ctx context.Context, in model.AddEvidenceInput) (*model.EvidencePayload, error) {
	meta, err := r.beginSourced(ctx, "addEvidence", in.Reason, &in.Source)
	if err != nil {
		return nil, err
	}
	fields, _, err := r.claimFields(ctx, in.Claim)
	if err != nil {
		return nil, claimPath(err)
	}
	if err := idOf("input.study", in.Study, kg.KindStudy); err != nil {
		return nil, kg.FieldErrorf("input.study", "%s", kg.ErrorMessage(err))
	}
	evidence, _ := fields["evidence"].([]any)
	index := -1
	var was []kg.Provenance
	for i, x := range evidence {
		if e := x.(map[string]any); e["study"] == in.Study {
			index = i
			was = provenanceIn(e["provenance"])
		}
	}
	if index >= 0 && !deref(in.Replace) {
		return nil, kg.Errorf(kg.ECONFLICT, "%s is already evidence for %s; remove it first, or restate it with replace: true", in.Study, in.Claim)
	}
	prov := provenanceOf(in.Provenance, meta.Curator, was)
	switch {
	case len(in.Provenance) == 0 && index >= 0:
		// Restated without provenance: the link keeps where it was stated.
		prov = was
	case len(in.Provenance) == 0:
		study, err := r.Curation.Current(ctx, in.Study)
		if err != nil {
			return nil, err
		}
		if study == nil {
			return nil, kg.FieldErrorf("input.study", "refers to %q, which does not exist", in.Study)
		}
		reading, ok := readingOf(meta.Curator, study)
		if !ok {
			return nil, kg.FieldErrorf("input.provenance", "missing: %s has neither a DOI nor a PubMed id, so say where the link is stated", in.Study)
		}
		prov = []kg.Provenance{reading}
	}
	e := map[string]any{"study": in.Study, "stance": string(in.Stance)}
	if len(prov) > 0 {
		e["provenance"] = provenancePlain(prov)
	}
	if in.Note != nil && *in.Note != "" {
		e["note"] = *in.Note
	}
	if index < 0 {
		index = len(evidence)
		evidence = append(evidence, e)
	} else {
		evidence[index] = e
	}
	fields["evidence"] = evidence
	g, err := r.checkFields(ctx, kg.KindClaim, fields, seed.Updating)
	if err != nil {
		return nil, evidencePath(err, index)
	}
	var link *kg.RelationRecord
	for i, rel := range g.Relations {
		if rel.Kind == kg.RelHasEvidence && rel.To == in.Study {
			link = &g.Relations[i]
		}
	}
	change, err := r.Curation.Link(ctx, meta, *link, kg.LinkOptions{Replace: deref(in.Replace), Owner: in.Claim})
	if err != nil {
		return nil, err
	}
	return r.evidencePayload(ctx, in.ClientMutationID, in.Claim, change)
}

// provenancePlain is provenance as a record's plain fields hold it.
func provenancePlain(prov []kg.Provenance) []any {
	out, _ := plain(prov)
	list, _ := out.([]any)
	return list
}

// evidencePath names the added evidence's own input field in a rule's problem with it.
func evidencePath(err error, index int) error {
	if e, ok := err.(*kg.Error); ok {
		prefix := fmt.Sprintf("input.evidence[%d].", index)
		if strings.HasPrefix(e.Field, prefix) {
			c := *e
			c.Field = "input." + strings.TrimPrefix(e.Field, prefix)
			return &c
		}
	}
	return err
}

func (r *Resolver) evidencePayload(ctx context.Context, clientID *string, claimID string, change kg.Change) (*model.EvidencePayload, error) {
	claim, err := r.readBack(ctx, claimID, kg.KindClaim, "claim")
	if err != nil {
		return nil, err
	}
	c := claim.(model.Claim)
	return &model.EvidencePayload{ClientMutationID: clientID, Claim: &c, Change: changeOf(change)}, nil
}

func (r *Resolver) removeEvidence(ctx context.Context, in model.RemoveEvidenceInput) (*model.EvidencePayload, error) {
	meta, err := r.begin(ctx, "removeEvidence", kg.RoleCurator, in.Reason, in.Source)
	if err != nil {
		return nil, err
	}
	if err := idOf("input.claim", in.Claim, kg.KindClaim); err != nil {
		return nil, kg.FieldErrorf("input.claim", "%s", kg.ErrorMessage(err))
	}
	if err := idOf("input.study", in.Study, kg.KindStudy); err != nil {
		return nil, kg.FieldErrorf("input.study", "%s", kg.ErrorMessage(err))
	}
	change, err := r.Curation.Unlink(ctx, meta, kg.RelHasEvidence, in.Claim, in.Study, in.Claim)
	if err != nil {
		return nil, err
	}
	return r.evidencePayload(ctx, in.ClientMutationID, in.Claim, change)
}
