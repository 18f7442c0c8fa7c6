package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"math"
	"strings"

	"gutskin/graph/model"
	"gutskin/kg"
)

// Limits bound what one request may ask for.
type Limits struct {
	DefaultPageSize int
	MaxPageSize     int
	MaxDepth        int
	MaxComplexity   int
}

// DefaultLimits are the limits used unless configured otherwise.
var DefaultLimits = Limits{DefaultPageSize: 20, MaxPageSize: 100, MaxDepth: 12, MaxComplexity: 20000}

// pageArgs are a connection's first/after/last/before arguments.
type pageArgs struct {
	first, last   *int
	after, before *string
}

// cursorToken is what an opaque cursor holds: the keyset position and the ordering it
// belongs to, so that a cursor from another list or ordering is refused, not misread.
type cursorToken struct {
	Key   any    `json:"k"`
	ID    string `json:"i"`
	Order string `json:"o"`
	Pos   int    `json:"p,omitempty"`
}

func encodeCursor(c kg.Cursor, order string) string {
	b, _ := json.Marshal(cursorToken{Key: c.Key, ID: c.ID, Order: order, Pos: c.Pos})
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s *string, arg, order string) (*kg.Cursor, error) {
	if s == nil {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*s)
	var tok cursorToken
	if err == nil {
		err = json.Unmarshal(b, &tok)
	}
	if err != nil || tok.ID == "" || tok.Pos < 0 || (tok.Order == order && !cursorKeyFits(order, tok.Key)) {
		return nil, invalidf("argument %q: not a cursor this API issued", arg)
	}
	if tok.Order != order {
		return nil, invalidf("argument %q: the cursor belongs to another list or ordering", arg)
	}
	// JSON reads every number as float64; integral keys (years, ranks, sizes) go back to
	// Neo4j as integers so that they compare and come back as the stored integers do.
	if f, ok := tok.Key.(float64); ok && f == math.Trunc(f) && math.Abs(f) < 1<<53 && !strings.HasPrefix(order, "search") {
		tok.Key = int64(f)
	}
	return &kg.Cursor{Key: tok.Key, ID: tok.ID, Pos: tok.Pos}, nil
}

// page validates pagination arguments against the limits.
func (l Limits) page(args pageArgs, order string) (kg.Page, error) {
	if args.first != nil && args.last != nil {
		return kg.Page{}, invalidf("give either \"first\" or \"last\", not both")
	}
	if (args.first != nil && args.before != nil) || (args.last != nil && args.after != nil) {
		return kg.Page{}, invalidf("page forwards with \"first\" and \"after\", or backwards with \"last\" and \"before\"")
	}
	var p kg.Page
	size := func(arg string, v *int) (int, error) {
		if v == nil {
			return l.DefaultPageSize, nil
		}
		if *v < 1 || *v > l.MaxPageSize {
			return 0, invalidf("argument %q must be between 1 and %d", arg, l.MaxPageSize)
		}
		return *v, nil
	}
	var err error
	if args.last != nil || (args.before != nil && args.after == nil) {
		if p.Last, err = size("last", args.last); err != nil {
			return p, err
		}
	} else if p.First, err = size("first", args.first); err != nil {
		return p, err
	}
	if p.After, err = decodeCursor(args.after, "after", order); err != nil {
		return p, err
	}
	if p.Before, err = decodeCursor(args.before, "before", order); err != nil {
		return p, err
	}
	if p.After != nil && p.Before != nil {
		return p, invalidf("give either \"after\" or \"before\", not both")
	}
	return p, nil
}

// listed is one page of a list, ready to become a typed connection.
type listed[T any] struct {
	nodes    []T
	cursors  []string
	pageInfo model.PageInfo
	total    int
	exact    bool
}

