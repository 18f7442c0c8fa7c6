# The two commands a newcomer needs: `make run` and `make test`. Everything else is a step
# of those two.
SHELL := /bin/bash
.DEFAULT_GOAL := help

ADDR ?= :8080
export NEO4J_URI ?= bolt://127.0.0.1:7687
# The tests' own Neo4j (scripts/test-neo4j): another home, port and database than make run's,
# so that make test never deletes a curator's work. The harness refuses the development one.
export NEO4J_TEST_PORT ?= 7688
export NEO4J_TEST_URI ?= bolt://127.0.0.1:$(NEO4J_TEST_PORT)
export NEO4J_TEST_DATABASE ?= gutskintest
# A second one, for the other half of the Go tests (scripts/go-test).
export NEO4J_TEST_PORT2 ?= 7690

.PHONY: pytools help run test test-setup static-checks deps neo4j neo4j-stop test-neo4j test-neo4j-2 test-neo4j-stop check-isolation check-backup check-http-audit release generate check-generated check-add-kind check-web vet go-test e2e web bench \
	load fuzz bench-data bench-scale bench-peer bench-smoke bench-stop bench-curation export bench-live test-checks test-own-db-checks test-db-checks build

help:
	@echo "make run    start Neo4j if needed, load the seed, serve on $(ADDR) (/explore/, /playground, /query)"
	@echo "make test   vet, check generated code, unit + integration tests against real Neo4j, browser tests"
	@echo "make bench  benchmarks of the main query shapes (time and Neo4j round trips per request)"
	@echo "make load   64 concurrent mixed clients for 20 s: p50/p99, answers past their deadline, RSS"
	@echo "make fuzz   fuzz the HTTP handler, then every mutation, for FUZZTIME each (default 60s); their corpora also run in make test"
	@echo "make export DIR=seed  write the live graph (seed and curated, retired left out) as DIR/data/*.yaml"
	@echo "make release [RELEASES=releases]  write a versioned release (KGX, bibliography, CSV, JSON-LD, seed, RO-Crate) under RELEASES/<version>"
	@echo "make generate  regenerate GraphQL code (schema.graphqls, graph/schema/), kg/enums_gen.go and the typed documents of web/ and examples/"
	@echo "make web    rebuild the explorer bundle (web/dist) from web/src"
	@echo "make bench-data SIZE=10k|100k|1m|copies  generate a synthetic graph (copies: the seed 700 times, hubs shared by 50) and bulk-import it"
	@echo "make bench-scale SIZE=10k|100k|1m|copies the service on that graph: latency per query shape, RSS idle and under load"
	@echo "make bench-peer [DATA=100k]       ours vs @neo4j/graphql vs raw Cypher, answers checked equal (seed by default)"
	@echo "make bench-stop                   stop every benchmark Neo4j"

deps:
	@scripts/deps

neo4j: deps
	@scripts/neo4j start

neo4j-stop:
	@scripts/neo4j stop

test-neo4j: deps
	@scripts/test-neo4j start

test-neo4j-stop:
	@scripts/test-neo4j stop
	@NEO4J_TEST_PORT=$(NEO4J_TEST_PORT2) scripts/test-neo4j stop

test-neo4j-2: deps
	@NEO4J_TEST_PORT=$(NEO4J_TEST_PORT2) scripts/test-neo4j start

run: neo4j
	ADDR=$(ADDR) go run . -seed -dev-token -log-format console

generate: web/node_modules/.package-lock.json examples/pathways-app/node_modules/.package-lock.json
	go generate ./...
	cd web && npm run codegen
	cd examples/pathways-app && npm run codegen

# Generated code must match its sources: regenerate and fail on any difference.
check-generated: generate
	@git diff --exit-code -- graph/generated graph/model/models_gen.go graph/model/entities_gen.go kg/enums_gen.go 'graph/*.resolvers.go' web/src/generated examples/pathways-app/src/generated.ts || \
	  { echo "generated code was out of date with the schema or kg.Enums; run 'make generate' and commit"; exit 1; }

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	go vet ./...

