package graph

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// CodeDocumentLimit refuses a document too large in one of the ways DocumentLimits count.
const CodeDocumentLimit = "DOCUMENT_LIMIT_EXCEEDED"

// DocumentLimits bound the shape of a query document. They are checked on the parsed
// document before gqlgen validates it, because validation and complexity can cost far more
// than linear time in the size of a document (repeated fields are compared pairwise;
// fragments that spread others twice double at each level), and each check here is linear.
type DocumentLimits struct {
	MaxBytes      int // bytes of the document, checked before it is read at all
	MaxTokens     int // lexical tokens in the document
	MaxAliases    int // aliased fields in the whole document
	MaxRootFields int // fields at the root of the operation, fragments expanded
	MaxRepeats    int // times one response key may appear in one selection set, fragments expanded
	MaxSpreads    int // fragment spreads once every fragment is expanded
	MaxDirectives int // directives on one field
}

// DefaultDocumentLimits leave room for every query the explorer and playground send and
// for GraphiQL's introspection query.
var DefaultDocumentLimits = DocumentLimits{
	MaxBytes: 32 << 10, MaxTokens: 5000, MaxAliases: 30, MaxRootFields: 20, MaxRepeats: 10, MaxSpreads: 200, MaxDirectives: 5,
}

// DocumentLimit is the gqlgen extension that applies DocumentLimits. It runs as an
// operation-parameter mutator, the last hook before gqlgen parses and validates, so it must
// be registered after anything that fills in the query (persisted queries).
type DocumentLimit struct{ Limits DocumentLimits }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = DocumentLimit{}

func (DocumentLimit) ExtensionName() string                   { return "DocumentLimit" }
func (DocumentLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d DocumentLimit) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if err := deadlineError(ctx); err != nil {
		return err
	}
	if passed.has(d.Limits, p.Query) {
		return nil
	}
	err := d.Limits.Check(p.Query)
	if err == nil {
		passed.add(d.Limits, p.Query)
	}
	return err
}

// passed remembers documents that passed their limits lately, by their text: Check parses
// the document again after gqlgen's cache of parsed documents would have spared it, and a
// client sends the same few documents over and over. A refused document is checked again
// each time (its error is the caller's to change). The texts kept are bounded in bytes;
// past the bound, the memory starts again empty.
var passed = passedDocuments{max: 1 << 20}

type passedDocuments struct {
	max int

	mu    sync.Mutex
	docs  map[passedKey]struct{}
	bytes int
}

type passedKey struct {
	limits DocumentLimits
	query  string
}

func (p *passedDocuments) has(l DocumentLimits, query string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.docs[passedKey{l, query}]
	return ok
}

