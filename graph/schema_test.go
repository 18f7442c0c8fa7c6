package graph

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"gutskin/kg"
	"gutskin/seed"
)

// TestSchemaIsDocumented keeps the playground's documentation pane a complete manual: every
// type, field, argument, input field and enum value has a description.
func TestSchemaIsDocumented(t *testing.T) {
	schema := loadSchema(t)
	var missing []string
	for name, def := range schema.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if strings.TrimSpace(def.Description) == "" {
			missing = append(missing, name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if strings.TrimSpace(f.Description) == "" {
				missing = append(missing, name+"."+f.Name)
			}
			for _, a := range f.Arguments {
				if strings.TrimSpace(a.Description) == "" {
					missing = append(missing, name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, v := range def.EnumValues {
			if strings.TrimSpace(v.Description) == "" {
				missing = append(missing, name+"."+v.Name)
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d schema elements lack a description:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

// loadSchema reads the schema the way gqlgen does: the root file and every part.
func loadSchema(t *testing.T) *ast.Schema {
	t.Helper()
	files, err := filepath.Glob("schema/*.graphqls")
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema parts found: %v", err)
	}
	var sources []*ast.Source
	for _, name := range append([]string{"../schema.graphqls"}, files...) {
		sdl, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, &ast.Source{Name: name, Input: string(sdl)})
	}
	schema, gqlErr := gqlparser.LoadSchema(sources...)
	if gqlErr != nil {
		t.Fatal(gqlErr)
	}
	return schema
}

// TestDomainTableMatchesSchema keeps kg's domain table and the schema in step: every field
// of an entity type is a stored property, a derived one or a link the table lists; every
// link and property the table names exists; every enumeration has the same values.
func TestDomainTableMatchesSchema(t *testing.T) {
	schema := loadSchema(t)
	for _, spec := range kg.KindSpecs {
		def := schema.Types[spec.Label]
		if def == nil {
			t.Errorf("kind %s: no GraphQL type %s", spec.Kind, spec.Label)
			continue
		}
		for _, f := range def.Fields {
			_, isLink := kg.LinkOf(spec.Label, f.Name)
			_, isProp := kg.PropOf(spec.Label, f.Name)
			_, isDerived := derivedProps[spec.Label][f.Name]
			if !isLink && !isProp && !isDerived {
				t.Errorf("%s.%s is neither a stored property, a derived field nor a link in kg's domain table", spec.Label, f.Name)
			}
		}
	}
	for _, l := range kg.FieldLinks {
		def := schema.Types[l.Type]
		if def == nil || def.Fields.ForName(l.Field) == nil {
			t.Errorf("kg.FieldLinks names %s.%s, which the schema lacks", l.Type, l.Field)
		}
	}
	for name, values := range kg.Enums {
		def := schema.Types[name]
		if def == nil || def.Kind != ast.Enum {
			t.Errorf("enumeration %s: no GraphQL enum", name)
			continue
		}
		var got []string
		for _, v := range def.EnumValues {
			got = append(got, v.Name)
		}
		if !slices.Equal(got, values) {
			t.Errorf("enum %s = %v in the schema, %v in kg.Enums", name, got, values)
		}
	}
}

// TestMutationInputsStateTheirLimits: every input type a mutation takes, directly or inside
// another, says the limits InputLimit enforces, in the words seed.LimitsNote gives.
func TestMutationInputsStateTheirLimits(t *testing.T) {
	schema := loadSchema(t)
	seen := map[string]bool{}
	var visit func(name string)
	visit = func(name string) {
		def := schema.Types[name]
		if seen[name] || def == nil || def.Kind != ast.InputObject {
			return
		}
		seen[name] = true
		if !strings.Contains(def.Description, seed.LimitsNote()) {
			t.Errorf("input %s does not state the limits: add %q to its description", name, seed.LimitsNote())
		}
		for _, f := range def.Fields {
			visit(f.Type.Name())
		}
	}
	for _, f := range schema.Mutation.Fields {
		for _, a := range f.Arguments {
			visit(a.Type.Name())
		}
	}
	if len(seen) < 20 {
		t.Errorf("only %d input types found", len(seen))
	}
}
