package graph

import (
	"context"

	"gutskin/graph/model"
	"gutskin/kg"
)

// The helpers below keep resolvers to one line of intent each; all of them go through the
// request's loaders, so sibling resolvers share round trips.

func (r *Resolver) loaders(ctx context.Context) *loaders { return loadersFor(ctx, r.Store) }

// relations returns an entity's relationships of the given kinds, in kind order.
func (r *Resolver) relations(ctx context.Context, id string, incoming bool, kinds ...kg.RelationKind) ([]model.Relation, error) {
	var out []model.Relation
	for _, k := range kinds {
		rels, err := r.loaders(ctx).relationsOf(ctx, k, incoming, id)
		if err != nil {
			return nil, err
		}
		out = append(out, model.Relations(rels)...)
	}
	if out == nil {
		out = []model.Relation{}
	}
	return out, nil
}

// linked returns the entities of one GraphQL type at the other end of an entity's
// relationships of one kind.
func linked[T any](ctx context.Context, r *Resolver, id string, kind kg.RelationKind, incoming bool) ([]T, error) {
	entities, err := r.loaders(ctx).neighbours(ctx, kind, incoming, id)
	if err != nil {
		return nil, err
	}
	return typed[T](entities), nil
}

// linkedEntities is linked for fields typed as the Entity interface.
func (r *Resolver) linkedEntities(ctx context.Context, id string, kind kg.RelationKind, incoming bool) ([]model.Entity, error) {
	entities, err := r.loaders(ctx).neighbours(ctx, kind, incoming, id)
	if err != nil {
		return nil, err
	}
	return wrapAll(entities), nil
}

// one loads a single related entity of one GraphQL type by id.
func one[T any](ctx context.Context, r *Resolver, id string) (*T, error) {
	if id == "" {
		return nil, nil
	}
	e, err := r.loaders(ctx).entity(ctx, id)
	if err != nil {
		return nil, err
	}
	t, ok := model.Wrap(e).(T)
	if !ok {
		return nil, kg.Errorf(kg.EINTERNAL, "entity %s has an unexpected kind", id)
	}
	return &t, nil
}

// anyEntity loads one entity as the Entity interface.
func (r *Resolver) anyEntity(ctx context.Context, id string) (model.Entity, error) {
	e, err := r.loaders(ctx).entity(ctx, id)
	if err != nil {
		return nil, err
	}
	return model.Wrap(e), nil
}

// evidence returns the HAS_EVIDENCE links leaving a claim or arriving at a study.
func (r *Resolver) evidence(ctx context.Context, id string, incoming bool) ([]model.Evidence, error) {
	rels, err := r.loaders(ctx).relationsOf(ctx, kg.RelHasEvidence, incoming, id)
	if err != nil {
		return nil, err
	}
	out := make([]model.Evidence, len(rels))
	for i, rel := range rels {
		out[i] = model.EvidenceOf(rel)
	}
	return out, nil
}

// citations returns the CITES links leaving a source or arriving at a study.
func (r *Resolver) citations(ctx context.Context, id string, incoming bool) ([]model.Citation, error) {
	rels, err := r.loaders(ctx).relationsOf(ctx, kg.RelCites, incoming, id)
	if err != nil {
		return nil, err
	}
	out := make([]model.Citation, len(rels))
	for i, rel := range rels {
		out[i] = model.Citation{SourceID: rel.From, StudyID: rel.To, Number: rel.Number}
	}
	return out, nil
}

// citedStudies resolves a provenance's citation numbers to the studies its source cites
// under them.
func (r *Resolver) citedStudies(ctx context.Context, p *model.Provenance) ([]model.Study, error) {
	if len(p.Citations) == 0 {
		return []model.Study{}, nil
	}
	rels, err := r.loaders(ctx).relationsOf(ctx, kg.RelCites, false, p.SourceID)
	if err != nil {
		return nil, err
	}
	byNumber := make(map[int]string, len(rels))
	for _, rel := range rels {
		byNumber[rel.Number] = rel.To
	}
	var ids []string
	for _, n := range p.Citations {
		if id, ok := byNumber[n]; ok {
			ids = append(ids, id)
		}
	}
	entities, err := r.loaders(ctx).entityList(ctx, ids)
	if err != nil {
		return nil, err
	}
	return typed[model.Study](entities), nil
}

// evidenceSummary counts a claim's evidence by stance and by the studies' designs.
func (r *Resolver) evidenceSummary(ctx context.Context, claimID string) (*model.EvidenceSummary, error) {
	ev, err := r.evidence(ctx, claimID, false)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ev))
	for i, e := range ev {
		ids[i] = e.StudyID
	}
	studies, err := r.loaders(ctx).entityList(ctx, ids)
	if err != nil {
		return nil, err
	}
	return summarise(ev, typed[model.Study](studies)), nil
}

// summarise is the pure part of evidenceSummary.
func summarise(ev []model.Evidence, studies []model.Study) *model.EvidenceSummary {
	s := &model.EvidenceSummary{Total: len(ev), ByDesign: []model.DesignCount{}}
	for _, e := range ev {
		switch e.Stance {
		case model.StanceSupports:
			s.Supports++
		case model.StanceQualifies:
			s.Qualifies++
		case model.StanceContradicts:
			s.Contradicts++
		}
	}
	index := map[model.StudyDesign]int{}
	for _, st := range studies {
		d := st.Design()
		if i, ok := index[d]; ok {
			s.ByDesign[i].Count++
			continue
		}
		index[d] = len(s.ByDesign)
		s.ByDesign = append(s.ByDesign, model.DesignCount{Design: d, Count: 1})
	}
	return s
}

// studiesByID loads studies in the order given.
func (r *Resolver) studiesByID(ctx context.Context, ids []string) ([]model.Study, error) {
	entities, err := r.loaders(ctx).entityList(ctx, ids)
	if err != nil {
		return nil, err
	}
	return typed[model.Study](entities), nil
}
