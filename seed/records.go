package seed

import "gutskin/kg"

// The record types mirror FORMAT.md field for field; yaml tags are the field names.

type source struct {
	ID          string          `yaml:"id"`
	Title       string          `yaml:"title"`
	Publisher   string          `yaml:"publisher"`
	Kind        string          `yaml:"kind"`
	FileName    string          `yaml:"fileName"`
	Authors     []string        `yaml:"authors"`
	Reviewers   []string        `yaml:"reviewers"`
	Description string          `yaml:"description"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

type citation struct {
	Source string `yaml:"source"`
	Number int    `yaml:"number"`
}

type study struct {
	ID         string          `yaml:"id"`
	Title      string          `yaml:"title"`
	Authors    []string        `yaml:"authors"`
	Year       int             `yaml:"year"`
	Journal    string          `yaml:"journal"`
	Volume     string          `yaml:"volume"`
	Issue      string          `yaml:"issue"`
	Pages      string          `yaml:"pages"`
	DOI        string          `yaml:"doi"`
	URL        string          `yaml:"url"`
	Design     string          `yaml:"design"`
	Population string          `yaml:"population"`
	SampleSize *int            `yaml:"sampleSize"`
	Duration   string          `yaml:"duration"`
	Summary    string          `yaml:"summary"`
	CitedBy    []citation      `yaml:"citedBy"`
	Provenance []kg.Provenance `yaml:"provenance"`
}

type species struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	FormerNames []string        `yaml:"formerNames"`
	Synonyms    []string        `yaml:"synonyms"`
	Kind        string          `yaml:"kind"`
	Description string          `yaml:"description"`
	TaxonomyID  string          `yaml:"taxonomyId"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

type strain struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	FullName    string          `yaml:"fullName"`
	Species     string          `yaml:"species"`
	Kind        string          `yaml:"kind"`
	FormerNames []string        `yaml:"formerNames"`
	Synonyms    []string        `yaml:"synonyms"`
	Description string          `yaml:"description"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

type mechanism struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	Synonyms    []string        `yaml:"synonyms"`
	Category    string          `yaml:"category"`
	Description string          `yaml:"description"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

type condition struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	Synonyms    []string        `yaml:"synonyms"`
	Kind        string          `yaml:"kind"`
	Description string          `yaml:"description"`
	SubtypeOf   string          `yaml:"subtypeOf"`
	MondoID     string          `yaml:"mondoId"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

type factor struct {
	ID          string          `yaml:"id"`
	Name        string          `yaml:"name"`
	Synonyms    []string        `yaml:"synonyms"`
	Kind        string          `yaml:"kind"`
	Description string          `yaml:"description"`
	Provenance  []kg.Provenance `yaml:"provenance"`
}

type evidence struct {
	Study  string `yaml:"study"`
	Stance string `yaml:"stance"`
	Note   string `yaml:"note"`
}

type claim struct {
	ID            string          `yaml:"id"`
	Statement     string          `yaml:"statement"`
	Maturity      string          `yaml:"maturity"`
	MaturityBasis string          `yaml:"maturityBasis"`
	Kind          string          `yaml:"kind"`
	Assessment    string          `yaml:"assessment"`
	Source        string          `yaml:"source"`
	Section       string          `yaml:"section"`
	Subjects      []string        `yaml:"subjects"`
	Evidence      []evidence      `yaml:"evidence"`
	Provenance    []kg.Provenance `yaml:"provenance"`
}

type finding struct {
	ID              string          `yaml:"id"`
	Study           string          `yaml:"study"`
	Summary         string          `yaml:"summary"`
	Measure         string          `yaml:"measure"`
	Measures        []string        `yaml:"measures"`
	Effect          string          `yaml:"effect"`
	Value           *float64        `yaml:"value"`
	Unit            string          `yaml:"unit"`
	PValue          *float64        `yaml:"pValue"`
	EffectSize      *float64        `yaml:"effectSize"`
	HeterogeneityI2 *float64        `yaml:"heterogeneityI2"`
	Trials          *int            `yaml:"trials"`
	Participants    *int            `yaml:"participants"`
	StudyCount      *int            `yaml:"studyCount"`
	Timepoint       string          `yaml:"timepoint"`
	Significant     *bool           `yaml:"significant"`
	Provenance      []kg.Provenance `yaml:"provenance"`
}

type relationship struct {
	Type       string          `yaml:"type"`
	From       string          `yaml:"from"`
	To         string          `yaml:"to"`
	Effect     string          `yaml:"effect"`
	Maturity   string          `yaml:"maturity"`
	Studies    []string        `yaml:"studies"`
	Note       string          `yaml:"note"`
	Provenance []kg.Provenance `yaml:"provenance"`
}
