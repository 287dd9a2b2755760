#!/usr/bin/env bash
# The test command: builds the solution once, then runs every test project (unit, store on disk,
# TCK floor, loading contract, browser tests in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build RelationsGraph.sln -c Release
dotnet test RelationsGraph.sln -c Release --no-build --logger "console;verbosity=normal" "$@"
