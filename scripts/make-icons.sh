#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders resources/icons/knotmap.svg to the hicolor PNG sizes that `cmake --install` ships
# (resources/icons/hicolor/NxN/org.knotmap.KnotMap.png). The PNGs are committed, so a build needs no SVG
# renderer; run this again after changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin).
#   scripts/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "make-icons: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
  dir=resources/icons/hicolor/${size}x${size}
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio resources/icons/knotmap.svg \
    --output "$dir/org.knotmap.KnotMap.png"
done
