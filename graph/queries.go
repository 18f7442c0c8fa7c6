package graph

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"

	"gutskin/graph/model"
	"gutskin/kg"
)

// Root-field logic: argument checks, the store call, and the shaping of the answer.

func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	if _, err := kg.KindOfID(id); err != nil && kg.IsCurie(id) && kg.KnownCuriePrefix(id) {
		return r.nodeByXref(ctx, id)
	}
	if err := idOf("id", id); err != nil {
		return nil, err
	}
	p := planRoot(ctx)
	return r.fetchOne(ctx, p, id, p.entities(p.sels, kg.Kinds))
}

// nodeByXref answers node(id:) given an ontology CURIE: the one entity that is an exact
// match of it. A CURIE with no exact match, or several, is NOT_FOUND, naming byXref.
func (r *Resolver) nodeByXref(ctx context.Context, curie string) (model.Node, error) {
	p := planRoot(ctx)
	rows, err := r.Store.FetchByXref(ctx, curie, true, p.entities(p.sels, kg.Kinds))
	if err != nil {
		return nil, err
	}
	if len(rows) != 1 {
		return nil, kg.Errorf(kg.ENOTFOUND, "no single entity is an exact match of %q; byXref lists every entity that carries it", curie)
	}
	if err := r.resolveProvenance(ctx, p.planner, rows); err != nil {
		return nil, err
	}
	return model.Wrap(rows[0]), nil
}

func (r *Resolver) byXref(ctx context.Context, curie string, exactOnly *bool) ([]model.Entity, error) {
	curie = strings.TrimSpace(curie)
	if !kg.IsCurie(curie) {
		return nil, invalidf("argument \"curie\" must have the form PREFIX:local, e.g. MONDO:0011438")
	}
	p := planRoot(ctx)
	rows, err := r.Store.FetchByXref(ctx, curie, exactOnly != nil && *exactOnly, p.entities(p.sels, kg.Kinds))
	if err != nil {
		return nil, err
	}
	if err := r.resolveProvenance(ctx, p.planner, rows); err != nil {
		return nil, err
	}
	out := make([]model.Entity, len(rows))
	for i, row := range rows {
		out[i] = model.Wrap(row)
	}
	return out, nil
}

func (r *Resolver) nodes(ctx context.Context, ids []string) ([]model.Node, error) {
	if len(ids) > r.Limits.MaxPageSize {
		return nil, invalidf("argument \"ids\" may hold at most %d ids", r.Limits.MaxPageSize)
	}
	for _, id := range ids {
		if err := idOf("ids", id); err != nil {
			return nil, err
		}
	}
	p := planRoot(ctx)
	rows, err := r.Store.Fetch(ctx, ids, p.entities(p.sels, kg.Kinds))
	if err != nil {
		return nil, err
	}
	if err := r.resolveProvenance(ctx, p.planner, rows); err != nil {
		return nil, err
	}
	out := make([]model.Node, len(ids))
	for i, row := range rows {
		if row != nil {
			out[i] = model.Wrap(row)
		}
	}
	return out, nil
}

func (r *Resolver) study(ctx context.Context, id, doi *string) (*model.Study, error) {
	switch {
	case (id == nil) == (doi == nil):
		return nil, invalidf("give exactly one of \"id\" and \"doi\"")
	case id != nil:
		return entityOf[model.Study](ctx, r, *id, kg.KindStudy)
	}
	p := planRoot(ctx)
	row, err := r.Store.FetchByDOI(ctx, *doi, p.entities(p.sels, []kg.Kind{kg.KindStudy}))
	if err != nil {
		return nil, err
	}
	if err := r.resolveProvenance(ctx, p.planner, row); err != nil {
		return nil, err
	}
	s := model.Wrap(row).(model.Study)
	return &s, nil
}

