#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set up (Debian 12, as root), build, and open KnotMap on its default database.
# Arguments go to the app: ./run.sh --demo, ./run.sh --db FILE, ./run.sh --demo --screenshot shot.png
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup-debian.sh
knotmap_setup
knotmap_build
exec ./build/app/knotmap "$@"
