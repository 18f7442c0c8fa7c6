// Package model holds the GraphQL types: the generated ones (models_gen.go) and, here, the
// hand-written types that read the rows a compiled query returns. A row holds exactly what
// the request selected, links included, so no field of these types goes back to the store.
package model

import (
	"encoding/json"
	"fmt"

	"gutskin/kg"
)

// base is what every entity type shares; it reads one entity's row.
type base struct{ row kg.Row }

func (b base) ID() string                        { return b.str("id") }
func (b base) Kind() kg.Kind                     { return kg.Kind(b.str("kind")) }
func (b base) Label() string                     { return b.str("label") }
func (b base) Provenance() ([]Provenance, error) { return provenanceOf(b.row) }
func (b base) Xrefs() ([]Xref, error)            { return xrefsOf(b.row) }
func (b base) Row() kg.Row                       { return b.row }

// Version is the entity's revision number; an entity no curator has changed is at 1.
func (b base) Version() int {
	if v := b.optInt("version"); v != nil {
		return *v
	}
	return 1
}
func (b base) IsNode()                   {}
func (b base) IsEntity()                 {}
func (b base) str(key string) string     { s, _ := b.row[key].(string); return s }
func (b base) strs(key string) []string  { return toStrings(b.row[key]) }
func (b base) optStr(key string) *string { return optString(b.row[key]) }
func (b base) optInt(key string) *int    { return optInt(b.row[key]) }
func (b base) optFloat(key string) *float64 {
	switch v := b.row[key].(type) {
	case float64:
		return &v
	case int64:
		f := float64(v)
		return &f
	}
	return nil
}

func (b base) optBool(key string) *bool {
	if v, ok := b.row[key].(bool); ok {
		return &v
	}
	return nil
}

// The entity types themselves (Source, Study, …) are generated from kg's domain table into
// entities_gen.go; fields computed from stored properties are below.

// Link is the DOI resolver's address when there is a DOI, otherwise the URL.
func (x Study) Link() *string {
	if doi := x.str("doi"); doi != "" {
		link := "https://doi.org/" + doi
		return &link
	}
	return x.optStr("url")
}

// Record reads the record status the loader computed for the study.
func (x Study) Record() (*StudyRecord, error) {
	var r kg.RecordStatus
	text := x.str("recordStatus")
	if text == "" {
		return nil, fmt.Errorf("model: study %s has no record status", x.ID())
	}
	if err := json.Unmarshal([]byte(text), &r); err != nil {
		return nil, fmt.Errorf("model: stored record status is not valid: %w", err)
	}
	out := &StudyRecord{Complete: r.Complete, Missing: nonNilStrings(r.Missing), Unverified: nonNilStrings(r.Unverified),
		Verified: make([]VerifiedField, len(r.Verified)), Note: optString(r.Note)}
	for i, v := range r.Verified {
		out.Verified[i] = VerifiedField{Field: v.Field, SeenIn: nonNilStrings(v.SeenIn)}
	}
	return out, nil
}

// EffectSizeInterval is the confidence interval stored with a finding's effect size, or nil
// when the source reports none (all three bounds are stored together or not at all).
func (x Finding) EffectSizeInterval() *EffectSizeInterval {
	lower, upper, level := x.optFloat("effectSizeLower"), x.optFloat("effectSizeUpper"), x.optFloat("effectSizeLevel")
	if lower == nil || upper == nil || level == nil {
		return nil
	}
	return &EffectSizeInterval{Lower: *lower, Upper: *upper, Level: *level}
}
