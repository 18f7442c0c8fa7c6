package graph

import (
	"context"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// DepthLimit refuses operations whose selections nest deeper than Max. Introspection
// fields are not counted: GraphiQL's own schema query is deep by nature and cheap.
type DepthLimit struct{ Max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = DepthLimit{}

func (DepthLimit) ExtensionName() string                   { return "DepthLimit" }
func (DepthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d DepthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if err := deadlineError(ctx); err != nil {
		return err
	}
	m := depthMeter{fragments: oc.Doc.Fragments, memo: map[string]int{}}
	if depth := m.depth(oc.Operation.SelectionSet); depth > d.Max {
		return &gqlerror.Error{
			Message:    "the query nests " + strconv.Itoa(depth) + " levels deep; the limit is " + strconv.Itoa(d.Max),
			Extensions: map[string]any{"code": "DEPTH_LIMIT_EXCEEDED"},
		}
	}
	return nil
}

// depthMeter measures the deepest field path, following fragments. Each named fragment is
// measured once, so a fragment spread many times costs nothing more (a fragment cycle is
// already refused by validation; here it simply ends the path).
type depthMeter struct {
	fragments ast.FragmentDefinitionList
	memo      map[string]int
}

func (m depthMeter) depth(set ast.SelectionSet) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + m.depth(s.SelectionSet)
		case *ast.InlineFragment:
			d = m.depth(s.SelectionSet)
		case *ast.FragmentSpread:
			if known, ok := m.memo[s.Name]; ok {
				d = known
			} else if f := m.fragments.ForName(s.Name); f != nil {
				m.memo[s.Name] = 0
				d = m.depth(f.SelectionSet)
				m.memo[s.Name] = d
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
