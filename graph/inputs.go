package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"gutskin/kg"
	"gutskin/seed"
)

// InputLimit refuses a mutation whose arguments hold an oversized string or list, or a
// character a reader cannot see, before its resolver runs: nothing reaches Neo4j. The
// rules are the seed loader's (seed.TextProblems), so a value a mutation accepts is one a
// seed file may hold, and the other way round. Fields are named by their input path
// (input.authors[3]), as every BAD_USER_INPUT of a mutation names them.
type InputLimit struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.FieldInterceptor
} = InputLimit{}

func (InputLimit) ExtensionName() string                   { return "InputLimit" }
func (InputLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (InputLimit) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Object != "Mutation" {
		return next(ctx)
	}
	if err := CheckInput(fc.Args); err != nil {
		return nil, err
	}
	return next(ctx)
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
