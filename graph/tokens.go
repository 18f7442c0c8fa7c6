package graph

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"regexp"
	"strings"
	"time"

	"gutskin/graph/model"
	"gutskin/kg"
)

// Tokens: the command line (`gutskin token …`) and the admin mutations make and revoke
// them with the same two functions, so both check names the same way and both leave an
// audit record.

var tokenName = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// CreateToken makes a random token, stores its hash under name with its audit record, and
// returns the token's value: the only time anyone sees it.
func CreateToken(ctx context.Context, tokens kg.Tokens, meta kg.ChangeMeta, name string, role kg.Role) (string, kg.Change, error) {
	if !tokenName.MatchString(name) {
		return "", kg.Change{}, kg.FieldErrorf("input.name", "%q is not a token name: 1 to 64 letters, digits, '.', '_' or '-'", name)
	}
	if !role.Valid() {
		return "", kg.Change{}, kg.FieldErrorf("input.role", "unknown role %q; want curator or admin", role)
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", kg.Change{}, err
	}
	token := "gsk_" + base64.RawURLEncoding.EncodeToString(raw)
	change, err := tokens.CreateToken(ctx, meta, name, role, HashToken(token))
	if err != nil {
		return "", kg.Change{}, inputPath(err)
	}
	return token, change, nil
}

// RevokeToken revokes the active token of that name, with its audit record.
func RevokeToken(ctx context.Context, tokens kg.Tokens, meta kg.ChangeMeta, name string) (kg.Change, error) {
	if !tokenName.MatchString(name) {
		return kg.Change{}, kg.FieldErrorf("input.name", "%q is not a token name: 1 to 64 letters, digits, '.', '_' or '-'", name)
	}
	change, err := tokens.RevokeToken(ctx, meta, name)
	return change, inputPath(err)
}

func (r *Resolver) createToken(ctx context.Context, in model.CreateTokenInput) (*model.CreateTokenPayload, error) {
	meta, err := r.begin(ctx, "createToken", kg.RoleAdmin, in.Reason, nil)
	if err != nil {
		return nil, err
	}
	role := kg.Role(strings.ToLower(string(in.Role)))
	token, change, err := CreateToken(ctx, r.Curation, meta, in.Name, role)
	if err != nil {
		return nil, err
	}
	info := model.TokenInfo{Name: in.Name, Role: in.Role, CreatedAt: change.At.UTC().Format(time.RFC3339)}
	return &model.CreateTokenPayload{ClientMutationID: in.ClientMutationID, Token: token, Info: &info, Change: changeOf(change)}, nil
}

func (r *Resolver) revokeToken(ctx context.Context, in model.RevokeTokenInput) (*model.RevokeTokenPayload, error) {
	meta, err := r.begin(ctx, "revokeToken", kg.RoleAdmin, in.Reason, nil)
	if err != nil {
		return nil, err
	}
	change, err := RevokeToken(ctx, r.Curation, meta, in.Name)
	if err != nil {
		return nil, err
	}
	return &model.RevokeTokenPayload{ClientMutationID: in.ClientMutationID, Name: in.Name, Change: changeOf(change)}, nil
}

// tokens lists the tokens to an admin. It is a query, which the write guard lets through
// unauthenticated, so it checks the bearer token itself.
func (r *Resolver) tokens(ctx context.Context) ([]model.TokenInfo, error) {
	if r.Curation == nil {
		return nil, kg.Errorf(kg.EUNAVAILABLE, "this service keeps no tokens")
	}
	ctx, err := r.authenticated(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := authorize(ctx, kg.RoleAdmin); err != nil {
		return nil, err
	}
	list, err := r.Curation.ListTokens(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]model.TokenInfo, len(list))
	for i, t := range list {
		out[i] = model.TokenInfo{Name: t.Name, Role: model.TokenRole(strings.ToUpper(string(t.Role))), CreatedAt: t.CreatedAt.UTC().Format(time.RFC3339)}
		if t.RevokedAt != nil {
			at := t.RevokedAt.UTC().Format(time.RFC3339)
			out[i].RevokedAt = &at
		}
	}
	return out, nil
}

// authenticated returns ctx carrying who makes a query, as the edge found from its token:
// queries pass the write guard without one, so a query field that needs one asks here.
func (r *Resolver) authenticated(ctx context.Context) (context.Context, error) {
	_, _, err := callerOf(ctx)
	return ctx, err
}

// viewer says whose token the request carries: nil without one, UNAUTHENTICATED for one
// that is unknown or revoked. It takes nothing from the token's write allowance.
func (r *Resolver) viewer(ctx context.Context) (*model.Viewer, error) {
	p, sent, err := callerOf(ctx)
	if !sent {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &model.Viewer{Name: p.Name, Role: model.TokenRole(strings.ToUpper(string(p.Role)))}, nil
}
