#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes docs/report/: a sample therapist report from twelve weeks of demo data, as PDF and PNG pages.
#   scripts/sample-report.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build}/app/cli/knotmap-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config
mkdir -p "$XDG_CONFIG_HOME/knotmap"
printf '[report]\npersonName=Alex Example\n' > "$XDG_CONFIG_HOME/knotmap/knotmap.conf"
db=$work/demo.sqlite
"$cli" --db "$db" demo --weeks 12 --seed 7 >/dev/null
"$cli" --db "$db" add --spot upper-trapezius-left-1 --intensity 4 --quality aching \
  --note 'After <b>gardening</b>: "pulling" feeling, eased with heat & a stretch' >/dev/null
# Felt pain (issue 12): a headache at the left temple on some days of the last three weeks, and once in the right
# buttock, so both views of the map and the felt-pain rows of the spot table show.
"$cli" --db "$db" add --area temple-left --intensity 5 --at "$(date -d '-20 days' +%F)T18:00:00+01:00" >/dev/null
for days in 17 13 9 6 2; do
  "$cli" --db "$db" add --area temple-left --spot temple-left-1 --intensity $((3 + days % 4)) \
    --at "$(date -d "-$days days" +%F)T18:00:00+01:00" >/dev/null
done
"$cli" --db "$db" add --area buttock-right --intensity 3 --at "$(date -d '-4 days' +%F)T09:00:00+01:00" >/dev/null
# The person found the left upper trapezius knot tender and said it may explain the headache.
"$cli" --db "$db" link --felt temple-left-1 --knot upper-trapezius-left-1 >/dev/null
rm -rf docs/report && mkdir -p docs/report
"$cli" --db "$db" report --from "$(date -d '-83 days' +%F)" --to "$(date +%F)" --out docs/report/sample-report.pdf
pdftoppm -r 70 -png docs/report/sample-report.pdf docs/report/page
ls docs/report
