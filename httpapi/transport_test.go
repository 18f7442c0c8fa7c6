package httpapi

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// marshalResponse must give exactly json.Marshal's bytes, which clients have always had,
// but for the data entry of a request error, which it leaves out.
func TestMarshalResponseIsJSONMarshal(t *testing.T) {
	yes := true
	for name, resp := range map[string]*graphql.Response{
		"plain data":           {Data: json.RawMessage(`{"node":{"id":"strain:hn001","label":"HN001"}}`)},
		"characters to escape": {Data: json.RawMessage("{\"a\":\"<b> & \u2028 \u2029 \u2027 é – \\\"x\\\" \\u003c\"}")},
		"no data":              {Errors: gqlerror.List{{Message: "bad", Extensions: map[string]any{"code": "BAD_USER_INPUT"}}}},
		"null data and errors": {Data: json.RawMessage(`null`), Errors: gqlerror.List{{Message: "a <b>", Path: ast.Path{ast.PathName("x")}}}},
		"extensions":           {Data: json.RawMessage(`{"x":1}`), Extensions: map[string]any{"neo4jRoundTrips": 2, "note": "<&>"}},
		"incremental":          {Data: json.RawMessage(`{"x":1}`), Label: "l", Path: ast.Path{ast.PathIndex(1)}, HasNext: &yes},
		"ends in a separator":  {Data: json.RawMessage("\"\u2028\"")},
	} {
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		if resp.Data == nil && len(resp.Errors) > 0 {
			// Errors without data (a request error): the answer has no data entry, as the
			// GraphQL spec says, where json.Marshal writes "data":null.
			want = bytes.Replace(want, []byte(`,"data":null`), nil, 1)
		}
		got, err := marshalResponse(resp)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s:\n got  %s\n want %s", name, got, want)
		}
	}
}
