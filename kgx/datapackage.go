package kgx

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"

	"gutskin/kg"
)

// DataPackage is datapackage.json, written beside nodes.tsv and edges.tsv: a Frictionless
// tabular data package whose table schemas check what KGX's validator does not: every
// edge's subject and object is a node (foreign keys), ids are unique and of this graph's
// form, and categories, predicates, qualifiers, knowledge levels, agent types and this
// graph's enumerations take only their allowed values. It is built from kg's tables alone,
// so it is the same for every graph.
func DataPackage() []byte {
	var categories, predicates []string
	for _, c := range kg.BiolinkClasses {
		if !slices.Contains(categories, c.Category) {
			categories = append(categories, c.Category)
		}
	}
	for _, r := range kg.BiolinkRelations {
		if !slices.Contains(predicates, r.Predicate) {
			predicates = append(predicates, r.Predicate)
		}
	}
	var directions []string
	for _, e := range kg.Enums["Effect"] {
		if d := kg.EffectDirection[e]; d != "" && !slices.Contains(directions, d) {
			directions = append(directions, d)
		}
	}
	var kinds []string
	for _, k := range kg.KindSpecs {
		kinds = append(kinds, regexp.QuoteMeta(strings.TrimSuffix(k.Prefix, ":")))
	}
	kindAlt := "(" + strings.Join(kinds, "|") + ")"
	nodeCurie := regexp.QuoteMeta(kg.CuriePrefix) + ":" + kindAlt + "_[A-Za-z0-9._~%-]+"
	publication := `(doi:10\.[^|]+|PMID:[0-9]+)`

	str := func(name string, required bool, c map[string]any) map[string]any {
		f := map[string]any{"name": name, "type": "string"}
		if required {
			if c == nil {
				c = map[string]any{}
			}
			c["required"] = true
		}
		if c != nil {
			f["constraints"] = c
		}
		return f
	}
	enum := func(values []string) map[string]any { return map[string]any{"enum": values} }
	pattern := func(p string) map[string]any { return map[string]any{"pattern": p} }
	relKinds := make([]string, len(kg.RelationKinds))
	for i, r := range kg.RelationKinds {
		relKinds[i] = string(r)
	}
	// table describes one TSV file of the package, whose rows are keyed by id; schema gives
	// its fields (and foreign keys).
	table := func(part Part, schema map[string]any) map[string]any {
		schema["missingValues"], schema["primaryKey"] = []string{""}, []string{"id"}
		return map[string]any{
			"name": string(part), "path": FileName(TSV, part), "profile": "tabular-data-resource", "format": "tsv",
			"mediatype": "text/tab-separated-values", "encoding": "utf-8", "dialect": map[string]any{"delimiter": "\t", "header": true},
			"schema": schema,
		}
	}
	nodes := table(Nodes, map[string]any{
		"fields": []any{
			str("id", true, map[string]any{"unique": true, "pattern": nodeCurie}),
			str("category", true, enum(categories)),
			str("name", true, nil),
			str("description", false, nil),
			str("xref", false, pattern(`[A-Za-z][A-Za-z0-9_.]*:[^|]+(\|[A-Za-z][A-Za-z0-9_.]*:[^|]+)*`)),
			str("synonym", false, nil),
			str("provided_by", true, enum([]string{kg.KnowledgeSource})),
			str("gutskin_id", true, map[string]any{"unique": true, "pattern": kindAlt + ":.+"}),
			str("gutskin_provenance", true, pattern(`\[.*\]`)),
			str("gutskin_record", false, pattern(`\{.*\}`)),
		},
	})
	edges := table(Edges, map[string]any{
		"foreignKeys": []any{
			map[string]any{"fields": []string{"subject"}, "reference": map[string]any{"resource": "nodes", "fields": []string{"id"}}},
			map[string]any{"fields": []string{"object"}, "reference": map[string]any{"resource": "nodes", "fields": []string{"id"}}},
		},
		"fields": []any{
			str("id", true, map[string]any{"unique": true, "pattern": regexp.QuoteMeta(kg.CuriePrefix) + ":edge_[0-9a-f]{24}"}),
			str("subject", true, pattern(nodeCurie)),
			str("predicate", true, enum(predicates)),
			str("object", true, pattern(nodeCurie)),
			str("object_direction_qualifier", false, enum(directions)),
			map[string]any{"name": "negated", "type": "boolean", "trueValues": []string{"true"}, "falseValues": []string{"false"}},
			str("knowledge_level", true, enum([]string{kg.KnowledgeAssertion})),
			str("agent_type", true, enum([]string{kg.AgentManual, kg.AgentNotProvided})),
			str("primary_knowledge_source", true, enum([]string{kg.KnowledgeSource})),
			str("publications", false, pattern(publication+`(\|`+publication+`)*`)),
			str("gutskin_relation", true, enum(relKinds)),
			str("gutskin_effect", false, enum(kg.Enums["Effect"])),
			str("gutskin_maturity", true, enum(kg.Enums["EvidenceMaturity"])),
			str("gutskin_stance", false, enum(kg.Enums["Stance"])),
			str("gutskin_position", false, enum(kg.Enums["PositionKind"])),
			map[string]any{"name": "gutskin_number", "type": "integer", "constraints": map[string]any{"minimum": 1}},
			str("gutskin_note", false, nil),
			str("gutskin_provenance", true, pattern(`\[.*\]`)),
			str("gutskin_record", false, pattern(`\{.*\}`)),
			str("gutskin_element", false, pattern(`\{.*\}`)),
		},
	})
	pkg := map[string]any{
		"name":        "gutskin-kgx",
		"title":       "The gut-skin axis knowledge graph as KGX TSV (Biolink " + kg.BiolinkVersion + ")",
		"description": "nodes.tsv and edges.tsv in the KGX TSV format; node ids are CURIEs of the graph's own prefix " + kg.CuriePrefix + ": (see docs/biolink.md).",
		"profile":     "tabular-data-package",
		"resources":   []any{nodes, edges},
	}
	b, err := json.MarshalIndent(pkg, "", "  ")
	if err != nil {
		panic("kgx: datapackage.json: " + err.Error())
	}
	return append(b, '\n')
}
