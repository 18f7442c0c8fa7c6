package httpapi_test

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"gutskin/kgtest"
)

// GraphQL over HTTP: Accept chooses between application/graphql-response+json (request
// errors are 400 without a data entry) and application/json (every GraphQL answer is 200).
func TestAcceptNegotiation(t *testing.T) {
	srv := newHardenedServer(t, kgtest.Store(t), nil)
	const gqlResp = "application/graphql-response+json"
	requestErrors := map[string]string{
		"parse":      `{"query":"{ stats { "}`,
		"validation": `{"query":"{ noSuchField }"}`,
		"variables":  `{"query":"query($x: ID!) { claim(id: $x) { id } }","variables":{"x":{}}}`,
	}
	for name, body := range requestErrors {
		for _, c := range []struct {
			accept, media string
			status        int
		}{
			{gqlResp, gqlResp, 400},
			{"application/json", "application/json", 200},
			{"", "application/json", 200},
			{gqlResp + ", application/json;q=0.9", gqlResp, 400},
			{gqlResp + ";q=0.5, application/json", "application/json", 200},
			{"*/*", "application/json", 200},
		} {
			x := send(t, http.MethodPost, srv.URL+"/query", "application/json", []byte(body), map[string]string{"Accept": c.accept})
			if x.Status != c.status || !strings.HasPrefix(x.Header.Get("Content-Type"), c.media) {
				t.Errorf("%s error, Accept %q: %d %q, want %d %s", name, c.accept, x.Status, x.Header.Get("Content-Type"), c.status, c.media)
			}
			if bytes.Contains(x.Raw, []byte(`"data"`)) || !strings.HasPrefix(x.Code(), "GRAPHQL_") {
				t.Errorf("%s error, Accept %q: a data entry or no code: %s", name, c.accept, x.Raw)
			}
		}
	}
	// An executed query is 200 in both, with its data.
	for _, accept := range []string{gqlResp, "application/json"} {
		x := send(t, http.MethodGet, srv.URL+"/query?query="+url.QueryEscape(`{ stats { nodes { kind } } }`), "", nil, map[string]string{"Accept": accept})
		if x.Status != 200 || !strings.HasPrefix(x.Header.Get("Content-Type"), accept) || x.Data["stats"] == nil {
			t.Errorf("Accept %s: %d %q %s", accept, x.Status, x.Header.Get("Content-Type"), x.Raw)
		}
	}
	// Nothing acceptable: 406, coded.
	x := send(t, http.MethodPost, srv.URL+"/query", "application/json", []byte(`{"query":"{ stats { nodes { kind } } }"}`), map[string]string{"Accept": "text/html"})
	if x.Status != http.StatusNotAcceptable || x.Code() != "NOT_ACCEPTABLE" {
		t.Errorf("Accept text/html: %d %s", x.Status, x.Raw)
	}
}
