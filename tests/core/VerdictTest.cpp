// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict, knot by knot, on cases worked out by hand (issue 10). The first four are the faults the issue
// names; each read wrongly under the old rule (ratings pooled over the period's first and last 14 days).
#include "TempDatabase.h"

#include "analysis/Trends.h"

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
