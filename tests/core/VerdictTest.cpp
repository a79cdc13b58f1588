// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict, knot by knot, on cases worked out by hand (issue 10). The first four are the faults the issue
// names; each read wrongly under the old rule (ratings pooled over the period's first and last 14 days), and
// each failed when this file was first built against it.
#include "TempDatabase.h"

#include "analysis/Trends.h"
#include "report/ReportData.h"

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

class VerdictScenario : public ::testing::Test
{
protected:
    void SetUp() override { store = temp.open(); }

    // Rates the knot `key` on `day` once per score, from 08:00 a minute apart, in local time.
    void rate(const QString& key, const char* region, QDate day, std::initializer_list<int> scores)
    {
        int minute = 0;
        for (int score : scores) {
            Rating rating;
            rating.recordedAt = RecordedTime::localDayAt(day, QTime(8, minute++));
            rating.intensity = score;
            if (const auto spot = store->spotByKey(key)) {
                rating.spotId = spot->id;
                ASSERT_TRUE(store->addRating(rating));
            } else {
                ASSERT_TRUE(store->createSpot(labelOf(region), rating, key));
            }
        }
    }
    void rateDays(const QString& key, const char* region, QDate first, int days,
                  std::initializer_list<int> scores)
    {
        for (int i = 0; i < days; ++i)
            rate(key, region, first.addDays(i), scores);
    }
    Verdict verdictFor(QDate from, QDate to, const RatingFilter& filter = {}) const
    {
        return computeTrends(*store, {from, to, BucketSize::Week, Qt::Monday, filter}).verdict;
    }

    TempDatabase temp;
    std::unique_ptr<KnotStore> store;
    const QDate day0{2026, 1, 5}; // a Monday; the 28-day cases run to day 27, 1 February
    const QString trap = QStringLiteral("trap");
    const QString ql = QStringLiteral("ql");
};

} // namespace

TEST_F(VerdictScenario, OneFlareDayRatedTwelveTimesWeighsAsOneDay)
{
    // Day 0: twelve ratings of 9; days 1–13 and 14–27: one rating of 2 each.
    rate(trap, "upper-trapezius-left", day0, {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});
    rateDays(trap, "upper-trapezius-left", day0.addDays(1), 27, {2});
    // Pooled, the baseline was (12 × 9 + 13 × 2) / 25 = 5.36 and the fall to 2 read "better −63%".
    // Day by day: (9 + 13 × 2) / 14 = 2.5 → 2.0, a fall of 0.5 (20%): no clear change.
    const Verdict v = verdictFor(day0, day0.addDays(27));
    EXPECT_EQ(v.label, VerdictLabel::NoClearChange);
    ASSERT_TRUE(v.baselineMean && v.recentMean);
    EXPECT_DOUBLE_EQ(*v.baselineMean, 2.5);
    EXPECT_DOUBLE_EQ(*v.recentMean, 2.0);
}

TEST_F(VerdictScenario, ANewKnotDoesNotMakeASteadyOneReadBetter)
{
    // A steady 8 every day; from day 14 a new knot at 1, rated three times a day.
    rateDays(trap, "upper-trapezius-left", day0, 28, {8});
    rateDays(ql, "quadratus-lumborum-right", day0.addDays(14), 14, {1, 1, 1});
    // Pooled, the recent window was (14 × 8 + 42 × 1) / 56 = 2.75: "better −66%". The new knot has no
    // baseline days, so only the steady knot is followed: 8 → 8.
    const Verdict v = verdictFor(day0, day0.addDays(27));
    EXPECT_EQ(v.label, VerdictLabel::NoClearChange);
    ASSERT_TRUE(v.baselineMean && v.recentMean);
    EXPECT_DOUBLE_EQ(*v.baselineMean, 8.0);
    EXPECT_DOUBLE_EQ(*v.recentMean, 8.0);
}

