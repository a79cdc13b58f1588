#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Release benchmark and runs it on ten years of heavy use (built once, ~1 million ratings),
# then times the same SQL in the plain sqlite3 shell on the same file. See docs/benchmarks.md.
#   scripts/bench.sh [extra Google Benchmark flags]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh
knotmap_setup
cmake --preset bench >/dev/null
cmake --build --preset bench --target knotmap_bench
cd build-bench/tests/bench
./knotmap_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true "$@"

echo
echo "The same statements in the sqlite3 shell (.timer on; each run twice, the second warm):"
sql=$(./knotmap_bench --print-sql)
db=$(tail -n 1 <<<"$sql" | sed 's/^-- //')
{ echo ".timer on"; grep -v '^--' <<<"$sql" | while read -r statement; do echo "$statement"; echo "$statement"; done; } |
  sqlite3 -readonly "$db" | grep -E '^Run Time'
