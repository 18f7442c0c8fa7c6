package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"gutskin/kg"
)

// The driver reports every transaction that ends in an error; those the client caused
// (our refusals, a uniqueness rule Neo4j enforces) are not logged as errors.
func TestDriverLogLevels(t *testing.T) {
	for _, tc := range []struct {
		name, level string
		err         error
	}{
		{"a stale version", "debug", kg.Errorf(kg.ECONFLICT, "stale")},
		{"a refusal wrapped", "debug", errors.Join(errors.New("tx"), kg.FieldErrorf("input.id", "bad"))},
		{"a uniqueness rule", "debug", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed", Msg: "exists"}},
		{"a real fault", "error", errors.New("connection reset")},
		{"a syntax error of ours", "error", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}},
	} {
		var buf bytes.Buffer
		driverLog{log: zerolog.New(&buf).Level(zerolog.TraceLevel)}.Error("session", "1", tc.err)
		if want := `"level":"` + tc.level + `"`; !strings.Contains(buf.String(), want) {
			t.Errorf("%s: logged %s; want level %s", tc.name, buf.String(), tc.level)
		}
	}
}
