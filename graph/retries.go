package graph

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/kg"
)

// Retries that are safe. A mutation request may carry an Idempotency-Key header (httpapi
// puts it on the context, WithIdempotencyKey). Each mutation field of the request is then
// an attempt: its key is the header's value scoped to the curator and the field's place in
// the response, and the store writes it on the change's audit record in the change's own
// transaction. A request sent again with the same key and the same document and variables
// gets the first answer, without a second change; with other input it is refused. When the
// first answer was never given (the commit's outcome was unknown), the retry says the
// change was made. The header rather than the input's clientMutationId: that one is
// Relay's echo, which clients may repeat across different changes, and the header works
// alike for every mutation and for clients that know nothing of the schema.

// MaxIdempotencyKey bounds the header's value.
const MaxIdempotencyKey = 200

type idempotencyKey struct{}

// WithIdempotencyKey returns ctx carrying a request's Idempotency-Key.
func WithIdempotencyKey(ctx context.Context, key string) context.Context {
	return context.WithValue(ctx, idempotencyKey{}, key)
}

// Idempotency makes retries of keyed mutations safe (see above). Replays is the store's
// memory of keys (nil: keys are refused as not supported). Attempts with one key take turns
// in the process, so that a retry sent while the first is still at work gets its answer;
// across processes the store's unique key refuses the second (CONFLICT, to retry).
type Idempotency struct {
	Replays kg.Replays

	mu    sync.Mutex
	turns map[string]*turn
}

type turn struct {
	sync.Mutex
	waiting int
}

var _ interface {
	graphql.HandlerExtension
	graphql.RootFieldInterceptor
} = (*Idempotency)(nil)

func (*Idempotency) ExtensionName() string                   { return "Idempotency" }
func (*Idempotency) Validate(graphql.ExecutableSchema) error { return nil }

// take waits for the key's turn and returns the function that ends it.
func (i *Idempotency) take(key string) func() {
	i.mu.Lock()
	if i.turns == nil {
		i.turns = map[string]*turn{}
	}
	t := i.turns[key]
	if t == nil {
		t = &turn{}
		i.turns[key] = t
	}
	t.waiting++
	i.mu.Unlock()
	t.Lock()
	return func() {
		t.Unlock()
		i.mu.Lock()
		if t.waiting--; t.waiting == 0 {
			delete(i.turns, key)
		}
		i.mu.Unlock()
	}
}

func (i *Idempotency) InterceptRootField(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	key, _ := ctx.Value(idempotencyKey{}).(string)
	oc := graphql.GetOperationContext(ctx)
	rf := graphql.GetRootFieldContext(ctx)
	if key == "" || oc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Mutation || rf == nil {
		return next(ctx)
	}
	p, ok := kg.PrincipalFrom(ctx)
	if !ok {
		return next(ctx)
	}
	fail := func(err error) graphql.Marshaler {
		graphql.AddError(ctx, PresentError(ctx, err))
		return graphql.Null
	}
	if err := checkIdempotencyKey(key); err != nil {
		return fail(err)
	}
	if i.Replays == nil {
		return fail(kg.Errorf(kg.EINVALID, "this service keeps no idempotency keys: send the mutation without Idempotency-Key"))
	}
	attempt := kg.Attempt{
		Key:     digest(p.Name, key, rf.Field.Alias),
		Request: digest(rf.Field.Name, canonicalJSON(rf.Field.ArgumentMap(oc.Variables)), oc.RawQuery),
	}
	defer i.take(attempt.Key)()
	seen, found, err := i.Replays.Recall(ctx, attempt.Key)
	switch {
	case err != nil:
		return fail(err)
	case found && seen.Request != attempt.Request:
		return fail(kg.Errorf(kg.EKEYREUSED, "the Idempotency-Key %q was used for another request (change %d); use a new key for a new change", key, seen.Seq))
	case found && seen.Answer != nil:
		return rawJSON(seen.Answer)
	case found:
		return fail(kg.Errorf(kg.EAPPLIED, "the change sent with this Idempotency-Key was made (change %d), but its answer was not kept; read the entity or history() for its state", seen.Seq))
	}
	errorsBefore := len(graphql.GetErrors(ctx))
	answer := next(kg.WithAttempt(ctx, attempt))
	var buf bytes.Buffer
	answer.MarshalGQL(&buf)
	// An answer with errors is not kept: either nothing was changed (the key stays free),
	// or the change was made and a retry says so.
	if len(graphql.GetErrors(ctx)) == errorsBefore && rf.Field.Name != "createToken" && buf.String() != "null" {
		if err := i.Replays.Remember(context.WithoutCancel(ctx), attempt.Key, buf.Bytes()); err != nil {
			zerolog.Ctx(ctx).Warn().Err(err).Str("mutation", rf.Field.Name).Msg("the answer of a keyed change was not kept; a retry will say it was made")
		}
	}
	return rawJSON(buf.Bytes())
}

func checkIdempotencyKey(key string) error {
	if len(key) > MaxIdempotencyKey {
		return kg.FieldErrorf("Idempotency-Key", "the Idempotency-Key header has %d bytes; the limit is %d", len(key), MaxIdempotencyKey)
	}
	for _, r := range key {
		if r < 0x21 || r > 0x7e {
			return kg.FieldErrorf("Idempotency-Key", "the Idempotency-Key header holds %q: use visible ASCII characters only (a UUID, say)", r)
		}
	}
	return nil
}

// digest hashes parts that cannot run into each other.
func digest(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		io.WriteString(h, p)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// canonicalJSON writes a value with its maps' keys sorted (encoding/json's way), so that
// the same input hashes alike however its variables were ordered.
func canonicalJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return strings.TrimSpace(err.Error())
	}
	return string(b)
}

type rawJSON []byte

func (r rawJSON) MarshalGQL(w io.Writer) { _, _ = w.Write(r) }
