// SPDX-License-Identifier: GPL-3.0-or-later
// A knot's history (Edit › Knot History…, Ctrl+H): its ratings newest first, one deleted or moved in time
// from there as an undoable step that ends in SQLite, and the list following changes made elsewhere.
#include "UiFixture.h"

#include "ui/SpotHistoryDialog.h"

#include <QAction>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace knotmap;
using namespace knotmap::test;

using KnotHistory = WindowFixture;

namespace {

QList<qint64> shownIds(const QTreeWidget* list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        ids << list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong();
    return ids;
}
} // namespace

TEST_F(KnotHistory, ListsRatingsNewestFirstAndDeletesOneAsAnUndoableStep)
{
    const QDate today = QDate::currentDate();
    const QPointF where = standardAtlas().region(QStringLiteral("rhomboids-left"))->labelPoint;
    const auto knot = store->createSpot(where, ratingOn(today.addDays(-2), 9, 6));
    ASSERT_TRUE(knot);
    const qint64 spot = knot->spot.id;
    Rating second =
        ratingOn(today.addDays(-1), 9, 5, QStringLiteral("after a long drive, stiff all evening"));
    second.spotId = spot;
    Rating third = ratingOn(today, 8, 3);
    third.spotId = spot;
    const qint64 secondId = *store->addRating(second);
    const qint64 thirdId = *store->addRating(third);
    const qint64 firstId = knot->ratings.constFirst().id;

    QAction* history = window->findChild<QAction*>(QStringLiteral("knotHistory"));
    ASSERT_NE(history, nullptr);
    EXPECT_EQ(history->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    ui::showSpotHistory(*window, spot);
    auto* dialog = window->findChild<ui::SpotHistoryDialog*>();
    ASSERT_NE(dialog, nullptr);
    QTreeWidget* list = dialog->ratingList();
    EXPECT_EQ(shownIds(list), (QList<qint64>{thirdId, secondId, firstId}));
    EXPECT_EQ(list->topLevelItem(1)->toolTip(3), QStringLiteral("after a long drive, stiff all evening"));
    ui::showSpotHistory(*window, spot); // a second ask raises the same dialog
    EXPECT_EQ(window->findChildren<ui::SpotHistoryDialog*>().size(), 1);

    // Deleting the middle rating removes exactly that row; undo brings it back with its id.
    ASSERT_TRUE(dialog->deleteRating(secondId));
    QList<qint64> stored;
    for (const Rating& r : store->ratingsForSpot(spot))
        stored << r.id;
    EXPECT_EQ(stored, (QList<qint64>{firstId, thirdId}));
    EXPECT_EQ(shownIds(list), (QList<qint64>{thirdId, firstId}));
    window->undoStack()->undo();
    EXPECT_EQ(store->ratingsForSpot(spot).size(), 3);
    EXPECT_EQ(shownIds(list), (QList<qint64>{thirdId, secondId, firstId}));

    // A rating made elsewhere shows at once.
    Rating fourth = ratingOn(today, 20, 2);
    fourth.spotId = spot;
    const qint64 fourthId = *store->addRating(fourth);
    EXPECT_EQ(shownIds(list).constFirst(), fourthId);
}

TEST_F(KnotHistory, ChangesATimeButNeverIntoTheFutureAndKeepsTheLastRating)
{
    const QDate today = QDate::currentDate();
    const QPointF where = standardAtlas().region(QStringLiteral("rhomboids-left"))->labelPoint;
    const auto knot = store->createSpot(where, ratingOn(today.addDays(-1), 9, 6));
    ASSERT_TRUE(knot);
    const qint64 spot = knot->spot.id;
    const qint64 only = knot->ratings.constFirst().id;
    ui::showSpotHistory(*window, spot);
    auto* dialog = window->findChild<ui::SpotHistoryDialog*>();
    ASSERT_NE(dialog, nullptr);

    const int steps = window->undoStack()->count();
    EXPECT_FALSE(dialog->changeTime(only, QDateTime::currentDateTime().addSecs(3600)));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("future")));
    EXPECT_EQ(window->undoStack()->count(), steps);

    const QDateTime earlier(today.addDays(-3), QTime(7, 30));
    ASSERT_TRUE(dialog->changeTime(only, earlier));
    EXPECT_EQ(store->ratingsForSpot(spot).constFirst().recordedAt.toDateTime(), earlier);
    window->undoStack()->undo();
    EXPECT_EQ(store->ratingsForSpot(spot).constFirst().recordedAt.toDateTime(),
              QDateTime(today.addDays(-1), QTime(9, 0)));

    // The only rating cannot be deleted: the button says why, and the store refuses.
    auto* remove = dialog->findChild<QPushButton*>();
    for (QPushButton* button : dialog->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("&Delete Rating"))
            remove = button;
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_FALSE(dialog->deleteRating(only));
    EXPECT_EQ(store->ratingsForSpot(spot).size(), 1);

    // Removing the knot closes its history.
    ASSERT_TRUE(store->removeSpot(spot));
    QTest::qWait(10);
    EXPECT_EQ(window->findChild<ui::SpotHistoryDialog*>(), nullptr);
}
