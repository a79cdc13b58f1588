// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's look at the last 7 days, shared by the planner and the part that reads felt pain.
#pragma once

#include "domain/Spot.h"

#include <QDate>
#include <QList>

namespace knotmap {

class KnotStore;

// What the last 7 days say about one spot, knot or felt pain.
struct SpotWeek
{
    Spot spot;
    int latest = 0;
    int daysRated = 0;
    double mean = 0;
    double burden = 0; // sum of daily means: how often and how badly
};

// Every spot rated on the 7 days up to `date`, the heaviest burden first.
QList<SpotWeek> lastWeek(const KnotStore& store, QDate date);

} // namespace knotmap