func (p *passedDocuments) add(l DocumentLimits, query string) {
	if len(query) > p.max {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.docs == nil || p.bytes+len(query) > p.max {
		p.docs, p.bytes = map[passedKey]struct{}{}, 0
	}
	if _, ok := p.docs[passedKey{l, query}]; !ok {
		p.docs[passedKey{l, query}] = struct{}{}
		p.bytes += len(query)
	}
}

// deadlineError is the TIMEOUT error for phases of a request that run outside resolvers.
func deadlineError(ctx context.Context) *gqlerror.Error {
	if ctx.Err() == nil {
		return nil
	}
	return &gqlerror.Error{Message: "the request took too long", Extensions: map[string]any{"code": CodeTimeout}}
}

// Check returns the first limit the document exceeds, or nil. A document that does not
// parse is left for gqlgen to report (GRAPHQL_PARSE_FAILED), unless it is over the token limit.
func (l DocumentLimits) Check(query string) *gqlerror.Error {
	if l.MaxBytes > 0 && len(query) > l.MaxBytes {
		return limitError("bytes", l.MaxBytes, "the query has %d bytes; the limit is %d", len(query), l.MaxBytes)
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, l.MaxTokens)
	if err != nil {
		if strings.Contains(err.Error(), "token limit") {
			return limitError("tokens", l.MaxTokens, "the query has more than %d tokens", l.MaxTokens)
		}
		return nil
	}
	w := docWalker{limits: l, fragments: map[string]*fragmentFacts{}, spreadsIn: map[string]int{}, defs: map[string]*ast.FragmentDefinition{}}
	for _, f := range doc.Fragments {
		w.defs[f.Name] = f
	}
	// First what the operations expand to (fragment facts are memoised, so this is linear),
	// then one walk over every selection set as written.
	for _, op := range doc.Operations {
		if w.deepSpreads(op.SelectionSet) > l.MaxSpreads {
			return limitError("fragmentSpreads", l.MaxSpreads, "the query expands to more than %d fragment spreads", l.MaxSpreads)
		}
	}
	for _, op := range doc.Operations {
		facts := w.facts(op.SelectionSet)
		if facts.spreads > l.MaxSpreads {
			return limitError("fragmentSpreads", l.MaxSpreads, "the query expands to more than %d fragment spreads", l.MaxSpreads)
		}
		if facts.fields > l.MaxRootFields {
			return limitError("rootFields", l.MaxRootFields, "the operation asks for %d root fields; the limit is %d", facts.fields, l.MaxRootFields)
		}
	}
	for _, op := range doc.Operations {
		w.selectionSet(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		w.selectionSet(f.SelectionSet)
	}
	if w.aliases > l.MaxAliases {
		return limitError("aliases", l.MaxAliases, "the query has %d aliased fields; the limit is %d", w.aliases, l.MaxAliases)
	}
	if w.directives != nil {
		return w.directives
	}
	return w.repeats
}

func limitError(limit string, max int, format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    fmt.Sprintf(format, args...),
		Extensions: map[string]any{"code": CodeDocumentLimit, "limit": limit, "max": max},
	}
}

// fragmentFacts is what one selection set contributes to the one that spreads it: the
// fields at its top level (by response key) and the spreads it expands to. Each named
// fragment's facts are computed once, which keeps the walk linear however often it is spread.
type fragmentFacts struct {
	keys    map[string]int
	fields  int
	spreads int
}

type docWalker struct {
	limits    DocumentLimits
	defs      map[string]*ast.FragmentDefinition
	fragments map[string]*fragmentFacts // nil entry: being computed (a cycle, refused by validation)
	spreadsIn map[string]int            // spreads a fragment expands to, at every depth
	aliases   int
	// the first field over the directive limit, and the first selection over the repeat limit
	directives, repeats *gqlerror.Error
}

// selectionSet visits every selection set as written, once: aliases and directives are
// counted where they are written, repeats where fragments land.
func (w *docWalker) selectionSet(set ast.SelectionSet) {
	if w.repeats == nil {
		for key, n := range w.facts(set).keys {
			if n > w.limits.MaxRepeats {
				w.repeats = limitError("repeatedFields", w.limits.MaxRepeats, "the field %q is selected %d times in one selection; the limit is %d", key, n, w.limits.MaxRepeats)
				break
			}
		}
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				w.aliases++
			}
			if len(s.Directives) > w.limits.MaxDirectives && w.directives == nil {
				w.directives = limitError("directives", w.limits.MaxDirectives, "the field %q has %d directives; the limit is %d", s.Alias, len(s.Directives), w.limits.MaxDirectives)
			}
			if len(s.SelectionSet) > 0 {
				w.selectionSet(s.SelectionSet)
			}
		case *ast.InlineFragment:
			w.selectionSet(s.SelectionSet)
		}
	}
}

// facts merges what a selection set holds at its top level, through inline fragments and
// spreads. Counts saturate at a bound well above every limit, so doubling cannot overflow.
func (w *docWalker) facts(set ast.SelectionSet) *fragmentFacts {
	out := &fragmentFacts{keys: map[string]int{}}
	w.addFacts(out, set)
	return out
}

const saturated = 1 << 30

func satAdd(a, b int) int { return min(a+b, saturated) }

func (w *docWalker) addFacts(out *fragmentFacts, set ast.SelectionSet) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			key := s.Alias
			if key == "" {
				key = s.Name
			}
			out.keys[key] = satAdd(out.keys[key], 1)
			out.fields = satAdd(out.fields, 1)
		case *ast.InlineFragment:
			w.addFacts(out, s.SelectionSet)
		case *ast.FragmentSpread:
			out.spreads = satAdd(out.spreads, 1)
			f := w.fragment(s.Name)
			if f == nil {
				continue
			}
			out.spreads = satAdd(out.spreads, f.spreads)
			out.fields = satAdd(out.fields, f.fields)
			if out.spreads > w.limits.MaxSpreads {
				// Merging keys further is pointless: the document is refused for its spreads.
				continue
			}
			for k, n := range f.keys {
				out.keys[k] = satAdd(out.keys[k], n)
			}
		}
	}
}

func (w *docWalker) fragment(name string) *fragmentFacts {
	if f, seen := w.fragments[name]; seen {
		return f // nil while being computed: a cycle counts for nothing here
	}
	def := w.defs[name]
	if def == nil {
		return nil // unknown fragment: validation says so
	}
	w.fragments[name] = nil
	f := w.facts(def.SelectionSet)
	w.fragments[name] = f
	return f
}

// deepSpreads counts the fragment spreads a selection set expands to, at every depth; each
// named fragment is counted once and its count reused.
func (w *docWalker) deepSpreads(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n = satAdd(n, w.deepSpreads(s.SelectionSet))
		case *ast.InlineFragment:
			n = satAdd(n, w.deepSpreads(s.SelectionSet))
		case *ast.FragmentSpread:
			n = satAdd(n, 1)
			if in, seen := w.spreadsIn[s.Name]; seen {
				n = satAdd(n, in)
			} else if def := w.defs[s.Name]; def != nil {
				w.spreadsIn[s.Name] = 0 // a cycle counts for nothing more
				in := w.deepSpreads(def.SelectionSet)
				w.spreadsIn[s.Name] = in
				n = satAdd(n, in)
			}
		}
	}
	return n
}
