package graph_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/introspection"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/graph"
	"gutskin/graph/generated"
)

// The limits leave room for everything the explorer, the playground and GraphiQL send.
// Each explorer document is checked with every shared fragment appended: more than it
// really sends.
func TestDocumentLimitsAdmitTheFrontEnd(t *testing.T) {
	fragments, err := os.ReadFile("../web/src/queries/fragments.graphql")
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]string{"GraphiQL introspection": introspection.Query}
	for _, pattern := range []string{"../web/src/queries/*.graphql", "../web/src/playground/examples/*.graphql"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			if strings.HasSuffix(f, "fragments.graphql") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs[f] = string(b) + "\n" + string(fragments)
		}
	}
	if len(docs) < 10 {
		t.Fatalf("found only %d documents", len(docs))
	}
	for name, doc := range docs {
		if err := graph.DefaultDocumentLimits.Check(doc); err != nil {
			t.Errorf("%s: %s", name, err.Message)
		}
	}
}

func TestDocumentLimits(t *testing.T) {
	l := graph.DocumentLimits{MaxTokens: 200, MaxAliases: 3, MaxRootFields: 3, MaxRepeats: 2, MaxSpreads: 6, MaxDirectives: 1}
	tests := []struct{ name, doc, limit string }{
		{"within every limit", `query { a: stats { nodes { kind } } stats { nodes { ...K } } } fragment K on KindCount { kind count }`, ""},
		{"tokens", "{" + strings.Repeat(" x", 200) + " }", "tokens"},
		{"aliases", `{ s { a: x b: x c: x d: x } }`, "aliases"},
		{"root fields", `{ a b c d }`, "rootFields"},
		{"root fields through a fragment", `query { a ...F } fragment F on Query { b c d }`, "rootFields"},
		{"repeats", `{ s { x x x } }`, "repeatedFields"},
		{"repeats through fragments", `query { s { x ...F ...F } } fragment F on T { x }`, "repeatedFields"},
		{"repeats through inline fragments", `query { s { x ... on T { x } ... { x } } }`, "repeatedFields"},
		{"spreads after expansion", `query { s { ...F3 } } fragment F3 on T { ...F2 ...F2 } fragment F2 on T { ...F1 ...F1 } fragment F1 on T { y }`, "fragmentSpreads"},
		{"directives", `{ s @a @b { x } }`, "directives"},
		{"a cycle is left to validation", `query { s { ...A } } fragment A on T { ...B } fragment B on T { ...A }`, ""},
		{"a syntax error is left to the parser", `{ s {`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := l.Check(tt.doc)
			got := ""
			if err != nil {
				got, _ = err.Extensions["limit"].(string)
				if err.Extensions["code"] != graph.CodeDocumentLimit {
					t.Errorf("code = %v", err.Extensions["code"])
				}
			}
			if got != tt.limit {
				t.Errorf("limit = %q, want %q (%v)", got, tt.limit, err)
			}
		})
	}
}

// countingSchema counts the field prices the complexity calculation asks for.
type countingSchema struct {
	graphql.ExecutableSchema
	calls int
}

func (c *countingSchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	c.calls++
	return c.ExecutableSchema.Complexity(ctx, typeName, field, child, args)
}

// doublingFragments parses a query for one claim whose fields are fragment G<levels>,
// each fragment G<i> spreading G<i-1> twice down to G0 { id }: 2^levels ids when expanded.
func doublingFragments(t *testing.T, schema *ast.Schema, levels int) *ast.QueryDocument {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "query { claims(first: 1) { nodes { ...G%d } } }\nfragment G0 on Claim { id }\n", levels)
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "fragment G%d on Claim { ...G%d ...G%d }\n", i, i-1, i-1)
	}
	doc, errs := gqlparser.LoadQuery(schema, b.String())
	if errs != nil {
		t.Fatal(errs)
	}
	return doc
}

// A fragment spread twice at each of 20 levels is priced once per level, not 2^20 times,
// and the price is still the price of the expanded document.
func TestComplexityIsLinearInTheDocument(t *testing.T) {
	es := &countingSchema{ExecutableSchema: generated.NewExecutableSchema(generated.Config{
		Resolvers: &graph.Resolver{}, Complexity: graph.Complexity(graph.DefaultLimits),
	})}
	doc := doublingFragments(t, es.Schema(), 20)
	got := graph.OperationComplexity(context.Background(), es, doc.Operations[0], nil)
	if es.calls > 10 {
		t.Errorf("%d field prices computed for a document of 4 fields", es.calls)
	}
	// claims(first: 1) → nodes → 2^20 ids: each id costs 1, nodes 1 + the ids, the list
	// multiplies by its page of 1, and the root field adds its price.
	want := graph.RootFieldPrice + (1+(1+1<<20))*1
	if got != want {
		t.Errorf("complexity = %d, want %d", got, want)
	}
}

// The depth of a document whose fragments double is measured without expanding them.
func TestDepthOfSharedFragments(t *testing.T) {
	es := generated.NewExecutableSchema(generated.Config{Resolvers: &graph.Resolver{}, Complexity: graph.Complexity(graph.DefaultLimits)})
	doc := doublingFragments(t, es.Schema(), 30)
	oc := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0]}
	if err := (graph.DepthLimit{Max: 2}).MutateOperationContext(context.Background(), oc); err == nil || !strings.Contains(err.Message, "3 levels") {
		t.Errorf("err = %v, want a depth of 3 over the limit of 2", err)
	}
}

// Phases outside the resolvers obey the deadline too: a request whose time is up is not
// measured, priced or validated further.
func TestLimitsObeyTheDeadline(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := graph.DocumentLimit{Limits: graph.DefaultDocumentLimits}.MutateOperationParameters(ctx, &graphql.RawParams{Query: "{ stats { nodes { kind } } }"})
	if err == nil || err.Extensions["code"] != graph.CodeTimeout {
		t.Errorf("err = %v, want TIMEOUT", err)
	}
	if err := (&graph.ComplexityLimit{Max: 1}).MutateOperationContext(ctx, &graphql.OperationContext{}); err == nil || err.Extensions["code"] != graph.CodeTimeout {
		t.Errorf("complexity: err = %v, want TIMEOUT", err)
	}
}

// The extension remembers documents that passed, by their text and the limits they passed:
// the same document is refused by stricter limits, and a refused one is refused each time.
func TestDocumentLimitRemembersOnlyWhatPassed(t *testing.T) {
	strictLimits := graph.DefaultDocumentLimits
	strictLimits.MaxAliases = 1
	loose, strict := graph.DocumentLimit{Limits: graph.DefaultDocumentLimits}, graph.DocumentLimit{Limits: strictLimits}
	doc := `{ a: stats { nodes { kind } } b: stats { nodes { count } } }`
	for i := 0; i < 2; i++ {
		if err := loose.MutateOperationParameters(context.Background(), &graphql.RawParams{Query: doc}); err != nil {
			t.Errorf("pass %d, default limits: %v", i, err)
		}
		if err := strict.MutateOperationParameters(context.Background(), &graphql.RawParams{Query: doc}); err == nil || err.Extensions["limit"] != "aliases" {
			t.Errorf("pass %d, one alias allowed: %v, want the aliases limit", i, err)
		}
	}
}
