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
		e := kg.Provenance{Source: deref(p.Source), Section: deref(p.Section), Citations: p.Citations, Publication: deref(p.Publication)}
		if norm, err := seed.NormalizePublication(e.Publication); err == nil && e.Publication != "" {
			e.Publication = norm
		}
		out[i] = stamped(e, curator, was)
	}
	return out
}

func stamped(e kg.Provenance, curator string, was []kg.Provenance) kg.Provenance {
	for _, w := range was {
		if w.SameStatement(e) {
			return w
		}
	}
	e.Curator, e.Date = curator, today()
	return e
}

// stampFields stamps the provenance of a record's fields (plain data, as recordInputOf
// makes it) given by a curator; was is the record's provenance before the change.
func stampFields(fields map[string]any, curator string, was []kg.Provenance) {
	list, ok := fields["provenance"].([]any)
	if !ok {
		return
	}
	for i, x := range list {
		m, ok := x.(map[string]any)
		if !ok {
			continue
		}
		e := kg.Provenance{Source: str(m["source"]), Section: str(m["section"]), Publication: str(m["publication"])}
		if cites, ok := m["citations"].([]any); ok {
			for _, c := range cites {
				if n, ok := c.(int64); ok {
					e.Citations = append(e.Citations, int(n))
				}
			}
		}
		if norm, err := seed.NormalizePublication(e.Publication); err == nil && e.Publication != "" {
			e.Publication = norm
		}
		if e.Curated() {
			continue
		}
		s := stamped(e, curator, was)
		out := map[string]any{}
		for k, v := range m {
			if v != nil {
				out[k] = v
			}
		}
		if s.Publication != "" {
			out["publication"] = s.Publication
		}
		if s.Curator != "" {
			out["curator"], out["date"] = s.Curator, s.Date
		}
		list[i] = out
	}
}

// readingOf is the curated entry of a curator who read a study: its DOI, else its PubMed id.
func readingOf(curator string, study map[string]any) (kg.Provenance, bool) {
	pub := ""
	if doi := str(study["doi"]); doi != "" {
		pub = "doi:" + doi
	} else if pmid := str(study["pmid"]); pmid != "" {
		pub = "PMID:" + pmid
	}
	if pub == "" {
		return kg.Provenance{}, false
	}
	return kg.Provenance{Citations: []int{}, Publication: pub, Curator: curator, Date: today()}, true
}

func str(v any) string {
	s, _ := v.(string)
	return s
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
