#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set up (Debian 12, as root), build, and run every test; ends with ctest's summary.
#   ./test.sh             the .deb built, installed with apt and run (as root); then the suite, with a short
#                         seeded run of each fuzz target among its tests (build-fuzz/, clang)
#   ./test.sh --fuzz      a long fuzz session: 5 minutes per target (KNOTMAP_FUZZ_SECONDS), keeping its corpus
#   ./test.sh --sanitize  the whole suite built with ASan and UBSan (gcc) in build-sanitize/
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup-debian.sh
knotmap_setup "${knotmap_test_packages[@]}"
case ${1:-} in
  '')
    knotmap_build
    knotmap_check_package # the .deb installs with apt and its programs run
    knotmap_build_fuzz # before ctest: its summary stays the last line, and the fuzz runs are among its tests
    exec ctest --preset default -j "$(nproc)"
    ;;
  --fuzz)
    knotmap_build_fuzz
    exec tests/fuzz/fuzz.sh --build build-fuzz --seconds "${KNOTMAP_FUZZ_SECONDS:-300}" --keep-corpus \
      csv-import json-import atlas catalogue
    ;;
  --sanitize)
    cmake --preset sanitize >/dev/null
    cmake --build --preset sanitize
    exec ctest --preset sanitize -j "$(nproc)"
    ;;
  *)
    sed -n '3,6p' "$0" >&2
    exit 2
    ;;
esac
