package seed

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// Problems name the line people count: of a YAML syntax error, of a value of the wrong type,
// of a field that fails validation (not the first line of its record).
func TestProblemsNameTheirExactLine(t *testing.T) {
	strains := read(t, "strains.yaml")
	tests := []struct {
		name, file, text, want string
	}{
		// An unclosed bracket on line 7: yaml.v3 itself says "line 6".
		{"unclosed bracket", "strains.yaml", strings.Replace(strains, "formerNames: [Oldus bacillus X1]", "formerNames: [Oldus bacillus X1", 1), "data/strains.yaml:6: not valid YAML"},
		{"unclosed bracket on the last line", "sources.yaml", "- id: [unclosed", "data/sources.yaml:1: not valid YAML"},
		{"tab in indentation", "strains.yaml", strings.Replace(strains, "  kind: STRAIN", "\tkind: STRAIN", 1), "data/strains.yaml:5: not valid YAML"},
		{"value of the wrong type", "studies.yaml", strings.Replace(read(t, "studies.yaml"), "year: 2020", "year: twenty", 1), "data/studies.yaml:4: record study:10.1000/test.1: cannot unmarshal"},
		{"field of a claim", "claims.yaml", strings.Replace(read(t, "claims.yaml"), "maturity: EMERGING", "maturity: SOON", 1), "data/claims.yaml:3: record claim:x1-helps-y: field maturity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fixture(t, map[string]string{tt.file: tt.text}))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error does not say %q:\n%v", tt.want, err)
			}
		})
	}
}

// A file far larger than any seed file is refused before it is parsed, and a flood of
// problems is reported as the first MaxReported and a count.
func TestLoaderLimits(t *testing.T) {
	huge := fixture(t, nil)
	huge.(fstest.MapFS)["data/factors.yaml"] = &fstest.MapFile{Data: make([]byte, MaxFileBytes+1)}
	_, err := Load(huge)
	if err == nil || !strings.Contains(err.Error(), "data/factors.yaml:1: cannot read the file: the file has") {
		t.Errorf("oversized file: %v", err)
	}

	factor := read(t, "factors.yaml")
	_, err = Load(fixture(t, map[string]string{"factors.yaml": strings.Repeat(factor, 500)}))
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("err = %v, want a ValidationError", err)
	}
	msg := err.Error()
	if got := strings.Count(msg, "\n  "); got != MaxReported+1 {
		t.Errorf("the error has %d lines of problems; want %d and a count", got, MaxReported)
	}
	if want := fmt.Sprintf("… and %d more", len(verr.Problems)-MaxReported); !strings.Contains(msg, want) {
		t.Errorf("the error does not end with %q:\n%s", want, msg[len(msg)-200:])
	}
}
