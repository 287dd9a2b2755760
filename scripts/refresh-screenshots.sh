#!/usr/bin/env bash
# Copies the screenshots the browser tests wrote to artifacts/screenshots (a build folder) into
# docs/screenshots, the tracked copies the README shows. Run after `bash scripts/test.sh`, when the
# page has changed and the README's pictures should follow.
set -euo pipefail
cd "$(dirname "$0")/.."
shots=artifacts/screenshots
if [ ! -d "$shots" ]; then
  echo "No $shots yet: run the browser tests first (bash scripts/test.sh)." >&2
  exit 1
fi
mkdir -p docs/screenshots
cp "$shots"/*.png docs/screenshots/
echo "Copied $(ls "$shots"/*.png | wc -l) screenshots into docs/screenshots."
