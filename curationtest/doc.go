// Package curationtest holds the integration tests of the curation mutations against the
// real Neo4j. They change the graph, so they live in a test binary of their own: the
// harness (kgtest) starts every binary from exactly the seed, and the read-only tests of
// other packages never see a curated change.
package curationtest