var studyOrderFields = map[model.StudyOrderField]string{
	model.StudyOrderFieldTitle:      "sortName",
	model.StudyOrderFieldYear:       "year",
	model.StudyOrderFieldSampleSize: "sampleSizeKey",
}

func (r *Resolver) studies(ctx context.Context, filter *model.StudyFilter, orderBy *model.StudyOrder, args pageArgs) (*model.StudyConnection, error) {
	q, err := studyQuery(filter, orderBy)
	if err != nil {
		return nil, err
	}
	l, err := listEntities[model.Study](ctx, r, q, args)
	if err != nil {
		return nil, err
	}
	return &model.StudyConnection{Nodes: l.nodes, PageInfo: &l.pageInfo, TotalCount: l.total, TotalCountIsExact: l.exact,
		Edges: edgesOf(l, func(c string, n model.Study) model.StudyEdge { return model.StudyEdge{Cursor: c, Node: &n} })}, nil
}

// studyQuery is the list query of the studies root field (also the /cite endpoint's filtered
// bibliography): the filter validated and turned into kg.Filters.
func studyQuery(filter *model.StudyFilter, orderBy *model.StudyOrder) (kg.ListQuery, error) {
	q := kg.ListQuery{Kind: kg.KindStudy, SortField: "sortName"}
	if orderBy != nil {
		q.SortField, q.Descending = studyOrderFields[orderBy.Field], direction(orderBy.Direction)
	}
	var b filterBuilder
	if f := filter; f != nil {
		if f.YearFrom != nil {
			b.add(kg.FilterAtLeast, "year", *f.YearFrom)
		}
		if f.YearTo != nil {
			b.add(kg.FilterAtMost, "year", *f.YearTo)
		}
		if f.Designs != nil {
			designs := make([]string, len(f.Designs))
			for i, d := range f.Designs {
				designs[i] = string(d)
			}
			b.add(kg.FilterIn, "design", designs)
		}
		roll := rollUpOf(f.RollUp)
		for _, err := range []error{
			b.reaches("filter.strain", f.Strain, []kg.Kind{kg.KindStrain, kg.KindSpecies}, paths(steps(out(kg.RelExamined))), []kg.RelationKind{kg.RelMemberOf}, roll),
			b.reaches("filter.condition", f.Condition, []kg.Kind{kg.KindCondition}, paths(steps(out(kg.RelInvestigates))), []kg.RelationKind{kg.RelSubtypeOf}, roll),
			b.linked(kg.FilterLinksTo, kg.RelInvestigates, "filter.mechanism", f.Mechanism, kg.KindMechanism),
			b.linked(kg.FilterLinkedFrom, kg.RelCites, "filter.source", f.Source, kg.KindSource),
		} {
			if err != nil {
				return q, err
			}
		}
	}
	q.Filters = b.filters
	return q, nil
}

var claimOrderFields = map[model.ClaimOrderField]string{
	model.ClaimOrderFieldStatement: "sortName",
	model.ClaimOrderFieldMaturity:  "maturityRank",
}

