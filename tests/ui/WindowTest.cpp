// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a whole: restarts, days, hover and remembered geometry.
#include "UiFixture.h"

#include <QDateEdit>
#include <QFileInfo>
#include <QStatusBar>

using namespace knotmap;
using namespace knotmap::test;

using Window = WindowFixture;

namespace {
Rating localRating(QDate day, int intensity)
{
    Rating rating;
    rating.recordedAt = RecordedTime::localDayAt(day, QTime(9, 0));
    rating.intensity = intensity;
    return rating;
}
} // namespace

TEST_F(Window, ASpotMarkedInTheWindowIsThereAfterARestart)
{
    clickMap(pointOf("splenius-left"));
    type(Qt::Key_6);
    type(Qt::Key_Return);
    closeWindow();

    openWindow();
    ASSERT_EQ(map()->spots().size(), 1);
    EXPECT_EQ(map()->spots()[0].intensity, 6);
    EXPECT_EQ(standardAtlas().hitTest(map()->spots()[0].position)->id, QStringLiteral("splenius-left"));
}

TEST_F(Window, SpotsNotRatedOnTheDayShownAreFaded)
{
    const QDate today = QDate::currentDate();
    const QPointF yesterdaySpot = standardAtlas().region(QStringLiteral("rhomboids-left"))->labelPoint;
    const QPointF todaySpot = standardAtlas().region(QStringLiteral("rhomboids-right"))->labelPoint;
    ASSERT_TRUE(store->createSpot(yesterdaySpot, localRating(today.addDays(-1), 5)));
    ASSERT_TRUE(store->createSpot(todaySpot, localRating(today, 3)));

    ASSERT_EQ(map()->spots().size(), 2);
    for (const MapSpot& spot : map()->spots())
        EXPECT_EQ(spot.faded, spot.position == yesterdaySpot);

    // Yesterday: the knot rated then is bright, and the one first rated today does not exist yet.
    window->showDate(today.addDays(-1));
    ASSERT_EQ(map()->spots().size(), 1);
    EXPECT_FALSE(map()->spots()[0].faded);
    EXPECT_EQ(map()->spots()[0].intensity, 5);
}

TEST_F(Window, RatingAFadedSpotIsOneClickAndRecordsTheDayShown)
{
    const QDate today = QDate::currentDate();
    const QPointF where = standardAtlas().region(QStringLiteral("teres-major-left"))->labelPoint;
    ASSERT_TRUE(store->createSpot(where, localRating(today.addDays(-3), 6)));
    window->showDate(today.addDays(-1));
    ASSERT_TRUE(map()->spots().value(0).faded);

    clickMap(map()->toWidget(where).toPoint());
    ASSERT_TRUE(editor()->isVisible());
    EXPECT_EQ(editor()->mode(), ui::SpotEditor::Mode::RateAgain);
    EXPECT_EQ(editor()->intensity(), 6); // starts from the latest score
    type(Qt::Key_4);
    type(Qt::Key_Return);

    const QList<Rating> ratings = store->ratingsForSpot(store->spots().value(0).id);
    ASSERT_EQ(ratings.size(), 2);
    EXPECT_EQ(ratings[1].recordedAt.localDate(), today.addDays(-1));
    EXPECT_EQ(ratings[1].intensity, 4);
    EXPECT_FALSE(map()->spots().value(0).faded);
}

TEST_F(Window, TheDayControlsMoveThroughDaysButNotIntoTheFuture)
{
    auto* dateEdit = window->findChild<QDateEdit*>(QStringLiteral("dayEdit"));
    ASSERT_NE(dateEdit, nullptr);
    EXPECT_EQ(dateEdit->date(), QDate::currentDate());
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    EXPECT_EQ(window->shownDate(), QDate::currentDate().addDays(-1));
    EXPECT_EQ(dateEdit->date(), window->shownDate());
    window->showDate(QDate::currentDate().addDays(5));
    EXPECT_EQ(window->shownDate(), QDate::currentDate());
}

TEST_F(Window, HoveringShowsTheRegionName)
{
    QTest::mouseMove(map(), pointOf("lower-trapezius-right"));
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("Right lower trapezius"));
}

TEST_F(Window, GeometryIsRememberedAcrossRestarts)
{
    window->resize(1000, 700);
    closeWindow();
    EXPECT_FALSE(settings->value(SettingKey::WindowGeometry).toByteArray().isEmpty());
    openWindow(false);
    EXPECT_EQ(window->size(), QSize(1000, 700));
}

TEST_F(Window, TheTitleNamesTheDatabaseFile)
{
    // The file's name in the title (the desktop adds " — KnotMap"); the whole path is the window's file path.
    EXPECT_EQ(window->windowFilePath(), temp.path());
    EXPECT_TRUE(window->windowTitle().contains(QFileInfo(temp.path()).fileName()));
}

TEST_F(Window, OpensOnTodayWithNoNextDayToGoTo)
{
    // Once a rough edge: the toolbar offered Next Day (and Today) on today until the day was first changed.
    EXPECT_EQ(window->shownDate(), QDate::currentDate());
    EXPECT_FALSE(action(QStringLiteral("&Next Day"))->isEnabled());
    EXPECT_FALSE(action(QStringLiteral("&Today"))->isEnabled());
    EXPECT_TRUE(action(QStringLiteral("Pre&vious Day"))->isEnabled());
    action(QStringLiteral("Pre&vious Day"))->trigger();
    EXPECT_TRUE(action(QStringLiteral("&Next Day"))->isEnabled());
    EXPECT_TRUE(action(QStringLiteral("&Today"))->isEnabled());
}
