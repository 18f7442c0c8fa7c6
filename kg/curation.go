package kg

import (
	"context"
	"time"
)

// Curation: who may change the graph, and the record every change leaves behind.

// Error codes of writes (see errors.go for the others).
const (
	EUNAUTHENTICATED = "unauthenticated" // a write without a valid token
	EFORBIDDEN       = "forbidden"       // a token whose role may not do this
	ECONFLICT        = "conflict"        // an expectedVersion that is no longer current, or a duplicate
	ERATELIMITED     = "rate_limited"    // a token that writes faster than its burst allows
)

// FieldErrorf builds an EINVALID error that names the input field at fault (its path in
// the mutation's input, e.g. "input.doi").
func FieldErrorf(field, format string, args ...any) *Error {
	e := Errorf(EINVALID, format, args...)
	e.Field = field
	return e
}

// Role is what a token allows.
type Role string

const (
	// RoleCurator may create, update, grade, link and retire.
	RoleCurator Role = "curator"
	// RoleAdmin may also restore what was retired and manage tokens.
	RoleAdmin Role = "admin"
)

// Allows reports whether a holder of role r may do what needs role want.
func (r Role) Allows(want Role) bool {
	return r == want || r == RoleAdmin
}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return r == RoleCurator || r == RoleAdmin }

// Principal is who makes a request: the name of the token presented and its role.
type Principal struct {
	Name string
	Role Role
}

type principalKey struct{}

// WithPrincipal returns a context that carries who makes the request.
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFrom returns who makes the request, if a valid token was presented.
func PrincipalFrom(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(principalKey{}).(Principal)
	return p, ok
}

// TokenInfo describes a stored token; the token's value itself is never stored.
type TokenInfo struct {
	Name      string
	Role      Role
	CreatedAt time.Time
	RevokedAt *time.Time
}

// ChangeMeta is what every change records besides its effect: the mutation, the curator,
// the reason, and the source (a document id, a DOI or a URL) behind it.
type ChangeMeta struct {
	Mutation string
	Curator  string
	Reason   string
	Source   string
}

// Touched is one entity or relationship a change touched, with its stored fields before
// and after (nil before: created; nil after: removed).
type Touched struct {
	Target        string
	Before, After map[string]any
}

// Change is one committed change: its place in commit order, when, who, why and what.
type Change struct {
	Seq     int64
	At      time.Time
	Meta    ChangeMeta
	Touched []Touched
}

// Curation is what the store offers the mutations: every method commits its change and
// its audit record in one transaction, or neither.
type Curation interface {
	// Create stores new entities and relationships (from the seed's own builder).
	Create(ctx context.Context, meta ChangeMeta, g Graph) (Change, error)
	// Update sets (nil: removes) properties of an entity whose version is expectedVersion,
	// else ECONFLICT; it adds or replaces the relationships in link and removes those in drop
	// (the ones the entity's record states, such as a claim's subjects or a strain's species).
	Update(ctx context.Context, meta ChangeMeta, id string, expectedVersion int, props map[string]any, link, drop []RelationRecord) (Change, error)
	// Links lists an entity's outgoing relationships of one type, with their properties.
	Links(ctx context.Context, id string, kind RelationKind) ([]RelationRecord, error)
	// LinksIn lists an entity's incoming relationships of one type, with their properties.
	LinksIn(ctx context.Context, id string, kind RelationKind) ([]RelationRecord, error)
	// Link adds a relationship; one that exists is ECONFLICT unless opts.Replace, which
	// replaces its properties. opts.Owner's version moves with the change.
	Link(ctx context.Context, meta ChangeMeta, r RelationRecord, opts LinkOptions) (Change, error)
	// Unlink retires a relationship: it stays stored, marked, with its history. The version
	// of owner (when not "") moves with the change.
	Unlink(ctx context.Context, meta ChangeMeta, kind RelationKind, from, to, owner string) (Change, error)
	// SetRetired retires (or restores) an entity whose version is expectedVersion.
	SetRetired(ctx context.Context, meta ChangeMeta, id string, expectedVersion int, retired bool) (Change, error)
	// StudyWithDOI returns the id of the study holding a DOI (case-insensitive), or "".
	StudyWithDOI(ctx context.Context, doi string) (string, error)
	// Kinds tells the kind of each existing, unretired id among ids.
	Kinds(ctx context.Context, ids []string) (map[string]Kind, error)
	// Current returns an entity's stored properties (nil if there is none).
	Current(ctx context.Context, id string) (map[string]any, error)
	// History lists the changes that touched an entity or its relationships, newest first.
	History(ctx context.Context, id string, first int) ([]Change, error)
	// Changes lists changes in commit order after sequence number after, at most first.
	Changes(ctx context.Context, since time.Time, after int64, first int) ([]Change, bool, error)
	// Latest returns the sequence number and commit time of the latest change (0 and the
	// zero time when there is none).
	Latest(ctx context.Context) (int64, time.Time, error)
	// Authenticate returns the unrevoked token whose SHA-256 hash is hash.
	Authenticate(ctx context.Context, hash []byte) (Principal, bool, error)
	Tokens
}

// LinkOptions say how Link treats a relationship that exists and whose version it moves.
type LinkOptions struct {
	// Replace restates an existing relationship instead of refusing it.
	Replace bool
	// Owner is the entity whose record states the relationship (a claim, for its evidence):
	// its version moves with the change, as with any other change to its record.
	Owner string
}

// Tokens stores the tokens that allow writes: only a hash of each, under a unique name.
// Creating and revoking one is a change like any other, with its audit record.
type Tokens interface {
	// CreateToken stores a token's hash under a name no other token has (else ECONFLICT).
	CreateToken(ctx context.Context, meta ChangeMeta, name string, role Role, hash []byte) (Change, error)
	// RevokeToken marks the unrevoked token of that name revoked (else ENOTFOUND); it stops
	// working at once.
	RevokeToken(ctx context.Context, meta ChangeMeta, name string) (Change, error)
	// ListTokens lists every token, revoked ones too (never a value or a hash).
	ListTokens(ctx context.Context) ([]TokenInfo, error)
}

// BookkeepingProp reports whether a stored property is one the store maintains itself (a
// version, who changed what and when, retirement): a curator never sets it, and the
// audit's before and after leave it out.
func BookkeepingProp(prop string) bool {
	switch prop {
	case "version", "origin", "curatedKeys", "createdBy", "createdAt", "updatedBy", "updatedAt",
		"retiredBy", "retiredAt", "retiredReason":
		return true
	}
	return false
}

// DerivedProp reports whether a stored property is computed from a record's other fields:
// the record as it was built (seedRecord, seedElement, kept for the export) and the search
// fields. An update writes them, but they alone are no change, and the audit leaves them out.
func DerivedProp(prop string) bool {
	switch prop {
	case "seedRecord", "seedElement", "searchNames", "searchText", "searchSpelling":
		return true
	}
	return false
}

// ReleaseInfo names a published release of the graph.
type ReleaseInfo struct {
	Version       string
	GraphVersion  int64
	DatePublished string
	URL           string
}

// Releases knows the published releases.
type Releases interface {
	// Latest is the newest release (false when none is published).
	Latest() (ReleaseInfo, bool)
}
