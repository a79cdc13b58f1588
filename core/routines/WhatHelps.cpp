// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatHelps.h"

#include "domain/LocalDay.h"
#include "storage/KnotStore.h"

#include <QHash>

#include <algorithm>

namespace knotmap {

std::optional<double> HelpStats::trendChange() const
{
    if (!meanBeforeStart || !meanAfterStart)
        return std::nullopt;
    return *meanAfterStart - *meanBeforeStart;
}

namespace {
// A spot's days as read from the store: day -> (sum, count).
using DaySums = QHash<QDate, std::pair<qint64, int>>;

std::optional<double> meanBetween(const DaySums& days, QDate first, QDate last)
{
    qint64 sum = 0;
    int count = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const auto found = days.constFind(day);
        if (found != days.cend()) {
            sum += found->first;
            count += found->second;
        }
    }
    return count ? std::optional(double(sum) / count) : std::nullopt;
}
} // namespace

QList<HelpStats> whatHelps(const KnotStore& store)
{
    // The log comes summed per spot and technique, and of the ratings only the two fortnights around each
    // start: years of history are never read, and the figures are the same as from every rating.
    const QList<TechniqueRecord> records = store.techniqueRecords();
    if (records.isEmpty())
        return {};
    QList<SpotDayRange> windows;
    for (const TechniqueRecord& record : records) {
        const QDate start = localDate(record.firstDone);
        windows.append({record.spotId, start.addDays(-HelpStats::kWindowDays),
                        start.addDays(HelpStats::kWindowDays - 1)});
    }
    QHash<qint64, DaySums> daysBySpot;
    for (const SpotDailyAggregate& day : store.spotDailyAggregatesIn(windows))
        daysBySpot[day.spotId].insert(day.day, {day.sum, day.count});
    QHash<qint64, QList<TechniqueRecord>> recordsBySpot;
    for (const TechniqueRecord& record : records)
        recordsBySpot[record.spotId].append(record);

    QList<HelpStats> result;
    for (const Spot& spot : store.spots(true)) { // the spots' order, then each spot's techniques as started
        const DaySums days = daysBySpot.value(spot.id);
        for (const TechniqueRecord& record : recordsBySpot.value(spot.id)) {
            HelpStats stats;
            stats.technique = record.technique;
            stats.spotId = spot.id;
            stats.spotKey = spot.key;
            stats.region = spot.region;
            stats.firstDone = localDate(record.firstDone);
            stats.sessions = record.sessions;
            if (stats.sessions > 0)
                stats.meanChange = double(record.changeSum) / stats.sessions;
            stats.meanBeforeStart = meanBetween(days, stats.firstDone.addDays(-HelpStats::kWindowDays),
                                                stats.firstDone.addDays(-1));
            stats.meanAfterStart =
                meanBetween(days, stats.firstDone, stats.firstDone.addDays(HelpStats::kWindowDays - 1));
            result.append(stats);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const HelpStats& a, const HelpStats& b) {
        return a.meanChange.value_or(0) < b.meanChange.value_or(0);
    });
    return result;
}

} // namespace knotmap
