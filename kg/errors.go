package kg

import (
	"errors"
	"fmt"
)

// Application error codes. The API maps each to what users see; any other error is
// reported as an internal error and only logged.
const (
	EINVALID     = "invalid"     // bad input: an argument, id, cursor or seed record
	ENOTFOUND    = "not_found"   // an id that names nothing
	EUNAVAILABLE = "unavailable" // the database does not answer
	ETIMEOUT     = "timeout"     // the request ran out of time
	ELIMIT       = "limit"       // the request would cost more database work than it may
	EOVERLOADED  = "overloaded"  // the service is too busy to take the work now
	EINTERNAL    = "internal"    // anything else
)

// Error is an application error: a code and a message safe to show a user.
type Error struct {
	Code    string
	Message string
	// Field, when set, is the input path of the value at fault.
	Field string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf builds an application error.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of an application error in err's chain, or EINTERNAL.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of an application error in err's chain, or a generic one.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
