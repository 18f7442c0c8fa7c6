package neo4jstore

import (
	"strings"
	"testing"
)

func TestLuceneQueryKeepsOnlyPlainTerms(t *testing.T) {
	tests := []struct {
		in        string
		wantTerms []string
		wantErr   bool
	}{
		{"Propionibacterium acnes", []string{"propionibacterium", "acnes"}, false},
		{`eczema" OR *:* AND title:(x)~`, []string{"eczema", "title", "x"}, false},
		{"BB-12", []string{"bb", "12"}, false},
		{"***", nil, true},
	}
	for _, tt := range tests {
		q, parsed, err := luceneQuery(tt.in)
		terms := parsed.Terms
		if (err != nil) != tt.wantErr {
			t.Fatalf("%q: err = %v", tt.in, err)
		}
		if strings.Join(terms, ",") != strings.Join(tt.wantTerms, ",") {
			t.Errorf("%q: terms = %v, want %v", tt.in, terms, tt.wantTerms)
		}
		// Upper-case operators, field names and wildcards of the user never survive.
		for _, bad := range []string{" OR *", "*:*", "title:", " AND "} {
			if strings.Contains(q, bad) {
				t.Errorf("%q: query %q contains %q", tt.in, q, bad)
			}
		}
	}
}
