// SPDX-License-Identifier: GPL-3.0-or-later
#include "Trends.h"

#include "storage/KnotStore.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace knotmap {

namespace {
constexpr double kEpsilon = 1e-9; // means are ratios of integers; keep 1.0 from reading as 0.9999999

double dayMean(const DailyAggregate& day)
{
    return double(day.sum) / day.count;
}
} // namespace

QString bucketKey(BucketSize size)
{
    switch (size) {
    case BucketSize::Day:
        return QStringLiteral("day");
    case BucketSize::Week:
        return QStringLiteral("week");
    case BucketSize::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<BucketSize> bucketFromKey(const QString& key)
{
    for (BucketSize size : {BucketSize::Day, BucketSize::Week, BucketSize::Month}) {
        if (bucketKey(size) == key)
            return size;
    }
    return std::nullopt;
}

QDate bucketStart(QDate day, BucketSize size, Qt::DayOfWeek weekStart)
{
    switch (size) {
    case BucketSize::Day:
        return day;
    case BucketSize::Week:
        return day.addDays(-((day.dayOfWeek() - weekStart + 7) % 7));
    case BucketSize::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QList<BucketStats> bucketDays(const QList<DailyAggregate>& days, BucketSize size, Qt::DayOfWeek weekStart)
{
    QList<BucketStats> buckets;
    double sumOfDayMeans = 0;
    for (const DailyAggregate& day : days) { // days arrive in order, so buckets do too
        if (day.count <= 0)
            continue;
        const QDate start = bucketStart(day.day, size, weekStart);
        if (buckets.isEmpty() || buckets.constLast().start != start) {
            if (!buckets.isEmpty())
                buckets.last().mean = sumOfDayMeans / buckets.constLast().days;
            buckets.append({start, 0, day.max, day.min, 0, 0});
            sumOfDayMeans = 0;
        }
        BucketStats& bucket = buckets.last();
        sumOfDayMeans += dayMean(day);
        bucket.count += day.count;
        bucket.days += 1;
        bucket.max = std::max(bucket.max, day.max);
        bucket.min = std::min(bucket.min, day.min);
    }
    if (!buckets.isEmpty())
        buckets.last().mean = sumOfDayMeans / buckets.constLast().days;
    return buckets;
}

QList<RollingPoint> rollingMean(const QList<DailyAggregate>& days, QDate from, QDate to, int windowDays)
{
    QHash<QDate, double> meanOf; // each rated day's mean: the window weighs days, not ratings
    for (const DailyAggregate& day : days) {
        if (day.count > 0)
            meanOf.insert(day.day, double(day.sum) / day.count);
    }
    QList<RollingPoint> points;
    if (meanOf.isEmpty())
        return points;
    // Only days with a rated day in their window get a point, so the walk runs from the first rated day to
    // the last one's window end: a 9,999-year period with two years of ratings walks two years, not 3.6
    // million empty days. Days arrive in date order.
    QDate first, last;
    for (const DailyAggregate& day : days) {
        if (day.count > 0) {
            if (!first.isValid())
                first = day.day;
            last = day.day;
        }
    }
    const QDate begin = std::max(from, first);
    const QDate end = std::min(to, last.addDays(windowDays - 1));
    for (QDate day = begin; day <= end; day = day.addDays(1)) {
        double sum = 0;
        int rated = 0;
        for (int back = 0; back < windowDays && day.addDays(-back) >= from; ++back) {
            if (const auto found = meanOf.constFind(day.addDays(-back)); found != meanOf.cend()) {
                sum += *found;
                ++rated;
            }
        }
        if (rated > 0)
            points.append({day, sum / rated});
    }
    return points;
}

QList<RegionStats> rankRegions(const QList<RegionTotals>& totals)
{
    QList<RegionStats> regions;
    for (const RegionTotals& t : totals) {
        if (t.count > 0)
            regions.append({t.region, double(t.sum) / t.count, t.max, t.count, t.days, t.burden});
    }
    std::stable_sort(regions.begin(), regions.end(), [](const RegionStats& a, const RegionStats& b) {
        if (std::abs(a.burden - b.burden) > kEpsilon)
            return a.burden > b.burden;
        if (a.max != b.max)
            return a.max > b.max;
        return a.region < b.region;
    });
    return regions;
}

namespace {

QList<RegionTotals> regionsOf(const QList<SpotDayTotals>& spotDays, const QList<Spot>& spots)
{
    // A region's day is all its spots' ratings that day; its burden adds up those days' means. Regions by
    // index, not by name: ten years are 146,000 spot-days, and a string hash a row cost more than the query.
    QStringList names;
    QHash<qint64, int> regionOf;
    for (const Spot& spot : spots) {
        qsizetype index = names.indexOf(spot.region);
        if (index < 0) {
            index = names.size();
            names.append(spot.region);
        }
        regionOf.insert(spot.id, int(index));
    }
    std::vector<RegionTotals> totals(size_t(names.size()));
    std::vector<DailyAggregate> today(size_t(names.size())); // each region's day being summed
    std::vector<int> touched;                                // the regions rated on it
    const auto closeDay = [&] {
        for (const int i : touched) {
            const DailyAggregate& day = today[size_t(i)];
            RegionTotals& region = totals[size_t(i)];
            region.sum += day.sum;
            region.count += day.count;
            region.max = std::max(region.max, day.max);
            region.days += 1;
            region.burden += double(day.sum) / day.count;
            today[size_t(i)] = {};
        }
        touched.clear();
    };
    QDate current;
    for (const SpotDayTotals& row : spotDays) {
        if (row.day != current) {
            closeDay();
            current = row.day;
        }
        const int i = regionOf.value(row.spotId, -1);
        if (i < 0)
            continue;
        DailyAggregate& day = today[size_t(i)];
        if (day.count == 0)
            touched.push_back(i);
        day.sum += row.sum;
        day.count += row.count;
        day.max = std::max(day.max, row.max);
    }
    closeDay();
    QList<RegionTotals> result;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (totals[size_t(i)].days == 0)
            continue;
        totals[size_t(i)].region = names[i];
        result.append(totals[size_t(i)]);
    }
    std::sort(result.begin(), result.end(),
              [](const RegionTotals& a, const RegionTotals& b) { return a.region < b.region; });
    return result; // by region id
}

} // namespace

void addSpotDay(QList<DailyAggregate>& days, const SpotDayTotals& spotDay)
{
    if (days.isEmpty() || days.constLast().day != spotDay.day) {
        days.append({spotDay.day, spotDay.sum, spotDay.count, spotDay.max, spotDay.min});
        return;
    }
    DailyAggregate& day = days.last();
    day.sum += spotDay.sum;
    day.count += spotDay.count;
    day.max = std::max(day.max, spotDay.max);
    day.min = std::min(day.min, spotDay.min);
}

TrendResult trendFromDays(const KnotStore& store, const TrendQuery& query, const QList<DailyAggregate>& days)
{
    TrendResult result;
    result.query = query;
    result.series = bucketDays(days, query.bucket, query.weekStart);
    result.rolling = rollingMean(days, query.from, query.to);
    // The verdict's windows follow the data: its first and last rated days, which the day rows already hold.
    if (!days.isEmpty())
        result.verdict = judgeRatedDays(store, query.filter, days.constFirst().day, days.constLast().day);
    return result;
}

TrendResult computeTrends(const KnotStore& store, const TrendQuery& query)
{
    // One pass over the period at the grain of a spot's day; days and regions are both summed from it.
    const QList<SpotDayTotals> spotDays = store.spotDayTotals(query.filter, query.from, query.to);
    QList<DailyAggregate> days;
    for (const SpotDayTotals& spotDay : spotDays)
        addSpotDay(days, spotDay);
    TrendResult result = trendFromDays(store, query, days);
    result.regions = rankRegions(regionsOf(spotDays, store.spots(true)));
    return result;
}

QJsonObject trendsToJson(const TrendResult& result)
{
    QJsonArray series;
    for (const BucketStats& bucket : result.series) {
        series.append(QJsonObject{{QStringLiteral("start"), bucket.start.toString(Qt::ISODate)},
                                  {QStringLiteral("mean"), roundTo2(bucket.mean)},
                                  {QStringLiteral("max"), bucket.max},
                                  {QStringLiteral("min"), bucket.min},
                                  {QStringLiteral("count"), bucket.count},
                                  {QStringLiteral("days"), bucket.days}});
    }
    QJsonArray regions;
    for (const RegionStats& region : result.regions) {
        regions.append(QJsonObject{{QStringLiteral("region"), region.region},
                                   {QStringLiteral("mean"), roundTo2(region.mean)},
                                   {QStringLiteral("max"), region.max},
                                   {QStringLiteral("count"), region.count}});
    }
    return {{QStringLiteral("bucket"), bucketKey(result.query.bucket)},
            {QStringLiteral("from"), result.query.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), result.query.to.toString(Qt::ISODate)},
            {QStringLiteral("series"), series},
            {QStringLiteral("regions"), regions},
            {QStringLiteral("verdict"), verdictToJson(result.verdict)}};
}

QByteArray trendsSeriesToCsv(const TrendResult& result)
{
    QByteArray csv = "start,mean,max,min,count,days\r\n";
    for (const BucketStats& b : result.series) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6\r\n")
                   .arg(b.start.toString(Qt::ISODate), QString::number(roundTo2(b.mean), 'f', 2))
                   .arg(b.max)
                   .arg(b.min)
                   .arg(b.count)
                   .arg(b.days)
                   .toUtf8();
    }
    return csv;
}

} // namespace knotmap
