package graph

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/graph-gophers/dataloader/v7"

	"gutskin/graph/model"
	"gutskin/kg"
)

// loaders batch the look-ups of one request: every entity and every relationship list asked
// for while resolving one level of a query is fetched in one Neo4j round trip, so the number
// of round trips follows the shape of the query, not the size of its lists.
type loaders struct {
	store    kg.Store
	entities *dataloader.Loader[string, kg.Entity]

	mu        sync.Mutex
	relations map[relationKey]*dataloader.Loader[string, []kg.Relation]
}

type relationKey struct {
	kind     kg.RelationKind
	incoming bool
}

type loadersKey struct{}

// batchWait is how long a loader collects keys before it queries; resolvers of one level
// run concurrently and ask within microseconds of each other.
const batchWait = 2 * time.Millisecond

// WithLoaders gives every request its own loaders (their caches live as long as the request).
func WithLoaders(store kg.Store) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := context.WithValue(r.Context(), loadersKey{}, newLoaders(store))
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

func newLoaders(store kg.Store) *loaders {
	l := &loaders{store: store, relations: map[relationKey]*dataloader.Loader[string, []kg.Relation]{}}
	l.entities = dataloader.NewBatchedLoader(l.fetchEntities, dataloader.WithWait[string, kg.Entity](batchWait))
	return l
}

func loadersFor(ctx context.Context, store kg.Store) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	// Outside an HTTP request (tests of the executable schema) each call gets fresh loaders.
	return newLoaders(store)
}

func (l *loaders) fetchEntities(ctx context.Context, ids []string) []*dataloader.Result[kg.Entity] {
	found, err := l.store.Entities(ctx, ids)
	out := make([]*dataloader.Result[kg.Entity], len(ids))
	for i, id := range ids {
		switch e, ok := found[id]; {
		case err != nil:
			out[i] = &dataloader.Result[kg.Entity]{Error: err}
		case !ok:
			out[i] = &dataloader.Result[kg.Entity]{Error: kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)}
		default:
			out[i] = &dataloader.Result[kg.Entity]{Data: e}
		}
	}
	return out
}

// entity loads one entity; an unknown id is a NOT_FOUND error.
func (l *loaders) entity(ctx context.Context, id string) (kg.Entity, error) {
	return l.entities.Load(ctx, id)()
}

// entityList loads several entities in order, skipping none: a missing one is an error.
func (l *loaders) entityList(ctx context.Context, ids []string) ([]kg.Entity, error) {
	results, errs := l.entities.LoadMany(ctx, ids)()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return results, nil
}

// prime records entities already read (by a list, a path or a relationship) so that
// resolving them again costs no round trip.
func (l *loaders) prime(ctx context.Context, entities ...kg.Entity) {
	for _, e := range entities {
		l.entities.Prime(ctx, e.ID, e)
	}
}

// relationsOf loads the relationships of one kind leaving (or arriving at) an entity.
func (l *loaders) relationsOf(ctx context.Context, kind kg.RelationKind, incoming bool, id string) ([]kg.Relation, error) {
	return l.relationLoader(kind, incoming).Load(ctx, id)()
}

func (l *loaders) relationLoader(kind kg.RelationKind, incoming bool) *dataloader.Loader[string, []kg.Relation] {
	l.mu.Lock()
	defer l.mu.Unlock()
	key := relationKey{kind, incoming}
	if ld, ok := l.relations[key]; ok {
		return ld
	}
	ld := dataloader.NewBatchedLoader(func(ctx context.Context, ids []string) []*dataloader.Result[[]kg.Relation] {
		rels, others, err := l.store.Relations(ctx, kind, incoming, ids)
		for _, e := range others {
			l.prime(ctx, e)
		}
		out := make([]*dataloader.Result[[]kg.Relation], len(ids))
		for i, id := range ids {
			out[i] = &dataloader.Result[[]kg.Relation]{Data: rels[id], Error: err}
		}
		return out
	}, dataloader.WithWait[string, []kg.Relation](batchWait))
	l.relations[key] = ld
	return ld
}

// neighbours loads the entities at the other end of an entity's relationships of one kind.
func (l *loaders) neighbours(ctx context.Context, kind kg.RelationKind, incoming bool, id string) ([]kg.Entity, error) {
	rels, err := l.relationsOf(ctx, kind, incoming, id)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(rels))
	for i, r := range rels {
		ids[i] = r.To
		if incoming {
			ids[i] = r.From
		}
	}
	return l.entityList(ctx, ids)
}

// typed converts loaded entities to one GraphQL type, keeping only those of that type.
func typed[T any](entities []kg.Entity) []T {
	out := make([]T, 0, len(entities))
	for _, e := range entities {
		if t, ok := model.Wrap(e).(T); ok {
			out = append(out, t)
		}
	}
	return out
}

// wrapAll converts entities to the Entity interface.
func wrapAll(entities []kg.Entity) []model.Entity {
	out := make([]model.Entity, 0, len(entities))
	for _, e := range entities {
		if w := model.Wrap(e); w != nil {
			out = append(out, w)
		}
	}
	return out
}
