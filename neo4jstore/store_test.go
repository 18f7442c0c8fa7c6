package neo4jstore

import (
	"strings"
	"testing"
)

func TestWithoutCommentsDropsOnlyCommentLines(t *testing.T) {
	in := "// a statement's explanation\nMATCH (n:Entity {id: $id})\n  // indented, also dropped\nWHERE n.url = 'https://example.org' // kept: code comes first\nRETURN n\n"
	want := "MATCH (n:Entity {id: $id})\nWHERE n.url = 'https://example.org' // kept: code comes first\nRETURN n\n"
	if got := withoutComments(in); got != want {
		t.Errorf("withoutComments:\n%s\nwant:\n%s", got, want)
	}
}

// Every embedded statement is sent without its comment lines, and keeps its placeholders.
func TestEmbeddedQueriesHaveNoCommentLines(t *testing.T) {
	for name, text := range queryTexts {
		for line := range strings.Lines(text) {
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				t.Errorf("queries/%s.cypher is sent with the comment line %q", name, line)
			}
		}
	}
	for _, placeholder := range []string{"{{GROUPS}}", "{{WALKS_FROM_A}}", "{{TYPES}}", "{{HOPS}}"} {
		if !strings.Contains(query("pathways"), placeholder) {
			t.Errorf("the pathways statement lost its placeholder %s", placeholder)
		}
	}
}
