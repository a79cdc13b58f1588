#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Release benchmarks and runs them on ten years of heavy use (built once a day, ~1 million
# ratings), each beside its anchor: the same SQL in the plain sqlite3 shell, sqlite3's own import and export,
# a bare QMainWindow. See docs/benchmarks.md.
#   scripts/bench.sh [extra Google Benchmark flags]     everything
#   scripts/bench.sh --benchmark_filter=TenYears         some of the library cases (then the rest as usual)
#   KNOTMAP_BENCH_ONLY=stall scripts/bench.sh            only the window (stall) benchmark
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh
knotmap_setup
cmake --preset bench >/dev/null
cmake --build --preset bench --target knotmap_bench knotmap_stall_bench knotmap-cli
cd build-bench/tests/bench
only=${KNOTMAP_BENCH_ONLY:-}

if [[ -z $only || $only == library ]]; then
  ./knotmap_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true "$@"
  echo
  echo "The same statements in the sqlite3 shell (.timer on; each run twice, the second warm):"
  sql=$(./knotmap_bench --print-sql)
  db=$(tail -n 1 <<<"$sql" | sed 's/^-- //')
  { echo ".timer on"; grep -v '^--' <<<"$sql" | while read -r statement; do echo "$statement"; echo "$statement"; done; } |
    sqlite3 -readonly "$db" | grep -E '^Run Time'
fi

if [[ -z $only || $only == cli ]]; then
  # knotmap-cli trends over all ten years against its own daily-aggregate SQL in the shell, pair by pair.
  db=$(./knotmap_bench --print-sql | tail -n 1 | sed 's/^-- //') # builds today's history when missing
  copy=$(mktemp -d)/heavy.sqlite
  cp "$db" "$copy"
  from=$(date -d '-3652 days' +%F)
  to=$(date +%F)
  day='(r.recorded_utc + r.utc_offset_min * 60 + 86400000000) / 86400 - 1000000'
  first=$(( $(date -d "$from" +%s) / 86400 ))
  last=$(( $(date -d "$to" +%s) / 86400 ))
  echo
  echo "| run | knotmap-cli trends (10 years, weekly) | sqlite3 daily-aggregate SQL | ratio |"
  echo "|---|---|---|---|"
  for run in 1 2 3 4 5; do
    s=$(date +%s.%N)
    ../../app/cli/knotmap-cli --db "$copy" trends --from "$from" --to "$to" --bucket week --format json >/dev/null
    m=$(date +%s.%N)
    sqlite3 -readonly "$copy" "SELECT $day AS day, sum(r.intensity), count(*), max(r.intensity), min(r.intensity)
      FROM ratings r WHERE $day BETWEEN $first AND $last GROUP BY day ORDER BY day" >/dev/null
    e=$(date +%s.%N)
    awk -v r="$run" -v s="$s" -v m="$m" -v e="$e" \
      'BEGIN { printf "| %d | %.0f ms | %.0f ms | %.2f× |\n", r, (m - s) * 1000, (e - m) * 1000, (m - s) / (e - m) }'
  done
  rm -rf "$(dirname "$copy")"
fi

if [[ -z $only || $only == stall ]]; then
  echo
  ./knotmap_stall_bench --startup-runs 7
fi
