package graph

import (
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/kg"
)

// The planner turns the GraphQL selection beneath a root field into a kg.Selection, reading
// kg's domain table: a field that names a stored property becomes a property to read, a
// field that follows relationships becomes a link with its own selection. The store answers
// the plan in one statement, so a request costs one round trip per root field whatever its
// depth (plus one for provenance sources and cited studies, when those are selected).

// derivedProps are fields computed from stored properties.
var derivedProps = map[string]map[string][]string{
	"Study": {"link": {"doi", "url"}, "record": {"recordStatus"}, "authorNames": {"authors"},
		"citation": {"title", "authors", "year", "journal", "volume", "issue", "pages", "doi", "url", "pmid", "design"}},
	"Finding": {"effectSizeInterval": {"effectSizeLower", "effectSizeUpper", "effectSizeLevel"}},
}

// edgeProps are the relationship properties the fields of the edge types read.
var edgeProps = map[string]string{
	"effect": "effect", "maturity": "maturity", "note": "note", "stance": "stance",
	"number": "number", "provenance": "provenance", "studiesLeftOut": "leftOut", "position": "position",
}

// edgeEndKinds names the kind of entity a field of the edge types reads (Evidence.claim,
// Citation.source, Position.source, …); which end of the relationship holds it follows from
// the relationship's endpoints in the domain table. Relation's from and to name the ends.
var edgeEndKinds = map[string]kg.Kind{"claim": kg.KindClaim, "study": kg.KindStudy, "source": kg.KindSource}

// edgeEnd says which end ("from" or "to") of the link's relationships a field of an edge type
// reads, or "" for a field that reads no end.
func edgeEnd(field string, rels []kg.RelationKind) string {
	if field == "from" || field == "to" {
		return field
	}
	kind, ok := edgeEndKinds[field]
	if !ok {
		return ""
	}
	from, to := endKinds(rels)
	switch {
	case slices.Contains(from, kind):
		return "from"
	case slices.Contains(to, kind):
		return "to"
	}
	return ""
}

type planner struct {
	oc *graphql.OperationContext
	// provSources and provStudies gather the selections beneath provenance { source } and
	// provenance { citedStudies }, answered after the main statement.
	provSources, provStudies ast.SelectionSet
}

func newPlanner(oc *graphql.OperationContext) *planner { return &planner{oc: oc} }

// needsProvenance reports whether the plan asked for provenance sources or cited studies.
func (p *planner) needsProvenance() bool { return p.provSources != nil || p.provStudies != nil }

// entities plans the selection set of a field whose values are entities of the given kinds.
func (p *planner) entities(sels ast.SelectionSet, possible []kg.Kind) *kg.Selection {
	sel := &kg.Selection{}
	seenProp := map[string]bool{}
	addProp := func(name string) {
		if !seenProp[name] {
			seenProp[name] = true
			sel.Props = append(sel.Props, name)
		}
	}
	type linkKey struct {
		key  string
		link *kg.FieldLink
	}
	var order []linkKey
	gathered := map[linkKey][]ast.SelectionSet{}
	onKinds := map[linkKey][]kg.Kind{}
	for _, kind := range possible {
		typeName := kind.Label()
		for _, f := range graphql.CollectFields(p.oc, sels, []string{typeName, "Entity", "Node"}) {
			if link, ok := kg.LinkOf(typeName, f.Name); ok {
				k := linkKey{f.Name, link}
				if _, seen := gathered[k]; !seen {
					order = append(order, k)
				}
				gathered[k] = append(gathered[k], f.Selections)
				if !slices.Contains(onKinds[k], kind) {
					onKinds[k] = append(onKinds[k], kind)
				}
				continue
			}
			if derived, ok := derivedProps[typeName][f.Name]; ok {
				for _, d := range derived {
					addProp(d)
				}
				continue
			}
			if _, ok := kg.PropOf(typeName, f.Name); ok {
				addProp(f.Name)
				if f.Name == "provenance" {
					p.provenance(f.Selections)
				}
			}
			// Anything else (__typename) needs nothing from the store.
		}
	}
	for _, k := range order {
		l := kg.LinkSelection{Key: k.key, Link: *k.link}
		if kinds := onKinds[k]; !coversAll(kinds, possible) {
			l.OnKinds = kinds
		}
		sub := concat(gathered[k])
		switch k.link.Shape {
		case kg.LinkEntities, kg.LinkRef:
			l.Far = p.entities(sub, farKinds(k.link))
		case kg.LinkEdges:
			p.edge(&l, sub)
		}
		sel.Links = append(sel.Links, l)
	}
	return sel
}

