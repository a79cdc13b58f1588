// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// whatHelps the plain way: each practised spot's whole log and whole history, walked in C++. What the test
// compares the real one with, figure for figure, and what the benchmark times as the old cost.

#include "domain/LocalDay.h"
#include "routines/WhatHelps.h"
#include "storage/KnotStore.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace knotmap::test {

inline std::optional<double> referenceMean(const QList<Rating>& ratings, QDate first, QDate last)
{
    qint64 sum = 0;
    int count = 0;
    for (const Rating& rating : ratings) {
        const QDate day = localDate(rating.recordedAt);
        if (day >= first && day <= last) {
            sum += rating.intensity;
            ++count;
        }
    }
    return count ? std::optional(double(sum) / count) : std::nullopt;
}

inline QList<HelpStats> referenceWhatHelps(const KnotStore& store)
{
    QList<HelpStats> result;
    for (const Spot& spot : store.spots(true)) {
        const QList<LoggedStep> logged = store.routineLogForSpot(spot.id);
        const QList<Rating> ratings = store.ratingsForSpot(spot.id);
        QHash<QString, qsizetype> index;
        QHash<QString, qint64> changeSums;
        for (const LoggedStep& step : logged) { // oldest first
            if (!index.contains(step.technique)) {
                index.insert(step.technique, result.size());
                HelpStats stats;
                stats.technique = step.technique;
                stats.spotId = spot.id;
                stats.spotKey = spot.key;
                stats.region = spot.region;
                stats.firstDone = localDate(step.doneAt);
                result.append(stats);
            }
            if (step.before && step.after) {
                ++result[index.value(step.technique)].sessions;
                changeSums[step.technique] += *step.after - *step.before;
            }
        }
        for (auto it = index.cbegin(); it != index.cend(); ++it) {
            HelpStats& stats = result[it.value()];
            if (stats.sessions > 0)
                stats.meanChange = double(changeSums.value(it.key())) / stats.sessions;
            stats.meanBeforeStart =
                referenceMean(ratings, stats.firstDone.addDays(-14), stats.firstDone.addDays(-1));
            stats.meanAfterStart = referenceMean(ratings, stats.firstDone, stats.firstDone.addDays(13));
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const HelpStats& a, const HelpStats& b) {
        return a.meanChange.value_or(0) < b.meanChange.value_or(0);
    });
    return result;
}

} // namespace knotmap::test
