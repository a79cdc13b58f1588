// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportData.h"

#include "atlas/BodyAtlas.h"

#include <QIODevice>

namespace knotmap {

// Checks every row of a ratings CSV (docs/data-formats.md; the header is kRatingsCsvHeader, or the one
// before spot UUIDs) and turns it into import data. x,y may be empty
// (the region's centre is used); region may be empty (found from x,y); a region that contradicts x,y is an
// error. Returns nothing and fills problems when any row is bad.
std::optional<ImportData> parseRatingsCsv(const QByteArray& bytes, const BodyAtlas& atlas,
                                          ProblemList& problems);

// The same read from a device a chunk at a time, keeping no rows: the spots come back (ratings empty) and
// each good rating goes to `each` as long as no row so far had a problem (a million rows need not fit in
// memory). Every bad row is still reported, so a person sees all that is wrong at once. `read` hears how
// many bytes are done every few thousand rows.
std::optional<ImportData> streamRatingsCsv(QIODevice& device, const BodyAtlas& atlas, ProblemList& problems,
                                           const RatingSink& each,
                                           const std::function<void(qint64 read)>& read = {});

} // namespace knotmap