TEST_F(VerdictScenario, ThreeRatingsOnOneDayAreNotEnough)
{
    // Three ratings of 8 on day 0 and three of 2 on day 27: one day in each window, not four.
    rate(trap, "upper-trapezius-left", day0, {8, 8, 8});
    rate(trap, "upper-trapezius-left", day0.addDays(27), {2, 2, 2});
    const Verdict v = verdictFor(day0, day0.addDays(27));
    EXPECT_EQ(v.label, VerdictLabel::NotEnoughData);
    EXPECT_FALSE(v.baselineMean.has_value());
    EXPECT_FALSE(v.recentMean.has_value());
}

TEST_F(VerdictScenario, TheWindowsFollowTheDataNotThePeriod)
{
    // A 12-week view (5 January – 29 March) holding 10 weeks of data, from day 14 to day 83: 6 in the first
    // two weeks of the data, 5 in between, 3 in the last two weeks.
    rateDays(trap, "upper-trapezius-left", day0.addDays(14), 14, {6});
    rateDays(trap, "upper-trapezius-left", day0.addDays(28), 42, {5});
    rateDays(trap, "upper-trapezius-left", day0.addDays(70), 14, {3});
    // The period's own first 14 days hold nothing, which read "not enough data". From the data: 6 → 3, −50%.
    const Verdict v = verdictFor(day0, day0.addDays(83));
    EXPECT_EQ(v.label, VerdictLabel::Improved);
    ASSERT_TRUE(v.baselineMean && v.recentMean);
    EXPECT_DOUBLE_EQ(*v.baselineMean, 6.0);
    EXPECT_DOUBLE_EQ(*v.recentMean, 3.0);
    EXPECT_EQ(v.baselineFrom, QDate(2026, 1, 19));
    EXPECT_EQ(v.baselineTo, QDate(2026, 2, 1));
    EXPECT_EQ(v.recentFrom, QDate(2026, 3, 16));
    EXPECT_EQ(v.recentTo, QDate(2026, 3, 29));
}

namespace {

using Days = std::initializer_list<std::initializer_list<int>>; // one list of scores per rated day

const QDate kFrom(2026, 1, 5);
const QDate kTo = kFrom.addDays(27); // 28 days: the shortest span with two whole windows

SpotDailyAggregate row(qint64 spot, QDate day, std::initializer_list<int> scores)
{
    SpotDailyAggregate r{spot, day, 0, 0};
    for (int s : scores) {
        r.sum += s;
        ++r.count;
    }
    return r;
}

// A knot rated on consecutive days from day 0 (its baseline days) and on consecutive days ending on day 27
// (its recent days).
QList<SpotDailyAggregate> knot(qint64 spot, Days baseline, Days recent)
{
    QList<SpotDailyAggregate> rows;
    int i = 0;
    for (const auto& scores : baseline)
        rows.append(row(spot, kFrom.addDays(i++), scores));
    i = int(recent.size()) - 1;
    for (const auto& scores : recent)
        rows.append(row(spot, kTo.addDays(-i--), scores));
    return rows;
}

VerdictLabel labelOf(Days baseline, Days recent)
{
    return judge(knot(1, baseline, recent), kFrom, kTo).label;
}

} // namespace

