#!/usr/bin/env bash
# Adds a throw-away entity kind (Probe) and relationship (PROBES, Probe → Condition) to a
# temporary copy of the repository, the way a developer would, regenerates, builds, runs the
# domain-table test and a query of the new kind over the seed, and lists the files that had
# to change. It fails if the new kind does not work or if more hand-written files changed
# than the layering promises:
#
#   kg/domain.go                 the domain-table entry (kind, enum value, relationship, link)
#   graph/schema/probe.graphqls  the schema file
#   graph/probe.resolvers.go     the resolver file
#   seed/probe.go                the seed file's Go side (record, rules, nodes)
#   seed/data/probes.yaml        the seed data
#   seed/FORMAT.md               its format line
#
# plus generated code. Run by `make test`; `KEEP=1` keeps the copy for a look.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d -t gutskin-add-kind.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$tmp"' EXIT
say() { printf 'add-kind: %s\n' "$*" >&2; }

cd "$repo"
git ls-files -z | xargs -0 cp --parents -t "$tmp"
cd "$tmp"
git init -q && git add -A && git -c user.name=check -c user.email=check@localhost commit -qm baseline

# 1. The domain table: the kind, its id prefix and properties, the relationship and the link.
python3 - <<'PY'
import re
p = "kg/domain.go"
s = open(p).read()
s = s.replace("var KindSpecs = []KindSpec{\n",
    'var KindSpecs = []KindSpec{\n\t{"PROBE", "Probe", "probe:", []Prop{str("name"), str("description")}},\n', 1)
s = s.replace("var RelationSpecs = []RelationSpec{\n",
    'var RelationSpecs = []RelationSpec{\n\t{"PROBES", kinds("PROBE"), kinds(KindCondition), false, false},\n', 1)
s = s.replace("var FieldLinks = []FieldLink{\n",
    'var FieldLinks = []FieldLink{\n\t{"Probe", "conditions", LinkEntities, rels("PROBES"), false, "", ""},\n', 1)
s = re.sub(r'("NodeKind": +\{[^}]*)\}', r'\1, "PROBE"}', s, count=1)
s = re.sub(r'("RelationKind": +\{[^}]*)\}', r'\1, "PROBES"}', s, count=1)
open(p, "w").write(s)
PY

# 2. The schema file: the type, its root field, and its values of the shared enums.
cat > graph/schema/probe.graphqls <<'EOF'
extend type Query {
  "A probe by id."
  probe(
    "A probe id, e.g. `probe:one`."
    id: ID!
  ): Probe
}

extend enum NodeKind {
  "A throw-away kind; ids start `probe:`."
  PROBE
}

extend enum RelationKind {
  "Probe → Condition."
  PROBES
}

"A throw-away kind that shows what adding a kind takes."
type Probe implements Node & Entity {
  "`probe:` + a slug."
  id: ID!
  "Always PROBE."
  kind: NodeKind!
  "Its name."
  label: String!
  "Where it is stated."
  provenance: [Provenance!]!
  "Its identifiers in public ontologies."
  xrefs: [Xref!]!
  "Its revision number."
  version: Int!
  "Its name."
  name: String!
  "What it is."
  description: String!
  "The conditions it probes."
  conditions: [Condition!]!
}
EOF

# 3. The resolver file (gqlgen keeps this body when it regenerates the file).
cat > graph/probe.resolvers.go <<'EOF'
package graph

import (
	"context"

	"gutskin/graph/model"
	"gutskin/kg"
)

// Probe is the resolver for the probe field.
func (r *queryResolver) Probe(ctx context.Context, id string) (*model.Probe, error) {
	return entityOf[model.Probe](ctx, r.Resolver, id, kg.KindProbe)
}
EOF

# 4. The seed: its Go file, its data and its format line.
cat > seed/probe.go <<'EOF'
package seed

import "gutskin/kg"

// probes.yaml: throw-away records.

type probe struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	Description string          `yaml:"description"`
	Conditions  []string        `yaml:"conditions"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

var _ = register(&records[probe]{
	file: "probes.yaml",
	kind: kg.KindProbe,
	checkRecord: func(l *loader, _ int, at located, r probe) {
		l.required(at, r.ID, "name", r.Name)
		for _, c := range r.Conditions {
			l.ref(at, r.ID, "conditions", c, kg.KindCondition)
		}
		l.provenance(at, r.ID, r.Provenance)
	},
	buildRecord: func(b *builder, r probe) {
		b.node(r.ID, kg.KindProbe, r.Name, nil, r.Description, r.Provenance, map[string]any{"name": r.Name, "description": r.Description})
		for _, c := range r.Conditions {
			b.relation("PROBES", r.ID, c, kg.MaturityEstablished, r.Provenance, nil)
		}
	},
})
EOF
cat > seed/data/probes.yaml <<'EOF'
- id: probe:one
  name: Probe one
  description: A throw-away record.
  conditions: [condition:acne]
  provenance:
    - source: source:gut-health-acne
      section: Overview
      citations: []
EOF
echo '`probes.yaml`: `id, name, description, conditions [condition ids], provenance` (a throw-away kind).' >> seed/FORMAT.md

changed=$(git status --porcelain | awk '{print $2}' | sort)
say "go generate (gqlgen, enums, model types)"
go generate ./... >/dev/null
go build ./... && go vet ./graph/... ./seed/... ./kg/...

# A query of the new kind over the real seed, in memory: the kind, its link, one store call.
cat > graph/zz_probe_check_test.go <<'EOF'
package graph_test

import (
	"strings"
	"testing"
)

func TestProbeKindWorks(t *testing.T) {
	api := newFakeAPI(t)
	r := api.query(t, `{ probe(id: "probe:one") { kind label conditions { name } } }`, nil)
	got := string(r.Data["probe"])
	if len(r.Errors) > 0 || !strings.Contains(got, `"kind":"PROBE"`) || !strings.Contains(got, `"name":"Acne vulgaris"`) {
		t.Fatalf("probe = %s, errors %+v", got, r.Errors)
	}
	if n := api.store.TotalCalls(); n != 1 {
		t.Errorf("store calls = %d, want 1", n)
	}
}
EOF
passed=$(go test -count=1 -v -run 'TestProbeKindWorks|TestDomainTableMatchesSchema|TestSchemaIsDocumented' ./graph/ | tee /dev/stderr | grep -c '^--- PASS')
if [ "$passed" -ne 3 ]; then
  say "expected the probe, domain-table and documentation tests to pass; $passed did"
  exit 1
fi

handwritten=$(echo "$changed" | grep -c .)
generated=$(git status --porcelain | awk '{print $2}' | grep -v zz_probe_check | sort | comm -23 - <(echo "$changed") | grep -c . || true)
say "hand-written files changed: $handwritten"
echo "$changed" | sed 's/^/  /' >&2
say "generated files changed: $generated"
git status --porcelain | awk '{print $2}' | grep -v zz_probe_check | sort | comm -23 - <(echo "$changed") | sed 's/^/  /' >&2
if [ "$handwritten" -gt 6 ]; then
  say "a new kind took $handwritten hand-written files; the layering promises 6"
  exit 1
fi
say "ok: a new kind and relationship work end to end"
