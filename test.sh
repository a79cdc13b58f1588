#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set up (Debian 12, as root), build, and run every test; ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup-debian.sh
knotmap_setup
knotmap_build
exec ctest --preset default -j "$(nproc)"