TEST(Verdict, ThirtyPercentAndOnePointBothWays)
{
    // 5 → 3.5: exactly 30%, 1.5 points: better. 5 → 6.5: exactly 30% up: worse.
    EXPECT_EQ(labelOf({{5}, {5}, {5}, {5}}, {{3}, {4}, {3}, {4}}), VerdictLabel::Improved);
    EXPECT_EQ(labelOf({{5}, {5}, {5}, {5}}, {{6}, {7}, {6}, {7}}), VerdictLabel::Worse);
    // 5 → 3.6: 28%: no clear change.
    EXPECT_EQ(labelOf({{5}, {5}, {5}, {5}, {5}}, {{4}, {4}, {4}, {3}, {3}}), VerdictLabel::NoClearChange);
    // 2 → 1.2: 40% but 0.8 points: no clear change. 2 → 1: exactly 1 point (50%): better.
    EXPECT_EQ(labelOf({{2}, {2}, {2}, {2}, {2}}, {{1}, {1}, {1}, {1}, {2}}), VerdictLabel::NoClearChange);
    EXPECT_EQ(labelOf({{2}, {2}, {2}, {2}}, {{1}, {1}, {1}, {1}}), VerdictLabel::Improved);
    // Exactly 30% and exactly 1 point at once: 10/3 → 7/3. Baseline days 3, 3, 3 and (4 + 4 + 5) / 3 = 13/3,
    // so 40/3 over 4 days; recent 2, 2, 2 and (3 + 3 + 4) / 3 = 10/3, so 28/3 over 4 days. Both ways.
    EXPECT_EQ(labelOf({{3}, {3}, {3}, {4, 4, 5}}, {{2}, {2}, {2}, {3, 3, 4}}), VerdictLabel::Improved);
    EXPECT_EQ(labelOf({{2}, {2}, {2}, {3, 3, 4}}, {{3}, {3}, {3}, {4, 4, 5}}), VerdictLabel::Worse);
}

TEST(Verdict, FromABaselineOfZeroOnePointIsWorse)
{
    EXPECT_EQ(labelOf({{0}, {0}, {0}, {0}}, {{1}, {1}, {1}, {1}}), VerdictLabel::Worse);
    EXPECT_EQ(labelOf({{0}, {0}, {0}, {0}}, {{1}, {1}, {1}, {0}}), VerdictLabel::NoClearChange); // 0.75
    const Verdict fromZero = judge(knot(1, {{0}, {0}, {0}, {0}}, {{1}, {1}, {1}, {1}}), kFrom, kTo);
    EXPECT_FALSE(fromZero.percent().has_value());
    EXPECT_DOUBLE_EQ(*fromZero.change(), 1.0);
    EXPECT_EQ(verdictSentence(QStringLiteral("Left piriformis"), fromZero),
              QStringLiteral("Left piriformis: worse — 0.0 → 1.0 (1 knot followed)"));
}

TEST(Verdict, AKnotNeedsFourRatedDaysInEachWindow)
{
    const Days four = {{6}, {6}, {6}, {6}};
    const Days three = {{6, 6}, {6, 6}, {6, 6, 6, 6}}; // many ratings, but on 3 days
    const Days low = {{2}, {2}, {2}, {2}};
    EXPECT_EQ(labelOf(four, low), VerdictLabel::Improved);
    EXPECT_EQ(labelOf(three, low), VerdictLabel::NotEnoughData);
    EXPECT_EQ(labelOf(four, {{2}, {2}, {2}}), VerdictLabel::NotEnoughData);
    const Verdict none = judge(knot(1, three, low), kFrom, kTo);
    EXPECT_EQ(none.spotsFollowed(), 0);
    EXPECT_TRUE(none.hasWindows()); // the windows exist; no knot filled them
    EXPECT_FALSE(none.baselineMean.has_value());
}

TEST(Verdict, TheWindowsMustNotOverlap)
{
    // 28 days from the first rated day to the last: two whole windows side by side.
    QList<SpotDailyAggregate> rows;
    for (int i = 0; i < 28; ++i)
        rows.append(row(7, kFrom.addDays(i), {i < 14 ? 6 : 3}));
    const Verdict v = judge(rows, kFrom, kTo.addDays(30)); // a longer period changes nothing: the data decide
    EXPECT_EQ(v.label, VerdictLabel::Improved);
    EXPECT_EQ(v.baselineTo, QDate(2026, 1, 18));
    EXPECT_EQ(v.recentFrom, QDate(2026, 1, 19));
    EXPECT_EQ(v.followedSpotIds, QList<qint64>{7});
    // 27 days: the recent window would start inside the baseline one. No windows, no verdict.
    rows.removeLast();
    const Verdict tooShort = judge(rows, kFrom, kTo);
    EXPECT_EQ(tooShort.label, VerdictLabel::NotEnoughData);
    EXPECT_FALSE(tooShort.hasWindows());
    EXPECT_FALSE(tooShort.baselineFrom.isValid());
}

