package graph_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/graph"
	"gutskin/kg"
)

// TestInputLimitWrapsMutationsOnly: the input check wraps the field middleware of mutation
// operations, where it refuses a root field's bad input before its resolver runs, and
// leaves that of every other operation as it was, so that the fields of a read pay nothing
// for it.
func TestInputLimitWrapsMutationsOnly(t *testing.T) {
	plain := func(ctx context.Context, next graphql.Resolver) (any, error) { return next(ctx) }
	for _, op := range []ast.Operation{ast.Query, ast.Subscription} {
		oc := &graphql.OperationContext{Operation: &ast.OperationDefinition{Operation: op}, ResolverMiddleware: plain}
		if err := (graph.InputLimit{}).MutateOperationContext(context.Background(), oc); err != nil {
			t.Fatal(err)
		}
		if reflect.ValueOf(oc.ResolverMiddleware).Pointer() != reflect.ValueOf(graphql.FieldMiddleware(plain)).Pointer() {
			t.Errorf("a %s operation's field middleware was wrapped", op)
		}
	}

	oc := &graphql.OperationContext{Operation: &ast.OperationDefinition{Operation: ast.Mutation}, ResolverMiddleware: plain}
	if err := (graph.InputLimit{}).MutateOperationContext(context.Background(), oc); err != nil {
		t.Fatal(err)
	}
	bad := map[string]any{"input": map[string]any{"title": "zero\u200bwidth"}}
	good := map[string]any{"input": map[string]any{"title": "visible"}}
	for _, tt := range []struct {
		object string
		args   map[string]any
		refuse bool
	}{
		{"Mutation", bad, true},
		{"Mutation", good, false},
		{"Study", bad, false}, // a field of the mutation's answer, not one of its inputs
	} {
		ran := false
		ctx := graphql.WithFieldContext(context.Background(), &graphql.FieldContext{Object: tt.object, Args: tt.args})
		_, err := oc.ResolverMiddleware(ctx, func(context.Context) (any, error) { ran = true; return nil, nil })
		if refused := err != nil; refused != tt.refuse || ran == tt.refuse {
			t.Errorf("%s field with %v: error %v, resolver ran %v", tt.object, tt.args, err, ran)
		}
		if tt.refuse && kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("%s field with %v: error %v, want %s", tt.object, tt.args, err, kg.EINVALID)
		}
	}
}
