package seed

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text rules: every string of a record, whether read from a seed file or given to a
// mutation, is bounded and holds only characters a reader can see. Long text (a
// description, a note, the reason of a change) may run over several lines; everything else
// is one line. Control characters, bidirectional overrides and zero-width characters are
// refused everywhere: they hide what a value says from the person reading it (a name that
// renders as another, a header injected into a log line) and no source document needs them.

// Limits of every string and list of a record or a mutation's input.
const (
	// MaxLineChars bounds a one-line value: an id, a name, a title, a DOI, a URL. Stored
	// values are indexed, and Neo4j refuses index keys over about 8 KB.
	MaxLineChars = 1000
	// MaxTextChars bounds long text (LongTextFields).
	MaxTextChars = 4000
	// MaxListItems bounds every list: authors, provenance entries, subjects, evidence, ….
	MaxListItems = 200
)

// LongTextFields are the fields (by their YAML and input name) whose text may be long and
// run over several lines.
var LongTextFields = map[string]bool{
	"assessment": true, "description": true, "gradeNote": true, "idKeptBecause": true,
	"note": true, "rationale": true, "reason": true, "recordNote": true, "statement": true,
	"summary": true, "why": true,
}

// LimitsNote says the limits in a sentence, for the schema's descriptions.
func LimitsNote() string {
	return fmt.Sprintf("Limits: text at most %d characters on one line; long text (%s) at most %d characters, line breaks allowed; lists at most %d items; no control, zero-width or bidirectional-override characters.",
		MaxLineChars, strings.Join(longTextNames(), ", "), MaxTextChars, MaxListItems)
}

func longTextNames() []string {
	var names []string
	for n := range LongTextFields {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// TextProblems checks every string and list inside v (a record, an input struct, a field
// map), naming each by its path of field names as the struct tag `tag` ("yaml" or "json")
// gives them, below prefix ("" or e.g. "input"). Structs, pointers, slices and maps are
// followed; other values are left to the record's own rules.
func TextProblems(v any, tag, prefix string) []Problem {
	var out []Problem
	walkText(reflect.ValueOf(v), tag, prefix, "", &out)
	return out
}

// CheckText checks one value of a field by the rules above; field is its name (which
// decides whether it is long text).
func CheckText(field, value string) string {
	long := LongTextFields[field]
	limit := MaxLineChars
	if long {
		limit = MaxTextChars
	}
	if !utf8.ValidString(value) {
		return "is not valid UTF-8"
	}
	if n := utf8.RuneCountInString(value); n > limit {
		return fmt.Sprintf("is %d characters long; the limit is %d", n, limit)
	}
	for i, r := range value {
		if long && (r == '\n' || r == '\r' || r == '\t') {
			continue
		}
		if what := hiddenCharacter(r); what != "" {
			return fmt.Sprintf("holds %s (U+%04X at byte %d); only visible text is allowed%s", what, r, i, lineHint(long, r))
		}
	}
	if field == "reason" && strings.TrimSpace(value) != "" && !hasVisible(value) {
		return "holds no visible text: say why the change is made"
	}
	return ""
}

func lineHint(long bool, r rune) string {
	if !long && (r == '\n' || r == '\r') {
		return " (this field is one line)"
	}
	return ""
}

// hiddenCharacter names a character a reader cannot see, or returns "".
func hiddenCharacter(r rune) string {
	switch {
	case r == 0:
		return "a NUL character"
	case r < 0x20 || r == 0x7f:
		return "a control character"
	case r >= 0x80 && r <= 0x9f:
		return "a C1 control character"
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return "a bidirectional formatting character"
	case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff, r == 0x180e, r == 0x00ad:
		return "a zero-width character"
	case r == 0x2028 || r == 0x2029:
		return "a line or paragraph separator"
	case r >= 0xfff9 && r <= 0xfffb, r >= 0xe0000 && r <= 0xe007f:
		return "an invisible formatting character"
	case unicode.Is(unicode.Co, r), unicode.Is(unicode.Cs, r), r == utf8.RuneError:
		return "a private-use or invalid character"
	}
	return ""
}

// hasVisible reports whether s holds a letter, a digit, a punctuation mark or a symbol (not
// only spaces, combining marks or fillers).
func hasVisible(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.L, unicode.N, unicode.P, unicode.S) && r != 0x3164 && r != 0x115f && r != 0x1160 {
			return true
		}
	}
	return false
}

func walkText(v reflect.Value, tag, path, field string, out *[]Problem) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkText(v.Elem(), tag, path, field, out)
		}
	case reflect.String:
		if msg := CheckText(field, v.String()); msg != "" {
			*out = append(*out, Problem{Field: path, Msg: msg})
		}
	case reflect.Slice, reflect.Array:
		if v.Len() > MaxListItems {
			*out = append(*out, Problem{Field: path, Msg: fmt.Sprintf("has %d items; the limit is %d", v.Len(), MaxListItems)})
			return
		}
		for i := 0; i < v.Len(); i++ {
			walkText(v.Index(i), tag, fmt.Sprintf("%s[%d]", path, i), field, out)
		}
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return
		}
		keys := v.MapKeys()
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i] = k.String()
		}
		sort.Strings(names)
		for _, name := range names {
			walkText(v.MapIndex(reflect.ValueOf(name).Convert(v.Type().Key())), tag, join(path, name), name, out)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() && !f.Anonymous {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get(tag), ",")
			if name == "-" {
				continue
			}
			if strings.Contains(opts, "inline") || (name == "" && f.Anonymous) {
				walkText(v.Field(i), tag, path, field, out)
				continue
			}
			if name == "" {
				name = f.Name
			}
			walkText(v.Field(i), tag, join(path, name), name, out)
		}
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// checkText adds the text problems of a record (see TextProblems).
func (l *loader) checkText(at located, record string, rec any) {
	for _, p := range TextProblems(rec, "yaml", "") {
		l.add(at, record, p.Field, "%s", p.Msg)
	}
}
