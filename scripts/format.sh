#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Applies .clang-format to every C++ source and header (and nothing else). --check only reports.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h')
if [[ ${1:-} == --check ]]; then
  exec clang-format --dry-run --Werror "${files[@]}"
fi
clang-format -i "${files[@]}"
