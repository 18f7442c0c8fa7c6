package neo4jstore

import (
	"fmt"
	"math"
	"strings"

	"gutskin/kg"
)

// A list's statement. Without filters it reads the kind's sort index in order from the
// cursor and takes its total from the count Neo4j keeps for each label. With filters it
// first counts the list's members, up to a limit (kg.ListCountLimit), from where the filter starts: the
// entity a relationship filter names (and, for a roll-up, its subtypes or members first), or
// a property filter's index. Then one of two branches reads the page:
//
//   - the walk, when the count stopped short of the limit: the members the count found are
//     sorted and cut to the page (a few thousand at most);
//   - the scan, when the list is at least that long: the sort index is read in order from the
//     cursor, each entity tested against the filters; with that many members the page is near.
//
// Both branches keep the keyset order (sort key, then id) and the cursors of the unfiltered
// list, so a cursor from either works in the other. The total is exact up to the limit, and a
// lower bound beyond it.

// SetListCountLimit sets how far this store counts a filtered list (kg.ListCountLimit by
// default), which is also where its lists change from the walk to the scan, and returns the
// previous limit. Tests lower it to take both ways on small graphs.
func (s *Store) SetListCountLimit(n int) int {
	old := s.countLimit()
	s.listCountLimit = n
	return old
}

func (s *Store) countLimit() int {
	if s.listCountLimit > 0 {
		return s.listCountLimit
	}
	return kg.ListCountLimit
}

// filterIndexes are the properties lists filter on, with their range indexes (made by
// SchemaStatements): a list filtered only by properties starts from one of them.
var filterIndexes = []struct{ label, prop, name string }{
	{"Study", "year", "study_year"},
	{"Study", "design", "study_design"},
	{"Claim", "maturityRank", "claim_maturity"},
	{"Claim", "maturity", "claim_maturity_name"},
	{"Claim", "claimKind", "claim_kind"},
	{"Claim", "disputed", "claim_disputed"},
	{"Claim", "source", "claim_source"},
	{"Strain", "strainKind", "strain_kind"},
	{"Mechanism", "category", "mechanism_category"},
	{"Condition", "conditionKind", "condition_kind"},
	{"Factor", "factorKind", "factor_kind"},
}

// sortFieldsOf are the properties each label's lists sort by (graph's order fields).
var sortFieldsOf = map[string][]string{
	"Study": {"sortName", "year", "sampleSizeKey"},
	"Claim": {"sortName", "maturityRank"},
}

// An orderedIndex is a composite index of a filtered property and a sort property (made by
// SchemaStatements): among the entities with one value of the property, its entries come in
// the sort order.
type orderedIndex struct{ label, prop, sort, name string }

// orderedIndexes: a long list filtered to one value of a property reads its page from one of
// them, in order, however that value spreads through the sort order: on the 1m graph, the
// meta-analyses came first after 110,420 entries of the title index, as their generated
// titles begin with the design. Every single-valued filtered property has one per sort field
// of its label; ranges (year, minimum maturity) have none.
var orderedIndexes = func() []orderedIndex {
	var out []orderedIndex
	for _, ix := range filterIndexes {
		if ix.prop == "year" || ix.prop == "maturityRank" {
			continue
		}
		sorts := sortFieldsOf[ix.label]
		if sorts == nil {
			sorts = []string{"sortName"}
		}
		for _, sf := range sorts {
			out = append(out, orderedIndex{ix.label, ix.prop, sf, ix.name + "_by_" + strings.ToLower(sf)})
		}
	}
	return out
}()

// orderedStart is the filter a long list's scan reads through an ordered index: the first
// filter that holds one value (an equality, or a list of one: graph's lists of values are
// []string) of a property with an ordered index for the sort field. It returns the filter's
// position and its one value.
func orderedStart(q kg.ListQuery, sortField string) (int, any, bool) {
	label := q.Kind.Label()
	for i, f := range q.Filters {
		v := f.Value
		switch f.Op {
		case kg.FilterEquals:
		case kg.FilterIn:
			l, ok := v.([]string)
			if !ok || len(l) != 1 {
				continue
			}
			v = l[0]
		default:
			continue
		}
		for _, ix := range orderedIndexes {
			if ix.label == label && ix.prop == f.Prop && ix.sort == sortField {
				return i, v, true
			}
		}
	}
	return 0, nil, false
}