# The pinned format validators (kgx, frictionless) that kgxtest runs offline; installed once
# into .venv/ (scripts/pytool), here rather than inside a test's time limit.
# The pinned format validators (scripts/pytools/*.txt), installed side by side once, before
# the tests that run them, so that no test waits for an install.
PYTOOLS := $(basename $(notdir $(wildcard scripts/pytools/*.txt)))
pytools: deps
	@pids=(); for t in $(PYTOOLS); do scripts/pytool $$t >/dev/null & pids+=($$!); done; \
	  status=0; for p in "$${pids[@]}"; do wait $$p || status=1; done; exit $$status

# Two halves side by side, each on a test Neo4j of its own; within a half, packages take
# turns on its one user database (scripts/go-test).
go-test: test-neo4j test-neo4j-2 pytools
	scripts/go-test

# npm ci only when the lock file changed since the last install.
web/node_modules/.package-lock.json: web/package-lock.json
	cd web && npm ci --no-audit --no-fund

web: web/node_modules/.package-lock.json
	cd web && npm run build

# The example app on another origin (examples/pathways-app): its own pinned tools. Installed
# after web/'s, never beside it: two npm installs at once share npm's cache, and one of them
# can fail on the other's half-written entries.
examples/pathways-app/node_modules/.package-lock.json: examples/pathways-app/package-lock.json | web/node_modules/.package-lock.json
	cd examples/pathways-app && npm ci --no-audit --no-fund

# The HTTP audit's pinned tools, installed during set-up after the example app's (one npm
# install at a time), so that the audit, which runs beside the browser tests, installs nothing.
scripts/http-audit/node_modules/.package-lock.json: scripts/http-audit/package-lock.json | examples/pathways-app/node_modules/.package-lock.json
	cd scripts/http-audit && npm ci --no-audit --no-fund

# Adding a throw-away kind in a temporary copy touches only the files the layering promises.
check-add-kind:
	scripts/add-kind-check.sh

# The committed bundle must be what its sources build to, and the typed documents
# (web/src/generated/graphql.ts) what GraphQL Code Generator makes of web/src/queries and the
# schema: a document that does not validate against the schema, or a stale file, fails here.
# The explorer's unit tests (web/unit: router, API client, model) run here too, without a browser.
check-web: web examples/pathways-app/node_modules/.package-lock.json
	cd web && npm run --silent check:codegen
	cd web && npm run --silent test:unit
	cd examples/pathways-app && npm run --silent check:codegen && npx tsc --noEmit
	@test -z "$$(git status --porcelain -- web/dist)" || { git status --short -- web/dist; \
	  echo "web/dist is out of date with web/src; run 'make web' and commit"; exit 1; }

e2e: test-neo4j
	scripts/e2e.sh

# The GraphQL over HTTP spec's server audits (graphql-http, pinned in scripts/http-audit)
# against the built binary on a free loopback port over the tests' Neo4j; fails on any error.
check-http-audit: test-neo4j
	scripts/http-audit/run.sh

# A curator's work in a make-run-like database survives the test harness (scripts/isolation-check).
check-isolation: deps test-neo4j
	scripts/isolation-check

# Back up a curated database with neo4j-admin's dump and restore it into another home
# (scripts/backup-check): every audit record and curated change is found again.
check-backup: deps
	scripts/backup-check

# The set-up side by side (the static checks one after another, the pinned validators'
# install, the tests' Neo4j), then the Go tests, then the checks after them side by side
# (test-checks).
test:
	@$(MAKE) --no-print-directory -j4 --output-sync=target test-setup
	@$(MAKE) --no-print-directory go-test
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-checks

# The checks that follow the Go tests, in two lanes side by side (one a core): the backup
# check and the benchmark smoke test, each on a Neo4j of its own (ports 7691 and 7694), then
# the HTTP audit on the second test server (free once the Go tests are done); and the checks
# on the tests' Neo4j, which share its database and keep their order: the isolation check
# (whose harness leaves that database holding exactly the seed), then the browser tests,
# the longest check (6.5 min), alone in their lane. bin/gutskin is built once first: every
# check script runs `go build -o bin/gutskin .`, which then finds it up to date instead of
# two of them writing it.
test-checks: build
	@$(MAKE) --no-print-directory test-own-db-checks test-db-checks

test-own-db-checks:
	@$(MAKE) --no-print-directory check-backup
	@$(MAKE) --no-print-directory bench-smoke
	@NEO4J_TEST_PORT=$(NEO4J_TEST_PORT2) NEO4J_TEST_URI=bolt://127.0.0.1:$(NEO4J_TEST_PORT2) \
	  $(MAKE) --no-print-directory check-http-audit

test-db-checks:
	@$(MAKE) --no-print-directory check-isolation
	@$(MAKE) --no-print-directory e2e

build:
	go build -o bin/gutskin .

test-setup: static-checks pytools test-neo4j test-neo4j-2

# The HTTP audit's install is made here, by the same make as check-web's installs, so that
# the order of npm installs holds (two makes would each run web/'s npm ci, at once).
static-checks:
	@$(MAKE) --no-print-directory vet check-generated check-add-kind check-web scripts/http-audit/node_modules/.package-lock.json

bench: test-neo4j
	go test -p 1 -run '^$$' -bench . -benchtime 200x ./httpapi/

# The live graph as seed files: `make export DIR=seed` writes over seed/data, so that
# `git diff seed/data` shows the curated changes for review. FORMAT=kgx-tsv|kgx-jsonl writes
# KGX files instead (docs/biolink.md).
DIR ?=
export: neo4j
	@test -n "$(DIR)" || { echo "give DIR, e.g. make export DIR=seed (writes DIR/data/*.yaml)"; exit 1; }
	go run . export --dir $(DIR) $(if $(FORMAT),--format $(FORMAT))

# A versioned release of the live graph (every export format, RO-Crate metadata) under
# RELEASES/<version>; make run serves them at /releases/.
RELEASES ?= releases
release: neo4j
	go run . release --dir $(RELEASES)

# How long a committed change takes to reach a subscriber of another instance.
bench-live: test-neo4j
	go test -p 1 -count=1 -run '^$$' -bench ChangeDelivery -benchtime 50x ./livetest/
	go test -p 1 -count=1 -run '^$$' -bench FanOut -benchtime 10x ./livetest/

# Mutation latency (p50/p95) through the whole HTTP path, against real Neo4j.
bench-curation: test-neo4j
	go test -p 1 -run '^$$' -bench Mutation -benchtime 100x ./curationtest/

# Not part of `make test`: 64 clients for 20 s against the whole program on loopback.
load: test-neo4j
	go test -p 1 -count=1 -run '^$$' -bench '^BenchmarkLoad$$' -benchtime 1x -timeout 5m .

# The corpus in httpapi/testdata/fuzz runs in every `go test`; this searches for new inputs.
FUZZTIME ?= 60s
fuzz: test-neo4j
	go test -p 1 -run '^$$' -fuzz '^FuzzQuery$$' -fuzztime $(FUZZTIME) ./httpapi/
	go test -p 1 -parallel 1 -run '^$$' -fuzz '^FuzzMutation$$' -fuzztime $(FUZZTIME) ./curationtest/

# Scale and peer benchmarks (docs/benchmarks.md). Each graph lives in its own Neo4j under
# .bench/ (git-ignored) with its own port, so the development database is never touched.
SIZE ?= 10k
DATA ?= seed
BENCH_REPS ?= 3
# ONLY (bench-scale): a regular expression naming the rows to measure, e.g. ONLY='nested|two hubs'.
ONLY ?=

bench-data: deps
	scripts/bench-neo4j $(SIZE) load

bench/peer/node_modules/.package-lock.json: bench/peer/package-lock.json
	cd bench/peer && npm ci --no-audit --no-fund

bench-scale: deps
	go build -o bin/gutskin .
	scripts/bench-neo4j $(SIZE) ensure
	go run ./bench/scale -uri $$(scripts/bench-neo4j $(SIZE) uri) -label $(SIZE) -summary .bench/csv-$(SIZE)/summary.json \
	  $(if $(ONLY),-only '$(ONLY)')

bench-peer: deps bench/peer/node_modules/.package-lock.json
	go build -o bin/gutskin .
	scripts/bench-neo4j $(DATA) ensure
	go run ./bench/peercmp -uri $$(scripts/bench-neo4j $(DATA) uri) -label $(DATA) -reps $(BENCH_REPS) \
	  -neo4j-pid-file .bench/neo4j-$(DATA)/neo4j.pid

# A tiny graph through the whole pipeline (generate, bulk import, schema, counts) in a
# throw-away Neo4j, so the benchmark tooling cannot rot; part of make test.
bench-smoke: deps
	scripts/bench-neo4j 300 smoke

bench-stop:
	@for s in seed 10k 100k 1m copies; do [ -d .bench/neo4j-$$s ] && scripts/bench-neo4j $$s stop || true; done
