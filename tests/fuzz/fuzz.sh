#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs KnotMap's libFuzzer targets for a bounded time each, from a fixed seed.
#   tests/fuzz/fuzz.sh --build DIR --seconds N [--keep-corpus] TARGET...
# TARGET: csv-import, json-import, atlas, catalogue (binaries from the "fuzz" preset, in DIR/tests/fuzz).
# Seeds: tests/fuzz/corpus/TARGET plus the real files (tests/data, resources/). New inputs go to
# DIR/fuzz-runs/TARGET/corpus: wiped first, so a short run starts from the seeds alone, unless --keep-corpus
# (the long ./test.sh --fuzz builds on what earlier sessions found). Whatever breaks a target — a crash,
# ASan or UBSan error, leak, timeout, a broken promise (FuzzSupport.h) — is kept under
# DIR/fuzz-runs/TARGET/artifacts/, never wiped, and named here; the exit status is then 1.
# Exit 77 (ctest's "skipped") only when a binary was never built, e.g. without clang.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build='' seconds='' keep=0 targets=()
while (($#)); do
  case $1 in
    --build) build=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --keep-corpus) keep=1; shift ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [[ -z $build || -z $seconds || ${#targets[@]} == 0 ]]; then
  sed -n '3,4p' "$0" >&2
  exit 2
fi
if [[ ! -d $build ]]; then
  echo "fuzz: no fuzz build in $build; make one with: cmake --preset fuzz && cmake --build --preset fuzz"
  exit 77
fi
build=$(cd "$build" && pwd) # the kept inputs are named by full path

seeds_of() {
  case $1 in
    csv-import | json-import) echo "$source_dir/tests/data" ;;
    atlas) echo "$source_dir/resources/atlas" ;;
    catalogue) echo "$source_dir/resources/routines" ;;
    *) echo "fuzz: unknown target '$1'" >&2; return 2 ;;
  esac
}

# UBSan errors are fatal already (-fno-sanitize-recover); the stack says where, in files and lines when
# clang-14's own symbolizer is there (setup-debian.sh installs it) and no other is set.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
if [[ -z ${ASAN_SYMBOLIZER_PATH:-} ]] && command -v llvm-symbolizer-14 >/dev/null; then
  ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer-14)
  export ASAN_SYMBOLIZER_PATH
fi
passed=0 failed=0
for target in "${targets[@]}"; do
  extra_seeds=$(seeds_of "$target")
  binary="$build/tests/fuzz/fuzz_${target//-/_}"
  if [[ ! -x $binary ]]; then
    echo "fuzz $target: not built ($binary); build it with: cmake --build --preset fuzz"
    exit 77
  fi
  run="$build/fuzz-runs/$target"
  ((keep)) || rm -rf "$run/corpus"
  mkdir -p "$run/corpus" "$run/artifacts"
  touch "$run/started"
  status=0
  "$binary" -seed=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="$source_dir/tests/fuzz/knotmap.dict" -artifact_prefix="$run/artifacts/" \
    "$run/corpus" "$source_dir/tests/fuzz/corpus/$target" "$extra_seeds" >"$run/log.txt" 2>&1 || status=$?
  runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$run/log.txt" | tail -n 1)
  if ((status == 0)); then
    echo "fuzz $target: ${seconds} s, ${runs:-?} inputs, nothing broke (log: $run/log.txt)"
    passed=$((passed + 1))
    continue
  fi
  failed=$((failed + 1))
  # The report itself, libFuzzer's, ASan's or UBSan's, from its first line on (here-strings: no SIGPIPE).
  report=$(sed -n '/ERROR: \|runtime error:\|broken promise/,$p' "$run/log.txt")
  [[ -n $report ]] || report=$(tail -n 40 "$run/log.txt")
  head -n 80 <<<"$report"
  echo "fuzz $target: FAILED (status $status; full log: $run/log.txt)"
  kept=$(find "$run/artifacts" -type f -newer "$run/started")
  if [[ -n $kept ]]; then
    echo "fuzz $target: the input that broke it is kept; replay it with: $binary FILE"
    sed 's/^/  /' <<<"$kept"
  fi
done
echo "fuzz: $passed passed, $failed failed"
((failed == 0))
