// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends view driven offscreen on the hand-worked fixture (tests/data/trends-fixture.md).
#include "UiFixture.h"

#include "ui/trends/TrendChartWidget.h"
#include "ui/trends/TrendsView.h"

#include <QTreeWidget>

using namespace knotmap;
using namespace knotmap::test;

namespace {

ui::TrendsView* settled(ui::TrendsView* view)
{
    EXPECT_TRUE(QTest::qWaitFor([view] { return !view->busy(); }, 10000));
    return view;
}

// The knot-by-knot verdict's own fixture (trends-fixture.md, "The verdict, knot by knot").
class TrendsViewVerdictTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        loadRatingsFixture(*store, QStringLiteral("trends-verdict-fixture.csv"));
        window->showTrends();
        view()->setBucket(BucketSize::Week);
        view()->setCustomRange(QDate(2026, 1, 5), QDate(2026, 3, 29));
    }
    // The view works its numbers out on a worker thread: every look at it first waits for the latest.
    ui::TrendsView* view() const { return settled(window->trendsView()); }
};

class TrendsViewTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
        window->showTrends();
        view()->setBucket(BucketSize::Week);
        view()->setCustomRange(QDate(2026, 3, 2), QDate(2026, 4, 12));
    }
    // The view works its numbers out on a worker thread: every look at it first waits for the latest.
    ui::TrendsView* view() const { return settled(window->trendsView()); }
    QList<double> shownMeans() const
    {
        QList<double> means;
        for (const BucketStats& b : view()->chart()->data().series)
            means.append(b.mean);
        return means;
    }
    QTreeWidgetItem* filterItem(const QString& text) const
    {
        const auto found = view()->filterTree()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.constFirst();
    }
};

} // namespace

TEST_F(TrendsViewTest, ShowsTheWeeklySeriesAndTheVerdictInWords)
{
    EXPECT_EQ(shownMeans(), (QList<double>{7.0, 6.0, 4.5, 3.5, 3.5, 2.5}));
    EXPECT_EQ(view()->chart()->data().from, QDate(2026, 3, 2));
    // trends-fixture.md: no knot is rated on 4 days in both the first and the last two weeks.
    EXPECT_TRUE(view()->verdictText().contains(QStringLiteral("All regions: not enough ratings yet to tell")))
        << view()->verdictText().toStdString();
}

TEST_F(TrendsViewTest, TickingARegionShowsOnlyItsSeries)
{
    QTreeWidgetItem* ql = filterItem(QStringLiteral("Right quadratus lumborum"));
    ASSERT_NE(ql, nullptr);
    ql->setCheckState(0, Qt::Checked);
    EXPECT_EQ(shownMeans(), (QList<double>{7.0, 5.0, 4.0, 4.0, 3.0}));
    EXPECT_TRUE(
        view()->verdictText().contains(QStringLiteral("Right quadratus lumborum: not enough ratings")))
        << view()->verdictText().toStdString();
    ql->setCheckState(0, Qt::Unchecked);
    EXPECT_EQ(shownMeans().size(), 6);
}

TEST_F(TrendsViewTest, ClickingTheHeatMapFollowsThatRegion)
{
    ui::RegionHeatMap* map = view()->heatMap();
    const BodyMapLayout layout(standardAtlas(), QRectF(map->rect()).adjusted(6, 6, -6, -6));
    const QPoint trapezius =
        layout.toDevice(standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint).toPoint();
    QTest::mouseClick(map, Qt::LeftButton, {}, trapezius);
    EXPECT_EQ(view()->filter().regions, QStringList{QStringLiteral("upper-trapezius-left")});
    // Trapezius alone, worked out by hand: weeks 7, 6.5, 5, 3.5, 3, 2.
    EXPECT_EQ(shownMeans(), (QList<double>{7.0, 6.5, 5.0, 3.5, 3.0, 2.0}));
    QTest::mouseClick(map, Qt::LeftButton, {}, trapezius); // and a second click lets go
    EXPECT_TRUE(view()->filter().isEmpty());
}

TEST_F(TrendsViewTest, MonthsAndAnEmptyPeriodLookDeliberate)
{
    view()->setBucket(BucketSize::Month);
    EXPECT_EQ(view()->chart()->data().series.size(), 2);
    view()->setCustomRange(QDate(2025, 1, 1), QDate(2025, 2, 28));
    EXPECT_TRUE(view()->chart()->data().series.isEmpty());
    EXPECT_EQ(view()->result().verdict.label, VerdictLabel::NotEnoughData);
}

TEST_F(TrendsViewTest, HoveringABucketSaysItsNumbers)
{
    ui::TrendChartWidget* chart = view()->chart();
    const QRectF bounds = QRectF(chart->rect()).adjusted(8, 8, -8, -8);
    // Walk across the plot until the first bucket is under the mouse.
    for (int x = 0; x < chart->width() && !chart->hoveredBucket(); x += 4)
        QTest::mouseMove(chart, QPoint(x, int(bounds.center().y())));
    ASSERT_TRUE(chart->hoveredBucket().has_value());
    EXPECT_EQ(*chart->hoveredBucket(), 0);
    EXPECT_EQ(chart->bucketSummary(0),
              QStringLiteral("Week of 2 Mar 2026\nMean 7.0 · highest 8 · lowest 6\n4 ratings on 3 days"));
}

