package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/kg"
)

// Prefetching makes the round trips of a nested query a function of its shape alone. When a
// root field has its entities, it walks the query's selection level by level and, for each
// relationship field selected at a level, fetches that relationship for every entity of the
// level in one query, priming the request's loaders. The resolvers then find everything in
// the cache. (Fields the table below does not know fall back to the loaders' batching.)

// link says how a field reaches other entities.
type link struct {
	kind     kg.RelationKind
	incoming bool
	// child is the GraphQL type the field's own selection applies to: an entity type,
	// "Entity" (any kind), or a wrapper ("Evidence", "Citation", "Relation") whose fields
	// lead to the entity at the other end.
	child string
}

var links = map[string]map[string][]link{
	"Claim": {
		"subjects":        {{kg.RelAbout, false, "Entity"}},
		"evidence":        {{kg.RelHasEvidence, false, "Evidence"}},
		"evidenceSummary": {{kg.RelHasEvidence, false, ""}},
	},
	"Study": {
		"citations": {{kg.RelCites, true, "Citation"}},
		"findings":  {{kg.RelReports, false, "Finding"}},
		"strains":   {{kg.RelExamined, false, "Entity"}},
		"topics":    {{kg.RelInvestigates, false, "Entity"}},
		"claims":    {{kg.RelHasEvidence, true, "Evidence"}},
	},
	"Source": {
		"citations": {{kg.RelCites, false, "Citation"}},
		"claims":    {{kg.RelMakes, false, "Claim"}},
	},
	"Strain": {
		"mechanisms": {{kg.RelModulates, false, "Relation"}},
		"studies":    {{kg.RelExamined, true, "Study"}},
		"claims":     {{kg.RelAbout, true, "Claim"}},
	},
	"Species": {
		"strains":   {{kg.RelMemberOf, true, "Strain"}},
		"relations": {{kg.RelModulates, false, "Relation"}, {kg.RelImplicatedIn, false, "Relation"}},
	},
	"Mechanism": {
		"influences":   {{kg.RelInfluences, false, "Relation"}},
		"influencedBy": {{kg.RelModulates, true, "Relation"}, {kg.RelInfluences, true, "Relation"}, {kg.RelAffects, true, "Relation"}},
		"studies":      {{kg.RelInvestigates, true, "Study"}},
		"claims":       {{kg.RelAbout, true, "Claim"}},
	},
	"Condition": {
		"subtypes":     {{kg.RelSubtypeOf, true, "Condition"}},
		"influencedBy": {{kg.RelInfluences, true, "Relation"}, {kg.RelAffects, true, "Relation"}, {kg.RelImplicatedIn, true, "Relation"}},
		"studies":      {{kg.RelInvestigates, true, "Study"}},
		"findings":     {{kg.RelMeasures, true, "Finding"}},
		"claims":       {{kg.RelAbout, true, "Claim"}},
	},
	"Factor": {
		"affects": {{kg.RelAffects, false, "Relation"}},
		"claims":  {{kg.RelAbout, true, "Claim"}},
	},
	"Finding": {
		"measures": {{kg.RelMeasures, false, "Entity"}},
	},
}

// references are fields that name one other entity through a stored property.
var references = map[string]map[string]string{
	"Claim":     {"source": "source"},
	"Finding":   {"study": "study"},
	"Strain":    {"species": "species"},
	"Condition": {"subtypeOf": "subtypeOf"},
}

var typeOfKind = map[kg.Kind]string{
	kg.KindSource: "Source", kg.KindStudy: "Study", kg.KindSpecies: "Species", kg.KindStrain: "Strain",
	kg.KindMechanism: "Mechanism", kg.KindCondition: "Condition", kg.KindFactor: "Factor",
	kg.KindClaim: "Claim", kg.KindFinding: "Finding",
}

const maxPrefetchDepth = 6

// prefetchSelection prefetches for entities returned by a root field whose selection is the
// current field's; path names the fields from there to the entities (e.g. "nodes", or
// "edges", "node").
func (r *Resolver) prefetchSelection(ctx context.Context, entities []kg.Entity, path ...string) {
	fc := graphql.GetFieldContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	if fc == nil || oc == nil || len(entities) == 0 {
		return
	}
	sels := []ast.SelectionSet{fc.Field.Selections}
	for _, name := range path {
		var next []ast.SelectionSet
		for _, sel := range sels {
			for _, f := range graphql.CollectFields(oc, sel, nil) {
				if f.Name == name {
					next = append(next, f.Selections)
				}
			}
		}
		sels = next
	}
	p := prefetcher{r: r, l: r.loaders(ctx), oc: oc}
	for _, sel := range sels {
		p.entities(ctx, entities, sel, 0)
	}
}

type prefetcher struct {
	r  *Resolver
	l  *loaders
	oc *graphql.OperationContext
}

