package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"gutskin/kg"
)

// Codes users see in extensions.code.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeUnavailable     = "SERVICE_UNAVAILABLE"
	CodeTimeout         = "TIMEOUT"
	CodeInternal        = "INTERNAL_SERVER_ERROR"
	CodeRoundTrips      = "ROUND_TRIP_LIMIT_EXCEEDED"
	CodeOverloaded      = "SERVICE_OVERLOADED"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeConflict        = "CONFLICT"
	CodeRateLimited     = "RATE_LIMITED"
	CodeCommitUnknown   = "COMMIT_UNKNOWN"
	CodeKeyReused       = "IDEMPOTENCY_KEY_REUSED"
	CodeAlreadyApplied  = "ALREADY_APPLIED"
)

var codeOf = map[string]string{
	kg.EINVALID:         CodeBadUserInput,
	kg.ENOTFOUND:        CodeNotFound,
	kg.EUNAVAILABLE:     CodeUnavailable,
	kg.ETIMEOUT:         CodeTimeout,
	kg.ELIMIT:           CodeRoundTrips,
	kg.EOVERLOADED:      CodeOverloaded,
	kg.EUNAUTHENTICATED: CodeUnauthenticated,
	kg.EFORBIDDEN:       CodeForbidden,
	kg.ECONFLICT:        CodeConflict,
	kg.ERATELIMITED:     CodeRateLimited,
	kg.ECOMMITUNKNOWN:   CodeCommitUnknown,
	kg.EKEYREUSED:       CodeKeyReused,
	kg.EAPPLIED:         CodeAlreadyApplied,
}

// PresentError is the one mapping from errors to what users see: application errors keep
// their message and get their code; anything else is logged and shown as "internal error".
func PresentError(ctx context.Context, err error) *gqlerror.Error {
	var gqlErr *gqlerror.Error
	if errors.As(err, &gqlErr) && gqlErr.Extensions["code"] != nil {
		// Already presented by gqlgen (parse, validation, complexity) or by us.
		return gqlErr
	}
	presented := graphql.DefaultErrorPresenter(ctx, err)
	if kg.ErrorCode(err) == kg.EINTERNAL && (errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)) {
		// Ran out of time while waiting (for a batch, say) before any store call said so.
		err = kg.Errorf(kg.ETIMEOUT, "the request took too long")
	}
	code, known := codeOf[kg.ErrorCode(err)]
	if !known {
		zerolog.Ctx(ctx).Error().Err(err).Str("path", presented.Path.String()).Msg("internal error in resolver")
		presented.Message = "internal error"
		code = CodeInternal
	} else {
		presented.Message = kg.ErrorMessage(err)
		if code == CodeUnavailable || code == CodeTimeout || code == CodeOverloaded || code == CodeCommitUnknown {
			zerolog.Ctx(ctx).Warn().Err(err).Str("code", code).Msg("request failed")
		}
	}
	if presented.Extensions == nil {
		presented.Extensions = map[string]any{}
	}
	presented.Extensions["code"] = code
	var app *kg.Error
	if errors.As(err, &app) && app.Field != "" {
		presented.Extensions["field"] = app.Field
	}
	return presented
}

// Recover turns a panic in a resolver into an internal error; the panic and its stack go
// to the log only.
func Recover(ctx context.Context, p any) error {
	zerolog.Ctx(ctx).Error().Str("panic", fmt.Sprint(p)).Bytes("stack", debug.Stack()).Msg("panic in resolver")
	return &gqlerror.Error{Message: "internal error", Extensions: map[string]any{"code": CodeInternal}}
}

func invalidf(format string, args ...any) error { return kg.Errorf(kg.EINVALID, format, args...) }
