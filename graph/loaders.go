package graph

import (
	"context"
	"net/http"
	"sync"

	"gutskin/graph/model"
	"gutskin/kg"
)

// loaders batch the look-ups of one request: every entity and every relationship list asked
// for while resolving one level of a query is fetched in one Neo4j round trip, so the number
// of round trips follows the shape of the query, not the size of its lists.
type loaders struct {
	store    kg.Store
	entities *batcher[string, kg.Entity]

	mu        sync.Mutex
	relations map[relationKey]*batcher[string, []kg.Relation]
}

type relationKey struct {
	kind     kg.RelationKind
	incoming bool
}

type loadersKey struct{}

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
	l := &loaders{store: store, relations: map[relationKey]*batcher[string, []kg.Relation]{}}
	l.entities = newBatcher(store.Entities, func(id string) error {
		return kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	})
	return l
}

func loadersFor(ctx context.Context, store kg.Store) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	// Outside an HTTP request (tests of the executable schema) each call gets fresh loaders.
	return newLoaders(store)
}

// entity loads one entity; an unknown id is a NOT_FOUND error.
func (l *loaders) entity(ctx context.Context, id string) (kg.Entity, error) {
	return l.entities.load(ctx, id)
}

// entityList loads several entities in order; a missing one is an error.
func (l *loaders) entityList(ctx context.Context, ids []string) ([]kg.Entity, error) {
	return l.entities.loadMany(ctx, ids)
}

// prime records entities already read (by a list, a path or a relationship) so that
// resolving them again costs no round trip.
func (l *loaders) prime(_ context.Context, entities ...kg.Entity) {
	for _, e := range entities {
		l.entities.prime(e.ID, e)
	}
}

// relationsOf loads the relationships of one kind leaving (or arriving at) an entity.
func (l *loaders) relationsOf(ctx context.Context, kind kg.RelationKind, incoming bool, id string) ([]kg.Relation, error) {
	return l.relationLoader(kind, incoming).load(ctx, id)
}

func (l *loaders) relationLoader(kind kg.RelationKind, incoming bool) *batcher[string, []kg.Relation] {
	l.mu.Lock()
	defer l.mu.Unlock()
	key := relationKey{kind, incoming}
	if ld, ok := l.relations[key]; ok {
		return ld
	}
	ld := newBatcher(func(ctx context.Context, ids []string) (map[string][]kg.Relation, error) {
		rels, others, err := l.store.Relations(ctx, kind, incoming, ids)
		for _, e := range others {
			l.entities.prime(e.ID, e)
		}
		if rels == nil {
			rels = map[string][]kg.Relation{}
		}
		for _, id := range ids {
			if _, ok := rels[id]; !ok {
				rels[id] = nil // no relationships is an answer, not a missing key
			}
		}
		return rels, err
	}, nil)
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
