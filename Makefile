# The two commands a newcomer needs: `make run` and `make test`. Everything else is a step
# of those two.
SHELL := /bin/bash
.DEFAULT_GOAL := help

ADDR ?= :8080
export NEO4J_URI ?= bolt://127.0.0.1:7687

.PHONY: bench-curation check-add-kind help run test deps neo4j neo4j-stop generate check-generated check-web vet go-test e2e web bench load fuzz

help:
	@echo "make run    start Neo4j if needed, load the seed, serve on $(ADDR) (/explore/, /playground, /query)"
	@echo "make test   vet, check generated code, unit + integration tests against real Neo4j, browser tests"
	@echo "make bench  benchmarks of the main query shapes (time and Neo4j round trips per request)"
	@echo "make load   64 concurrent mixed clients for 20 s: p50/p99, answers past their deadline, RSS"
	@echo "make fuzz   fuzz the HTTP handler for FUZZTIME (default 60s); its corpus also runs in make test"
	@echo "make generate  regenerate GraphQL code (schema.graphqls, graph/schema/) and kg/enums_gen.go"
	@echo "make web    rebuild the explorer bundle (web/dist) from web/src"

deps:
	@scripts/deps

neo4j: deps
	@scripts/neo4j start

neo4j-stop:
	@scripts/neo4j stop

run: neo4j
	ADDR=$(ADDR) go run . -seed -dev-token -log-format console

generate:
	go generate ./...

# Generated code must match its sources: regenerate and fail on any difference.
check-generated: generate
	@git diff --exit-code -- graph/generated graph/model/models_gen.go graph/model/entities_gen.go kg/enums_gen.go 'graph/*.resolvers.go' || \
	  { echo "generated code was out of date with the schema or kg.Enums; run 'make generate' and commit"; exit 1; }

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	go vet ./...

# -p 1: Neo4j Community has one user database, so test packages take turns on it.
go-test: neo4j
	go test -p 1 -count=1 ./...

web:
	cd web && npm ci --no-audit --no-fund && npm run build

# Adding a throw-away kind in a temporary copy touches only the files the layering promises.
check-add-kind:
	scripts/add-kind-check.sh

# The committed bundle must be what its sources build to.
check-web: web
	@test -z "$$(git status --porcelain -- web/dist)" || { git status --short -- web/dist; \
	  echo "web/dist is out of date with web/src; run 'make web' and commit"; exit 1; }

e2e: neo4j
	scripts/e2e.sh

test: vet check-generated check-add-kind check-web go-test e2e

bench: neo4j
	go test -p 1 -run '^$$' -bench . -benchtime 200x ./httpapi/

# Mutation latency (p50/p95) through the whole HTTP path, against real Neo4j.
bench-curation: neo4j
	go test -p 1 -run '^$$' -bench Mutation -benchtime 100x ./curationtest/

# Not part of `make test`: 64 clients for 20 s against the whole program on loopback.
load: neo4j
	go test -p 1 -count=1 -run '^$$' -bench '^BenchmarkLoad$$' -benchtime 1x -timeout 5m .

# The corpus in httpapi/testdata/fuzz runs in every `go test`; this searches for new inputs.
FUZZTIME ?= 60s
fuzz: neo4j
	go test -p 1 -run '^$$' -fuzz '^FuzzQuery$$' -fuzztime $(FUZZTIME) ./httpapi/