// listEntities runs one keyset-paginated list query, its total included when selected, in
// one statement.
func listEntities[T any](ctx context.Context, r *Resolver, q kg.ListQuery, args pageArgs) (listed[T], error) {
	order := string(q.Kind) + ":" + q.SortField
	if q.Descending {
		order += ":desc"
	}
	page, err := r.Limits.page(args, order)
	if err != nil {
		return listed[T]{}, err
	}
	q.Page = page
	p := planRoot(ctx)
	sel := p.of([]kg.Kind{q.Kind}, []string{"nodes"}, []string{"edges", "node"})
	res, err := r.Store.Page(ctx, q, sel, p.selects(p.sels, "totalCount") || p.selects(p.sels, "totalCountIsExact"))
	if err != nil {
		return listed[T]{}, err
	}
	if err := r.resolveProvenance(ctx, p.planner, res.Rows); err != nil {
		return listed[T]{}, err
	}
	out := listed[T]{nodes: wrapRows[T](res.Rows), total: res.Total, exact: res.TotalExact}
	for _, c := range res.Cursors {
		out.cursors = append(out.cursors, encodeCursor(c, order))
	}
	out.pageInfo = pageInfo(out.cursors, res.Info)
	return out, nil
}

func pageInfo(cursors []string, info kg.PageInfo) model.PageInfo {
	p := model.PageInfo{HasNextPage: info.HasNext, HasPreviousPage: info.HasPrevious}
	if len(cursors) > 0 {
		p.StartCursor, p.EndCursor = &cursors[0], &cursors[len(cursors)-1]
	}
	return p
}

func direction(d *model.OrderDirection) bool {
	return d != nil && *d == model.OrderDirectionDesc
}

func nameOrder(o *model.NameOrder) bool {
	return o != nil && direction(o.Direction)
}

// idOf validates an id argument's form and kind.
func idOf(arg, id string, want ...kg.Kind) error {
	kind, err := kg.KindOfID(id)
	if err != nil {
		return invalidf("argument %q: %s", arg, kg.ErrorMessage(err))
	}
	for _, k := range want {
		if k == kind {
			return nil
		}
	}
	if len(want) == 0 {
		return nil
	}
	return invalidf("argument %q: %q is a %s id, not a %s id", arg, id, kind, want[0])
}

func kindsOf(kinds []kg.Kind) []kg.Kind {
	out := make([]kg.Kind, len(kinds))
	for i, k := range kinds {
		out[i] = kg.Kind(k)
	}
	return out
}

// filterBuilder collects list filters from optional arguments.
type filterBuilder struct{ filters []kg.Filter }

func (b *filterBuilder) add(op kg.FilterOp, prop string, value any) {
	b.filters = append(b.filters, kg.Filter{Op: op, Prop: prop, Value: value})
}

// linked adds a filter on a relationship to an entity given by id, after checking the id.
func (b *filterBuilder) linked(op kg.FilterOp, rel kg.RelationKind, arg string, id *string, kinds ...kg.Kind) error {
	if id == nil {
		return nil
	}
	if err := idOf(arg, *id, kinds...); err != nil {
		return err
	}
	b.add(op, string(rel), *id)
	return nil
}

// reaches adds a filter on entities reaching the one given by id along one of paths, rolled
// up through up (none when rollUp is off), after checking the id.
func (b *filterBuilder) reaches(arg string, id *string, kinds []kg.Kind, paths [][]kg.Step, up []kg.RelationKind, rollUp bool) error {
	if id == nil {
		return nil
	}
	if err := idOf(arg, *id, kinds...); err != nil {
		return err
	}
	if !rollUp {
		up = nil
	}
	b.filters = append(b.filters, kg.Filter{Op: kg.FilterReaches, Value: *id, Paths: paths, Up: up})
	return nil
}

// rollUpOf reads a filter's rollUp argument, on unless set to false.
func rollUpOf(v *bool) bool { return v == nil || *v }

func out(r kg.RelationKind) kg.Step { return kg.Step{Rel: r} }
func in(r kg.RelationKind) kg.Step  { return kg.Step{Rel: r, Incoming: true} }

func paths(ps ...[]kg.Step) [][]kg.Step { return ps }
func steps(s ...kg.Step) []kg.Step      { return s }

func (b *filterBuilder) equals(prop string, v *string) {
	if v != nil {
		b.add(kg.FilterEquals, prop, *v)
	}
}
