// SPDX-License-Identifier: GPL-3.0-or-later
// The Mark flow, end to end: mouse and keys on the real window, rows in SQLite.
#include "UiFixture.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

#include "ui/RegionPanel.h"

using namespace knotmap;
using namespace knotmap::test;

using MarkFlow = WindowFixture;

TEST_F(MarkFlow, AClickAtACentroidEndsAsARowWithThatRegion)
{
    clickMap(pointOf("upper-trapezius-left"));
    ASSERT_TRUE(editor()->isVisible());
    EXPECT_EQ(editor()->mode(), ui::SpotEditor::Mode::NewSpot);
    EXPECT_TRUE(rows().isEmpty()); // nothing is written until the rating is given
    type(Qt::Key_7);
    type(Qt::Key_Return);
    EXPECT_FALSE(editor()->isVisible());

    const QList<Row> saved = rows();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved[0].region, QStringLiteral("upper-trapezius-left"));
    EXPECT_EQ(saved[0].intensity, 7);
    ASSERT_EQ(map()->spots().size(), 1);
    EXPECT_EQ(map()->spots()[0].intensity, 7);
    EXPECT_FALSE(map()->spots()[0].faded);
}

TEST_F(MarkFlow, UndoRemovesTheNewSpotAndRedoBringsItBack)
{
    clickMap(pointOf("quadratus-lumborum-right"));
    type(Qt::Key_5);
    type(Qt::Key_Return);
    ASSERT_EQ(rows().size(), 1);
    const qint64 id = store->spots().value(0).id;

    shortcut(QKeySequence::Undo);
    EXPECT_TRUE(rows().isEmpty());
    EXPECT_TRUE(map()->spots().isEmpty());

    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    ASSERT_EQ(rows().size(), 1);
    EXPECT_EQ(rows()[0].region, QStringLiteral("quadratus-lumborum-right"));
    EXPECT_EQ(store->spots().value(0).id, id); // the same spot, not a copy
}

TEST_F(MarkFlow, EscapeWritesNothing)
{
    clickMap(pointOf("rhomboids-right"));
    type(Qt::Key_9);
    type(Qt::Key_Escape);
    EXPECT_FALSE(editor()->isVisible());
    EXPECT_TRUE(rows().isEmpty());
    EXPECT_TRUE(map()->spots().isEmpty());
}

TEST_F(MarkFlow, TwoDigitsQuicklyMakeTenAndTheQualityAndNoteAreKept)
{
    clickMap(pointOf("gluteus-medius-left"));
    type(Qt::Key_1);
    type(Qt::Key_0);
    EXPECT_EQ(editor()->intensity(), 10);
    auto* quality = editor()->findChild<QComboBox*>();
    ASSERT_NE(quality, nullptr);
    quality->setCurrentIndex(quality->findText(QStringLiteral("Burning")));
    auto* note = editor()->findChild<QPlainTextEdit*>();
    ASSERT_NE(note, nullptr);
    QTest::keyClicks(note, QStringLiteral("after <b>running</b>"));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    const QList<Row> saved = rows();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved[0].intensity, 10);
    EXPECT_EQ(saved[0].quality, QStringLiteral("burning"));
    EXPECT_EQ(saved[0].note, QStringLiteral("after <b>running</b>"));
}

TEST_F(MarkFlow, ClickingASpotRatedTodayEditsThatRatingAndUndoRestoresIt)
{
    clickMap(pointOf("infraspinatus-left"));
    type(Qt::Key_7);
    type(Qt::Key_Return);

    clickMap(pointOf("infraspinatus-left"));
    ASSERT_TRUE(editor()->isVisible());
    EXPECT_EQ(editor()->mode(), ui::SpotEditor::Mode::EditRating);
    EXPECT_EQ(editor()->intensity(), 7);
    type(Qt::Key_3);
    type(Qt::Key_Return);
    ASSERT_EQ(rows().size(), 1);
    EXPECT_EQ(rows()[0].intensity, 3);

    shortcut(QKeySequence::Undo);
    EXPECT_EQ(rows()[0].intensity, 7);
}

TEST_F(MarkFlow, AddNewRatingKeepsTheEarlierOne)
{
    clickMap(pointOf("infraspinatus-right"));
    type(Qt::Key_6);
    type(Qt::Key_Return);
    clickMap(pointOf("infraspinatus-right"));
    auto buttons = editor()->findChildren<QPushButton*>();
    auto another = std::find_if(buttons.begin(), buttons.end(),
                                [](QPushButton* b) { return b->text() == QStringLiteral("Add New Rating"); });
    ASSERT_NE(another, buttons.end());
    QTest::mouseClick(*another, Qt::LeftButton);
    EXPECT_EQ(editor()->mode(), ui::SpotEditor::Mode::RateAgain);
    type(Qt::Key_4);
    type(Qt::Key_Return);
    const QList<Row> saved = rows();
    ASSERT_EQ(saved.size(), 2);
    EXPECT_EQ(saved[0].intensity, 6);
    EXPECT_EQ(saved[1].intensity, 4);
    EXPECT_EQ(store->spots().size(), 1);
}

