// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace knotmap {

// Which ratings an analysis looks at: all, or those in any of the regions or of any of the spots.
struct RatingFilter
{
    QStringList regions;  // atlas ids; empty = any
    QStringList spotKeys; // empty = any

    bool isEmpty() const { return regions.isEmpty() && spotKeys.isEmpty(); }
};

// One local calendar day's ratings, summed: everything trends are built from.
struct DailyAggregate
{
    QDate day;
    qint64 sum = 0;
    int count = 0;
    int max = 0;
    int min = 0;
};

// One spot's ratings on one local calendar day, summed: what the verdict follows knot by knot.
struct SpotDailyAggregate
{
    qint64 spotId = 0;
    QDate day;
    qint64 sum = 0;
    int count = 0;
};

// One spot's ratings on one local calendar day with their range: the finest grain trends and the report
// need. Daily aggregates (summed over spots), region totals (spots grouped by region) and the report's spot
// table all follow from these rows, so a period is read from the database once.
struct SpotDayTotals
{
    QDate day;
    qint64 spotId = 0;
    qint64 sum = 0;
    int count = 0;
    int max = 0;
    int min = 0;
};

// Some local days [from, to] of one spot.
struct SpotDayRange
{
    qint64 spotId = 0;
    QDate from;
    QDate to;
};

// One region's ratings over a period, summed. burden adds up the region's daily means, so it grows
// with both how often and how badly the region hurt.
struct RegionTotals
{
    QString region;
    qint64 sum = 0;
    int count = 0;
    int max = 0;
    int days = 0;
    double burden = 0;
};

// One rating as a chart dot: its local time and score.
struct RatingPoint
{
    qint64 localSeconds = 0; // seconds since the epoch in the rating's own local time
    int intensity = 0;
};

} // namespace knotmap