TEST(Verdict, TheKnotsFollowedAreAveragedEachOnce)
{
    // Knot 1: 6 → 3. Knot 2: 4 → 4, rated three times a day. Knot 3: new, rated only recently.
    QList<SpotDailyAggregate> rows = knot(1, {{6}, {6}, {6}, {6}}, {{3}, {3}, {3}, {3}});
    rows +=
        knot(2, {{4, 4, 4}, {4, 4, 4}, {4, 4, 4}, {4, 4, 4}}, {{4, 4, 4}, {4, 4, 4}, {4, 4, 4}, {4, 4, 4}});
    rows += knot(3, {}, {{0}, {0}, {0}, {0}, {0}, {0}});
    const Verdict v = judge(rows, kFrom, kTo);
    // (6 + 4) / 2 = 5 → (3 + 4) / 2 = 3.5: −1.5, exactly 30%: better.
    EXPECT_EQ(v.label, VerdictLabel::Improved);
    EXPECT_DOUBLE_EQ(*v.baselineMean, 5.0);
    EXPECT_DOUBLE_EQ(*v.recentMean, 3.5);
    EXPECT_EQ(v.followedSpotIds, (QList<qint64>{1, 2}));
    EXPECT_EQ(v.baselineCount, 16);
    EXPECT_EQ(v.recentCount, 16);
}

TEST(Verdict, RowsOutsideThePeriodAreLeftOut)
{
    // A rating the day before the period would otherwise be F and move both windows.
    QList<SpotDailyAggregate> rows = knot(1, {{6}, {6}, {6}, {6}}, {{3}, {3}, {3}, {3}});
    rows.prepend(row(1, kFrom.addDays(-1), {10}));
    const Verdict v = judge(rows, kFrom, kTo);
    EXPECT_EQ(v.baselineFrom, kFrom);
    EXPECT_DOUBLE_EQ(*v.baselineMean, 6.0);
}

TEST(Verdict, ASeriesOfDayRowsIsFollowedAsOneKnot)
{
    // The overload for callers that hold only DailyAggregate rows (the red flags before issue 10's rewrite).
    QList<DailyAggregate> days;
    for (int i = 0; i < 4; ++i) {
        days.append({kFrom.addDays(i), 16, 2, 8, 8});
        days.append({kTo.addDays(-i), 4, 2, 2, 2});
    }
    std::sort(days.begin(), days.end(),
              [](const DailyAggregate& a, const DailyAggregate& b) { return a.day < b.day; });
    const Verdict v = judge(days, kFrom, kTo);
    EXPECT_EQ(v.label, VerdictLabel::Improved);
    EXPECT_DOUBLE_EQ(*v.baselineMean, 8.0);
    EXPECT_DOUBLE_EQ(*v.recentMean, 2.0);
    EXPECT_EQ(v.spotsFollowed(), 1);
}

TEST(Verdict, ReadsAsASentenceWithTheKnotsFollowed)
{
    Verdict v;
    v.label = VerdictLabel::Improved;
    v.baselineMean = 6.8;
    v.recentMean = 3.9;
    v.followedSpotIds = {1, 2, 3};
    EXPECT_EQ(verdictSentence(QStringLiteral("Overall"), v),
              QStringLiteral("Overall: better — 6.8 → 3.9, −43% (3 knots followed)"));
    v.label = VerdictLabel::Worse;
    v.baselineMean = 2.0;
    v.recentMean = 3.5;
    v.followedSpotIds = {4};
    EXPECT_EQ(verdictSentence(QStringLiteral("All regions"), v),
              QStringLiteral("All regions: worse — 2.0 → 3.5, +75% (1 knot followed)"));
    v.label = VerdictLabel::NoClearChange;
    v.recentMean = 2.5;
    EXPECT_EQ(verdictSentence(QStringLiteral("All regions"), v),
              QStringLiteral("All regions: no clear change — 2.0 → 2.5, +25% (1 knot followed)"));
    EXPECT_EQ(knotsFollowed(0), QStringLiteral("0 knots followed"));
    // Not enough data says what is needed, in the rule's own numbers.
    EXPECT_EQ(
        verdictSentence(QStringLiteral("All regions"), Verdict{}),
        QStringLiteral("All regions: not enough ratings yet to tell (needs ratings on at least 4 days in "
                       "the first and in the last two weeks of the data, for at least one knot)"));
    EXPECT_TRUE(verdictMethod(Verdict{}).contains(QStringLiteral("at least 4 days")));
}

