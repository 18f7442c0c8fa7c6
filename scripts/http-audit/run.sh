#!/usr/bin/env bash
# Runs the GraphQL over HTTP server audits (graphql-http, pinned in this directory's
# package.json and lock file) against the whole program: builds bin/gutskin, starts it
# seeded on a free loopback port against the tests' Neo4j (NEO4J_TEST_URI,
# NEO4J_TEST_DATABASE: bolt://127.0.0.1:7688, gutskintest; never a database named neo4j),
# waits for /readyz, runs audit.mjs, stops the server and exits with the audit's status
# (1 when an audit is an error). `make check-http-audit` runs it after starting that Neo4j.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
export NEO4J_URI=${NEO4J_TEST_URI:-bolt://127.0.0.1:7688}
export NEO4J_DATABASE=${NEO4J_TEST_DATABASE:-gutskintest}
unset NEO4J_USER NEO4J_PASSWORD CORS_ORIGINS
if [ -n "${NEO4J_TEST_USER:-}" ]; then export NEO4J_USER=$NEO4J_TEST_USER NEO4J_PASSWORD=${NEO4J_TEST_PASSWORD:-}; fi
if [ "$NEO4J_DATABASE" = neo4j ]; then
  echo "http-audit: refusing to run against a database named neo4j, the one make run uses" >&2
  exit 1
fi
say() { printf 'http-audit: %s\n' "$*" >&2; }

dir=scripts/http-audit
if [ ! -f $dir/node_modules/.package-lock.json ] || [ $dir/package-lock.json -nt $dir/node_modules/.package-lock.json ]; then
  say "npm ci in $dir"
  (cd $dir && npm ci --no-audit --no-fund)
fi

go build -o bin/gutskin .
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
addr=127.0.0.1:$port
log=$(mktemp -t gutskin-http-audit.XXXXXX.log)
say "starting bin/gutskin -addr $addr -seed (log: $log)"
./bin/gutskin -addr "$addr" -seed -log-level warn >"$log" 2>&1 &
server=$!
stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap stop_server EXIT

"$repo/scripts/await-ready" "http://$addr/readyz" "$server" "$log" "${READY_TIMEOUT:-300}"

node $dir/audit.mjs "http://$addr/query"
