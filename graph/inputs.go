package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"gutskin/kg"
	"gutskin/seed"
)

// InputLimit refuses a mutation whose arguments hold an oversized string or list, or a
// character a reader cannot see, before its resolver runs: nothing reaches Neo4j. The
// rules are the seed loader's (seed.TextProblems), so a value a mutation accepts is one a
// seed file may hold, and the other way round. Fields are named by their input path
// (input.authors[3]), as every BAD_USER_INPUT of a mutation names them.
//
// It wraps the field middleware of mutation operations only. As a gqlgen field interceptor
// it ran for every field of every response, reads included (a closure allocated per field,
// some 700 a request for sixty nested claims), to act on a mutation's root fields alone.
type InputLimit struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = InputLimit{}

func (InputLimit) ExtensionName() string                   { return "InputLimit" }
func (InputLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (InputLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	next := oc.ResolverMiddleware
	oc.ResolverMiddleware = func(ctx context.Context, resolve graphql.Resolver) (any, error) {
		if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Object == "Mutation" {
			if err := CheckInput(fc.Args); err != nil {
				return nil, err
			}
		}
		return next(ctx, resolve)
	}
	return nil
}

// CheckInput applies the text rules to a mutation's arguments; the first problem becomes
// BAD_USER_INPUT naming its field.
func CheckInput(args map[string]any) error {
	problems := seed.TextProblems(args, "json", "")
	if len(problems) == 0 {
		return nil
	}
	p := problems[0]
	return kg.FieldErrorf(p.Field, "%s %s", p.Field, p.Msg)
}
