// Command execpatch adjusts gqlgen's generated executor to this server, where nothing beneath
// a root field waits on anything: the root field's one statement has fetched the whole
// answer, and every field below it reads a row in memory. Two costs of gqlgen's general
// executor then buy nothing (together about a quarter of a nested query's CPU, see
// docs/benchmarks.md):
//
//   - Lists of objects are marshalled one goroutine per element, so that resolvers beneath
//     the elements could wait on I/O side by side. The calls go to marshalSlice
//     (graph/generated/execpatch_slices.go) instead, which does the same work in order.
//   - Every object builds a group for @defer, computing its path, although only objects
//     with fields run concurrently (those with resolvers: the root types) can defer
//     anything. The others get an empty group, which they never use.
//
// Each replacement checks that it found what it replaces, so that a new gqlgen that writes
// these calls differently stops `make generate` instead of passing unnoticed.
//
//	go run ./graph/internal/execpatch   (the last step of make generate, after gqlgen)
package main

import (
	"log"
	"os"
	"strings"
)

const (
	file = "graph/generated/generated.go"

	concurrentSlice = "graphql.MarshalSliceConcurrently("
	sequentialSlice = "marshalSlice("

	// An object's fields are marshalled between its group's creation and its processing;
	// a field that may defer passes the group on as &deferred.
	newGroup     = "deferred := graphql.NewDeferredGroup(ctx)"
	emptyGroup   = "deferred := graphql.DeferredGroup{}"
	processGroup = "ec.ProcessDeferredGroup(deferred)"
	passesGroup  = "&deferred"
)

func main() {
	b, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	src := string(b)
	if !strings.Contains(src, concurrentSlice) && !strings.Contains(src, sequentialSlice) {
		log.Fatalf("execpatch: %s marshals no list through %s", file, concurrentSlice)
	}
	src = strings.ReplaceAll(src, concurrentSlice, sequentialSlice)

	parts := strings.SplitAfter(src, processGroup)
	emptied := 0
	for i, part := range parts {
		if strings.Count(part, newGroup) == 1 && !strings.Contains(part, passesGroup) {
			parts[i] = strings.Replace(part, newGroup, emptyGroup, 1)
			emptied++
		}
	}
	if emptied == 0 && !strings.Contains(src, emptyGroup) {
		log.Fatalf("execpatch: found no object building a @defer group in %s", file)
	}
	if err := os.WriteFile(file, []byte(strings.Join(parts, "")), 0o644); err != nil {
		log.Fatal(err)
	}
}
