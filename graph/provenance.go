package graph

import (
	"context"
	"encoding/json"
	"time"

	"gutskin/graph/model"
	"gutskin/kg"
	"gutskin/seed"
)

// What a curator adds says where it comes from: every provenance entry a mutation gives is
// stamped with the curator (the token's name) and the day, which makes it a curated entry
// (a manually curated assertion); an entry that restates one the record already has keeps
// the stamp it had, or its absence (a seed entry stays the document's).

// today is the day a curated entry records, in UTC.
func today() string { return time.Now().UTC().Format(time.DateOnly) }

// provenanceOf turns input entries into curated entries by the curator, keeping those that
// restate an entry of was.
func provenanceOf(in []model.ProvenanceInput, curator string, was []kg.Provenance) []kg.Provenance {
	out := make([]kg.Provenance, len(in))
	for i, p := range in {
		out[i] = stampEntry(kg.Provenance{Source: deref(p.Source), Section: deref(p.Section), Citations: p.Citations, Publication: deref(p.Publication)}, curator, was)
	}
	return out
}

// stampFields stamps the provenance of a record's fields (plain data, as recordInputOf
// makes it) given by a curator; was is the record's provenance before the change.
func stampFields(fields map[string]any, curator string, was []kg.Provenance) {
	if _, given := fields["provenance"].([]any); !given {
		return
	}
	entries := provenanceIn(fields["provenance"])
	for i := range entries {
		entries[i] = stampEntry(entries[i], curator, was)
	}
	fields["provenance"] = provenancePlain(entries)
}

// stampEntry writes a given entry's publication in normal form and makes it the curator's
// of today, unless it restates an entry of was, which keeps what it recorded.
func stampEntry(e kg.Provenance, curator string, was []kg.Provenance) kg.Provenance {
	if e.Curated() {
		return e
	}
	if norm, err := seed.NormalizePublication(e.Publication); err == nil && e.Publication != "" {
		e.Publication = norm
	}
	if e.Citations == nil {
		e.Citations = []int{}
	}
	for _, w := range was {
		if w.SameStatement(e) {
			return w
		}
	}
	e.Curator, e.Date = curator, today()
	return e
}

// readingOf is the curated entry of a curator who read a study: its DOI, else its PubMed id.
func readingOf(curator string, study map[string]any) (kg.Provenance, bool) {
	pub := ""
	if doi := storedString(study, "doi"); doi != "" {
		pub = "doi:" + doi
	} else if pmid := storedString(study, "pmid"); pmid != "" {
		pub = "PMID:" + pmid
	}
	if pub == "" {
		return kg.Provenance{}, false
	}
	return kg.Provenance{Citations: []int{}, Publication: pub, Curator: curator, Date: today()}, true
}

// provenanceIn reads provenance as the store keeps it (JSON text) or as a record's fields
// hold it (a list).
func provenanceIn(v any) []kg.Provenance {
	var b []byte
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		b = []byte(x)
	default:
		b, _ = json.Marshal(x)
	}
	var out []kg.Provenance
	if json.Unmarshal(b, &out) != nil {
		return nil
	}
	return out
}

// readByCurator gives a new study without provenance the curator's own reading of it: a
// study from the literature needs no citing document.
func readByCurator(ctx context.Context, fields map[string]any) error {
	if _, given := fields["provenance"]; given {
		return nil
	}
	p, _ := kg.PrincipalFrom(ctx)
	reading, ok := readingOf(p.Name, fields)
	if !ok {
		return kg.FieldErrorf("input.provenance", "missing: a study without a DOI or PubMed id says where it is stated")
	}
	fields["provenance"] = provenancePlain([]kg.Provenance{reading})
	return nil
}
