// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Verdict.h"
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

// One bucket (day, week or month) that holds at least one rating. Its mean weighs each day once: the mean of
// its days' means, so a day rated twelve times counts as much as a day rated once.
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

// Runs the queries and puts the answer together.
// Adds one spot-day (they come by day, then spot) to a list of days in day order.
void addSpotDay(QList<DailyAggregate>& days, const SpotDayTotals& spotDay);
// A trend from day rows already read: the series, the rolling mean and the verdict, without the region
// ranking (the report has no use for it).
TrendResult trendFromDays(const KnotStore& store, const TrendQuery& query, const QList<DailyAggregate>& days);
TrendResult computeTrends(const KnotStore& store, const TrendQuery& query);

// The `knotmap-cli trends` formats (docs/data-formats.md): means rounded to 2 decimals, empty buckets left
// out.
QJsonObject trendsToJson(const TrendResult& result);
QByteArray trendsSeriesToCsv(const TrendResult& result);

} // namespace knotmap