func filterIndexed(label, prop string) bool {
	for _, ix := range filterIndexes {
		if ix.label == label && ix.prop == prop {
			return true
		}
	}
	return false
}

// compileList builds the statement of one page of a list and its parameters. The statement
// returns one record: total (-1 when not asked), exact, and rows ({key, row} in page order).
func compileList(q kg.ListQuery, sel *kg.Selection, withTotal bool, countLimit int) (string, map[string]any, error) {
	conds, params, err := filterConditions(q)
	if err != nil {
		return "", nil, err
	}
	sortField := q.SortField
	if sortField == "" {
		sortField = "sortName"
	}
	if !propName.MatchString(sortField) {
		return "", nil, fmt.Errorf("neo4jstore: bad sort field %q", sortField)
	}
	// Walking backwards (last/before) reads the list in reverse order and flips the page.
	backward := q.Page.Last > 0 || q.Page.Before != nil
	desc := q.Descending != backward
	cursor, limit := q.Page.After, q.Page.First
	if backward {
		cursor, limit = q.Page.Before, q.Page.Last
	}
	// A predicate on the sort property lets Neo4j read the page from its index in order
	// instead of sorting the whole list (every entity has its sort keys): without it, a
	// first page costs a sort of every claim or study.
	pageConds := []string{fmt.Sprintf("n.%s IS NOT NULL", sortField)}
	if cursor != nil {
		idCmp, bound := ">", ">="
		if desc {
			bound = "<="
		}
		if backward {
			idCmp = "<"
		}
		// The tie on the sort key is broken in a CASE, not an OR: Neo4j plans
		// "key > k OR (key = k AND id > i)" as two index seeks joined by a union, which
		// loses the index order and sorts every row from the cursor on (about 31,000
		// studies for the second page by year on the 100k graph).
		pageConds = append(pageConds, fmt.Sprintf("n.%[1]s %[3]s $cursorKey AND CASE WHEN n.%[1]s = $cursorKey THEN n.id %[2]s $cursorID ELSE true END", sortField, idCmp, bound))
		params["cursorKey"] = cursor.Key
		params["cursorID"] = cursor.ID
	}
	dir, idDir := "ASC", "ASC"
	if desc {
		dir = "DESC"
	}
	if backward {
		idDir = "DESC"
	}
	params["limit"] = limit + 1
	label := q.Kind.Label()
	var p projector
	// lead is an ORDER BY's first key, before the sort key: the ordered index's property,
	// which holds one value, so that the index gives the order.
	page := func(out, lead string) string {
		return fmt.Sprintf("WITH n ORDER BY %sn.%s %s, n.id %s LIMIT $limit\n  RETURN collect({key: n.%s, row: %s}) AS %s", lead, sortField, dir, idDir, sortField, p.entity("n", sel), out)
	}
	scan := func(hint, lead string, conds []string) string {
		return fmt.Sprintf("MATCH (n:%s)%s %s\n  %s", label, hint, whereClause(conds), page("scanned", lead))
	}
	var b strings.Builder
	if len(q.Filters) == 0 {
		if withTotal {
			fmt.Fprintf(&b, "CALL { MATCH (n:%s) RETURN count(n) AS total }\n", label)
		} else {
			b.WriteString("WITH -1 AS total\n")
		}
		fmt.Fprintf(&b, "CALL {\n  %s\n}\nRETURN total, true AS exact, scanned AS rows", scan("", "", pageConds))
		return b.String(), params, nil
	}

	params["countLimit"] = countLimit
	params["countCap"] = countLimit + 1
	start, rest, err := listStart(q, conds)
	if err != nil {
		return "", nil, err
	}
	// The members found on the way are kept: when they are all of them, the page is sorted
	// from them without walking again.
	fmt.Fprintf(&b, "CALL {\n  %s\n  WITH DISTINCT n %s\n  WITH n LIMIT $countCap RETURN collect(n) AS members\n}\n", start, whereClause(rest))
	b.WriteString("WITH members, size(members) AS matched\n")
	fmt.Fprintf(&b, "CALL {\n  WITH members, matched\n  UNWIND CASE WHEN matched <= $countLimit THEN members ELSE [] END AS n\n  WITH n %s\n  %s\n}\n",
		whereClause(pageConds), page("walked", ""))
	// The scan's index read starts at the lowest key of the sort property's type, or, when
	// the walk answers, at null, where it finds nothing: a WHERE on matched alone would be
	// checked after every entry of the index was read.
	floor, ok := sortFloors[sortField]
	if !ok {
		return "", nil, fmt.Errorf("neo4jstore: no floor for the sort field %q", sortField)
	}
	params["sortFloor"] = floor
	scanConds := append(append([]string{}, conds...), pageConds...)
	scanConds = append(scanConds, fmt.Sprintf("n.%s >= CASE WHEN matched > $countLimit THEN $sortFloor END", sortField))
	// The sort property's index is named, or Neo4j may read a filtered property's index
	// instead, in full, even when the walk answers. A filter to one value of a property with
	// an ordered index reads that index, from that value, in the sort order.
	hint, lead := fmt.Sprintf(" USING INDEX n:%s(%s)", label, sortField), ""
	if i, v, ok := orderedStart(q, sortField); ok {
		prop := safeName(q.Filters[i].Prop)
		hint = fmt.Sprintf(" USING INDEX n:%s(%s, %s)", label, prop, sortField)
		lead = fmt.Sprintf("n.%s %s, ", prop, dir)
		if q.Filters[i].Op != kg.FilterEquals { // a list of one: the seek needs an equality
			params["orderedValue"] = v
			scanConds = append(scanConds, fmt.Sprintf("n.%s = $orderedValue", prop))
		}
	}
	fmt.Fprintf(&b, "CALL {\n  WITH matched\n  %s\n}\n", scan(hint, lead, scanConds))
	total := "-1"
	if withTotal {
		total = "CASE WHEN matched > $countLimit THEN $countLimit ELSE matched END"
	}
	fmt.Fprintf(&b, "RETURN %s AS total, matched <= $countLimit AS exact, walked + scanned AS rows", total)
	return b.String(), params, nil
}

