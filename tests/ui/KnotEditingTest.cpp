// SPDX-License-Identifier: GPL-3.0-or-later
// Naming and archiving a knot from the window, deleting a rating and changing its time (issue 13): each an
// undo command that ends in SQLite, and an undo that refuses rather than overwrite a change made meanwhile.
#include "UiFixture.h"

#include "commands/RatingCommands.h"
#include "ui/KnotActions.h"
#include "ui/RegionPanel.h"

#include <QAction>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace knotmap;
using namespace knotmap::test;

using KnotEditing = WindowFixture;

TEST_F(KnotEditing, ARenameEndsInSqliteShowsInTheListAndUndoRestoresIt)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    const auto knot = store->createSpot(where, ratingOn(QDate::currentDate(), 9, 5));
    ASSERT_TRUE(knot);

    ASSERT_TRUE(ui::renameKnot(*window, knot->spot.id, QStringLiteral(" Desk shoulder ")));
    EXPECT_EQ(store->spot(knot->spot.id)->label, QStringLiteral("Desk shoulder"));
    EXPECT_TRUE(treeTexts(window->regionPanel()->tree()).contains(QStringLiteral("Desk shoulder")));

    ui::undoOrStay(*window->undoStack());
    EXPECT_EQ(store->spot(knot->spot.id)->label, QString());
    EXPECT_TRUE(treeTexts(window->regionPanel()->tree()).contains(QStringLiteral("Knot 1")));

    // A name of two lines is refused with a sentence and nothing is pushed.
    const int steps = window->undoStack()->count();
    EXPECT_FALSE(ui::renameKnot(*window, knot->spot.id, QStringLiteral("a\nb")));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("one line")));
    EXPECT_EQ(window->undoStack()->count(), steps);
}

TEST_F(KnotEditing, AnUndoIsRefusedWhenTheKnotWasRenamedElsewhereMeanwhile)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    const auto knot = store->createSpot(where, ratingOn(QDate::currentDate(), 9, 5));
    ASSERT_TRUE(ui::renameKnot(*window, knot->spot.id, QStringLiteral("Mine")));
    ASSERT_TRUE(store->setSpotLabel(knot->spot.id, QStringLiteral("Mine"), QStringLiteral("Theirs")));

    ui::undoOrStay(*window->undoStack());
    EXPECT_EQ(store->spot(knot->spot.id)->label, QStringLiteral("Theirs"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("in the meantime")))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(window->undoStack()->canUndo()); // the stack stayed where it was
}

TEST_F(KnotEditing, ArchiveHidesTheKnotFromMapAndListAndUndoShowsItAgain)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    const auto knot = store->createSpot(where, ratingOn(QDate::currentDate(), 9, 5));
    ASSERT_TRUE(ui::renameKnot(*window, knot->spot.id, QStringLiteral("Desk shoulder")));
    ASSERT_TRUE(ui::archiveKnot(*window, knot->spot.id));
    EXPECT_TRUE(store->spot(knot->spot.id)->archivedUtc.has_value());
    EXPECT_FALSE(treeTexts(window->regionPanel()->tree()).contains(QStringLiteral("Desk shoulder")));
    EXPECT_EQ(store->ratingsForSpot(knot->spot.id).size(), 1);

    ui::undoOrStay(*window->undoStack());
    EXPECT_FALSE(store->spot(knot->spot.id)->archivedUtc.has_value());
    EXPECT_TRUE(treeTexts(window->regionPanel()->tree()).contains(QStringLiteral("Desk shoulder")));
}

TEST_F(KnotEditing, DeletingOneRatingRemovesExactlyThatRowAndUndoRestoresItsId)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    const QDate today = QDate::currentDate();
    const auto knot = store->createSpot(where, ratingOn(today.addDays(-2), 9, 5));
    Rating second = ratingOn(today.addDays(-1), 9, 4);
    second.spotId = knot->spot.id;
    second.id = *store->addRating(second);
    Rating third = ratingOn(today, 9, 3);
    third.spotId = knot->spot.id;
    third.id = *store->addRating(third);

    const ui::CommandContext context{*store, {}};
    window->undoStack()->push(new ui::RemoveRatingCommand(context, second));
    EXPECT_EQ(store->ratingsForSpot(knot->spot.id), (QList<Rating>{knot->ratings.at(0), third}));
    ui::undoOrStay(*window->undoStack());
    EXPECT_EQ(store->ratingsForSpot(knot->spot.id), (QList<Rating>{knot->ratings.at(0), second, third}));
}

TEST_F(KnotEditing, ChangingARatingsTimeUpdatesItAndAStaleUndoChangesNothing)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    const QDate today = QDate::currentDate();
    const auto knot = store->createSpot(where, ratingOn(today.addDays(-1), 9, 5));
    const Rating before = knot->ratings.at(0);
    QString said;
    const ui::CommandContext context{*store, [&said](const QString& message) { said = message; }};
    const RecordedTime earlier = RecordedTime::localDayAt(today.addDays(-3), QTime(7, 30));
    window->undoStack()->push(new ui::ChangeRatingTimeCommand(context, before, earlier));
    EXPECT_EQ(store->ratingsForSpot(knot->spot.id).at(0).recordedAt, earlier);

    ui::undoOrStay(*window->undoStack());
    EXPECT_EQ(store->ratingsForSpot(knot->spot.id).at(0), before);

    // Redo, then someone edits the rating elsewhere: the undo refuses with a sentence and changes nothing.
    ui::redoOrStay(*window->undoStack());
    Rating moved = store->ratingsForSpot(knot->spot.id).at(0);
    Rating theirs = moved;
    theirs.intensity = 2;
    ASSERT_TRUE(store->updateRating(moved, theirs));
    ui::undoOrStay(*window->undoStack());
    EXPECT_EQ(store->ratingsForSpot(knot->spot.id).at(0), theirs);
    EXPECT_FALSE(said.isEmpty());
}
