package neo4jstore

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gutskin/kg"
)

// The compiler turns a kg.Selection into one Cypher map projection, nesting a COLLECT
// subquery for every link, so that an entity and everything selected beneath it come back in
// one statement shaped like the answer. Names built into the text are labels and
// relationship types from kg's domain table and property names the table lists; values are
// parameters.

// projector builds projections; it names the variables of nested subqueries.
type projector struct{ vars int }

func (p *projector) fresh(prefix string) string {
	p.vars++
	return fmt.Sprintf("%s%d", prefix, p.vars)
}

// entity projects the node bound to v.
func (p *projector) entity(v string, sel *kg.Selection) string {
	var b strings.Builder
	b.WriteString(v)
	b.WriteString(" {.id, .kind")
	if sel != nil {
		for _, prop := range sel.Props {
			if prop == "id" || prop == "kind" {
				continue
			}
			b.WriteString(", .")
			b.WriteString(safeName(prop))
		}
		for _, group := range groupLinks(sel.Links) {
			b.WriteString(", ")
			b.WriteString(safeName(group[0].Key))
			b.WriteString(": ")
			b.WriteString(p.linkGroup(v, sel, group))
		}
	}
	b.WriteString("}")
	return b.String()
}

// groupLinks gathers links that share a key (the same field name on different kinds).
func groupLinks(links []kg.LinkSelection) [][]kg.LinkSelection {
	var groups [][]kg.LinkSelection
	index := map[string]int{}
	for _, l := range links {
		if i, ok := index[l.Key]; ok {
			groups[i] = append(groups[i], l)
			continue
		}
		index[l.Key] = len(groups)
		groups = append(groups, []kg.LinkSelection{l})
	}
	return groups
}

// linkGroup is the value of one key: a link's expression, guarded by the labels it applies
// to when the entity may be of another kind.
func (p *projector) linkGroup(v string, sel *kg.Selection, group []kg.LinkSelection) string {
	if len(group) == 1 && len(group[0].OnKinds) == 0 {
		return p.link(v, group[0])
	}
	var b strings.Builder
	b.WriteString("CASE")
	for _, l := range group {
		var labels []string
		for _, k := range l.OnKinds {
			labels = append(labels, v+":"+safeName(k.Label()))
		}
		fmt.Fprintf(&b, " WHEN %s THEN %s", strings.Join(labels, " OR "), p.link(v, l))
	}
	b.WriteString(" END")
	return b.String()
}

func (p *projector) link(v string, l kg.LinkSelection) string {
	switch l.Link.Shape {
	case kg.LinkRef:
		x := p.fresh("r")
		return fmt.Sprintf("COLLECT { MATCH (%s:Entity {id: %s.%s}) RETURN %s }[0]", x, v, safeName(l.Link.RefProp), p.entity(x, l.Far))
	case kg.LinkEntities:
		r, m := p.fresh("l"), p.fresh("m")
		return fmt.Sprintf("COLLECT { MATCH %s %s%s RETURN %s }", pattern(v, r, m, l.Link), orderBy(v, r, m, l.Link.Rels), limit(l.Limit), p.entity(m, l.Far))
	case kg.LinkEdges:
		r, m := p.fresh("l"), p.fresh("m")
		from, to := v, m
		if l.Link.Incoming {
			from, to = m, v
		}
		fields := []string{"type: type(" + r + ")"}
		for _, prop := range l.EdgeProps {
			fields = append(fields, fmt.Sprintf("%s: %s.%s", safeName(prop), r, safeName(prop)))
		}
		if l.From != nil {
			fields = append(fields, "from: "+p.entity(from, l.From))
		}
		if l.To != nil {
			fields = append(fields, "to: "+p.entity(to, l.To))
		}
		if l.Studies != nil {
			fields = append(fields, "studies: "+p.studies(r, l.Studies))
		}
		return fmt.Sprintf("COLLECT { MATCH %s %s%s RETURN {%s} }", pattern(v, r, m, l.Link), orderBy(v, r, m, l.Link.Rels), limit(l.Limit), strings.Join(fields, ", "))
	case kg.LinkSummary:
		r, m := p.fresh("l"), p.fresh("m")
		return fmt.Sprintf("COLLECT { MATCH %s %s%s RETURN {stance: %s.stance, design: %s.design} }", pattern(v, r, m, l.Link), orderBy(v, r, m, l.Link.Rels), limit(l.Limit), r, m)
	}
	panic(fmt.Sprintf("neo4jstore: unknown link shape %d", l.Link.Shape))
}

// limit is a link's LIMIT clause: a number the code chose (kg.LinkSelection.Limit), never
// a client's.
func limit(n int) string {
	if n <= 0 {
		return ""
	}
	return " LIMIT " + strconv.Itoa(n)
}

// studies projects the studies a relationship lists as its evidence, in the order listed.
func (p *projector) studies(r string, sel *kg.Selection) string {
	i, s := p.fresh("i"), p.fresh("s")
	return fmt.Sprintf("COLLECT { UNWIND range(0, size(coalesce(%[1]s.studyIds, [])) - 1) AS %[2]s MATCH (%[3]s:Entity {id: %[1]s.studyIds[%[2]s]}) WITH %[3]s, %[2]s ORDER BY %[2]s RETURN %[4]s }",
		r, i, s, p.entity(s, sel))
}

func pattern(v, r, m string, l kg.FieldLink) string {
	types := make([]string, len(l.Rels))
	for i, k := range l.Rels {
		types[i] = safeName(string(k))
	}
	arrowIn, arrowOut := "-", "->"
	if l.Incoming {
		arrowIn, arrowOut = "<-", "-"
	}
	return fmt.Sprintf("(%s)%s[%s:%s]%s(%s:Entity)", v, arrowIn, r, strings.Join(types, "|"), arrowOut, m)
}

// orderBy keeps the order the API has always given: relationship types in the order the
// field lists them, then citation number (only citations have one), then the far entity's
// name and id.
func orderBy(v, r, m string, rels []kg.RelationKind) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WITH %s, %s, %s ORDER BY ", v, r, m)
	if len(rels) > 1 {
		b.WriteString("CASE type(" + r + ")")
		for i, k := range rels {
			fmt.Fprintf(&b, " WHEN '%s' THEN %d", safeName(string(k)), i)
		}
		b.WriteString(" END, ")
	}
	if slices.Contains(rels, kg.RelCites) {
		fmt.Fprintf(&b, "coalesce(%s.number, 0), ", r)
	}
	fmt.Fprintf(&b, "%[1]s.sortName, %[1]s.id", m)
	return b.String()
}

// safeName refuses anything but a plain identifier: names come from the domain table, and
// this keeps a mistake there from reaching Cypher.
func safeName(s string) string {
	if !propName.MatchString(s) && !relName.MatchString(s) {
		panic(fmt.Sprintf("neo4jstore: %q is not a safe name", s))
	}
	return s
}
