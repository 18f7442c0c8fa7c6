package seed

import "gutskin/kg"

// named is what the records of named things share (species, strains, mechanisms,
// conditions, factors): an id, a name, other names, a description and provenance. Record
// types embed it inline, so its fields read as their own in YAML.
type named struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	Synonyms    []string        `yaml:"synonyms"`
	Description string          `yaml:"description"`
	Provenance  []kg.Provenance `yaml:"provenance"`
	// Xrefs are verified identifiers of public ontologies (see FORMAT.md); most records have none.
	Xrefs []kg.Xref `yaml:"xrefs"`
}

// check applies the rules every named record follows; kindField is the record's own kind
// field (kind, category), whose value kindValue must be one of the enumeration enum.
func (n named) check(l *loader, at located, kindField, kindValue, enum string) {
	l.required(at, n.ID, "name", n.Name)
	l.required(at, n.ID, "description", n.Description)
	l.enum(at, n.ID, kindField, kindValue, enum)
	l.provenance(at, n.ID, n.Provenance)
	l.checkXrefs(at, n.ID, n.Xrefs)
}

// node adds the named record's entity: labelled by label, searchable by its name, synonyms
// and the other names given and its xrefs' CURIEs, with props beside name, synonyms,
// description and xrefs.
func (n named) node(b *builder, kind kg.Kind, label string, otherNames []string, props map[string]any) {
	props["name"], props["synonyms"], props["description"] = n.Name, list(n.Synonyms), n.Description
	xrefProps(n.Xrefs, props)
	names := append(append(append([]string(nil), n.Synonyms...), otherNames...), xrefNames(n.Xrefs)...)
	b.node(n.ID, kind, label, names, n.Description, n.Provenance, props)
}
