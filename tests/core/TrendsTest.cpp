// SPDX-License-Identifier: GPL-3.0-or-later
// Trends against answers worked out by hand (tests/data/trends-fixture.md shows the working).
#include "TempDatabase.h"

#include "analysis/Trends.h"
#include "domain/LocalDay.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

QJsonObject golden(const char* name)
{
    QFile file(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/") + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return QJsonDocument::fromJson(file.readAll()).object();
}

class TrendsFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = temp.open();
        loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
    }
    TrendQuery query(BucketSize bucket, RatingFilter filter = {}) const
    {
        return {QDate(2026, 3, 2), QDate(2026, 4, 12), bucket, Qt::Monday, filter};
    }
    TempDatabase temp;
    std::unique_ptr<KnotStore> store;
};

DailyAggregate day(QDate date, std::initializer_list<int> scores)
{
    DailyAggregate d{date, 0, 0, *std::max_element(scores.begin(), scores.end()),
                     *std::min_element(scores.begin(), scores.end())};
    for (int s : scores) {
        d.sum += s;
        ++d.count;
    }
    return d;
}

} // namespace

TEST_F(TrendsFixture, WeeklyAcrossAClockChangeAndTwoTimeZonesMatchesTheGoldenFile)
{
    EXPECT_EQ(trendsToJson(computeTrends(*store, query(BucketSize::Week))), golden("trends-weekly.json"));
}

TEST_F(TrendsFixture, OneRegionMatchesTheGoldenFile)
{
    const RatingFilter ql{{QStringLiteral("quadratus-lumborum-right")}, {}};
    EXPECT_EQ(trendsToJson(computeTrends(*store, query(BucketSize::Week, ql))),
              golden("trends-weekly-ql.json"));
    // The same knot chosen by its spot key gives the same answer.
    const RatingFilter bySpot{{}, {QStringLiteral("ql")}};
    EXPECT_EQ(trendsToJson(computeTrends(*store, query(BucketSize::Week, bySpot))),
              golden("trends-weekly-ql.json"));
}

TEST_F(TrendsFixture, ARegionAndASpotElsewhereMeanBoth)
{
    const RatingFilter both{{QStringLiteral("upper-trapezius-left")}, {QStringLiteral("ql")}};
    EXPECT_EQ(trendsToJson(computeTrends(*store, query(BucketSize::Week, both))),
              golden("trends-weekly.json"));
}

TEST(TrendsVerdictFixture, KnotByKnotMatchesTheGoldenFile)
{
    // trends-fixture.md, "The verdict, knot by knot": two knots followed, 5.5 → 3.3, −40%.
    TempDatabase temp;
    const auto store = temp.open();
    loadRatingsFixture(*store, QStringLiteral("trends-verdict-fixture.csv"));
    const TrendQuery twelveWeeks{QDate(2026, 1, 5), QDate(2026, 3, 29), BucketSize::Week, Qt::Monday, {}};
    const TrendResult result = computeTrends(*store, twelveWeeks);
    EXPECT_EQ(trendsToJson(result), golden("trends-verdict.json"));
    EXPECT_EQ(result.verdict.followedSpotIds, (QList<qint64>{store->spotByKey(QStringLiteral("trap"))->id,
                                                             store->spotByKey(QStringLiteral("ql"))->id}));
    EXPECT_EQ(result.verdict.baselineCount, 16); // trap 11 ratings (six on the flare day), ql 5
    EXPECT_EQ(result.verdict.recentCount, 12);   // trap 6, ql 6
    // The store's own verdict (what the planner's red flags ask) agrees with the one computeTrends gives.
    const Verdict direct = judge(*store, {}, twelveWeeks.from, twelveWeeks.to);
    EXPECT_EQ(verdictToJson(direct), verdictToJson(result.verdict));
}

TEST_F(TrendsFixture, MonthlyMatchesTheGoldenFile)
{
    EXPECT_EQ(trendsToJson(computeTrends(*store, query(BucketSize::Month))), golden("trends-monthly.json"));
}