TEST_F(MarkFlow, DraggingASpotMovesItToTheRegionUnderTheDrop)
{
    clickMap(pointOf("gluteus-medius-right"));
    type(Qt::Key_4);
    type(Qt::Key_Return);

    const QPoint from = pointOf("gluteus-medius-right");
    const QPoint to = pointOf("piriformis-right");
    QTest::mousePress(map(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(map(), from + (to - from) * step / 5);
    QTest::mouseRelease(map(), Qt::LeftButton, {}, to);
    EXPECT_EQ(rows().value(0).region, QStringLiteral("piriformis-right"));
    EXPECT_FALSE(editor()->isVisible()); // a drag is not a click

    shortcut(QKeySequence::Undo);
    EXPECT_EQ(rows().value(0).region, QStringLiteral("gluteus-medius-right"));
}

TEST_F(MarkFlow, DeleteRemovesTheSelectedSpotAndUndoBringsItBackWithItsRatings)
{
    clickMap(pointOf("levator-scapulae-left"));
    type(Qt::Key_8);
    type(Qt::Key_Return);
    clickMap(pointOf("levator-scapulae-left"));
    QPushButton* another = nullptr;
    for (QPushButton* b : editor()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Add New Rating"))
            another = b;
    ASSERT_NE(another, nullptr);
    QTest::mouseClick(another, Qt::LeftButton);
    type(Qt::Key_6);
    type(Qt::Key_Return);
    ASSERT_EQ(rows().size(), 2);

    clickMap(pointOf("levator-scapulae-left")); // selects it (and opens the editor)
    type(Qt::Key_Escape);
    ASSERT_NE(window->selectedSpot(), 0);
    QTest::keyClick(map(), Qt::Key_Delete);
    EXPECT_TRUE(rows().isEmpty());
    EXPECT_TRUE(map()->spots().isEmpty());

    shortcut(QKeySequence::Undo);
    ASSERT_EQ(rows().size(), 2);
    EXPECT_EQ(rows()[0].intensity, 8);
    EXPECT_EQ(rows()[1].intensity, 6);
}

TEST_F(MarkFlow, TheRegionListAddsAndRatesSpotsWithTheKeyboardAlone)
{
    QTreeWidget* tree = window->regionPanel()->tree();
    const auto found =
        tree->findItems(QStringLiteral("Right piriformis"), Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(found.size(), 1);
    tree->setFocus();
    tree->setCurrentItem(found[0]);
    QTest::keyClick(tree, Qt::Key_Return);
    ASSERT_TRUE(editor()->isVisible());
    type(Qt::Key_1);
    type(Qt::Key_0);
    type(Qt::Key_Return);
    const QList<Row> saved = rows();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved[0].region, QStringLiteral("piriformis-right"));
    EXPECT_EQ(saved[0].intensity, 10);

    // The new spot appears under its region; Enter on it rates it again.
    QTreeWidgetItem* spotItem = found[0]->child(0);
    ASSERT_NE(spotItem, nullptr);
    EXPECT_EQ(spotItem->text(1), QStringLiteral("10"));
    tree->setFocus();
    tree->setCurrentItem(spotItem);
    QTest::keyClick(tree, Qt::Key_Return);
    ASSERT_TRUE(editor()->isVisible());
    EXPECT_EQ(editor()->mode(), ui::SpotEditor::Mode::EditRating);
}

TEST_F(MarkFlow, AClickOutsideTheBodyDoesNothing)
{
    clickMap(map()->toWidget({0.02, 0.5}).toPoint());
    EXPECT_FALSE(editor()->isVisible());
    EXPECT_TRUE(rows().isEmpty());
}

TEST_F(MarkFlow, ARefusedSaveKeepsTheEditorAndWhatWasTyped)
{
    closeWindow();
    openWindow(true, StoreOptions{100});
    RawConnection other(temp.path());
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE"))); // another program holds the write lock

    clickMap(pointOf("rhomboids-left"));
    type(Qt::Key_6);
    auto* note = editor()->findChild<QPlainTextEdit*>();
    QTest::keyClicks(note, QStringLiteral("typed with care"));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(editor()->isVisible());
    EXPECT_EQ(editor()->note(), QStringLiteral("typed with care"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("locked")));
    EXPECT_EQ(window->undoStack()->count(), 0); // the refused step is not on the stack
    for (QWidget* popup : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(popup))
            box->close();

    ASSERT_TRUE(other.exec(QStringLiteral("ROLLBACK")));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier); // try again
    EXPECT_FALSE(editor()->isVisible());
    ASSERT_EQ(rows().size(), 1);
    EXPECT_EQ(rows()[0].note, QStringLiteral("typed with care"));
}

TEST_F(MarkFlow, TheKeyboardAloneSelectsDeletesAndRatesASpotFromTheList)
{
    const QPointF where = standardAtlas().region(QStringLiteral("teres-minor-right"))->labelPoint;
    Rating rating;
    rating.recordedAt = RecordedTime::now();
    rating.intensity = 5;
    ASSERT_TRUE(store->createSpot(where, rating));
    QTreeWidget* tree = window->regionPanel()->tree();
    const auto region =
        tree->findItems(QStringLiteral("Right teres minor"), Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(region.size(), 1);
    ASSERT_EQ(region[0]->childCount(), 1);
    tree->setFocus();
    tree->setCurrentItem(region[0]);
    QTest::keyClick(tree, Qt::Key_Down); // onto the spot
    EXPECT_EQ(window->selectedSpot(), store->spots().value(0).id);

    QTest::keyClick(tree, Qt::Key_Delete);
    EXPECT_TRUE(rows().isEmpty());
    shortcut(QKeySequence::Undo);
    ASSERT_EQ(rows().size(), 1);

    // Select it again from the list, then Enter on the map rates it.
    const auto restored =
        tree->findItems(QStringLiteral("Right teres minor"), Qt::MatchExactly | Qt::MatchRecursive);
    tree->setCurrentItem(restored.value(0));
    QTest::keyClick(tree, Qt::Key_Down);
    ASSERT_EQ(window->selectedSpot(), store->spots().value(0).id);
    map()->setFocus();
    QTest::keyClick(map(), Qt::Key_Return);
    EXPECT_TRUE(editor()->isVisible());
}
