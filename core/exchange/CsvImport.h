// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportData.h"

#include "atlas/BodyAtlas.h"

namespace knotmap {

// Checks every row of a ratings CSV (docs/data-formats.md; the header is kRatingsCsvHeader, or the one
// before spot UUIDs) and turns it into import data. x,y may be empty
// (the region's centre is used); region may be empty (found from x,y); a region that contradicts x,y is an
// error. Returns nothing and fills problems when any row is bad.
std::optional<ImportData> parseRatingsCsv(const QByteArray& bytes, const BodyAtlas& atlas,
                                          ProblemList& problems);

} // namespace knotmap
