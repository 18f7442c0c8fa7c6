package neo4jstore

import (
	"context"
	"crypto/subtle"
	"encoding/hex"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// Tokens: created and revoked as audited changes, listed without their hashes, and looked up
// by hash to authenticate a request.

// CreateToken stores a token's hash under a unique name, with its audit record (which
// names the token and its role, never its hash).
func (s *Store) CreateToken(ctx context.Context, meta kg.ChangeMeta, name string, role kg.Role, hash []byte) (kg.Change, error) {
	return s.change(ctx, meta, func(tx neo4j.ManagedTransaction) ([]kg.Touched, error) {
		recs, err := collect(ctx, tx, "MATCH (t:Token {name: $name}) RETURN count(t) AS n", map[string]any{"name": name})
		if err != nil {
			return nil, err
		}
		if n, _, _ := neo4j.GetRecordValue[int64](recs[0], "n"); n > 0 {
			return nil, kg.FieldErrorf("name", "a token named %q exists already; revoke it or choose another name", name)
		}
		if _, err := collect(ctx, tx, "CREATE (:Token {name: $name, role: $role, hash: $hash, createdAt: datetime(), createdBy: $curator})",
			map[string]any{"name": name, "role": string(role), "hash": hex.EncodeToString(hash), "curator": meta.Curator}); err != nil {
			return nil, err
		}
		return []kg.Touched{{Target: TokenTarget(name), After: map[string]any{"name": name, "role": string(role)}}}, nil
	})
}

// TokenTarget is how audit records name a token.
func TokenTarget(name string) string { return "token:" + name }

// RevokeToken marks the unrevoked token of that name revoked; it stops working at once.
func (s *Store) RevokeToken(ctx context.Context, meta kg.ChangeMeta, name string) (kg.Change, error) {
	return s.change(ctx, meta, func(tx neo4j.ManagedTransaction) ([]kg.Touched, error) {
		recs, err := collect(ctx, tx, "MATCH (t:Token {name: $name}) WHERE t.revokedAt IS NULL SET t.revokedAt = datetime(), t.revokedBy = $curator RETURN t.role AS role",
			map[string]any{"name": name, "curator": meta.Curator})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, kg.FieldErrorf("name", "no active token is named %q", name)
		}
		role, _, _ := neo4j.GetRecordValue[string](recs[0], "role")
		return []kg.Touched{{Target: TokenTarget(name),
			Before: map[string]any{"name": name, "role": role, "revoked": false},
			After:  map[string]any{"name": name, "role": role, "revoked": true}}}, nil
	})
}

// ListTokens lists every token (never its value or hash).
func (s *Store) ListTokens(ctx context.Context) ([]kg.TokenInfo, error) {
	recs, err := s.read(ctx, "MATCH (t:Token) RETURN t.name AS name, t.role AS role, t.createdAt AS created, t.revokedAt AS revoked ORDER BY t.name", nil)
	if err != nil {
		return nil, err
	}
	out := []kg.TokenInfo{}
	for _, r := range recs {
		var t kg.TokenInfo
		t.Name, _, _ = neo4j.GetRecordValue[string](r, "name")
		role, _, _ := neo4j.GetRecordValue[string](r, "role")
		t.Role = kg.Role(role)
		t.CreatedAt, _, _ = neo4j.GetRecordValue[time.Time](r, "created")
		if rv, isNil, err := neo4j.GetRecordValue[time.Time](r, "revoked"); err == nil && !isNil {
			t.RevokedAt = &rv
		}
		out = append(out, t)
	}
	return out, nil
}

// Authenticate finds the unrevoked token with this hash. The hash is looked up, then
// compared again in constant time, so that the answer does not depend on how much of it
// matched.
func (s *Store) Authenticate(ctx context.Context, hash []byte) (kg.Principal, bool, error) {
	recs, err := s.read(ctx, "MATCH (t:Token {hash: $hash}) WHERE t.revokedAt IS NULL RETURN t.name AS name, t.role AS role, t.hash AS hash",
		map[string]any{"hash": hex.EncodeToString(hash)})
	if err != nil || len(recs) == 0 {
		return kg.Principal{}, false, err
	}
	stored, _, _ := neo4j.GetRecordValue[string](recs[0], "hash")
	if subtle.ConstantTimeCompare([]byte(stored), []byte(hex.EncodeToString(hash))) != 1 {
		return kg.Principal{}, false, nil
	}
	name, _, _ := neo4j.GetRecordValue[string](recs[0], "name")
	role, _, _ := neo4j.GetRecordValue[string](recs[0], "role")
	return kg.Principal{Name: name, Role: kg.Role(role)}, true, nil
}
