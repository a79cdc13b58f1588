#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what KnotMap needs to build and test on Debian 12 (bookworm), if anything is missing.
# Sourced by run.sh and test.sh; safe to run again: it only calls apt-get when a package is absent.
set -euo pipefail

knotmap_packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins qt6-tools-dev qt6-l10n-tools
  libgtest-dev libgmock-dev libbenchmark-dev
  sqlite3 libsqlite3-dev fonts-dejavu-core poppler-utils
)
# test.sh's too, for tests/fuzz: clang, libFuzzer's runtime (Debian 12 keeps it in libclang-rt-14-dev), and
# llvm-14 for llvm-symbolizer-14, so a fuzz crash's stack names files and lines. Then the packaging tests'
# validators (desktop-file-validate, appstreamcli), and dpkg-shlibdeps and file, which `cpack -G DEB` uses for the
# package's dependencies.
# shellcheck disable=SC2034  # read by test.sh
knotmap_test_packages=(clang libclang-rt-14-dev llvm-14 desktop-file-utils appstream dpkg-dev file)

# Arguments: packages wanted beyond knotmap_packages.
knotmap_missing_packages() {
  local pkg
  for pkg in "${knotmap_packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

knotmap_setup() {
  local missing
  missing=$(knotmap_missing_packages "$@" | tr '\n' ' ')
  [[ -z ${missing// /} ]] && return 0
  if [[ $(id -u) != 0 ]]; then
    echo "KnotMap needs these Debian packages: $missing" >&2
    echo "Install them as root:  apt-get install -y $missing" >&2
    return 1
  fi
  echo "Installing: $missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086  # word splitting of the package list is intended
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

knotmap_build() {
  cmake --preset default >/dev/null
  cmake --build --preset default
}

# The Debian package as a person gets it: CPack makes build/knotmap_<version>_<arch>.deb, apt installs it with
# the dependencies it declares, and the installed programs answer --version. Root only (test.sh, CI, a fresh
# machine); as anyone else the package is built and the install skipped.
knotmap_check_package() {
  (cd build && cpack -G DEB >/dev/null)
  local deb
  deb=$(ls build/knotmap_*.deb)
  echo "Built $deb: $(dpkg-deb -f "$deb" Depends)"
  if [[ $(id -u) != 0 ]]; then
    echo "Not root: $deb was not installed" >&2
    return 0
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
  /usr/bin/knotmap --version
  /usr/bin/knotmap-cli --version
  desktop-file-validate /usr/share/applications/org.knotmap.KnotMap.desktop
  echo "Installed $deb with apt; the menu entry names $(grep '^Exec=' /usr/share/applications/org.knotmap.KnotMap.desktop)"
}

# The libFuzzer targets: the core again, compiled by clang with ASan and UBSan, in build-fuzz/ (tests/fuzz).
knotmap_build_fuzz() {
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
}