func (r *Resolver) claims(ctx context.Context, filter *model.ClaimFilter, orderBy *model.ClaimOrder, args pageArgs) (*model.ClaimConnection, error) {
	q := kg.ListQuery{Kind: kg.KindClaim, SortField: "sortName"}
	if orderBy != nil {
		q.SortField, q.Descending = claimOrderFields[orderBy.Field], direction(orderBy.Direction)
	}
	var b filterBuilder
	if f := filter; f != nil {
		if f.Maturities != nil {
			ms := make([]string, len(f.Maturities))
			for i, m := range f.Maturities {
				ms[i] = string(m)
			}
			b.add(kg.FilterIn, "maturity", ms)
		}
		if f.MinMaturity != nil {
			b.add(kg.FilterAtLeast, "maturityRank", kg.Maturity(*f.MinMaturity).Rank())
		}
		if f.ClaimKind != nil {
			b.add(kg.FilterEquals, "claimKind", string(*f.ClaimKind))
		}
		if f.Disputed != nil {
			b.add(kg.FilterEquals, "disputed", *f.Disputed)
		}
		if f.Source != nil {
			if err := idOf("filter.source", *f.Source, kg.KindSource); err != nil {
				return nil, err
			}
			b.add(kg.FilterEquals, "source", *f.Source)
		}
		roll := rollUpOf(f.RollUp)
		about := paths(steps(out(kg.RelAbout)))
		for _, err := range []error{
			b.reaches("filter.subject", f.Subject, nil, about, []kg.RelationKind{kg.RelMemberOf, kg.RelSubtypeOf}, roll),
			b.reaches("filter.condition", f.Condition, []kg.Kind{kg.KindCondition}, about, []kg.RelationKind{kg.RelSubtypeOf}, roll),
			b.reaches("filter.mechanism", f.Mechanism, []kg.Kind{kg.KindMechanism}, about, nil, roll),
		} {
			if err != nil {
				return nil, err
			}
		}
	}
	q.Filters = b.filters
	l, err := listEntities[model.Claim](ctx, r, q, args)
	if err != nil {
		return nil, err
	}
	return &model.ClaimConnection{Nodes: l.nodes, PageInfo: &l.pageInfo, TotalCount: l.total, TotalCountIsExact: l.exact,
		Edges: edgesOf(l, func(c string, n model.Claim) model.ClaimEdge { return model.ClaimEdge{Cursor: c, Node: &n} })}, nil
}

func (r *Resolver) strains(ctx context.Context, filter *model.StrainFilter, orderBy *model.NameOrder, args pageArgs) (*model.StrainConnection, error) {
	q := kg.ListQuery{Kind: kg.KindStrain, SortField: "sortName", Descending: nameOrder(orderBy)}
	var b filterBuilder
	if f := filter; f != nil {
		roll := rollUpOf(f.RollUp)
		testedIn := steps(in(kg.RelExamined), out(kg.RelInvestigates))
		for _, err := range []error{
			b.linked(kg.FilterLinksTo, kg.RelMemberOf, "filter.species", f.Species, kg.KindSpecies),
			b.reaches("filter.condition", f.Condition, []kg.Kind{kg.KindCondition}, paths(testedIn), []kg.RelationKind{kg.RelSubtypeOf}, roll),
			b.reaches("filter.mechanism", f.Mechanism, []kg.Kind{kg.KindMechanism}, paths(steps(out(kg.RelModulates)), testedIn), nil, roll),
		} {
			if err != nil {
				return nil, err
			}
		}
		b.equals("strainKind", (*string)(f.StrainKind))
	}
	q.Filters = b.filters
	l, err := listEntities[model.Strain](ctx, r, q, args)
	if err != nil {
		return nil, err
	}
	return &model.StrainConnection{Nodes: l.nodes, PageInfo: &l.pageInfo, TotalCount: l.total, TotalCountIsExact: l.exact,
		Edges: edgesOf(l, func(c string, n model.Strain) model.StrainEdge { return model.StrainEdge{Cursor: c, Node: &n} })}, nil
}

func (r *Resolver) mechanisms(ctx context.Context, filter *model.MechanismFilter, orderBy *model.NameOrder, args pageArgs) (*model.MechanismConnection, error) {
	var category *string
	if filter != nil {
		category = (*string)(filter.Category)
	}
	l, err := namedList[model.Mechanism](ctx, r, kg.KindMechanism, "category", category, orderBy, args)
	if err != nil {
		return nil, err
	}
	return &model.MechanismConnection{Nodes: l.nodes, PageInfo: &l.pageInfo, TotalCount: l.total, TotalCountIsExact: l.exact,
		Edges: edgesOf(l, func(c string, n model.Mechanism) model.MechanismEdge { return model.MechanismEdge{Cursor: c, Node: &n} })}, nil
}