TEST_F(TrendsFixture, DailyBucketsKeepBothSidesOfTheClockChangeOnOneDay)
{
    const TrendResult result =
        computeTrends(*store, query(BucketSize::Day, {{QStringLiteral("upper-trapezius-left")}, {}}));
    const auto march29 = std::find_if(result.series.cbegin(), result.series.cend(),
                                      [](const BucketStats& b) { return b.start == QDate(2026, 3, 29); });
    ASSERT_NE(march29, result.series.cend());
    EXPECT_EQ(march29->count, 2);
    EXPECT_DOUBLE_EQ(march29->mean, 3.5);
    EXPECT_EQ(result.series.size(), 8); // eight days with a trapezius rating
}

TEST_F(TrendsFixture, WeeksCanStartOnSunday)
{
    TrendQuery sunday = query(BucketSize::Week);
    sunday.weekStart = Qt::Sunday;
    const TrendResult result = computeTrends(*store, sunday);
    // Worked out by hand: Sun 1 Mar–Sat 7 Mar holds 8, 6, 7 (the 1 Mar rating is outside the range) ...
    const QList<std::pair<QDate, double>> expected = {{QDate(2026, 3, 1), 7.0},  {QDate(2026, 3, 8), 6.0},
                                                      {QDate(2026, 3, 15), 5.5}, {QDate(2026, 3, 22), 5.0},
                                                      {QDate(2026, 3, 29), 3.5}, {QDate(2026, 4, 5), 2.0},
                                                      {QDate(2026, 4, 12), 3.0}};
    ASSERT_EQ(result.series.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(result.series[i].start, expected[i].first);
        EXPECT_DOUBLE_EQ(result.series[i].mean, expected[i].second);
    }
}

TEST_F(TrendsFixture, CsvCarriesTheSeries)
{
    EXPECT_EQ(
        trendsSeriesToCsv(computeTrends(*store, query(BucketSize::Month))),
        QByteArray(
            "start,mean,max,min,count,days\r\n2026-03-01,5.55,8,3,12,10\r\n2026-04-01,2.67,3,2,3,3\r\n"));
}

TEST(Trends, BucketStartsFollowTheCalendar)
{
    EXPECT_EQ(bucketStart(QDate(2026, 3, 29), BucketSize::Week, Qt::Monday), QDate(2026, 3, 23));
    EXPECT_EQ(bucketStart(QDate(2026, 3, 30), BucketSize::Week, Qt::Monday), QDate(2026, 3, 30));
    EXPECT_EQ(bucketStart(QDate(2026, 3, 29), BucketSize::Week, Qt::Sunday), QDate(2026, 3, 29));
    EXPECT_EQ(bucketStart(QDate(2026, 3, 28), BucketSize::Week, Qt::Sunday), QDate(2026, 3, 22));
    EXPECT_EQ(bucketStart(QDate(2024, 2, 29), BucketSize::Month, Qt::Monday), QDate(2024, 2, 1));
    EXPECT_EQ(bucketStart(QDate(2026, 1, 1), BucketSize::Week, Qt::Monday),
              QDate(2025, 12, 29)); // across a year
}

TEST(Trends, TheRollingMeanCoversTheLastSevenDaysEachDayOnce)
{
    const QDate d0(2026, 5, 1);
    // Day 0: 4; day 3: 6, 8 (a day's mean of 7); day 9: 2.
    const QList<DailyAggregate> days = {day(d0, {4}), day(d0.addDays(3), {6, 8}), day(d0.addDays(9), {2})};
    const QList<RollingPoint> points = rollingMean(days, d0, d0.addDays(10));
    QHash<QDate, double> byDay;
    for (const RollingPoint& p : points)
        byDay.insert(p.day, p.mean);
    EXPECT_DOUBLE_EQ(byDay.value(d0), 4.0);
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(3)), 5.5);  // (4 + 7) / 2: day 3 counts once, not twice
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(6)), 5.5);  // day 0 is still inside
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(7)), 7.0);  // day 0 has left
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(9)), 4.5);  // (7 + 2) / 2
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(10)), 2.0); // day 3 has left
    EXPECT_EQ(points.size(), 11);
}