TEST(Verdict, JsonGivesNullsWhenThereIsNoVerdict)
{
    const QJsonObject none = verdictToJson(Verdict{});
    EXPECT_EQ(none.value(QStringLiteral("label")).toString(), QStringLiteral("not-enough-data"));
    EXPECT_EQ(none.value(QStringLiteral("spots_followed")).toInt(-1), 0);
    for (const char* key : {"baseline", "recent", "baseline_mean", "recent_mean", "change", "percent",
                            "baseline_from", "baseline_to", "recent_from", "recent_to"})
        EXPECT_TRUE(none.value(QLatin1String(key)).isNull()) << key;
    EXPECT_EQ(none.size(), 12);
}

TEST_F(VerdictScenario, EachSpotInTheReportIsJudgedOnItsOwn)
{
    // The report's per-spot verdicts and its overall one follow the same rule as the Trends view.
    rateDays(trap, "upper-trapezius-left", day0, 28, {8});
    rateDays(ql, "quadratus-lumborum-right", day0.addDays(14), 14, {1, 1, 1});
    ReportOptions options;
    options.from = day0;
    options.to = day0.addDays(27);
    const ReportData data = collectReportData(*store, options);
    EXPECT_EQ(data.overall.verdict.label, VerdictLabel::NoClearChange);
    EXPECT_EQ(data.overall.verdict.spotsFollowed(), 1);
    ASSERT_EQ(data.spots.size(), 2);
    for (const SpotSummary& s : data.spots) {
        if (s.spot.key == trap) {
            EXPECT_EQ(s.verdict.label, VerdictLabel::NoClearChange);
            EXPECT_EQ(s.verdict.followedSpotIds, QList<qint64>{s.spot.id});
        } else {
            // The new knot's own ratings span 14 days: too few for two windows of its own.
            EXPECT_EQ(s.verdict.label, VerdictLabel::NotEnoughData);
        }
    }
}

TEST_F(VerdictScenario, AFilterFollowsOnlyItsKnots)
{
    // The planner's red flags ask the store for a region's verdict: its own windows, its own knots.
    rateDays(trap, "upper-trapezius-left", day0, 28, {8});
    rateDays(ql, "quadratus-lumborum-right", day0, 14, {2});
    rateDays(ql, "quadratus-lumborum-right", day0.addDays(14), 14, {5});
    const Verdict qlOnly =
        judge(*store, {{QStringLiteral("quadratus-lumborum-right")}, {}}, day0, day0.addDays(27));
    EXPECT_EQ(qlOnly.label, VerdictLabel::Worse); // 2 → 5
    EXPECT_EQ(qlOnly.followedSpotIds, QList<qint64>{store->spotByKey(ql)->id});
    const Verdict all = judge(*store, {}, day0, day0.addDays(27));
    EXPECT_EQ(all.spotsFollowed(), 2);
    EXPECT_DOUBLE_EQ(*all.baselineMean, 5.0); // (8 + 2) / 2
    EXPECT_DOUBLE_EQ(*all.recentMean, 6.5);   // (8 + 5) / 2: +1.5 is 30% of 5, so worse
    EXPECT_EQ(all.label, VerdictLabel::Worse);
}
