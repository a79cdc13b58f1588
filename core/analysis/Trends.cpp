// SPDX-License-Identifier: GPL-3.0-or-later
#include "Trends.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace knotmap {

namespace {
constexpr double kEpsilon = 1e-9; // means are ratios of integers; keep 1.0 from reading as 0.9999999

QString tr(const char* text)
{
    return QCoreApplication::translate("Trends", text);
}

struct Window
{
    qint64 sum = 0;
    int count = 0;
};

Window windowOf(const QList<DailyAggregate>& days, QDate first, QDate last)
{
    Window w;
    for (const DailyAggregate& day : days) {
        if (day.day >= first && day.day <= last) {
            w.sum += day.sum;
            w.count += day.count;
        }
    }
    return w;
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

QString verdictKey(VerdictLabel label)
{
    switch (label) {
    case VerdictLabel::Improved:
        return QStringLiteral("improved");
    case VerdictLabel::Worse:
        return QStringLiteral("worse");
    case VerdictLabel::NoClearChange:
        return QStringLiteral("no-clear-change");
    case VerdictLabel::NotEnoughData:
        return QStringLiteral("not-enough-data");
    }
    return {};
}

std::optional<double> Verdict::change() const
{
    if (!baselineMean || !recentMean)
        return std::nullopt;
    return *recentMean - *baselineMean;
}

std::optional<double> Verdict::percent() const
{
    const auto difference = change();
    if (!difference || *baselineMean < kEpsilon)
        return std::nullopt;
    return *difference / *baselineMean * 100.0;
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
    qint64 sum = 0;
    for (const DailyAggregate& day : days) { // days arrive in order, so buckets do too
        const QDate start = bucketStart(day.day, size, weekStart);
        if (buckets.isEmpty() || buckets.constLast().start != start) {
            if (!buckets.isEmpty())
                buckets.last().mean = double(sum) / buckets.constLast().count;
            buckets.append({start, 0, day.max, day.min, 0, 0});
            sum = 0;
        }
        BucketStats& bucket = buckets.last();
        sum += day.sum;
        bucket.count += day.count;
        bucket.days += 1;
        bucket.max = std::max(bucket.max, day.max);
        bucket.min = std::min(bucket.min, day.min);
    }
    if (!buckets.isEmpty())
        buckets.last().mean = double(sum) / buckets.constLast().count;
    return buckets;
}

QList<RollingPoint> rollingMean(const QList<DailyAggregate>& days, QDate from, QDate to, int windowDays)
{
    QHash<QDate, DailyAggregate> byDay;
    for (const DailyAggregate& day : days)
        byDay.insert(day.day, day);
    QList<RollingPoint> points;
    Window window;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const DailyAggregate entering = byDay.value(day);
        window.sum += entering.sum;
        window.count += entering.count;
        const DailyAggregate leaving = byDay.value(day.addDays(-windowDays));
        if (day.addDays(-windowDays) >= from) {
            window.sum -= leaving.sum;
            window.count -= leaving.count;
        }
        if (window.count > 0)
            points.append({day, double(window.sum) / window.count});
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

Verdict judge(const QList<DailyAggregate>& days, QDate from, QDate to)
{
    Verdict verdict;
    verdict.baselineFrom = from;
    verdict.baselineTo = from.addDays(Verdict::kWindowDays - 1);
    verdict.recentFrom = to.addDays(-(Verdict::kWindowDays - 1));
    verdict.recentTo = to;
    const Window baseline = windowOf(days, verdict.baselineFrom, verdict.baselineTo);
    const Window recent = windowOf(days, verdict.recentFrom, verdict.recentTo);
    verdict.baselineCount = baseline.count;
    verdict.recentCount = recent.count;
    if (baseline.count > 0)
        verdict.baselineMean = double(baseline.sum) / baseline.count;
    if (recent.count > 0)
        verdict.recentMean = double(recent.sum) / recent.count;

    if (from.daysTo(to) + 1 < Verdict::kMinimumRangeDays || baseline.count < Verdict::kMinimumRatings ||
        recent.count < Verdict::kMinimumRatings) {
        verdict.label = VerdictLabel::NotEnoughData;
        return verdict;
    }
    const double difference = *verdict.change();
    const double needed =
        std::max(Verdict::kMeaningfulFraction * *verdict.baselineMean, Verdict::kMeaningfulPoints);
    if (-difference + kEpsilon >= needed)
        verdict.label = VerdictLabel::Improved;
    else if (difference + kEpsilon >= needed)
        verdict.label = VerdictLabel::Worse;
    else
        verdict.label = VerdictLabel::NoClearChange;
    return verdict;
}

TrendResult computeTrends(const KnotStore& store, const TrendQuery& query)
{
    TrendResult result;
    result.query = query;
    const QList<DailyAggregate> days = store.dailyAggregates(query.filter, query.from, query.to);
    result.series = bucketDays(days, query.bucket, query.weekStart);
    result.rolling = rollingMean(days, query.from, query.to);
    result.regions = rankRegions(store.regionTotals(query.filter, query.from, query.to));
    result.verdict = judge(days, query.from, query.to);
    return result;
}

QString verdictSentence(const QString& subject, const Verdict& verdict)
{
    const auto number = [](double v) { return QString::number(v, 'f', 1); };
    QString words;
    switch (verdict.label) {
    case VerdictLabel::Improved:
        words = tr("better");
        break;
    case VerdictLabel::Worse:
        words = tr("worse");
        break;
    case VerdictLabel::NoClearChange:
        words = tr("no clear change");
        break;
    case VerdictLabel::NotEnoughData:
        return tr("%1: not enough ratings yet to tell (needs at least 28 days and 3 ratings in the first and "
                  "in "
                  "the last 14 days)")
            .arg(subject);
    }
    QString sentence = tr("%1: %2 — %3 → %4")
                           .arg(subject, words, number(*verdict.baselineMean), number(*verdict.recentMean));
    if (const auto percent = verdict.percent()) {
        const long rounded = std::lround(*percent);
        // A true minus sign reads better than a hyphen.
        sentence += QStringLiteral(", %1%2%")
                        .arg(rounded < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                        .arg(std::abs(rounded));
    }
    return sentence;
}

double roundTo2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonObject trendsToJson(const TrendResult& result)
{
    const auto optional = [](const std::optional<double>& v) {
        return v ? QJsonValue(roundTo2(*v)) : QJsonValue();
    };
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
    const Verdict& v = result.verdict;
    const QJsonObject verdict{{QStringLiteral("baseline_mean"), optional(v.baselineMean)},
                              {QStringLiteral("recent_mean"), optional(v.recentMean)},
                              {QStringLiteral("change"), optional(v.change())},
                              {QStringLiteral("percent"), optional(v.percent())},
                              {QStringLiteral("label"), verdictKey(v.label)}};
    return {{QStringLiteral("bucket"), bucketKey(result.query.bucket)},
            {QStringLiteral("from"), result.query.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), result.query.to.toString(Qt::ISODate)},
            {QStringLiteral("series"), series},
            {QStringLiteral("regions"), regions},
            {QStringLiteral("verdict"), verdict}};
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
