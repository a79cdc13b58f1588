// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Is it getting better? The one rule, its constants and its wording, for the Trends view, the report, the
// routine planner's red flags and `knotmap-cli trends` alike (docs/data-formats.md, docs/sources.md).
//
// For a period and a filter, F and L are the first and last local days in the period with a matching rating.
// The baseline window is F..F+13, the recent window L−13..L; when they would overlap there is no verdict.
// A knot's value in a window is the mean of its daily means, so a day rated twelve times counts once; a knot
// is followed only when it was rated on at least 4 days in each window, so a knot that is new, or gone, or
// rated once cannot tip the answer. Baseline and recent are the means over the followed knots.

#include "domain/DailyAggregate.h"

#include <QJsonObject>

#include <optional>

namespace knotmap {

class KnotStore;

enum class VerdictLabel { Improved, Worse, NoClearChange, NotEnoughData };
QString verdictKey(VerdictLabel label); // "improved", "worse", "no-clear-change", "not-enough-data"

struct Verdict
{
    static constexpr int kWindowDays = 14;
    static constexpr int kMinimumDaysPerWindow = 4; // rated days a knot needs in each window to be followed
    // F..L must span this many days, or the recent window would start inside the baseline one.
    static constexpr int kMinimumSpanDays = 2 * kWindowDays;
    static constexpr double kMeaningfulFraction = 0.30; // of the baseline: a clinically important change
    static constexpr double kMeaningfulPoints = 1.0;    // floor, so noise at low scores does not count

    VerdictLabel label = VerdictLabel::NotEnoughData;
    std::optional<double> baselineMean; // the mean over followed knots of each one's mean of daily means
    std::optional<double> recentMean;
    QList<qint64> followedSpotIds; // the knots rated on enough days in both windows, by id
    int baselineCount = 0;         // ratings of the followed knots in each window
    int recentCount = 0;
    QDate baselineFrom, baselineTo, recentFrom, recentTo; // invalid when the data span too few days

    bool hasWindows() const { return baselineFrom.isValid(); }
    int spotsFollowed() const { return int(followedSpotIds.size()); }
    std::optional<double> change() const; // recent − baseline
    // The change as a percentage of the baseline; none from a baseline of 0.
    std::optional<double> percent() const;
};

// The verdict over [from, to] from one row per knot and rated day; rows outside the period are left out.
// Pure, for tests and for callers that hold the rows (the report, which reads every rating anyway).
Verdict judge(const QList<SpotDailyAggregate>& spotDays, QDate from, QDate to);

// The same from the store: the period's first and last rated days for the filter, then only the rows of the
// two windows. This is what the planner's red flags call.
Verdict judge(const KnotStore& store, const RatingFilter& filter, QDate from, QDate to);

// For a caller that already knows the first and last rated days matching the filter (computeTrends has read
// the period's day rows): reads the two windows' rows and judges them.
Verdict judgeRatedDays(const KnotStore& store, const RatingFilter& filter, QDate firstRated, QDate lastRated);

// Kept for callers holding one series of day rows: the series is followed as if it were a single knot. A
// pooled series mixes knots, so prefer judge(store, filter, from, to).
Verdict judge(const QList<DailyAggregate>& days, QDate from, QDate to);

// "Left upper trapezius: better — 6.8 → 3.9, −43% (3 knots followed)", or why there is no verdict yet.
// One knot's own verdict leaves out "(1 knot followed)", which would say nothing.
enum class VerdictOf { Knots, OneKnot };
QString verdictSentence(const QString& subject, const Verdict& verdict, VerdictOf of = VerdictOf::Knots);
// How the verdict was reached, in a sentence or two under it: the windows' dates and the rule.
QString verdictMethod(const Verdict& verdict);
// "3 knots followed"
QString knotsFollowed(int count);

// The `verdict` object of `knotmap-cli trends` (docs/data-formats.md): values rounded to 2 decimals, dates
// ISO, null when absent.
QJsonObject verdictToJson(const Verdict& verdict);
double roundTo2(double value); // how every mean in the JSON and CSV of trends is rounded

} // namespace knotmap
