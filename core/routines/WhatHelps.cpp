// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatHelps.h"

#include "storage/KnotStore.h"

#include <QHash>

namespace knotmap {

std::optional<double> HelpStats::trendChange() const
{
    if (!meanBeforeStart || !meanAfterStart)
        return std::nullopt;
    return *meanAfterStart - *meanBeforeStart;
}

namespace {
std::optional<double> meanBetween(const QList<Rating>& ratings, QDate first, QDate last)
{
    qint64 sum = 0;
    int count = 0;
    for (const Rating& rating : ratings) {
        const QDate day = rating.recordedAt.localDate();
        if (day >= first && day <= last) {
            sum += rating.intensity;
            ++count;
        }
    }
    return count ? std::optional(double(sum) / count) : std::nullopt;
}
} // namespace

QList<HelpStats> whatHelps(const KnotStore& store)
{
    QList<HelpStats> result;
    for (const Spot& spot : store.spots(true)) {
        const QList<LoggedStep> logged = store.routineLogForSpot(spot.id);
        if (logged.isEmpty())
            continue;
        const QList<Rating> ratings = store.ratingsForSpot(spot.id);
        QHash<QString, qsizetype> index;
        QHash<QString, double> changeSums;
        for (const LoggedStep& step : logged) { // oldest first, so the first seen is the start
            if (!index.contains(step.technique)) {
                index.insert(step.technique, result.size());
                HelpStats stats;
                stats.technique = step.technique;
                stats.spotId = spot.id;
                stats.spotKey = spot.key;
                stats.region = spot.region;
                stats.firstDone = step.doneAt.localDate();
                result.append(stats);
            }
            if (step.before && step.after) {
                HelpStats& stats = result[index.value(step.technique)];
                ++stats.sessions;
                changeSums[step.technique] += *step.after - *step.before;
            }
        }
        for (auto it = index.cbegin(); it != index.cend(); ++it) {
            HelpStats& stats = result[it.value()];
            if (stats.sessions > 0)
                stats.meanChange = changeSums.value(it.key()) / stats.sessions;
            stats.meanBeforeStart = meanBetween(ratings, stats.firstDone.addDays(-HelpStats::kWindowDays),
                                                stats.firstDone.addDays(-1));
            stats.meanAfterStart =
                meanBetween(ratings, stats.firstDone, stats.firstDone.addDays(HelpStats::kWindowDays - 1));
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const HelpStats& a, const HelpStats& b) {
        return a.meanChange.value_or(0) < b.meanChange.value_or(0);
    });
    return result;
}

} // namespace knotmap
