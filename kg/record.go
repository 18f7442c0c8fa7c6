package kg

// RecordStatus says how complete a study's bibliographic record is and which of its fields
// were checked against public records, and where. The seed loader computes it for every
// study; the API shows it as Study.record.
type RecordStatus struct {
	// Complete: title, authors, year, journal and a DOI, PMID or URL are all given.
	Complete bool `json:"complete"`
	// Missing lists those of the fields above that are not given ("doi" stands for a
	// DOI, PMID or URL).
	Missing []string `json:"missing"`
	// Verified lists the fields seen in public records, each with where.
	Verified []VerifiedField `json:"verified"`
	// Unverified lists the fields given only as the citing document gives them.
	Unverified []string `json:"unverified"`
	// Note says what could not be verified and why, in a sentence or two.
	Note string `json:"note,omitempty"`
}

// VerifiedField is one bibliographic field and the public records it was seen in.
type VerifiedField struct {
	Field  string   `json:"field"`
	SeenIn []string `json:"seenIn"`
}

// BibliographicFields are a study's fields a record can verify, in citation order.
var BibliographicFields = []string{"title", "authors", "year", "journal", "volume", "issue", "pages", "doi", "pmid", "url"}