// sortFloors are the lowest values of the sort properties' types: the scan's index read
// starts there. A sort property missing here is refused rather than read with a floor of
// another type, which would find nothing.
var sortFloors = map[string]any{
	"sortName":      "",
	"year":          int64(math.MinInt64),
	"sampleSizeKey": int64(math.MinInt64),
	"maturityRank":  int64(math.MinInt64),
}

// listStart is where a filtered list's members are read from: clauses that bind n to each
// member (some more than once), and the conditions left for the members so found. The first
// relationship filter starts from its entity; without one, the first filter on an indexed
// property starts from that index; failing both, every entity of the kind is read.
func listStart(q kg.ListQuery, conds []string) (string, []string, error) {
	label := q.Kind.Label()
	others := func(i int) []string {
		return append(append([]string{}, conds[:i]...), conds[i+1:]...)
	}
	value := func(i int) string { return fmt.Sprintf("$f%d", i) }
	for i, f := range q.Filters {
		p := value(i)
		switch f.Op {
		case kg.FilterLinksTo:
			return fmt.Sprintf("MATCH (t:Entity {id: %s})<-[:%s]-(n:%s)", p, safeName(f.Prop), label), others(i), nil
		case kg.FilterLinkedFrom:
			return fmt.Sprintf("MATCH (t:Entity {id: %s})-[:%s]->(n:%s)", p, safeName(f.Prop), label), others(i), nil
		case kg.FilterReaches:
			start, err := reachStart(f, p, label)
			return start, others(i), err
		}
	}
	for i, f := range q.Filters {
		switch f.Op {
		case kg.FilterEquals, kg.FilterIn, kg.FilterAtLeast, kg.FilterAtMost:
			if filterIndexed(label, f.Prop) {
				return fmt.Sprintf("MATCH (n:%[1]s) USING INDEX n:%[1]s(%[2]s) WHERE %[3]s", label, safeName(f.Prop), propertyCondition(f, value(i))), others(i), nil
			}
		}
	}
	return fmt.Sprintf("MATCH (n:%s)", label), conds, nil
}

// reachStart walks a FilterReaches backwards: from the entity p names down the roll-up
// relationships (the entities that roll up to it, itself included), then along each path
// back to the listed kind.
func reachStart(f kg.Filter, p, label string) (string, error) {
	paths, err := reachPatterns(f, "(n:"+label+")", "(t)")
	if err != nil {
		return "", err
	}
	seek := fmt.Sprintf("MATCH (t:Entity {id: %s}) ", p)
	if len(paths) == 1 {
		return seek + "MATCH " + paths[0], nil
	}
	return seek + "CALL { WITH t MATCH " + strings.Join(paths, " RETURN n UNION WITH t MATCH ") + " RETURN n }", nil
}

