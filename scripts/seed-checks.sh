#!/usr/bin/env bash
# Acceptance checks on the five seed articles in ../shared (skipped, saying so, when it is absent):
# the extraction scorer against the gold annotations (core entity F1 >= 0.90, core relationship
# F1 >= 0.80) and check_loaded_seeds.py on a fresh embedded store. Run after the solution is built.
set -euo pipefail
cd "$(dirname "$0")/.."

shared=../shared
if [ ! -d "$shared/seeds" ] || [ ! -d "$shared/gold" ]; then
  echo "== seed checks skipped: $shared/seeds and $shared/gold were not found beside the repository"
  exit 0
fi

app=(dotnet src/RelationsGraph/bin/Release/net10.0/RelationsGraph.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== seed checks: extraction scored against the gold annotations"
"${app[@]}" extract "$shared"/seeds/*.txt --out "$work/extracted" >/dev/null
python3 "$shared/tools/score_extraction.py" --gold "$shared/gold" --pred "$work/extracted" | tee "$work/score.txt"
awk '$1 == "ENTITIES(core)" && $7 + 0 < 0.90 { print "core entity F1 " $7 " is below 0.90"; bad = 1 }
     $1 == "RELATIONS(core)" && $7 + 0 < 0.80 { print "core relationship F1 " $7 " is below 0.80"; bad = 1 }
     END { exit bad }' "$work/score.txt"

echo "== seed checks: the loaded graph"
"${app[@]}" ingest "$shared"/seeds/*.txt --data "$work/data" >/dev/null
RG="${app[*]}" python3 "$shared/tools/check_loaded_seeds.py" "$work/data"
