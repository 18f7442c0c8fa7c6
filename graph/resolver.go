package graph

import (
	"gutskin/kg"
)

// Resolver is the root of the resolvers and the one place their dependencies are injected.
type Resolver struct {
	Store  kg.Store
	Limits Limits
	// Curation takes the mutations' writes (nil: the service is read-only).
	Curation kg.Curation
	// Feed wakes live subscriptions when a change is committed (nil: no subscriptions).
	Feed *Feed
	// Releases knows the published releases (nil: none).
	Releases kg.Releases
}