TEST(Trends, TheRollingMeanOfAVeryLongPeriodHoldsTheSamePointsAsItsRatedStretch)
{
    // Two rated days in a 9,999-year period: points exist only from the first rated day to 6 days after the
    // last, exactly as for the period that just covers them, and the walk does not visit 3.6 million days.
    const QDate d0(2026, 5, 1);
    const QList<DailyAggregate> days = {day(d0, {4}), day(d0.addDays(3), {6, 8})};
    const QList<RollingPoint> wide = rollingMean(days, QDate(1, 1, 1), QDate(9999, 12, 31));
    const QList<RollingPoint> narrow = rollingMean(days, d0, d0.addDays(9));
    ASSERT_EQ(wide.size(), 10); // day 0 to day 3 + 6
    ASSERT_EQ(narrow.size(), wide.size());
    for (qsizetype i = 0; i < wide.size(); ++i) {
        EXPECT_EQ(wide[i].day, narrow[i].day);
        EXPECT_DOUBLE_EQ(wide[i].mean, narrow[i].mean);
    }
    EXPECT_EQ(wide.constFirst().day, d0);
    EXPECT_EQ(wide.constLast().day, d0.addDays(9));
    EXPECT_DOUBLE_EQ(wide.constLast().mean, 7.0);
    EXPECT_TRUE(rollingMean({}, QDate(1, 1, 1), QDate(9999, 12, 31)).isEmpty());
}

TEST(Trends, ABucketWeighsEachDayOnce)
{
    // A flare day rated twelve times at 9 and six quiet days at 2, in one week: (9 + 6 × 2) / 7 = 3, where
    // pooling the ratings would give (108 + 12) / 18 = 6.67.
    const QDate monday(2026, 5, 4);
    QList<DailyAggregate> days = {day(monday, {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9})};
    for (int i = 1; i < 7; ++i)
        days.append(day(monday.addDays(i), {2}));
    const QList<BucketStats> weeks = bucketDays(days, BucketSize::Week, Qt::Monday);
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_DOUBLE_EQ(weeks[0].mean, 3.0);
    EXPECT_EQ(weeks[0].count, 18);
    EXPECT_EQ(weeks[0].days, 7);
    EXPECT_EQ(weeks[0].max, 9);
    EXPECT_EQ(weeks[0].min, 2);
    // A month the same way: the week above plus 8 days at 5 in the next: (9 + 6 × 2 + 8 × 5) / 15.
    for (int i = 7; i < 15; ++i)
        days.append(day(monday.addDays(i), {5}));
    const QList<BucketStats> months = bucketDays(days, BucketSize::Month, Qt::Monday);
    ASSERT_EQ(months.size(), 1);
    EXPECT_DOUBLE_EQ(months[0].mean, 61.0 / 15.0);
}

TEST(Trends, HotspotsRankByHowOftenAndHowBadly)
{
    const QList<RegionTotals> totals = {
        {QStringLiteral("piriformis-left"), 9, 1, 9, 1, 9.0},   // once, badly: burden 9
        {QStringLiteral("rhomboids-right"), 18, 6, 3, 5, 15.0}, // five days of 3: burden 15
        {QStringLiteral("splenius-left"), 9, 1, 9, 1, 9.0},     // ties piriformis; same max: by id
        {QStringLiteral("teres-minor-left"), 0, 0, 0, 0, 0.0},  // nothing: left out
    };
    const QList<RegionStats> ranked = rankRegions(totals);
    ASSERT_EQ(ranked.size(), 3);
    EXPECT_EQ(ranked[0].region, QStringLiteral("rhomboids-right"));
    EXPECT_DOUBLE_EQ(ranked[0].mean, 3.0);
    EXPECT_EQ(ranked[1].region, QStringLiteral("piriformis-left"));
    EXPECT_EQ(ranked[2].region, QStringLiteral("splenius-left"));
}

