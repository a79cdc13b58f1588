// SPDX-License-Identifier: GPL-3.0-or-later
// Trends at ten years of heavy use: KnotMap's path (Qt Sql + C++) beside the same SQL through SQLite's
// C API on the same file, and the chart painted into an image. Figures: docs/benchmarks.md.
#include "HeavyHistory.h"

#include "analysis/Trends.h"
#include "painters/TrendChartPainter.h"
#include "storage/KnotStore.h"

#include <QFile>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

using namespace knotmap;
using knotmap::bench::heavyHistory;

namespace {

QString firstRegion()
{
    return knotmap::bench::heavyStore().spots().constFirst().region;
}

TrendQuery tenYears()
{
    return {heavyHistory().first, heavyHistory().last, BucketSize::Week, Qt::Monday, {}};
}

TrendQuery twelveWeeksOneRegion()
{
    return {heavyHistory().last.addDays(-83),
            heavyHistory().last,
            BucketSize::Week,
            Qt::Monday,
            {{firstRegion()}, {}}};
}

// The same statement and values KnotStore::dailyAggregates runs, through SQLite's C API.
qint64 dailyAggregatesThroughSqlite(const TrendQuery& query)
{
    static sqlite3* db = [] {
        sqlite3* opened = nullptr;
        sqlite3_open_v2(QFile::encodeName(heavyHistory().path).constData(), &opened, SQLITE_OPEN_READONLY,
                        nullptr);
        return opened;
    }();
    const QByteArray statement = KnotStore::dailyAggregateSql(query.filter).toUtf8();
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, statement.constData(), -1, &stmt, nullptr);
    const QVariantList values = KnotStore::dailyAggregateValues(query.filter, query.from, query.to);
    QList<QByteArray> texts; // kept alive while bound
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::QString) {
            texts.append(values[i].toString().toUtf8());
            sqlite3_bind_text(stmt, i + 1, texts.constLast().constData(), -1, SQLITE_STATIC);
        } else {
            sqlite3_bind_int64(stmt, i + 1, values[i].toLongLong());
        }
    }
    qint64 checksum = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        checksum += sqlite3_column_int64(stmt, 1) + sqlite3_column_int(stmt, 2);
    sqlite3_finalize(stmt);
    return checksum;
}

qint64 dailyAggregatesThroughKnotMap(const TrendQuery& query)
{
    qint64 checksum = 0;
    for (const DailyAggregate& day :
         knotmap::bench::heavyStore().dailyAggregates(query.filter, query.from, query.to))
        checksum += day.sum + day.count;
    return checksum;
}

void setCounters(benchmark::State& state, const TrendQuery& query)
{
    state.counters["ratings_in_db"] = double(heavyHistory().ratings);
    state.counters["days"] = double(query.from.daysTo(query.to) + 1);
}

void BM_TenYearsDaily_KnotMap(benchmark::State& state)
{
    const TrendQuery query = tenYears();
    for (auto _ : state)
        benchmark::DoNotOptimize(dailyAggregatesThroughKnotMap(query));
    setCounters(state, query);
}

void BM_TenYearsDaily_PlainSqlite(benchmark::State& state)
{
    const TrendQuery query = tenYears();
    if (dailyAggregatesThroughSqlite(query) != dailyAggregatesThroughKnotMap(query))
        state.SkipWithError("plain sqlite3 and KnotMap disagree");
    for (auto _ : state)
        benchmark::DoNotOptimize(dailyAggregatesThroughSqlite(query));
    setCounters(state, query);
}

void BM_TenYearsWeeklyTrend_Complete(benchmark::State& state)
{
    const TrendQuery query = tenYears();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeTrends(knotmap::bench::heavyStore(), query).series.size());
    setCounters(state, query);
}

void BM_TwelveWeeksOneRegionDaily_KnotMap(benchmark::State& state)
{
    const TrendQuery query = twelveWeeksOneRegion();
    for (auto _ : state)
        benchmark::DoNotOptimize(dailyAggregatesThroughKnotMap(query));
    setCounters(state, query);
}

void BM_TwelveWeeksOneRegionDaily_PlainSqlite(benchmark::State& state)
{
    const TrendQuery query = twelveWeeksOneRegion();
    if (dailyAggregatesThroughSqlite(query) != dailyAggregatesThroughKnotMap(query))
        state.SkipWithError("plain sqlite3 and KnotMap disagree");
    for (auto _ : state)
        benchmark::DoNotOptimize(dailyAggregatesThroughSqlite(query));
    setCounters(state, query);
}

void BM_TwelveWeeksOneRegionTrend_Complete(benchmark::State& state)
{
    const TrendQuery query = twelveWeeksOneRegion();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeTrends(knotmap::bench::heavyStore(), query).series.size());
    setCounters(state, query);
}

// Painting a 12-week chart at a large window size, with every rating as a dot (arg 1) or without (arg 0):
// every region of the heavy history (some 20,000 dots), and one region.
void paintChart(benchmark::State& state, TrendQuery query)
{
    const TrendChartData data = TrendChartData::fromResult(
        computeTrends(knotmap::bench::heavyStore(), query),
        state.range(0) ? knotmap::bench::heavyStore().ratingPoints(query.filter, query.from, query.to, 200000)
                       : std::nullopt);
    QImage image(1400, 700, QImage::Format_ARGB32_Premultiplied);
    QPalette palette;
    const TrendChartPainter painter(TrendChartStyle::fromPalette(palette));
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paint(p, image.rect(), data);
    }
    state.counters["dots"] = data.ratings ? double(data.ratings->size()) : 0;
}

void BM_PaintTwelveWeekChart_AllRegions(benchmark::State& state)
{
    TrendQuery query = twelveWeeksOneRegion();
    query.filter = {};
    paintChart(state, query);
}

void BM_PaintTwelveWeekChart_OneRegion(benchmark::State& state)
{
    paintChart(state, twelveWeeksOneRegion());
}

} // namespace

// The statements with their values written in, for the sqlite3 shell (scripts/bench.sh).
void printSqlForShell()
{
    for (const TrendQuery& query : {tenYears(), twelveWeeksOneRegion()}) {
        QString statement = KnotStore::dailyAggregateSql(query.filter);
        for (const QVariant& value : KnotStore::dailyAggregateValues(query.filter, query.from, query.to)) {
            const QString literal = value.typeId() == QMetaType::QString
                                        ? QLatin1Char('\'') + value.toString() + QLatin1Char('\'')
                                        : QString::number(value.toLongLong());
            statement.replace(statement.indexOf(QLatin1Char('?')), 1, literal);
        }
        std::printf("%s;\n", qPrintable(statement));
    }
    std::printf("-- %s\n", qPrintable(heavyHistory().path));
}

BENCHMARK(BM_TenYearsDaily_KnotMap)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TenYearsDaily_PlainSqlite)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TenYearsWeeklyTrend_Complete)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TwelveWeeksOneRegionDaily_KnotMap)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TwelveWeeksOneRegionDaily_PlainSqlite)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TwelveWeeksOneRegionTrend_Complete)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PaintTwelveWeekChart_AllRegions)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PaintTwelveWeekChart_OneRegion)->Arg(1)->Unit(benchmark::kMillisecond);
