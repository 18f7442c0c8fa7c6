package kgtest

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckIsolated(t *testing.T) {
	tests := []struct {
		name                                 string
		uri, db, serviceURI, serviceDatabase string
		refuse                               string
	}{
		{"own server and name", DefaultURI, DefaultDatabase, "bolt://127.0.0.1:7687", "", ""},
		{"no service settings", DefaultURI, DefaultDatabase, "", "", ""},
		{"the service's default name", DefaultURI, "neo4j", "", "", `named "neo4j"`},
		{"the development server by its settings", "bolt://127.0.0.1:7689", "curated", "bolt://127.0.0.1:7689", "curated", "name the same database"},
		{"localhost spelled out", "bolt://localhost:7689", "curated", "neo4j://127.0.0.1:7689/", "curated", "name the same database"},
		{"same server, another database", "bolt://127.0.0.1:7689", "other", "bolt://127.0.0.1:7689", "curated", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckIsolated(tt.uri, tt.db, tt.serviceURI, tt.serviceDatabase)
			if tt.refuse == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.refuse) || !errors.Is(err, errNotIsolated) {
				t.Fatalf("got %v, want a refusal saying %q", err, tt.refuse)
			}
			if !strings.Contains(err.Error(), "scripts/test-neo4j") {
				t.Errorf("the refusal does not say how to get a database of one's own: %v", err)
			}
		})
	}
}

// TestHarnessUsesItsOwnDatabase loads the seed and resets curation through the harness, as
// every test binary does; scripts/isolation-check runs it beside a curated development
// database and checks that nothing there changed.
func TestHarnessUsesItsOwnDatabase(t *testing.T) {
	Store(t)
	rows := Cypher(t, "CALL db.info() YIELD name RETURN name", nil)
	if got := rows[0]["name"]; got != Database() {
		t.Fatalf("the harness is connected to database %v, want %s", got, Database())
	}
	if err := RestoreSeed(); err != nil {
		t.Fatal(err)
	}
}
