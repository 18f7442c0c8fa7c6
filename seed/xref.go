package seed

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"gutskin/kg"
)

// Xrefs: identifiers of public ontologies that a named record carries (see FORMAT.md). They
// come only from verified lists, so the loader holds each one to what verification means: a
// known prefix, an SSSOM predicate, the label as seen and where it was seen.

// checkXrefs applies the rules of a record's xrefs.
func (l *loader) checkXrefs(at located, record string, xrefs []kg.Xref) {
	seen := map[string]bool{}
	for i, x := range xrefs {
		field := fmt.Sprintf("xrefs[%d]", i)
		switch {
		case !kg.IsCurie(x.Curie):
			l.add(at, record, field+".curie", "%q is not a CURIE (PREFIX:local)", x.Curie)
		case !kg.KnownCuriePrefix(x.Curie):
			l.add(at, record, field+".curie", "the prefix of %q is not in the prefix table (kg/xref.go)", x.Curie)
		}
		if seen[kg.XrefKey(x.Curie)] {
			l.add(at, record, field+".curie", "%s is given twice", x.Curie)
		}
		seen[kg.XrefKey(x.Curie)] = true
		if !slices.Contains(kg.MappingPredicates, x.Predicate) {
			l.add(at, record, field+".predicate", "unknown value %q; want one of %s", x.Predicate, strings.Join(kg.MappingPredicates, ", "))
		}
		l.required(at, record, field+".label", x.Label)
		if len(nonEmpty(x.VerifiedIn)) == 0 {
			l.add(at, record, field+".verifiedIn", "missing: an identifier is carried only with where it was seen with its label")
		}
	}
}

// xrefProps are the stored properties of a record's xrefs: the JSON the API reads, and the
// CURIEs in look-up form.
func xrefProps(xrefs []kg.Xref, props map[string]any) {
	if len(xrefs) == 0 {
		return
	}
	keys, exact := []string{}, []string{}
	for _, x := range xrefs {
		keys = append(keys, kg.XrefKey(x.Curie))
		if x.Predicate == kg.ExactMatch {
			exact = append(exact, kg.XrefKey(x.Curie))
		}
	}
	b, _ := json.Marshal(xrefs)
	props["xrefs"], props["xrefKeys"], props["xrefExactKeys"] = string(b), keys, exact
}

// xrefNames are the CURIEs search finds a record by.
func xrefNames(xrefs []kg.Xref) []string {
	out := make([]string, len(xrefs))
	for i, x := range xrefs {
		out[i] = x.Curie
	}
	return out
}