func (r *Resolver) conditions(ctx context.Context, filter *model.ConditionFilter, orderBy *model.NameOrder, args pageArgs) (*model.ConditionConnection, error) {
	var kind *string
	if filter != nil {
		kind = (*string)(filter.ConditionKind)
	}
	l, err := namedList[model.Condition](ctx, r, kg.KindCondition, "conditionKind", kind, orderBy, args)
	if err != nil {
		return nil, err
	}
	return &model.ConditionConnection{Nodes: l.nodes, PageInfo: &l.pageInfo, TotalCount: l.total, TotalCountIsExact: l.exact,
		Edges: edgesOf(l, func(c string, n model.Condition) model.ConditionEdge { return model.ConditionEdge{Cursor: c, Node: &n} })}, nil
}

func (r *Resolver) factors(ctx context.Context, filter *model.FactorFilter, orderBy *model.NameOrder, args pageArgs) (*model.FactorConnection, error) {
	var kind *string
	if filter != nil {
		kind = (*string)(filter.FactorKind)
	}
	l, err := namedList[model.Factor](ctx, r, kg.KindFactor, "factorKind", kind, orderBy, args)
	if err != nil {
		return nil, err
	}
	return &model.FactorConnection{Nodes: l.nodes, PageInfo: &l.pageInfo, TotalCount: l.total, TotalCountIsExact: l.exact,
		Edges: edgesOf(l, func(c string, n model.Factor) model.FactorEdge { return model.FactorEdge{Cursor: c, Node: &n} })}, nil
}

// namedList lists entities of one kind by name, optionally keeping those whose property
// prop equals value.
func namedList[T any](ctx context.Context, r *Resolver, kind kg.Kind, prop string, value *string, orderBy *model.NameOrder, args pageArgs) (listed[T], error) {
	var b filterBuilder
	b.equals(prop, value)
	return listEntities[T](ctx, r, kg.ListQuery{Kind: kind, SortField: "sortName", Descending: nameOrder(orderBy), Filters: b.filters}, args)
}

// edgesOf pairs each listed node with its cursor.
func edgesOf[T, E any](l listed[T], edge func(cursor string, node T) E) []E {
	out := make([]E, len(l.nodes))
	for i, n := range l.nodes {
		out[i] = edge(l.cursors[i], n)
	}
	return out
}

func (r *Resolver) sourceList(ctx context.Context, orderBy *model.NameOrder, args pageArgs) (*model.SourceConnection, error) {
	l, err := namedList[model.Source](ctx, r, kg.KindSource, "", nil, orderBy, args)
	if err != nil {
		return nil, err
	}
	return &model.SourceConnection{Nodes: l.nodes, PageInfo: &l.pageInfo, TotalCount: l.total, TotalCountIsExact: l.exact,
		Edges: edgesOf(l, func(c string, n model.Source) model.SourceEdge { return model.SourceEdge{Cursor: c, Node: &n} })}, nil
}

func (r *Resolver) speciesList(ctx context.Context, filter *model.SpeciesFilter, orderBy *model.NameOrder, args pageArgs) (*model.SpeciesConnection, error) {
	var kind *string
	if filter != nil {
		kind = (*string)(filter.SpeciesKind)
	}
	l, err := namedList[model.Species](ctx, r, kg.KindSpecies, "speciesKind", kind, orderBy, args)
	if err != nil {
		return nil, err
	}
	return &model.SpeciesConnection{Nodes: l.nodes, PageInfo: &l.pageInfo, TotalCount: l.total, TotalCountIsExact: l.exact,
		Edges: edgesOf(l, func(c string, n model.Species) model.SpeciesEdge { return model.SpeciesEdge{Cursor: c, Node: &n} })}, nil
}

