package seed

import (
	"fmt"
	"strings"
	"testing"
)

// Every string is bounded and visible: the rules the mutations apply to their inputs are
// the loader's own.
func TestTextRules(t *testing.T) {
	tests := []struct {
		name, field, value, want string
	}{
		{"plain name", "name", "Lacticaseibacillus rhamnosus HN001", ""},
		{"accents and Greek", "statement", "Größere Wirkung von β-Glucan — “plausibel”", ""},
		{"long text over lines", "description", "First line.\nSecond line.\r\n\tIndented.", ""},
		{"longest line", "title", strings.Repeat("a", MaxLineChars), ""},
		{"line too long", "title", strings.Repeat("a", MaxLineChars+1), "is 1001 characters long; the limit is 1000"},
		{"long text too long", "reason", strings.Repeat("é", MaxTextChars+1), "the limit is 4000"},
		{"newline in a name", "name", "HN001\r\nX-Injected: 1", "holds a control character (U+000D at byte 5); only visible text is allowed (this field is one line)"},
		{"NUL", "description", "a\x00b", "a NUL character"},
		{"ANSI escape", "note", "\x1b[31mred", "a control character (U+001B"},
		{"C1 control", "title", "a\u0085b", "a C1 control character"},
		{"bidi override", "name", "abc\u202Egnp.exe", "a bidirectional formatting character"},
		{"bidi isolate", "statement", "x\u2067y", "a bidirectional formatting character"},
		{"zero-width space", "name", "HN\u200B001", "a zero-width character"},
		{"byte order mark", "doi", "\uFEFF10.1000/x", "a zero-width character"},
		{"invalid UTF-8", "name", "a\xffb", "is not valid UTF-8"},
		{"reason of controls", "reason", "\u0001\u0002\u0003", "a control character"},
		{"reason of a zero-width space", "reason", "\u200B", "a zero-width character"},
		{"reason of punctuation only", "reason", "…", ""},
		{"reason of spaces and tabs", "reason", " \t\n ", ""}, // "missing", said by the mutation's own check
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckText(tt.field, tt.value)
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("CheckText(%q, %.40q) = %q, want %q", tt.field, tt.value, got, tt.want)
			}
		})
	}
	for _, invisible := range []string{"\u0301\u0301", "\u3164", " \u115F "} {
		if got := CheckText("reason", invisible); got != "holds no visible text: say why the change is made" {
			t.Errorf("a reason of %+q: %q", invisible, got)
		}
	}
}

// The loader refuses a seed file holding a hidden character or an oversized list, naming
// the record, the field and its line.
func TestSeedFilesFollowTheTextRules(t *testing.T) {
	strains := read(t, "strains.yaml")
	many := "[" + strings.TrimSuffix(strings.Repeat("Other name, ", MaxListItems+1), ", ") + "]"
	tests := []struct{ name, text, want string }{
		{"bidi override in a name", strings.Replace(strains, "name: X1", "name: \"X1\\u202E\"", 1), "data/strains.yaml:2: record strain:x1: field name: holds a bidirectional formatting character"},
		{"too many synonyms", strings.Replace(strains, "synonyms: []", "synonyms: "+many, 1), fmt.Sprintf("data/strains.yaml:7: record strain:x1: field synonyms: has %d items; the limit is %d", MaxListItems+1, MaxListItems)},
		{"a section with a newline", strings.Replace(strains, "section: Body", "section: \"Bo\\ndy\"", 1), "record strain:x1: field provenance[0].section: holds a control character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fixture(t, map[string]string{"strains.yaml": tt.text}))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error does not say %q:\n%v", tt.want, err)
			}
		})
	}
}

// The schema's descriptions state the limits in these words.
func TestLimitsNote(t *testing.T) {
	want := "Limits: text at most 1000 characters on one line; long text (assessment, description, gradeNote, idKeptBecause, note, rationale, reason, recordNote, statement, summary, why) at most 4000 characters, line breaks allowed; lists at most 200 items; no control, zero-width or bidirectional-override characters."
	if got := LimitsNote(); got != want {
		t.Errorf("LimitsNote() = %q", got)
	}
}
