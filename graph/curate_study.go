package graph

import (
	"context"

	"gutskin/graph/model"
	"gutskin/kg"
)

// createStudy and updateStudy: a study record checked by the seed's rules, its DOI unique.

func (r *Resolver) createStudy(ctx context.Context, in model.CreateStudyInput) (*model.CreateStudyPayload, error) {
	doi := r.studyDOI(ctx, "", true)
	e, change, err := r.createRecord(ctx, kg.KindStudy, "createStudy", in, func(fields map[string]any) error {
		if err := doi(fields); err != nil {
			return err
		}
		return readByCurator(ctx, fields)
	})
	if err != nil {
		return nil, err
	}
	s := e.(model.Study)
	return &model.CreateStudyPayload{ClientMutationID: in.ClientMutationID, Study: &s, Version: 1, Change: changeOf(change)}, nil
}

func (r *Resolver) updateStudy(ctx context.Context, in model.UpdateStudyInput) (*model.UpdateStudyPayload, error) {
	e, version, change, err := r.updateRecord(ctx, kg.KindStudy, "updateStudy", in.ID, in, r.studyDOI(ctx, in.ID, in.Doi != nil))
	if err != nil {
		return nil, err
	}
	s := e.(model.Study)
	return &model.UpdateStudyPayload{ClientMutationID: in.ClientMutationID, Study: &s, Version: version, Change: changeOf(change)}, nil
}
