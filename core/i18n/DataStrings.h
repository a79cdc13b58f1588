// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace knotmap {

// One message of the data files, in the context its loader translates it with (DataText.h).
struct DataString
{
    const char* context;
    const char* source; // the English text, as in the data file
};

// Every region and area name, knot site and routine text of the data files: what lupdate reads into the
// catalogues (DataStrings.cpp is made by scripts/extract-data-strings.py), and what tests check the loaders
// against.
const QList<DataString>& dataStrings();

} // namespace knotmap