func (r *Resolver) sources(ctx context.Context) ([]model.Source, error) {
	p := planRoot(ctx)
	q := kg.ListQuery{Kind: kg.KindSource, SortField: "sortName", Page: kg.Page{First: r.Limits.MaxPageSize}}
	page, err := r.Store.Page(ctx, q, p.entities(p.sels, []kg.Kind{kg.KindSource}), false)
	if err != nil {
		return nil, err
	}
	if err := r.resolveProvenance(ctx, p.planner, page.Rows); err != nil {
		return nil, err
	}
	return wrapRows[model.Source](page.Rows), nil
}

const maxSearchLength = 200

func (r *Resolver) search(ctx context.Context, text string, kinds []kg.Kind, first *int, after *string) (*model.SearchConnection, error) {
	text = strings.TrimSpace(text)
	if text == "" || utf8.RuneCountInString(text) > maxSearchLength {
		return nil, invalidf("argument \"query\" must hold 1 to %d characters", maxSearchLength)
	}
	// The cursor is tied to the search it came from: the text and the kinds asked for.
	kindNames := make([]string, len(kinds))
	for i, k := range kinds {
		kindNames[i] = string(k)
	}
	sort.Strings(kindNames)
	order := "search:" + strings.ToLower(text) + ":" + strings.Join(kindNames, ",")
	page, err := r.Limits.page(pageArgs{first: first, after: after}, order)
	if err != nil {
		return nil, err
	}
	// The total comes from the same statement as the page, so it is asked for only if selected.
	p := planRoot(ctx)
	// The hits come projected by the selection, from the same statement as the page.
	withTotal := p.selects(p.sels, "totalCount") || p.selects(p.sels, "totalCountIsExact")
	res, err := r.Store.Search(ctx, text, kindsOf(kinds), page.First, page.After, withTotal, p.of(kg.Kinds, []string{"nodes"}, []string{"edges", "node"}))
	if err != nil {
		return nil, err
	}
	hits := res.Hits
	c := &model.SearchConnection{Nodes: []model.Entity{}, Edges: []model.SearchEdge{}, TotalCount: res.Total, TotalCountIsExact: res.TotalExact}
	rows := make(map[string]kg.Row, len(hits))
	for _, h := range hits {
		rows[h.Entity.ID] = h.Entity.Props
	}
	if err := r.resolveProvenance(ctx, p.planner, mapValues(rows)); err != nil {
		return nil, err
	}
	var cursors []string
	for _, h := range hits {
		cursor := encodeCursor(kg.Cursor{Key: h.Score, ID: h.Entity.ID, Pos: h.Pos}, order)
		cursors = append(cursors, cursor)
		node := model.Wrap(rows[h.Entity.ID])
		c.Nodes = append(c.Nodes, node)
		c.Edges = append(c.Edges, model.NewSearchEdge(cursor, node, h.Entity.Props, h.Score, h.Matched))
	}
	info := pageInfo(cursors, kg.PageInfo{HasNext: res.More, HasPrevious: after != nil})
	c.PageInfo = &info
	return c, nil
}

const maxPaths = 50