TEST_F(TrendsFixture, RegionTotalsCountEveryRatingOfTheDay)
{
    // Worked out in trends-fixture.md: trapezius burden 40.5 over 8 days (51 points in all), QL 23 over 5;
    // ranked by burden.
    TrendQuery query;
    query.from = QDate(2026, 3, 2);
    query.to = QDate(2026, 4, 12);
    const QList<RegionStats> regions = computeTrends(*store, query).regions;
    ASSERT_EQ(regions.size(), 2);
    EXPECT_EQ(regions[0].region, QStringLiteral("upper-trapezius-left"));
    EXPECT_DOUBLE_EQ(regions[0].burden, 40.5);
    EXPECT_EQ(regions[0].days, 8);
    EXPECT_DOUBLE_EQ(regions[0].mean * regions[0].count, 51.0);
    EXPECT_EQ(regions[1].region, QStringLiteral("quadratus-lumborum-right"));
    EXPECT_DOUBLE_EQ(regions[1].burden, 23.0);
    EXPECT_EQ(regions[1].days, 5);
}

TEST_F(TrendsFixture, TrendQueriesReadTheLocalDayIndexes)
{
    // The expression in the queries must match the index, or ten years of ratings get sorted on every chart.
    RawConnection raw(temp.path());
    const auto planOf = [&](const QString& sql) {
        QSqlQuery q(raw.db());
        EXPECT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                           QString(sql).replace(QStringLiteral("?"), QStringLiteral("1"))));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        return plan;
    };
    const QString daily = planOf(KnotStore::dailyAggregateSql({}));
    EXPECT_TRUE(daily.contains(QStringLiteral("COVERING INDEX ratings_by_local_day"))) << daily.toStdString();
    EXPECT_FALSE(daily.contains(QStringLiteral("TEMP B-TREE"))) << daily.toStdString();

    // The verdict's rows per spot and day: every spot off the day index, a filter's spots off the spot index,
    // and neither sorts (issue 11 runs these over ten years of ratings).
    const QString everySpot = planOf(KnotStore::spotDailyAggregateSql({}));
    EXPECT_TRUE(everySpot.contains(QStringLiteral("COVERING INDEX ratings_by_local_day")))
        << everySpot.toStdString();
    EXPECT_FALSE(everySpot.contains(QStringLiteral("TEMP B-TREE"))) << everySpot.toStdString();
    for (const RatingFilter& filter :
         {RatingFilter{{QStringLiteral("upper-trapezius-left")}, {}},
          RatingFilter{{}, {QStringLiteral("ql")}},
          RatingFilter{{QStringLiteral("upper-trapezius-left")}, {QStringLiteral("ql")}}}) {
        const QString some = planOf(KnotStore::spotDailyAggregateSql(filter));
        EXPECT_TRUE(some.contains(QStringLiteral("COVERING INDEX ratings_by_spot_local_day")))
            << some.toStdString();
        EXPECT_FALSE(some.contains(QStringLiteral("TEMP B-TREE"))) << some.toStdString();
    }
    // The trends' one walk (issue 11): every spot's ratings in day and spot order straight off the day index,
    // with no sort; a filter's spots off the spot index (only their rows, then sorted: a region's ten years).
    const QString walk = planOf(KnotStore::spotDayTotalsSql({}));
    EXPECT_TRUE(walk.contains(QStringLiteral("COVERING INDEX ratings_by_local_day"))) << walk.toStdString();
    EXPECT_FALSE(walk.contains(QStringLiteral("TEMP B-TREE"))) << walk.toStdString();
    const QString region =
        planOf(KnotStore::spotDayTotalsSql({{QStringLiteral("upper-trapezius-left")}, {}}));
    EXPECT_TRUE(region.contains(QStringLiteral("COVERING INDEX ratings_by_spot_local_day")))
        << region.toStdString();
}

