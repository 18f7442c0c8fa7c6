package graph

import (
	"context"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"gutskin/graph/generated"
	"gutskin/graph/model"
	"gutskin/kg"
)

// Complexity prices each list by how many items it may return, so that the complexity limit
// bounds the work a query can cause: a paginated list multiplies its children by its page
// size, and a nested list without arguments by a typical fan-out.
func Complexity(l Limits) generated.ComplexityRoot {
	var c generated.ComplexityRoot
	page := func(first, last *int) int {
		switch {
		case first != nil:
			return *first
		case last != nil:
			return *last
		}
		return l.DefaultPageSize
	}
	perItem := func(child, n int) int { return (child + 1) * max(n, 1) }

	c.Query.Studies = func(child int, _ *model.StudyFilter, _ *model.StudyOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Claims = func(child int, _ *model.ClaimFilter, _ *model.ClaimOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Strains = func(child int, _ *model.StrainFilter, _ *model.NameOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Mechanisms = func(child int, _ *model.MechanismFilter, _ *model.NameOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Conditions = func(child int, _ *model.ConditionFilter, _ *model.NameOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Factors = func(child int, _ *model.FactorFilter, _ *model.NameOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Search = func(child int, _ string, _ []kg.Kind, first *int, _ *string) int {
		return perItem(child, page(first, nil))
	}
	c.Query.Nodes = func(child int, ids []string) int { return perItem(child, len(ids)) }
	// A CURIE names a handful of entities at most (an exact match and a few close ones).
	c.Query.ByXref = func(child int, _ string, _ *bool) int { return perItem(child, 3) }
	// A path or neighbourhood search costs Neo4j work that grows with each hop by the
	// graph's fan-out, whatever it returns: priced as doubling per hop.
	// Out-of-range hops are priced as the most allowed (5), so that the resolver, not the
	// price, tells the client the argument is wrong.
	search := func(hops int) int { return graphSearchPrice << (min(max(hops, 1), 5) - 1) }
	paths := func(child int, _ string, _ string, maxHops *int, _ *kg.Maturity, _ []kg.RelationKind, first *int) int {
		return perItem(child, intOr(first, 10))*intOr(maxHops, 3) + search(intOr(maxHops, 3))
	}
	c.Query.Pathways = paths
	c.Query.Connections = paths
	c.Query.Neighbourhood = func(child int, _ string, depth *int, _ []kg.Kind, limit *int) int {
		return child + intOr(limit, 100)*intOr(depth, 1) + search(intOr(depth, 1))
	}
	fanOut := func(n int) func(int) int { return func(child int) int { return perItem(child, n) } }
	c.Subgraph.Nodes = fanOut(20)
	c.Subgraph.Edges = fanOut(20)
	c.Claim.Evidence = fanOut(5)
	c.Claim.Positions = fanOut(2)
	c.Claim.Subjects = fanOut(3)
	c.Study.Claims = fanOut(5)
	c.Study.Citations = fanOut(2)
	c.Study.Findings = fanOut(2)
	c.Source.Citations = fanOut(36)
	c.Source.Claims = fanOut(30)
	c.Strain.Studies = fanOut(3)
	c.Strain.Claims = fanOut(5)
	c.Strain.Mechanisms = fanOut(3)
	c.Condition.Claims = fanOut(10)
	c.Condition.Studies = fanOut(10)
	c.Condition.InfluencedBy = fanOut(10)
	c.Mechanism.Claims = fanOut(10)
	c.Mechanism.Studies = fanOut(10)
	c.Mechanism.InfluencedBy = fanOut(10)
	c.Mechanism.Influences = fanOut(5)
	c.Factor.Affects = fanOut(5)
	c.Factor.Claims = fanOut(5)
	c.Relation.Studies = fanOut(3)
	c.Hop.Claims = fanOut(3)
	c.Hop.Studies = fanOut(3)
	c.HopStudy.Stances = fanOut(2)
	c.Provenance.CitedStudies = fanOut(3)
	return c
}

// CodeComplexityLimit is gqlgen's own code for a query over the complexity limit, kept so
// that clients see the same code as before.
const CodeComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED"

// RootFieldPrice is what every root field costs on top of what it lists: each one is at
// least one Neo4j round trip, whatever little it returns, so that aliasing a cheap root
// field many times is priced by the database work it causes.
const RootFieldPrice = 500

// graphSearchPrice is what a one-hop path or neighbourhood search costs; each further hop
// doubles it.
const graphSearchPrice = 250

// ComplexityLimit refuses operations whose complexity is over Max. It replaces gqlgen's
// FixedComplexityLimit with a calculation that is linear in the document: each named
// fragment is priced once and its price reused wherever it is spread. Field prices are
// those of Complexity above, through the generated schema.
type ComplexityLimit struct {
	Max int
	es  graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &ComplexityLimit{}

func (*ComplexityLimit) ExtensionName() string { return "ComplexityLimit" }

func (c *ComplexityLimit) Validate(es graphql.ExecutableSchema) error {
	c.es = es
	return nil
}

func (c *ComplexityLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if err := deadlineError(ctx); err != nil {
		return err
	}
	if oc.Operation == nil {
		return nil
	}
	got := OperationComplexity(ctx, c.es, oc.Operation, oc.Variables)
	if got > c.Max {
		return &gqlerror.Error{
			Message:    "operation has complexity " + strconv.Itoa(got) + ", which exceeds the limit of " + strconv.Itoa(c.Max),
			Extensions: map[string]any{"code": CodeComplexityLimit},
		}
	}
	return nil
}

// OperationComplexity prices a validated operation.
func OperationComplexity(ctx context.Context, es graphql.ExecutableSchema, op *ast.OperationDefinition, vars map[string]any) int {
	p := pricer{ctx: ctx, es: es, schema: es.Schema(), vars: vars, fragments: map[string]int{}}
	total := 0
	for _, sel := range p.rootFields(op.SelectionSet, nil) {
		total = satAdd(total, RootFieldPrice)
		total = satAdd(total, p.field(sel))
	}
	return total
}

type pricer struct {
	ctx       context.Context
	es        graphql.ExecutableSchema
	schema    *ast.Schema
	vars      map[string]any
	fragments map[string]int
}

// rootFields lists the fields at the root, through fragments, leaving out introspection.
func (p *pricer) rootFields(set ast.SelectionSet, out []*ast.Field) []*ast.Field {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if !strings.HasPrefix(s.Name, "__") {
				out = append(out, s)
			}
		case *ast.InlineFragment:
			out = p.rootFields(s.SelectionSet, out)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				out = p.rootFields(s.Definition.SelectionSet, out)
			}
		}
	}
	return out
}

func (p *pricer) selectionSet(set ast.SelectionSet) int {
	total := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			total = satAdd(total, p.field(s))
		case *ast.InlineFragment:
			total = satAdd(total, p.selectionSet(s.SelectionSet))
		case *ast.FragmentSpread:
			total = satAdd(total, p.fragment(s))
		}
	}
	return total
}

func (p *pricer) fragment(s *ast.FragmentSpread) int {
	if s.Definition == nil {
		return 0
	}
	if price, ok := p.fragments[s.Name]; ok {
		return price
	}
	p.fragments[s.Name] = 0 // a cycle (refused by validation anyway) costs nothing more
	price := p.selectionSet(s.Definition.SelectionSet)
	p.fragments[s.Name] = price
	return price
}

func (p *pricer) field(f *ast.Field) int {
	if f.Definition == nil || f.ObjectDefinition == nil {
		return 0
	}
	typ := p.schema.Types[f.Definition.Type.Name()]
	if typ == nil || typ.Name == "__Schema" || typ.Name == "__Type" {
		return 0
	}
	child := 0
	switch typ.Kind {
	case ast.Object, ast.Interface, ast.Union:
		child = p.selectionSet(f.SelectionSet)
	}
	args := f.ArgumentMap(p.vars)
	price := func(on string) int {
		if n, ok := p.es.Complexity(p.ctx, on, f.Name, child, args); ok {
			return max(n, 0)
		}
		return satAdd(child, 1)
	}
	if f.ObjectDefinition.Kind != ast.Interface {
		return price(f.ObjectDefinition.Name)
	}
	// An interface field costs what it costs on its most expensive implementation.
	worst := 0
	for _, t := range p.schema.GetPossibleTypes(f.ObjectDefinition) {
		worst = max(worst, price(t.Name))
	}
	return worst
}