// pathways answers both pathways (directed) and connections (either direction).
func (r *Resolver) pathways(ctx context.Context, from, to string, maxHops *int, minMaturity *kg.Maturity, relations []kg.RelationKind, directed bool, first *int) ([]model.Pathway, error) {
	if err := idOf("from", from); err != nil {
		return nil, err
	}
	if err := idOf("to", to); err != nil {
		return nil, err
	}
	hops, limit := intOr(maxHops, 3), intOr(first, 10)
	if hops < 1 || hops > 5 {
		return nil, invalidf("argument \"maxHops\" must be between 1 and 5")
	}
	if limit < 1 || limit > maxPaths {
		return nil, invalidf("argument \"first\" must be between 1 and %d", maxPaths)
	}
	if from == to {
		return nil, invalidf("arguments \"from\" and \"to\" must name different entities")
	}
	rels := kg.MechanisticRelations
	if relations != nil {
		rels = make([]kg.RelationKind, len(relations))
		for i, k := range relations {
			rels[i] = kg.RelationKind(k)
		}
	}
	min := kg.MaturityNotSupported
	if minMaturity != nil {
		min = kg.Maturity(*minMaturity)
	}
	// The store reports an unknown end as NOT_FOUND, from the same round trip as the search.
	// What stands behind each hop is read only when the selection shows it: the claims about
	// two hubs can number thousands.
	p := planRoot(ctx)
	evidence := p.fieldSelections(p.sels, "hops", "claims") != nil || p.fieldSelections(p.sels, "hops", "studies", "stances") != nil
	ends := [][]string{{"nodes"}, {"hops", "from"}, {"hops", "to"}, {"hops", "relation", "from"}, {"hops", "relation", "to"}}
	// The path's entities are read whole only when the selection shows more of them than
	// their names.
	nodeSel := p.of(kg.Kinds, ends...)
	paths, err := r.Store.Pathways(ctx, kg.PathQuery{From: from, To: to, MaxHops: hops, MinMaturity: min,
		Rels: rels, Directed: directed, First: limit, Evidence: evidence, Brief: namesEnough(nodeSel)})
	if err != nil {
		return nil, err
	}
	studyPaths := [][]string{{"hops", "relation", "studies"}, {"hops", "studies", "study"}}
	claimPaths := [][]string{{"hops", "claims"}, {"hops", "studies", "stances", "claim"}}
	refs := []entityRefs{
		{kind: kg.KindStudy, sel: p.of([]kg.Kind{kg.KindStudy}, studyPaths...)},
		{kind: kg.KindClaim, sel: p.of([]kg.Kind{kg.KindClaim}, claimPaths...)},
	}
	p.provenance(p.fieldSelections(p.sels, "hops", "relation", "provenance"))
	var entities []kg.Entity
	for _, path := range paths {
		entities = append(entities, path.Nodes...)
		for _, h := range path.Hops {
			refs[0].ids = append(refs[0].ids, h.Relation.Studies...)
			refs[1].ids = append(refs[1].ids, h.Claims...)
		}
	}
	rows, err := r.rowsWithRefs(ctx, entities, nodeSel, p.of(kg.Kinds, slices.Concat(ends, studyPaths, claimPaths)...), refs)
	if err != nil {
		return nil, err
	}
	var relRows []kg.Row
	out := make([]model.Pathway, len(paths))
	for i, path := range paths {
		nodes := make([]model.Entity, len(path.Nodes))
		for j, n := range path.Nodes {
			nodes[j] = model.Wrap(rows[n.ID])
		}
		pw := model.Pathway{Strength: kg.Maturity(path.Strength), Length: len(path.Hops), Nodes: nodes, Hops: []model.Hop{}}
		for j, h := range path.Hops {
			rel := relationRow(h.Relation, rows)
			relRows = append(relRows, rel)
			pw.Hops = append(pw.Hops, hopOf(h, nodes[j], nodes[j+1], model.EdgeRow(rel), rows))
		}
		out[i] = pw
	}
	if err := r.resolveProvenance(ctx, p.planner, mapValues(rows), relRows); err != nil {
		return nil, err
	}
	return out, nil
}

// hopOf is one step of a path with its claims and its studies' stances, from rows by id.
func hopOf(h kg.Hop, from, to model.Entity, rel model.Relation, rows map[string]kg.Row) model.Hop {
	hop := model.Hop{From: from, To: to, Forward: h.Forward, Relation: rel, Claims: []model.Claim{}, Studies: []model.HopStudy{}}
	claims := map[string]model.Claim{}
	for _, id := range h.Claims {
		if c, ok := model.Wrap(rows[id]).(model.Claim); ok {
			claims[id] = c
			hop.Claims = append(hop.Claims, c)
		}
	}
	for _, id := range h.Relation.Studies {
		st, ok := model.Wrap(rows[id]).(model.Study)
		if !ok {
			continue
		}
		hs := model.HopStudy{Study: st, Stances: []model.ClaimStance{}}
		for _, s := range h.Stances {
			if c, ok := claims[s.Claim]; ok && s.Study == id {
				hs.Stances = append(hs.Stances, model.ClaimStance{Claim: c, Stance: s.Stance})
			}
		}
		hop.Studies = append(hop.Studies, hs)
	}
	return hop
}

