// SPDX-License-Identifier: GPL-3.0-or-later
// Trends against answers worked out by hand (tests/data/trends-fixture.md shows the working).
#include "TempDatabase.h"

#include "analysis/Trends.h"

#include <QFile>
#include <QJsonDocument>
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

// A 28-day range with the given ratings in its first and last 14 days.
Verdict verdictFor(std::initializer_list<int> baseline, std::initializer_list<int> recent, int rangeDays = 28)
{
    const QDate from(2026, 1, 5);
    const QDate to = from.addDays(rangeDays - 1);
    return judge({day(from, baseline), day(to, recent)}, from, to);
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
            "start,mean,max,min,count,days\r\n2026-03-01,5.50,8,3,12,10\r\n2026-04-01,2.67,3,2,3,3\r\n"));
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

TEST(Trends, TheRollingMeanCoversTheLastSevenDays)
{
    const QDate d0(2026, 5, 1);
    // Day 0: 4; day 3: 6, 8; day 9: 2.
    const QList<DailyAggregate> days = {day(d0, {4}), day(d0.addDays(3), {6, 8}), day(d0.addDays(9), {2})};
    const QList<RollingPoint> points = rollingMean(days, d0, d0.addDays(10));
    QHash<QDate, double> byDay;
    for (const RollingPoint& p : points)
        byDay.insert(p.day, p.mean);
    EXPECT_DOUBLE_EQ(byDay.value(d0), 4.0);
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(3)), 6.0);        // (4 + 6 + 8) / 3
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(6)), 6.0);        // day 0 is still inside
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(7)), 7.0);        // day 0 has left: (6 + 8) / 2
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(9)), 16.0 / 3.0); // 6, 8, 2
    EXPECT_DOUBLE_EQ(byDay.value(d0.addDays(10)), 2.0);       // day 3 has left
    EXPECT_EQ(points.size(), 11);
}

TEST(Trends, TheVerdictNeedsThirtyPercentAndOnePoint)
{
    // 5 → 3.5 is exactly 30% and 1.5 points: improved.
    EXPECT_EQ(verdictFor({5, 5, 5}, {3, 4, 3, 4}).label, VerdictLabel::Improved);
    // 5 → 3.6 is 28%: no clear change.
    EXPECT_EQ(verdictFor({5, 5, 5, 5, 5}, {4, 4, 4, 3, 3}).label, VerdictLabel::NoClearChange);
    // 2 → 1.2 is 40% but under 1 point: no clear change.
    EXPECT_EQ(verdictFor({2, 2, 2, 2, 2}, {1, 1, 1, 1, 2}).label, VerdictLabel::NoClearChange);
    // 2 → 1 is 50% and exactly 1 point: improved.
    EXPECT_EQ(verdictFor({2, 2, 2}, {1, 1, 1}).label, VerdictLabel::Improved);
    // 4 → 6: +50%, 2 points: worse.
    EXPECT_EQ(verdictFor({4, 4, 4}, {6, 6, 6}).label, VerdictLabel::Worse);
    // From 0, a rise of 1 point is worse; a rise of 0.67 is not.
    EXPECT_EQ(verdictFor({0, 0, 0}, {1, 1, 1}).label, VerdictLabel::Worse);
    EXPECT_EQ(verdictFor({0, 0, 0}, {1, 1, 0}).label, VerdictLabel::NoClearChange);
    const Verdict fromZero = verdictFor({0, 0, 0}, {1, 1, 1});
    EXPECT_FALSE(fromZero.percent().has_value());
    EXPECT_DOUBLE_EQ(*fromZero.change(), 1.0);
}

TEST(Trends, TheVerdictWantsEnoughData)
{
    EXPECT_EQ(verdictFor({8, 8}, {2, 2, 2}).label, VerdictLabel::NotEnoughData);        // 2 baseline ratings
    EXPECT_EQ(verdictFor({8, 8, 8}, {2, 2}).label, VerdictLabel::NotEnoughData);        // 2 recent ratings
    EXPECT_EQ(verdictFor({8, 8, 8}, {2, 2, 2}, 27).label, VerdictLabel::NotEnoughData); // 27 days
    EXPECT_EQ(verdictFor({8, 8, 8}, {2, 2, 2}, 28).label, VerdictLabel::Improved);
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
    // Worked out in trends-fixture.md: trapezius burden 40.5 over 8 days, QL 23 over 5.
    const QList<RegionTotals> totals = store->regionTotals({}, QDate(2026, 3, 2), QDate(2026, 4, 12));
    ASSERT_EQ(totals.size(), 2);
    EXPECT_EQ(totals[0].region, QStringLiteral("quadratus-lumborum-right"));
    EXPECT_DOUBLE_EQ(totals[0].burden, 23.0);
    EXPECT_EQ(totals[0].days, 5);
    EXPECT_EQ(totals[1].region, QStringLiteral("upper-trapezius-left"));
    EXPECT_DOUBLE_EQ(totals[1].burden, 40.5);
    EXPECT_EQ(totals[1].days, 8);
    EXPECT_EQ(totals[1].sum, 51);
}

TEST_F(TrendsFixture, TrendQueriesReadTheLocalDayIndexes)
{
    // The expression in the queries must match the index, or ten years of ratings get sorted on every chart.
    RawConnection raw(temp.path());
    QSqlQuery q(raw.db());
    const QString sql = KnotStore::dailyAggregateSql({});
    ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                       QString(sql).replace(QStringLiteral("?"), QStringLiteral("1"))));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    EXPECT_TRUE(plan.contains(QStringLiteral("COVERING INDEX ratings_by_local_day"))) << plan.toStdString();
    EXPECT_FALSE(plan.contains(QStringLiteral("TEMP B-TREE"))) << plan.toStdString();
}

TEST(Trends, TheVerdictReadsAsASentence)
{
    Verdict v;
    v.label = VerdictLabel::Improved;
    v.baselineMean = 6.8;
    v.recentMean = 3.9;
    EXPECT_EQ(verdictSentence(QStringLiteral("Left upper trapezius"), v),
              QStringLiteral("Left upper trapezius: better — 6.8 → 3.9, −43%"));
    v.label = VerdictLabel::Worse;
    v.baselineMean = 2.0;
    v.recentMean = 3.5;
    EXPECT_EQ(verdictSentence(QStringLiteral("All regions"), v),
              QStringLiteral("All regions: worse — 2.0 → 3.5, +75%"));
    v.label = VerdictLabel::NotEnoughData;
    EXPECT_TRUE(verdictSentence(QStringLiteral("All regions"), v).contains(QStringLiteral("not enough")));
}