TEST_F(TrendsFixture, SpotDaysAreSummedPerSpotAndLocalDay)
{
    // 29 March holds two trapezius ratings across the clock change (4 and 3); 30 March's QL rating at 00:30
    // (+02:00) is that day, not 29 March.
    const qint64 trapId = store->spotByKey(QStringLiteral("trap"))->id;
    const qint64 qlId = store->spotByKey(QStringLiteral("ql"))->id;
    const QList<SpotDailyAggregate> rows =
        store->spotDailyAggregates({}, QDate(2026, 3, 29), QDate(2026, 3, 30));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].spotId, trapId);
    EXPECT_EQ(rows[0].day, QDate(2026, 3, 29));
    EXPECT_EQ(rows[0].sum, 7);
    EXPECT_EQ(rows[0].count, 2);
    EXPECT_EQ(rows[1].spotId, qlId);
    EXPECT_EQ(rows[1].day, QDate(2026, 3, 30));
    EXPECT_EQ(rows[1].sum, 4);
    // With a filter, the same rows in the same order: by day, then spot.
    const RatingFilter both{{QStringLiteral("upper-trapezius-left")}, {QStringLiteral("ql")}};
    const QList<SpotDailyAggregate> filtered =
        store->spotDailyAggregates(both, QDate(2026, 3, 2), QDate(2026, 4, 12));
    ASSERT_EQ(filtered.size(), 13); // 8 trapezius days, 5 QL days
    for (qsizetype i = 1; i < filtered.size(); ++i) {
        EXPECT_TRUE(filtered[i - 1].day < filtered[i].day ||
                    (filtered[i - 1].day == filtered[i].day && filtered[i - 1].spotId < filtered[i].spotId));
    }
    EXPECT_EQ(filtered.constFirst().day, QDate(2026, 3, 2));
    EXPECT_EQ(filtered.constFirst().sum, 14); // 8 + 6
}

namespace {
// The region totals as the trends read them before issue 11, all in SQL (spot-days, then region-days, then
// regions): the reference the one pass is held to.
QList<RegionTotals> regionTotalsInSql(const QString& path, const RatingFilter& filter, QDate from, QDate to)
{
    RawConnection raw(path);
    QSqlQuery q(raw.db());
    const QString day = localDaySql(QStringLiteral("r"));
    const QString only = filter.regions.isEmpty()
                             ? QString()
                             : QStringLiteral(" AND r.spot_id IN (SELECT id FROM spots WHERE region = '%1')")
                                   .arg(filter.regions.constFirst());
    EXPECT_TRUE(q.exec(
        QStringLiteral("SELECT region, sum(total), sum(n), max(hi), count(*), sum(total * 1.0 / n) FROM ("
                       "  SELECT s.region AS region, d.day AS day, sum(d.total) AS total, sum(d.n) AS n, "
                       "         max(d.hi) AS hi"
                       "  FROM (SELECT r.spot_id AS spot_id, %1 AS day, sum(r.intensity) AS total, "
                       "               count(*) AS n, max(r.intensity) AS hi"
                       "        FROM ratings r WHERE %1 BETWEEN %2 AND %3%4 GROUP BY r.spot_id, day) d"
                       "  JOIN spots s ON s.id = d.spot_id GROUP BY s.region, d.day) "
                       "GROUP BY region ORDER BY region")
            .arg(day)
            .arg(localDayNumber(from))
            .arg(localDayNumber(to))
            .arg(only)))
        << q.lastError().text().toStdString();
    QList<RegionTotals> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                       q.value(4).toInt(), q.value(5).toDouble()});
    return result;
}
} // namespace

TEST_F(TrendsFixture, OnePassOverSpotDaysGivesTheSameDaysAndRegionsAsTheirOwnQueries)
{
    // computeTrends reads the period once, per spot and day, and sums days and regions from those rows
    // (issue 11); they must be what the two separate queries give.
    for (const RatingFilter& filter :
         {RatingFilter{}, RatingFilter{{QStringLiteral("upper-trapezius-left")}, {}}}) {
        TrendQuery query;
        query.from = QDate(2026, 3, 2);
        query.to = QDate(2026, 4, 12);
        query.bucket = BucketSize::Day;
        query.filter = filter;
        const TrendResult result = computeTrends(*store, query);
        const QList<RegionStats> expected =
            rankRegions(regionTotalsInSql(temp.path(), filter, query.from, query.to));
        ASSERT_EQ(result.regions.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(result.regions[i].region, expected[i].region);
            EXPECT_DOUBLE_EQ(result.regions[i].mean, expected[i].mean);
            EXPECT_EQ(result.regions[i].max, expected[i].max);
            EXPECT_EQ(result.regions[i].count, expected[i].count);
            EXPECT_EQ(result.regions[i].days, expected[i].days);
            EXPECT_DOUBLE_EQ(result.regions[i].burden, expected[i].burden);
        }
        const QList<DailyAggregate> days = store->dailyAggregates(filter, query.from, query.to);
        ASSERT_EQ(result.series.size(), days.size());
        for (qsizetype i = 0; i < days.size(); ++i) {
            EXPECT_EQ(result.series[i].start, days[i].day);
            EXPECT_EQ(result.series[i].count, days[i].count);
            EXPECT_EQ(result.series[i].max, days[i].max);
            EXPECT_EQ(result.series[i].min, days[i].min);
            EXPECT_DOUBLE_EQ(result.series[i].mean, double(days[i].sum) / days[i].count);
        }
    }
}

