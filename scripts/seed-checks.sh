#!/usr/bin/env bash
# Acceptance checks on the five seed articles in ../shared (skipped, saying so, when it is absent):
# the extraction scorer against the gold annotations (core entity F1 >= 0.95, core relationship
# F1 >= 0.90), the same scorer on our own development set, and check_loaded_seeds.py on a fresh
# embedded store. Run after the solution is built.
set -euo pipefail
cd "$(dirname "$0")/.."

shared=../shared
if [ ! -d "$shared/seeds" ] || [ ! -d "$shared/gold" ]; then
  echo "== seed checks skipped: $shared/seeds and $shared/gold were not found beside the repository"
  exit 0
fi

# Fails when the scorer's core entity or core relationship F1 (last column) is below the floors given.
at_least() {
  awk -v entities="$2" -v relations="$3" '
    $1 == "ENTITIES(core)" && $NF + 0 < entities { print "core entity F1 " $NF " is below " entities; bad = 1 }
    $1 == "RELATIONS(core)" && $NF + 0 < relations { print "core relationship F1 " $NF " is below " relations; bad = 1 }
    END { exit bad }' "$1"
}

app=(dotnet src/RelationsGraph/bin/Release/net10.0/RelationsGraph.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== seed checks: extraction scored against the gold annotations"
"${app[@]}" extract "$shared"/seeds/*.txt --out "$work/extracted" >/dev/null
python3 "$shared/tools/score_extraction.py" --gold "$shared/gold" --pred "$work/extracted" | tee "$work/score.txt"
at_least "$work/score.txt" 0.95 0.90

echo "== extraction scored on our own development set (tests/RelationsGraph.Extraction.Tests/DevSet)"
devset=tests/RelationsGraph.Extraction.Tests/DevSet
python3 scripts/check_devset_gold.py "$devset"
# The directory, so every format the readers take is extracted: the articles come as .txt, .md, .html and .json.
"${app[@]}" extract "$devset"/articles --out "$work/devset" >/dev/null
python3 "$shared/tools/score_extraction.py" --gold "$devset/gold" --pred "$work/devset" | tee "$work/devset-score.txt"
# The floor follows the whole set: batches join after their blind score, and new text scores lower than tuned text.
# Compared with the F1 printed to two decimals; set one step below the whole set (0.9143/0.7411 with 1290 articles,
# 2026-12-08) so that a batch of new text joining does not fail the test when nothing regressed.
at_least "$work/devset-score.txt" 0.91 0.73

echo "== seed checks: the loaded graph"
"${app[@]}" ingest "$shared"/seeds/*.txt --data "$work/data" >/dev/null
RG="${app[*]}" python3 "$shared/tools/check_loaded_seeds.py" "$work/data"