func (r *Resolver) neighbourhood(ctx context.Context, id string, depth *int, kinds []kg.Kind, limit *int) (*model.Subgraph, error) {
	if err := idOf("id", id); err != nil {
		return nil, err
	}
	d, n := intOr(depth, 1), intOr(limit, 100)
	if d < 1 || d > 3 {
		return nil, invalidf("argument \"depth\" must be between 1 and 3")
	}
	if n < 1 || n > 300 {
		return nil, invalidf("argument \"limit\" must be between 1 and 300")
	}
	sg, err := r.Store.Neighbourhood(ctx, id, d, kindsOf(kinds), n)
	if err != nil {
		return nil, err
	}
	p := planRoot(ctx)
	sel := p.of(kg.Kinds, []string{"center"}, []string{"nodes"}, []string{"edges", "from"}, []string{"edges", "to"})
	studySel := p.of([]kg.Kind{kg.KindStudy}, []string{"edges", "studies"})
	p.provenance(p.fieldSelections(p.sels, "edges", "provenance"))
	var studyIDs []string
	for _, e := range sg.Edges {
		studyIDs = append(studyIDs, e.Studies...)
	}
	rows, err := r.rowsWithStudies(ctx, append([]kg.Entity{sg.Center}, sg.Nodes...), studyIDs, sel, studySel)
	if err != nil {
		return nil, err
	}
	out := &model.Subgraph{Center: model.Wrap(rows[sg.Center.ID]), Nodes: make([]model.Entity, len(sg.Nodes)), Edges: make([]model.Relation, len(sg.Edges)), Truncated: sg.Truncated}
	for i, node := range sg.Nodes {
		out.Nodes[i] = model.Wrap(rows[node.ID])
	}
	relRows := make([]kg.Row, len(sg.Edges))
	for i, e := range sg.Edges {
		relRows[i] = relationRow(e, rows)
		out.Edges[i] = model.EdgeRow(relRows[i])
	}
	if err := r.resolveProvenance(ctx, p.planner, mapValues(rows), relRows); err != nil {
		return nil, err
	}
	return out, nil
}

func (r *Resolver) stats(ctx context.Context) (*model.GraphStats, error) {
	nodes, rels, err := r.Store.Stats(ctx)
	if err != nil {
		return nil, err
	}
	conv := func(cs []kg.Count) []model.KindCount {
		out := make([]model.KindCount, len(cs))
		for i, c := range cs {
			out[i] = model.KindCount{Kind: c.Kind, Count: c.Count}
		}
		return out
	}
	out := &model.GraphStats{Nodes: conv(nodes), Relations: conv(rels)}
	if r.Releases != nil {
		if rel, ok := r.Releases.Latest(); ok {
			out.LatestRelease = &model.Release{Version: rel.Version, GraphVersion: int(rel.GraphVersion), DatePublished: rel.DatePublished, URL: rel.URL}
		}
	}
	// The version comes from the audit trail: one more read, only when it is asked for.
	if r.Curation != nil && selects(ctx, "version", "updatedAt", "cursor") {
		seq, at, err := r.Curation.Latest(ctx)
		if err != nil {
			return nil, err
		}
		out.Version = int(seq)
		out.Cursor = changeCursor(seq)
		if seq > 0 {
			s := at.UTC().Format(time.RFC3339)
			out.UpdatedAt = &s
		}
	}
	return out, nil
}

// selects reports whether the field being resolved selects any of the named subfields.
func selects(ctx context.Context, names ...string) bool {
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if slices.Contains(names, f.Name) {
			return true
		}
	}
	return false
}

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}
