#!/usr/bin/env bash
# Runs the browser end-to-end tests (web/e2e/*.test.mjs) against a real server: headless
# Chromium (Debian's package) driven by playwright-core, through node's test runner.
#
#   scripts/e2e.sh                                   # every test in web/e2e/
#   scripts/e2e.sh web/e2e/pathways-app.test.mjs     # only these files
#
# Needs the tests' Neo4j (scripts/test-neo4j start): the server and every program the tests
# start are pointed at NEO4J_TEST_URI and NEO4J_TEST_DATABASE (bolt://127.0.0.1:7688,
# gutskintest), never at the development database `make run` serves, whatever NEO4J_URI says. Installs Chromium with apt-get when /usr/bin/chromium
# is missing (as root), runs `npm ci` in web/ when web/node_modules is missing or stale, builds
# bin/gutskin, starts it seeded on E2E_ADDR (default 127.0.0.1:18080), waits for /readyz,
# runs the tests, stops the server, and exits with the tests' status.
#
# Environment: E2E_ADDR (127.0.0.1:18080), E2E_APP_ORIGIN (the example app's origin, which the
# server allows in CORS_ORIGINS: the port after E2E_ADDR's), E2E_READY_TIMEOUT seconds (180: the seed load took 42 s under a load average of 15), E2E_BUILD_WEB=1 to
# rebuild web/dist from its sources first (by default the committed bundle is tested, as it
# is what the binary embeds), E2E_TIMEOUT seconds for the whole run (1800) and E2E_TEST_TIMEOUT
# milliseconds for each test (300000). Screenshots land in web/e2e/screenshots/.
#
# The curator tests need tokens: once the server is ready, `bin/gutskin token create` makes a
# curator token and an admin token, each with a name of its own, in the same Neo4j; their
# values reach the tests only through the environment (E2E_CURATOR_TOKEN, E2E_ADMIN_TOKEN,
# never a file or the output), and both are revoked when the tests end.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export NEO4J_URI=${NEO4J_TEST_URI:-bolt://127.0.0.1:7688}
export NEO4J_DATABASE=${NEO4J_TEST_DATABASE:-gutskintest}
unset NEO4J_USER NEO4J_PASSWORD
if [ -n "${NEO4J_TEST_USER:-}" ]; then export NEO4J_USER=$NEO4J_TEST_USER NEO4J_PASSWORD=${NEO4J_TEST_PASSWORD:-}; fi
if [ "$NEO4J_DATABASE" = neo4j ]; then
  echo "e2e: refusing to run against a database named neo4j, the one make run uses; the tests curate and reset" >&2
  exit 1
fi
addr=${E2E_ADDR:-127.0.0.1:18080}
ready_timeout=${E2E_READY_TIMEOUT:-180}
chromium=/usr/bin/chromium

say() { printf 'e2e: %s\n' "$*" >&2; }

if [ ! -x "$chromium" ]; then
  say "installing chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
"$chromium" --version 2>/dev/null | head -1 >&2 || true

# npm ci when web/node_modules is missing or older than the lock file (a new test dependency,
# such as axe-core, must be there before the tests that use it run).
if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  say "npm ci in web/"
  (cd web && npm ci --no-audit --no-fund)
fi
# The example app on another origin (examples/pathways-app), built from its TypeScript.
app=examples/pathways-app
if [ ! -f $app/node_modules/.package-lock.json ] || [ $app/package-lock.json -nt $app/node_modules/.package-lock.json ]; then
  say "npm ci in $app/"
  (cd $app && npm ci --no-audit --no-fund)
fi
(cd $app && npm run --silent build)
if [ "${E2E_BUILD_WEB:-0}" = 1 ]; then
  say "building web/dist"
  (cd web && npm run build)
fi

say "building bin/gutskin"
go build -o bin/gutskin .

log=$(mktemp -t gutskin-e2e.XXXXXX.log)
# The example app's origin: the next loopback port after the server's. The service allows it
# (and only it) in CORS_ORIGINS; web/e2e/pathways-app.test.mjs serves the app there.
export E2E_APP_ORIGIN=${E2E_APP_ORIGIN:-http://127.0.0.1:$((${addr##*:} + 1))}
say "starting bin/gutskin -addr $addr -seed with CORS_ORIGINS=$E2E_APP_ORIGIN (log: $log)"
CORS_ORIGINS=$E2E_APP_ORIGIN ./bin/gutskin -addr "$addr" -seed >"$log" 2>&1 &
server=$!

token_name=""
admin_name=""
stop_server() {
  for name in $token_name $admin_name; do
    ./bin/gutskin token revoke --name "$name" >/dev/null 2>&1 || say "could not revoke the test token $name"
  done
  if kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$server" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$server" 2>/dev/null || true
  fi
  wait "$server" 2>/dev/null || true
}
trap stop_server EXIT
trap 'exit 130' INT TERM

scripts/await-ready "http://$addr/readyz" "$server" "$log" "$ready_timeout"
say "server ready at http://$addr"

token_name="e2e-curator-$(date -u +%Y%m%dT%H%M%S)-$$"
if ! E2E_CURATOR_TOKEN=$(./bin/gutskin token create --name "$token_name" --role curator 2>/dev/null); then
  say "could not create a curator token for the tests"
  token_name=""
  exit 1
fi
export E2E_CURATOR_TOKEN E2E_CURATOR_NAME="$token_name"
# Restoring what was retired takes an administrator (web/e2e/curator-relations.test.mjs).
admin_name="e2e-admin-$(date -u +%Y%m%dT%H%M%S)-$$"
if ! E2E_ADMIN_TOKEN=$(./bin/gutskin token create --name "$admin_name" --role admin 2>/dev/null); then
  say "could not create an admin token for the tests"
  admin_name=""
  exit 1
fi
export E2E_ADMIN_TOKEN

# A bound on the whole run (E2E_TIMEOUT seconds, 1800 by default; the tests take 6.5 minutes on
# an idle 2-core machine) and on each test (E2E_TEST_TIMEOUT milliseconds, 300000): a test that
# hangs, or a file whose process a stray loop keeps alive, fails the run with a message instead
# of holding it until CI's own limit.
run_timeout=${E2E_TIMEOUT:-1800}
status=0
EXPLORER_URL="http://$addr" timeout --kill-after=10 "$run_timeout" \
  node --test --test-timeout="${E2E_TEST_TIMEOUT:-300000}" "${@:-web/e2e/}" || status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  say "the tests did not finish within ${run_timeout}s (E2E_TIMEOUT) and were stopped"
fi
if [ "$status" -ne 0 ]; then
  say "tests failed (status $status); the server's last log lines:"
  tail -n 40 "$log" >&2
fi
rm -f "$log"
exit "$status"