TEST_F(TrendsViewTest, ANewRatingShowsUpWithoutAskingForIt)
{
    Rating late = ratingAt(QStringLiteral("2026-04-10T09:00:00+02:00"), 10);
    late.spotId = store->spotByKey(QStringLiteral("trap"))->id;
    ASSERT_TRUE(store->addRating(late));
    // Week of 6 April now holds 2, 3 and 10.
    EXPECT_DOUBLE_EQ(view()->chart()->data().series.constLast().mean, 5.0);
}

TEST_F(TrendsViewTest, WeeksFollowTheWeekStartSettingWhenItChanges)
{
    ASSERT_FALSE(view()->result().series.isEmpty());
    EXPECT_EQ(view()->result().series.constFirst().start, QDate(2026, 3, 2)); // a Monday
    settings->setValue(SettingKey::WeekStartsOnSunday, true);
    ASSERT_FALSE(view()->result().series.isEmpty());
    EXPECT_EQ(view()->result().series.constFirst().start, QDate(2026, 3, 1)); // the Sunday before
    EXPECT_EQ(view()->chart()->data().series.constFirst().start, QDate(2026, 3, 1));
}

TEST_F(TrendsViewVerdictTest, SaysHowManyKnotsItFollowed)
{
    EXPECT_EQ(view()->verdictText(),
              QStringLiteral("▼ All regions: better — 5.5 → 3.3, −40% (2 knots followed)"));
    // The chart shades the windows of the data, not of the twelve-week period.
    ASSERT_TRUE(view()->chart()->data().verdict.has_value());
    EXPECT_EQ(view()->chart()->data().verdict->baselineFrom, QDate(2026, 1, 19));
    EXPECT_EQ(view()->chart()->data().verdict->recentTo, QDate(2026, 3, 27));
    // One knot alone: its own verdict, 4.8 → 3.7 (−23%, under 30%).
    const auto ql = view()->filterTree()->findItems(QStringLiteral("Right quadratus lumborum"),
                                                    Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_FALSE(ql.isEmpty());
    ql.constFirst()->setCheckState(0, Qt::Checked);
    EXPECT_EQ(
        view()->verdictText(),
        QStringLiteral("● Right quadratus lumborum: no clear change — 4.8 → 3.7, −23% (1 knot followed)"));
}

TEST_F(TrendsViewTest, WorksItOutOffTheGuiThreadAndKeepsTheLastResultMeanwhile)
{
    ui::TrendsView* raw = window->trendsView();
    ASSERT_TRUE(QTest::qWaitFor([raw] { return !raw->busy(); }, 10000));
    const QList<double> before = shownMeans();
    raw->setBucket(BucketSize::Month); // returns before the months are worked out
    EXPECT_TRUE(raw->busy());
    EXPECT_EQ(raw->chart()->data().series.size(), before.size()); // still the weeks until then
    ASSERT_TRUE(QTest::qWaitFor([raw] { return !raw->busy(); }, 10000));
    EXPECT_EQ(raw->chart()->data().series.size(), 2);
}

TEST_F(TrendsViewTest, ClosingTheWindowWhileItWorksLosesNothingAndCrashesNothing)
{
    window->trendsView()->setBucket(BucketSize::Day);
    EXPECT_TRUE(window->trendsView()->busy());
    closeWindow(); // the view, its task and the window's store go while the worker still reads
    QTest::qWait(200);
    openWindow(false);
    window->showTrends();
    EXPECT_EQ(view()->filterTree()->topLevelItemCount(), 2); // the same file, as it was
}

// Issue 12: felt pain is listed by its place and can be followed alone, like a region.
TEST_F(TrendsViewTest, FeltPainIsListedByItsPlaceAndCanBeFollowedAlone)
{
    // Left temple: 8 on Tuesday 3 March, 4 and 6 on Tuesday 10 March (a day mean of 5).
    auto temple = store->createFeltSpot(QStringLiteral("temple-left"), QPointF(0.62, 0.08),
                                        ratingAt(QStringLiteral("2026-03-03T09:00:00+01:00"), 8));
    ASSERT_TRUE(temple) << temple.error().toStdString();
    for (const auto& [at, score] :
         {std::pair{"2026-03-10T09:00:00+01:00", 4}, std::pair{"2026-03-10T18:00:00+01:00", 6}}) {
        Rating rating = ratingAt(QString::fromLatin1(at), score);
        rating.spotId = temple->spot.id;
        ASSERT_TRUE(store->addRating(rating));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return filterItem(QStringLiteral("Left temple")) != nullptr; }, 5000))
        << "the filter tree names felt pain by its place, not its id";
    EXPECT_EQ(filterItem(QStringLiteral("temple-left")), nullptr);
    filterItem(QStringLiteral("Left temple"))->setCheckState(0, Qt::Checked);
    EXPECT_EQ(view()->filter().regions, QStringList{QStringLiteral("temple-left")});
    EXPECT_EQ(shownMeans(), (QList<double>{8.0, 5.0}));
    EXPECT_TRUE(view()->verdictText().contains(QStringLiteral("Left temple:")))
        << view()->verdictText().toStdString();
}