// Issue 12: felt pain is followed like a region ("temple headache over 12 weeks"). Each week from Monday
// 2 March 2026: Monday one rating of 8, 7, 6 or 5 (falling every three weeks), Thursday two ratings, 4 and 6
// (day mean 5). A week's mean weighs each day once: (Monday + 5) / 2. A knot rated 2 on the same days is
// left out by the filter.
TEST(TrendsFeltPain, AFeltAreaFollowedAsARegionOverTwelveWeeksGivesItsOwnSeries)
{
    TempDatabase temp;
    auto store = temp.open();
    const auto at = [](QDate day) { return day.toString(Qt::ISODate) + QStringLiteral("T09:00:00+01:00"); };
    qint64 temple = 0, knot = 0;
    for (int week = 0; week < 12; ++week) {
        const QDate monday = QDate(2026, 3, 2).addDays(7 * week);
        const QDate thursday = monday.addDays(3);
        const int mondayScore = 8 - week / 3;
        for (const auto& [day, score] : {std::pair{monday, mondayScore}, {thursday, 4}, {thursday, 6}}) {
            if (!temple) {
                auto felt = store->createFeltSpot(QStringLiteral("temple-left"), QPointF(0.62, 0.08),
                                                  ratingAt(at(day), score));
                ASSERT_TRUE(felt) << felt.error().toStdString();
                temple = felt->spot.id;
                auto made = store->createSpot(labelOf("upper-trapezius-left"), ratingAt(at(day), 2));
                ASSERT_TRUE(made) << made.error().toStdString();
                knot = made->spot.id;
                continue;
            }
            Rating felt = ratingAt(at(day), score);
            felt.spotId = temple;
            ASSERT_TRUE(store->addRating(felt));
            Rating knotRating = ratingAt(at(day), 2);
            knotRating.spotId = knot;
            ASSERT_TRUE(store->addRating(knotRating));
        }
    }
    const TrendQuery query{QDate(2026, 3, 2), QDate(2026, 5, 24), BucketSize::Week, Qt::Monday,
                           RatingFilter{{QStringLiteral("temple-left")}, {}}};
    const TrendResult result = computeTrends(*store, query);
    const double means[12] = {6.5, 6.5, 6.5, 6, 6, 6, 5.5, 5.5, 5.5, 5, 5, 5};
    const int maxes[12] = {8, 8, 8, 7, 7, 7, 6, 6, 6, 6, 6, 6};
    ASSERT_EQ(result.series.size(), 12);
    for (int week = 0; week < 12; ++week) {
        const BucketStats& bucket = result.series[week];
        EXPECT_EQ(bucket.start, QDate(2026, 3, 2).addDays(7 * week)) << week;
        EXPECT_DOUBLE_EQ(bucket.mean, means[week]) << week;
        EXPECT_EQ(bucket.max, maxes[week]) << week;
        EXPECT_EQ(bucket.min, 4) << week;
        EXPECT_EQ(bucket.count, 3) << week;
        EXPECT_EQ(bucket.days, 2) << week;
    }
    ASSERT_EQ(result.regions.size(), 1);
    EXPECT_EQ(result.regions[0].region, QStringLiteral("temple-left"));
    EXPECT_EQ(result.regions[0].count, 36);
    EXPECT_EQ(store->placeName(result.regions[0].region), QStringLiteral("Left temple"));
}