// edge plans the fields of Relation, Evidence, Citation or Position values.
func (p *planner) edge(l *kg.LinkSelection, sels ast.SelectionSet) {
	var from, to, studies []ast.SelectionSet
	for _, f := range graphql.CollectFields(p.oc, sels, nil) {
		if prop, ok := edgeProps[f.Name]; ok && !slices.Contains(l.EdgeProps, prop) {
			l.EdgeProps = append(l.EdgeProps, prop)
		}
		switch {
		case f.Name == "studies":
			studies = append(studies, f.Selections)
		case f.Name == "provenance":
			p.provenance(f.Selections)
		case edgeEnd(f.Name, l.Link.Rels) == "from":
			from = append(from, f.Selections)
		case edgeEnd(f.Name, l.Link.Rels) == "to":
			to = append(to, f.Selections)
		}
	}
	fromKinds, toKinds := endKinds(l.Link.Rels)
	if from != nil {
		l.From = p.entities(concat(from), fromKinds)
	}
	if to != nil {
		l.To = p.entities(concat(to), toKinds)
	}
	if studies != nil {
		l.Studies = p.entities(concat(studies), []kg.Kind{kg.KindStudy})
	}
}

// provenance notes the selections beneath provenance's source and citedStudies.
func (p *planner) provenance(sels ast.SelectionSet) {
	for _, f := range graphql.CollectFields(p.oc, sels, nil) {
		switch f.Name {
		case "source":
			p.provSources = append(p.provSources, f.Selections...)
		case "citedStudies":
			p.provStudies = append(p.provStudies, f.Selections...)
		}
	}
}

// fieldSelections gathers the selection sets of the fields reached from sels by a path of
// field names (e.g. "edges", "node"), through fragments.
func (p *planner) fieldSelections(sels ast.SelectionSet, path ...string) ast.SelectionSet {
	current := []ast.SelectionSet{sels}
	for _, name := range path {
		var next []ast.SelectionSet
		for _, s := range current {
			for _, f := range graphql.CollectFields(p.oc, s, nil) {
				if f.Name == name {
					next = append(next, f.Selections)
				}
			}
		}
		current = next
	}
	if current == nil {
		return nil
	}
	return concat(current)
}

// selects reports whether the field name is selected directly in sels.
func (p *planner) selects(sels ast.SelectionSet, name string) bool {
	for _, f := range graphql.CollectFields(p.oc, sels, nil) {
		if f.Name == name {
			return true
		}
	}
	return false
}

// farKinds are the kinds a link may reach.
func farKinds(l *kg.FieldLink) []kg.Kind {
	if l.Shape == kg.LinkRef {
		return []kg.Kind{l.RefKind}
	}
	from, to := endKinds(l.Rels)
	if l.Incoming {
		return from
	}
	return to
}

// endKinds are the kinds at the start and end of relationships of the given types.
func endKinds(rels []kg.RelationKind) (from, to []kg.Kind) {
	for _, r := range rels {
		spec := r.Spec()
		for _, k := range spec.From {
			if !slices.Contains(from, k) {
				from = append(from, k)
			}
		}
		for _, k := range spec.To {
			if !slices.Contains(to, k) {
				to = append(to, k)
			}
		}
	}
	return from, to
}

func concat(sets []ast.SelectionSet) ast.SelectionSet {
	if len(sets) == 1 {
		return sets[0]
	}
	var out ast.SelectionSet
	for _, s := range sets {
		out = append(out, s...)
	}
	return out
}

func coversAll(have, want []kg.Kind) bool {
	for _, k := range want {
		if !slices.Contains(have, k) {
			return false
		}
	}
	return true
}