// entities prefetches what sel asks of a set of entities, grouped by their GraphQL type.
func (p prefetcher) entities(ctx context.Context, entities []kg.Entity, sel ast.SelectionSet, depth int) {
	if depth > maxPrefetchDepth || len(entities) == 0 || len(sel) == 0 {
		return
	}
	byType := map[string][]kg.Entity{}
	for _, e := range entities {
		byType[typeOfKind[e.Kind]] = append(byType[typeOfKind[e.Kind]], e)
	}
	for typeName, group := range byType {
		for _, f := range graphql.CollectFields(p.oc, sel, []string{typeName, "Entity", "Node"}) {
			for _, ln := range links[typeName][f.Name] {
				p.link(ctx, group, ln, f.Selections, depth)
			}
			if prop, ok := references[typeName][f.Name]; ok {
				p.references(ctx, group, prop, f.Selections, depth)
			}
			if f.Name == "provenance" {
				p.provenance(ctx, group, f.Selections)
			}
		}
	}
}

// link fetches one relationship of every entity in one round trip and goes on below it.
func (p prefetcher) link(ctx context.Context, group []kg.Entity, ln link, sel ast.SelectionSet, depth int) {
	ids := make([]string, 0, len(group))
	for _, e := range group {
		if !p.l.relationLoader(ln.kind, ln.incoming).has(e.ID) {
			ids = append(ids, e.ID)
		}
	}
	if len(ids) > 0 {
		rels, others, err := p.r.Store.Relations(ctx, ln.kind, ln.incoming, ids)
		if err != nil {
			return // the resolvers will meet and report the error themselves
		}
		for _, e := range others {
			p.l.entities.prime(e.ID, e)
		}
		for _, id := range ids {
			p.l.relationLoader(ln.kind, ln.incoming).prime(id, rels[id])
		}
	}
	if ln.child == "" {
		return
	}
	// The entities at the other ends, and the selection that applies to them.
	var next []kg.Entity
	var studies []string
	for _, e := range group {
		rels, _ := p.l.relationLoader(ln.kind, ln.incoming).cached(e.ID)
		for _, rel := range rels {
			other := rel.To
			if ln.incoming {
				other = rel.From
			}
			if o, ok := p.l.entities.cached(other); ok {
				next = append(next, o)
			}
			studies = append(studies, rel.Studies...)
		}
	}
	switch ln.child {
	case "Evidence", "Citation", "Relation":
		for _, f := range graphql.CollectFields(p.oc, sel, []string{ln.child}) {
			switch f.Name {
			case "study", "claim", "source", "from", "to":
				p.entities(ctx, next, f.Selections, depth+1)
			case "studies":
				p.entities(ctx, p.load(ctx, studies), f.Selections, depth+1)
			case "provenance":
				p.provenance(ctx, group, f.Selections)
			}
		}
	default:
		p.entities(ctx, next, sel, depth+1)
	}
}

// references loads the entities a property names, in one round trip.
func (p prefetcher) references(ctx context.Context, group []kg.Entity, prop string, sel ast.SelectionSet, depth int) {
	var ids []string
	for _, e := range group {
		if id, _ := e.Props[prop].(string); id != "" {
			ids = append(ids, id)
		}
	}
	p.entities(ctx, p.load(ctx, ids), sel, depth+1)
}

// provenance prefetches the sources named in provenance and, if cited studies are asked
// for, the sources' citations.
func (p prefetcher) provenance(ctx context.Context, group []kg.Entity, sel ast.SelectionSet) {
	var ids []string
	for _, e := range group {
		for _, pr := range e.Provenance {
			ids = append(ids, pr.Source)
		}
	}
	sources := p.load(ctx, ids)
	for _, f := range graphql.CollectFields(p.oc, sel, []string{"Provenance"}) {
		if f.Name == "citedStudies" {
			p.link(ctx, sources, link{kg.RelCites, false, ""}, nil, maxPrefetchDepth)
		}
	}
}

// load returns entities by id, fetching those not yet cached in one round trip.
func (p prefetcher) load(ctx context.Context, ids []string) []kg.Entity {
	var missing []string
	seen := map[string]bool{}
	for _, id := range ids {
		if _, ok := p.l.entities.cached(id); !ok && !seen[id] {
			missing = append(missing, id)
			seen[id] = true
		}
	}
	if len(missing) > 0 {
		found, err := p.r.Store.Entities(ctx, missing)
		if err != nil {
			return nil
		}
		for _, e := range found {
			p.l.entities.prime(e.ID, e)
		}
	}
	out := make([]kg.Entity, 0, len(ids))
	for _, id := range ids {
		if e, ok := p.l.entities.cached(id); ok {
			out = append(out, e)
		}
	}
	return out
}
