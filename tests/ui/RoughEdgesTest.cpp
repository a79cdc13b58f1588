// SPDX-License-Identifier: GPL-3.0-or-later
// Rough edges a new user found (issue 13): what the window shows in words, the title, the status bar after
// undo, and the guided player's keys.
#include "UiFixture.h"

#include "routines/RoutineSession.h"
#include "ui/RegionPanel.h"
#include "ui/report/ReportView.h"
#include "ui/routines/GuidedPlayer.h"
#include "ui/routines/RoutineView.h"
#include "ui/trends/TrendsView.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>
#include <QWindow>

#include <functional>

using namespace knotmap;
using namespace knotmap::test;

using RoughEdges = WindowFixture;

namespace {
Rating todayRating(int intensity)
{
    Rating rating;
    rating.recordedAt = RecordedTime::localDayAt(QDate::currentDate(), QTime(9, 0));
    rating.intensity = intensity;
    return rating;
}

} // namespace

TEST_F(RoughEdges, TheRegionListAndTrendsFilterSayKnotNeverSpotOrTheKey)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    ASSERT_TRUE(store->createSpot(where, todayRating(5)));
    ASSERT_TRUE(store->createSpot(where, todayRating(4)));
    ASSERT_TRUE(store->createFeltSpot(QStringLiteral("temple-left"), QPointF(0.5, 0.1), todayRating(3)));

    const QStringList region = treeTexts(window->regionPanel()->tree(), WithToolTips);
    EXPECT_TRUE(region.contains(QStringLiteral("Knot 1"))) << region.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(region.contains(QStringLiteral("Knot 2")));
    EXPECT_TRUE(region.contains(QStringLiteral("Knot 1 — Enter or double-click to rate it")));
    EXPECT_TRUE(region.contains(store->placeName(QStringLiteral("temple-left")))); // felt pain by its place

    window->showTrends();
    const QStringList trends = treeTexts(window->trendsView()->filterTree(), WithToolTips);
    EXPECT_TRUE(trends.contains(QStringLiteral("Knot 2"))) << trends.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(trends.contains(store->placeName(QStringLiteral("temple-left"))));

    for (const QString& text : region + trends) {
        EXPECT_FALSE(text.contains(QStringLiteral("Spot"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("-1")) || text.contains(QStringLiteral("-2")))
            << text.toStdString();
    }
}

TEST_F(RoughEdges, TheAppsNameIsLeftToTheDesktopSoItAppearsOnce)
{
    // Qt's platform window puts " — <display name>" after the title; the title itself is the file's name.
    EXPECT_EQ(window->windowFilePath(), temp.path());
    EXPECT_EQ(window->windowHandle()->title(), QFileInfo(temp.path()).fileName());
    EXPECT_FALSE(window->windowHandle()->title().contains(QStringLiteral("KnotMap")));
}

TEST_F(RoughEdges, TheStatusBarCountFollowsUndoAndRedoInOneAndManyForms)
{
    auto* count = window->statusBar()->findChild<QLabel*>(QStringLiteral("spotCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), QStringLiteral("0 spots · 0 not rated this day"));
    clickMap(pointOf("quadratus-lumborum-right"));
    type(Qt::Key_5);
    type(Qt::Key_Return);
    EXPECT_EQ(count->text(), QStringLiteral("1 spot · 0 not rated this day"));

    shortcut(QKeySequence::Undo);
    EXPECT_EQ(count->text(), QStringLiteral("0 spots · 0 not rated this day"));
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("Undone: Add Spot"));
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    EXPECT_EQ(count->text(), QStringLiteral("1 spot · 0 not rated this day"));
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("Redone: Add Spot"));
}

class GuidedPlayerKeys : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        rateEveryDay(*store, QStringLiteral("teres-major-left"), QStringLiteral("teres-major-left-1"), 7, 5);
        window->showRoutine();
        routine()->replan();
        ASSERT_TRUE(QTest::qWaitFor([this] { return !routine()->busy(); }, 10000));
    }
    ui::RoutineView* routine() const { return window->routineView(); }
    ui::GuidedPlayer* player() const { return routine()->player(); }
    RoutineSession::Phase phase() const { return player()->session()->phase(); }
};

TEST_F(GuidedPlayerKeys, AfterStartTheFocusIsOffSkipAndSpacePausesAndResumes)
{
    player()->setClockSpeed(1); // real time: a hold lasts long enough to pause it
    QTest::mouseClick(player()->startButton(), Qt::LeftButton);
    ASSERT_EQ(phase(), RoutineSession::Phase::Holding);
    QWidget* focus = QApplication::focusWidget();
    EXPECT_NE(focus, player()->skipButton());
    EXPECT_EQ(focus, player()->pauseButton());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_TRUE(player()->session()->isPaused());
    EXPECT_EQ(phase(), RoutineSession::Phase::Holding);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_FALSE(player()->session()->isPaused());
    EXPECT_EQ(phase(), RoutineSession::Phase::Holding); // Space never skipped the step
}

TEST_F(GuidedPlayerKeys, AFinishedSessionCanBeStartedAgain)
{
    player()->setClockSpeed(20000);
    const int steps = player()->session()->stepCount();
    ASSERT_GT(steps, 0);
    for (int i = 0; i < steps; ++i)
        QTest::mouseClick(player()->skipButton(), Qt::LeftButton);
    ASSERT_EQ(phase(), RoutineSession::Phase::Finished);
    const QString done = steps == 1 ? QStringLiteral("Done for today: 0 of 1 step")
                                    : QStringLiteral("Done for today: 0 of %1 steps").arg(steps);
    const QList<QLabel*> labels = player()->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* l) {
        return l->text() == done;
    })) << done.toStdString();
    ASSERT_TRUE(player()->startButton()->isVisible());
    EXPECT_EQ(player()->startButton()->text(), QStringLiteral("Start Again"));

    QTest::mouseClick(player()->startButton(), Qt::LeftButton);
    EXPECT_EQ(phase(), RoutineSession::Phase::Holding);
    EXPECT_EQ(player()->session()->stepIndex(), 0);
    EXPECT_EQ(player()->session()->stepCount(), steps);
}

TEST_F(RoughEdges, AReportOfOneRatingSaysOneRatingNotOneRatings)
{
    const QPointF where = standardAtlas().region(QStringLiteral("rhomboids-left"))->labelPoint;
    ASSERT_TRUE(store->createSpot(where, todayRating(4)));
    // pdftotext breaks lines where the page does: join them before looking.
    const QString all = exportedReportText(QStringLiteral("one-rating.pdf")).simplified();
    EXPECT_TRUE(all.contains(QStringLiteral("(1 rating)"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("1 ratings")));
}
