package kg

import (
	"regexp"
	"strings"
)

// An Xref maps an entity to a term of a public ontology or taxonomy. Only identifiers seen
// with their label in a public record are carried, each with the SSSOM mapping predicate that
// says how close the term is and where it was seen; entities without one have none.
type Xref struct {
	Curie     string `json:"curie" yaml:"curie"`
	Predicate string `json:"predicate" yaml:"predicate"`
	// Label is the term's label as it was seen in the record, e.g. "atopic eczema".
	Label string `json:"label" yaml:"label"`
	// VerifiedIn names the records the identifier was seen in with its label.
	VerifiedIn []string `json:"verifiedIn" yaml:"verifiedIn"`
	// Note says why a non-exact mapping is not exact; empty for exact ones.
	Note string `json:"note,omitempty" yaml:"note"`
}

// The mapping predicates an xref may carry, as SSSOM writes them.
const (
	ExactMatch   = "skos:exactMatch"
	CloseMatch   = "skos:closeMatch"
	BroadMatch   = "skos:broadMatch"
	NarrowMatch  = "skos:narrowMatch"
	RelatedMatch = "skos:relatedMatch"
)

// MappingPredicates lists the predicates, closest first.
var MappingPredicates = []string{ExactMatch, CloseMatch, BroadMatch, NarrowMatch, RelatedMatch}

// oboPrefixes are the CURIE prefixes whose terms resolve under the OBO Foundry's PURLs.
var oboPrefixes = map[string]bool{
	"NCBITaxon": true, "MONDO": true, "HP": true, "GO": true, "CHEBI": true, "UBERON": true,
	"FOODON": true, "ECTO": true,
}

var curieForm = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_]*):([A-Za-z0-9_.]+)$`)

// IsCurie reports whether s has the form PREFIX:local.
func IsCurie(s string) bool { return curieForm.MatchString(s) }

// KnownCuriePrefix reports whether the prefix of a CURIE is in the prefix table (so that it
// has an IRI).
func KnownCuriePrefix(curie string) bool {
	m := curieForm.FindStringSubmatch(curie)
	return m != nil && oboPrefixes[m[1]]
}

// IRI expands a CURIE with the prefix table: http://purl.obolibrary.org/obo/PREFIX_local
// for the OBO ontologies; "" for a prefix the table does not hold.
func IRI(curie string) string {
	m := curieForm.FindStringSubmatch(curie)
	if m == nil || !oboPrefixes[m[1]] {
		return ""
	}
	return "http://purl.obolibrary.org/obo/" + m[1] + "_" + m[2]
}

// XrefKey is the form CURIEs are matched in: without surrounding space, case-insensitive
// (so "mondo:0011438" finds MONDO:0011438).
func XrefKey(curie string) string { return strings.ToLower(strings.TrimSpace(curie)) }
