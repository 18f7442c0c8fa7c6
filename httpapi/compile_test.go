package httpapi_test

import (
	"testing"
)

// everyLink selects every field that follows a relationship, on every kind, with nested
// selections beneath: the compiled Cypher and the in-memory store, which interprets the same
// plans in Go, must give the same answers on the seed.
var everyLink = []string{
	`{ claims(first: 61) { totalCount edges { cursor node { id statement maturity maturityBasis claimKind assessment section
		source { id title } subjects { id kind label ... on Strain { species { name } } ... on Condition { subtypeOf { id } } }
		evidenceSummary { total supports qualifies contradicts byDesign { design count } } provenance { section citations } } }
		pageInfo { hasNextPage endCursor } } }`,
	`{ claims(first: 61) { nodes { id disputed formerIds positions { position note provenance { section citations } claim { id maturity }
		source { id title claims { id } } } } } }`,
	`{ claims(first: 20, filter: {disputed: true}) { totalCount nodes { id positions { position source { id } } } } }`,
	`{ claims(first: 61) { nodes { id evidence { stance note provenance { section citations } claim { id }
		study { id title year design link sampleSize citations { number source { id } study { id } } strains { id } } } } } }`,
	`{ studies(first: 61) { nodes { id topics { id } findings { id value pValue significant } } } }`,
	`{ studies(first: 100, orderBy: {field: SAMPLE_SIZE, direction: DESC}) { nodes { id authors journal volume issue pages doi url
		population duration summary claims { stance claim { id maturity } study { id } } } } }`,
	`{ sources { id title publisher documentKind authors reviewers citations { number study { id } } claims { id } } }`,
	`{ strains(first: 100) { nodes { id name fullName strainKind formerNames synonyms species { id speciesKind }
		mechanisms { kind effect maturity note studies { id } from { id } to { id ... on Mechanism { category } } provenance { citations } }
		studies { id } claims { id } } } }`,
	`{ mechanisms(first: 100) { nodes { id category influences { kind to { id } } influencedBy { kind effect from { id kind } }
		studies { id } claims { id } } } }`,
	`{ conditions(first: 100) { nodes { id conditionKind subtypeOf { id } subtypes { id } influencedBy { kind from { id } }
		studies { id } findings { id study { id } measures { id } } claims { id } } } }`,
	`{ factors(first: 100) { nodes { id factorKind affects { kind effect to { id } } claims { id } } } }`,
	`{ species(id: "species:lacticaseibacillus-rhamnosus") { strains { id } relations { kind to { id } } } }`,
	`{ nodes(ids: ["strain:hn001", "claim:gut-skin-link-exists", "study:nothing", "finding:adult-ad-oral-probiotics-scorad", "finding:topical-probiotics-ad-severity-four-weeks"]) { id
		... on Finding { measure effect value unit effectSize effectSizeMetric effectSizeInterval { lower upper level } heterogeneityI2 trials participants studyCount timepoint study { id } } } }`,
	`{ claims(last: 5, before: null, orderBy: {field: MATURITY}) { nodes { id } pageInfo { hasPreviousPage hasNextPage } } }`,
}

func TestCompiledQueriesMatchTheInMemoryStore(t *testing.T) {
	matchInMemory(t, everyLink)
}
