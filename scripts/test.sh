#!/usr/bin/env bash
# The test command: makes sure the browser tests have Debian's Chromium, builds the solution once,
# then runs every test project (engine and TCK floor, store on disk incl. the crash test,
# extraction, loading contract, browser tests in headless Chromium), then the acceptance checks on
# the seed articles of ../shared when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing Debian's chromium for the browser tests"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Debian's chromium: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build RelationsGraph.sln -c Release
dotnet test RelationsGraph.sln -c Release --no-build --logger "console;verbosity=normal" "$@"
# Neo4j's own tools: its Query API client against the served Query API (the file starts and stops
# the server), and its Cypher language support over every statement in cypher/ (CYPHER 5 and 25).
[ -d node_modules/@neo4j-labs/experimental-query-api-wrapper ] || npm ci --no-audit --no-fund
node --import ./tests/QueryApiClient/register-wrapper-hooks.mjs --test \
  tests/QueryApiClient/query-api-client.test.mjs tests/QueryApiClient/cypher-language-support.test.mjs \
  tests/QueryApiClient/fulltext-statements.test.mjs
bash scripts/seed-checks.sh
# Fuzz the Cypher engine for up to 45 s (seeded, self-driving; see tests/RelationsGraph.Fuzz): fails on any
# exception that is not a Cypher error, a run over its time limit by more than 10 %, or memory beyond the limit.
DOTNET_GCHeapHardLimit=0x40000000 dotnet run --no-build -c Release --project tests/RelationsGraph.Fuzz -- run --runs 60000 --seconds 45 --seed 7 --time-limit-ms 500 --memory-limit-mb 16 --out "$(mktemp -d)"
