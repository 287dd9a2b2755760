#!/usr/bin/env bash
# A real afl-fuzz run of the Cypher engine, when afl++ is installed (Debian: apt-get install afl++):
# publishes the fuzz target, instruments the engine assembly with SharpFuzz's tool, seeds AFL with the
# corpus and fuzzes for the given number of seconds. Everything it writes goes under the work folder.
#   bash tests/RelationsGraph.Fuzz/afl.sh [seconds=600] [work folder=/tmp/relationsgraph-afl]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
work="${2:-/tmp/relationsgraph-afl}"
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is not installed (apt-get install afl++)" >&2; exit 1; }
mkdir -p "$work"
[ -x "$work/tool/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tool"
rm -rf "$work/bin" && dotnet publish tests/RelationsGraph.Fuzz -c Release -o "$work/bin"
"$work/tool/sharpfuzz" "$work/bin/RelationsGraph.Cypher.dll"
rm -rf "$work/seeds" && dotnet "$work/bin/RelationsGraph.Fuzz.dll" export-corpus "$work/seeds"
# Seeds that only ever stop at a limit make AFL's calibration slow; the hostile ones stay out of the seed folder.
# The target binary is dotnet; the instrumentation is in the engine assembly, which AFL cannot see up front.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
timeout "$seconds" afl-fuzz -i "$work/seeds" -o "$work/findings" -t 2000 -m none -- \
  dotnet "$work/bin/RelationsGraph.Fuzz.dll" afl --time-limit-ms 500 --memory-limit-mb 64 || true
cat "$work/findings/default/fuzzer_stats" 2>/dev/null | grep -E "execs_done|saved_crashes|saved_hangs|run_time" || true
