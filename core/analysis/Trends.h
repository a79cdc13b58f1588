// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DailyAggregate.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace knotmap {

class KnotStore;

enum class BucketSize { Day, Week, Month };
QString bucketKey(BucketSize size); // "day", "week", "month"
std::optional<BucketSize> bucketFromKey(const QString& key);

struct TrendQuery
{
    QDate from; // inclusive, local days
    QDate to;   // inclusive
    BucketSize bucket = BucketSize::Week;
    Qt::DayOfWeek weekStart = Qt::Monday;
    RatingFilter filter;
};

// One bucket (day, week or month) that holds at least one rating.
struct BucketStats
{
    QDate start;
    double mean = 0;
    int max = 0;
    int min = 0;
    int count = 0; // ratings
    int days = 0;  // days with any rating
};

struct RegionStats
{
    QString region;
    double mean = 0;
    int max = 0;
    int count = 0;
    int days = 0;
    double burden = 0; // sum of the region's daily means: how often and how badly it hurt
};

struct RollingPoint
{
    QDate day;
    double mean = 0;
};

enum class VerdictLabel { Improved, Worse, NoClearChange, NotEnoughData };
QString verdictKey(VerdictLabel label); // "improved", "worse", "no-clear-change", "not-enough-data"

// Baseline (the first 14 days of the range) against the recent window (its last 14 days).
struct Verdict
{
    static constexpr int kWindowDays = 14;
    static constexpr int kMinimumRangeDays = 28;
    static constexpr int kMinimumRatings = 3;
    static constexpr double kMeaningfulFraction = 0.30; // of the baseline: a clinically important change
    static constexpr double kMeaningfulPoints = 1.0;    // floor, so noise at low scores does not count

    VerdictLabel label = VerdictLabel::NotEnoughData;
    std::optional<double> baselineMean;
    std::optional<double> recentMean;
    int baselineCount = 0;
    int recentCount = 0;
    QDate baselineFrom, baselineTo, recentFrom, recentTo;

    std::optional<double> change() const; // recent − baseline
    std::optional<double>
    percent() const; // change as a percentage of the baseline; none from a baseline of 0
};

struct TrendResult
{
    TrendQuery query;
    QList<BucketStats> series;
    QList<RegionStats> regions; // hotspots first
    QList<RollingPoint> rolling;
    Verdict verdict;
};

// The pieces, pure, for tests and for callers that already hold the day rows.
QDate bucketStart(QDate day, BucketSize size, Qt::DayOfWeek weekStart);
QList<BucketStats> bucketDays(const QList<DailyAggregate>& days, BucketSize size, Qt::DayOfWeek weekStart);
QList<RollingPoint> rollingMean(const QList<DailyAggregate>& days, QDate from, QDate to, int windowDays = 7);
QList<RegionStats> rankRegions(const QList<RegionTotals>& totals);
Verdict judge(const QList<DailyAggregate>& days, QDate from, QDate to);

// Runs the queries and puts the answer together.
TrendResult computeTrends(const KnotStore& store, const TrendQuery& query);

// "Left upper trapezius: better — 6.8 → 3.9, −43%"
QString verdictSentence(const QString& subject, const Verdict& verdict);

// The `knotmap-cli trends` formats (docs/data-formats.md): means rounded to 2 decimals, empty buckets left
// out.
QJsonObject trendsToJson(const TrendResult& result);
QByteArray trendsSeriesToCsv(const TrendResult& result);
double roundTo2(double value);

} // namespace knotmap
