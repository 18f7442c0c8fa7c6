package graph

import (
	"context"

	"gutskin/graph/model"
	"gutskin/kg"
)

// Retiring and restoring an entity, and its revision (version and whether retired).

func (r *Resolver) setRetired(ctx context.Context, in model.RetireInput, retire bool) (*model.RetirePayload, error) {
	mutation, role := "retire", kg.RoleCurator
	if !retire {
		mutation, role = "restore", kg.RoleAdmin
	}
	meta, err := r.begin(ctx, mutation, role, in.Reason, in.Source)
	if err != nil {
		return nil, err
	}
	if err := idOf("input.id", in.ID); err != nil {
		return nil, kg.FieldErrorf("input.id", "%s", kg.ErrorMessage(err))
	}
	change, err := r.Curation.SetRetired(ctx, meta, in.ID, in.ExpectedVersion, retire)
	if err != nil {
		return nil, err
	}
	return &model.RetirePayload{ClientMutationID: in.ClientMutationID,
		Revision: &model.Revision{ID: in.ID, Version: in.ExpectedVersion + 1, Retired: retire}, Change: changeOf(change)}, nil
}

func (r *Resolver) revision(ctx context.Context, id string) (*model.Revision, error) {
	if err := idOf("id", id); err != nil {
		return nil, err
	}
	if r.Curation == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	props, err := r.Curation.Current(ctx, id)
	if err != nil {
		return nil, err
	}
	if props == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	v := 1
	if n, ok := props["version"].(int64); ok {
		v = int(n)
	}
	rev := &model.Revision{ID: id, Version: v, Retired: props["retired"] == true}
	if rev.Retired {
		by, why := storedString(props, "retiredBy"), storedString(props, "retiredReason")
		rev.RetiredBy, rev.RetiredReason = &by, &why
	}
	return rev, nil
}
