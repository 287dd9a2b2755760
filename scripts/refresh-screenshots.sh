#!/usr/bin/env bash
# Refreshes the screenshots the README shows. The browser tests that take them (the explorer at 500
# nodes and 2,000 relationships, the agreement trace, the overview of a 20,000-entity graph, the style
# panel, the console...) write into artifacts/screenshots, a build folder the test command leaves
# untracked; this script runs just those tests, then copies the pictures into docs/screenshots, the
# tracked copies. Run it when the page has changed and the README's pictures should follow.
set -euo pipefail
cd "$(dirname "$0")/.."
shots=artifacts/screenshots
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "${1:-}" != "--copy-only" ]; then
  rm -rf "$shots"
  dotnet build tests/RelationsGraph.Web.Tests -c Release
  dotnet test tests/RelationsGraph.Web.Tests -c Release --no-build --filter \
    "FullyQualifiedName~LargeGraphTests.Five_hundred|FullyQualifiedName~WorkbenchTests|FullyQualifiedName~NetworkViewTests|FullyQualifiedName~StylePanelTests|FullyQualifiedName~OverviewTests"
fi
if ! ls "$shots"/*.png >/dev/null 2>&1; then
  echo "No screenshots in $shots: the browser tests did not run." >&2
  exit 1
fi
mkdir -p docs/screenshots
cp "$shots"/*.png docs/screenshots/
echo "Copied $(ls "$shots"/*.png | wc -l) screenshots into docs/screenshots."