// reaches is the condition of a FilterReaches on an entity n already found: the ids at the
// ends of its paths (rolled up) hold the parameter p. The paths are read from n, never from
// the far end, which is often a hub: as an EXISTS with the far end's id, Neo4j starts from
// the far end's index entry and, for a path of two steps, expands every study of a mechanism
// for every strain it tests (611,404 database hits for a page of strains at 100k).
func reaches(f kg.Filter, p string) (string, error) {
	paths, err := reachPatterns(f, "(n)", "(t:Entity)")
	if err != nil {
		return "", err
	}
	alts := make([]string, len(paths))
	for i, path := range paths {
		alts[i] = fmt.Sprintf("$%s IN [%s | t.id]", p, path)
	}
	return "(" + strings.Join(alts, " OR ") + ")", nil
}

// reachPatterns are a FilterReaches' patterns, one a path, from the node from along the
// path's steps, then up the roll-up relationships, to the node to.
func reachPatterns(f kg.Filter, from, to string) ([]string, error) {
	if len(f.Paths) == 0 {
		return nil, fmt.Errorf("neo4jstore: a reach filter without a path")
	}
	up := ""
	if len(f.Up) > 0 {
		types := make([]string, len(f.Up))
		for i, r := range f.Up {
			if !r.IsValid() {
				return nil, fmt.Errorf("neo4jstore: bad roll-up relationship %q", r)
			}
			types[i] = string(r)
		}
		up = fmt.Sprintf("-[:%s*0..%d]->", strings.Join(types, "|"), kg.MaxRollUp)
	}
	var out []string
	for _, path := range f.Paths {
		var b strings.Builder
		b.WriteString(from)
		for i, st := range path {
			if !st.Rel.IsValid() {
				return nil, fmt.Errorf("neo4jstore: bad filter relationship %q", st.Rel)
			}
			end := "(:Entity)"
			if i == len(path)-1 {
				end = to
				if up != "" {
					end = "(:Entity)" + up + to
				}
			}
			if st.Incoming {
				fmt.Fprintf(&b, "<-[:%s]-%s", st.Rel, end)
			} else {
				fmt.Fprintf(&b, "-[:%s]->%s", st.Rel, end)
			}
		}
		out = append(out, b.String())
	}
	return out, nil
}

// propertyCondition is a property filter's condition on n, its value given by the expression v.
func propertyCondition(f kg.Filter, v string) string {
	op := map[kg.FilterOp]string{kg.FilterEquals: "=", kg.FilterIn: "IN", kg.FilterAtLeast: ">=", kg.FilterAtMost: "<="}[f.Op]
	return fmt.Sprintf("n.%s %s %s", safeName(f.Prop), op, v)
}

// filterConditions are the conditions of a list's filters on n, one for each filter in its
// order, with their parameters ($f0, $f1, …).
func filterConditions(q kg.ListQuery) ([]string, map[string]any, error) {
	if !q.Kind.IsValid() {
		return nil, nil, fmt.Errorf("neo4jstore: unknown kind %q", q.Kind)
	}
	var conds []string
	params := map[string]any{}
	for i, f := range q.Filters {
		p := fmt.Sprintf("f%d", i)
		params[p] = f.Value
		switch f.Op {
		case kg.FilterEquals, kg.FilterIn, kg.FilterAtLeast, kg.FilterAtMost:
			if !propName.MatchString(f.Prop) {
				return nil, nil, fmt.Errorf("neo4jstore: bad filter property %q", f.Prop)
			}
			conds = append(conds, propertyCondition(f, "$"+p))
		case kg.FilterLinkedFrom, kg.FilterLinksTo:
			rel := kg.RelationKind(f.Prop)
			if !rel.IsValid() {
				return nil, nil, fmt.Errorf("neo4jstore: bad filter relationship %q", f.Prop)
			}
			pattern := "(n)-[:%s]->(:Entity {id: $%s})"
			if f.Op == kg.FilterLinkedFrom {
				pattern = "(:Entity {id: $%[2]s})-[:%[1]s]->(n)"
			}
			conds = append(conds, "EXISTS { "+fmt.Sprintf(pattern, rel, p)+" }")
		case kg.FilterReaches:
			cond, err := reaches(f, p)
			if err != nil {
				return nil, nil, err
			}
			conds = append(conds, cond)
		default:
			return nil, nil, fmt.Errorf("neo4jstore: unknown filter %q", f.Op)
		}
	}
	return conds, params, nil
}
