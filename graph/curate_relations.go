package graph

import (
	"context"

	"gutskin/graph/model"
	"gutskin/kg"
	"gutskin/seed"
)

// Relationships a curator states or removes between existing entities: addRelation,
// removeRelation.

func (r *Resolver) addRelation(ctx context.Context, in model.AddRelationInput) (*model.RelationPayload, error) {
	meta, err := r.beginSourced(ctx, "addRelation", in.Reason, &in.Source)
	if err != nil {
		return nil, err
	}
	var was []kg.Provenance
	if deref(in.Replace) {
		links, err := r.Curation.Links(ctx, in.From, in.Type)
		if err != nil {
			return nil, err
		}
		for _, l := range links {
			if l.To == in.To {
				was = provenanceIn(l.Props["provenance"])
			}
		}
	}
	rec := seed.RelationshipRecord{Type: string(in.Type), From: in.From, To: in.To, Maturity: string(in.Maturity),
		Studies: in.Studies, Note: deref(in.Note), Provenance: provenanceOf(in.Provenance, meta.Curator, was)}
	if in.Effect != nil {
		rec.Effect = string(*in.Effect)
	}
	g, err := check(ctx, r, rec, seed.Creating)
	if err != nil {
		return nil, err
	}
	change, err := r.Curation.Link(ctx, meta, g.Relations[0], kg.LinkOptions{Replace: deref(in.Replace)})
	if err != nil {
		return nil, err
	}
	return &model.RelationPayload{ClientMutationID: in.ClientMutationID, Key: g.Relations[0].Key, Change: changeOf(change)}, nil
}

func (r *Resolver) removeRelation(ctx context.Context, in model.RemoveRelationInput) (*model.RelationPayload, error) {
	meta, err := r.begin(ctx, "removeRelation", kg.RoleCurator, in.Reason, in.Source)
	if err != nil {
		return nil, err
	}
	if spec := in.Type.Spec(); spec == nil || !spec.Stated {
		return nil, kg.FieldErrorf("input.type", "%s relationships are implied by records, not stated; change the record instead", in.Type)
	}
	for field, id := range map[string]string{"input.from": in.From, "input.to": in.To} {
		if err := idOf(field, id); err != nil {
			return nil, kg.FieldErrorf(field, "%s", kg.ErrorMessage(err))
		}
	}
	change, err := r.Curation.Unlink(ctx, meta, in.Type, in.From, in.To, "")
	if err != nil {
		return nil, err
	}
	return &model.RelationPayload{ClientMutationID: in.ClientMutationID, Key: string(in.Type) + "|" + in.From + "|" + in.To, Change: changeOf(change)}, nil
}
