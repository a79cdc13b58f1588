// SPDX-License-Identifier: GPL-3.0-or-later
// A knot's menu on the map and in the list (right-click or the Menu key), and Edit › Archived Knots… to bring
// an archived knot back (issue 13): real events on the real window, each choice ending as a change in SQLite.
#include "UiFixture.h"

#include "ui/ArchivedKnotsDialog.h"
#include "ui/KnotActions.h"
#include "ui/RegionPanel.h"
#include "ui/SpotHistoryDialog.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace knotmap;
using namespace knotmap::test;

using KnotMenus = WindowFixture;

namespace {

// The knot's menu now open in the window, or null.
QMenu* openKnotMenu(const ui::MainWindow& window)
{
    for (QMenu* menu : window.findChildren<QMenu*>(QStringLiteral("knotMenu")))
        if (menu->isVisible())
            return menu;
    return nullptr;
}

QStringList actionNames(const QMenu* menu)
{
    QStringList names;
    for (const QAction* action : menu->actions())
        if (!action->isSeparator())
            names << action->objectName();
    return names;
}

void contextMenuAt(QWidget* widget, QPoint at, QContextMenuEvent::Reason reason = QContextMenuEvent::Mouse)
{
    QContextMenuEvent event(reason, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event);
}

} // namespace

TEST_F(KnotMenus, ARightClickOnAKnotOnTheMapSelectsItAndItsMenuArchivesItInSqlite)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    const auto first = store->createSpot(where, ratingOn(QDate::currentDate(), 9, 5));
    const auto second = store->createSpot(where + QPointF(0.0, 0.06), ratingOn(QDate::currentDate(), 9, 3));
    ASSERT_TRUE(first && second);

    contextMenuAt(map(), map()->toWidget(second->spot.position).toPoint());
    EXPECT_EQ(window->selectedSpot(), second->spot.id);
    QMenu* menu = openKnotMenu(*window);
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(actionNames(menu), (QStringList{QStringLiteral("rateSpot"), QStringLiteral("renameKnot"),
                                              QStringLiteral("archiveKnot"), QStringLiteral("knotHistory"),
                                              QStringLiteral("deleteSpot")}));
    menu->close();

    // The Menu key opens the selected knot's menu; Archive there archives that knot and no other.
    // (The platform turns the Menu key into this event; the offscreen one has no keyboard to do it.)
    contextMenuAt(map(), QPoint(5, 5), QContextMenuEvent::Keyboard);
    menu = openKnotMenu(*window);
    ASSERT_NE(menu, nullptr);
    for (QAction* action : menu->actions())
        if (action->objectName() == QStringLiteral("archiveKnot"))
            action->trigger();
    menu->close();
    EXPECT_TRUE(store->spot(second->spot.id)->archivedUtc.has_value());
    EXPECT_FALSE(store->spot(first->spot.id)->archivedUtc.has_value());
}

TEST_F(KnotMenus, ARightClickBesideTheKnotsOpensNoKnotMenu)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    ASSERT_TRUE(store->createSpot(where, ratingOn(QDate::currentDate(), 9, 5)));
    contextMenuAt(map(), QPoint(5, 5)); // the corner of the map, far from the knot
    EXPECT_EQ(openKnotMenu(*window), nullptr);
    EXPECT_EQ(window->selectedSpot(), 0);
}

TEST_F(KnotMenus, ARightClickOnAKnotInTheListOpensItsMenuAndHistoryOpensForThatKnot)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    const auto first = store->createSpot(where, ratingOn(QDate::currentDate(), 9, 5));
    const auto knot = store->createSpot(where + QPointF(0.0, 0.06), ratingOn(QDate::currentDate(), 9, 3));
    ASSERT_TRUE(first && knot);
    QTreeWidget* tree = window->regionPanel()->tree();
    QTreeWidgetItem* item = window->regionPanel()->itemForSpot(knot->spot.id);
    ASSERT_NE(item, nullptr);
    tree->scrollToItem(item);

    contextMenuAt(tree->viewport(), tree->visualItemRect(item).center());
    EXPECT_EQ(window->selectedSpot(), knot->spot.id);
    EXPECT_EQ(tree->currentItem(), item);
    QMenu* menu = openKnotMenu(*window);
    ASSERT_NE(menu, nullptr);
    for (QAction* action : menu->actions())
        if (action->objectName() == QStringLiteral("knotHistory"))
            action->trigger();
    menu->close();
    auto* history = window->findChild<ui::SpotHistoryDialog*>();
    ASSERT_NE(history, nullptr);
    EXPECT_EQ(history->spotId(), knot->spot.id);
    history->close();

    // The Menu key in the list opens the menu of the current knot, wherever the pointer is.
    tree->setCurrentItem(window->regionPanel()->itemForSpot(first->spot.id));
    contextMenuAt(tree, QPoint(1, 1), QContextMenuEvent::Keyboard);
    EXPECT_EQ(window->selectedSpot(), first->spot.id);
    menu = openKnotMenu(*window);
    ASSERT_NE(menu, nullptr);
    menu->close();
}

TEST_F(KnotMenus, ArchivedKnotsListsWhatWasArchivedAndBringBackShowsItAgainUndoably)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    const auto knot = store->createSpot(where, ratingOn(QDate::currentDate(), 9, 6));
    ASSERT_TRUE(ui::renameKnot(*window, knot->spot.id, QStringLiteral("Desk shoulder")));
    window->findChild<QAction*>(QStringLiteral("archivedKnots"))->trigger();
    auto* dialog = window->findChild<ui::ArchivedKnotsDialog*>();
    ASSERT_NE(dialog, nullptr);
    QTreeWidget* list = dialog->knotList();
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_FALSE(list->isVisible());

    // Archived in the window: the open dialog follows, with the name, the place and the last score.
    ASSERT_TRUE(ui::archiveKnot(*window, knot->spot.id));
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Desk shoulder"));
    EXPECT_EQ(list->topLevelItem(0)->text(1), store->placeName(QStringLiteral("upper-trapezius-left")));
    EXPECT_EQ(list->topLevelItem(0)->text(3), QStringLiteral("6"));
    EXPECT_EQ(window->regionPanel()->itemForSpot(knot->spot.id), nullptr);

    auto* bringBack = dialog->findChild<QPushButton*>(QStringLiteral("bringBackKnot"));
    ASSERT_TRUE(bringBack->isEnabled());
    QTest::mouseClick(bringBack, Qt::LeftButton);
    EXPECT_FALSE(store->spot(knot->spot.id)->archivedUtc.has_value());
    EXPECT_EQ(store->ratingsForSpot(knot->spot.id).size(), 1);
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_NE(window->regionPanel()->itemForSpot(knot->spot.id), nullptr);
    EXPECT_EQ(window->selectedSpot(), knot->spot.id);
    EXPECT_EQ(window->undoStack()->undoText(), QStringLiteral("Bring Back Knot"));

    // Undo archives it again, with the time it had, and the dialog shows it again.
    ui::undoOrStay(*window->undoStack());
    EXPECT_TRUE(store->spot(knot->spot.id)->archivedUtc.has_value());
    EXPECT_EQ(list->topLevelItemCount(), 1);
    dialog->close();
}
