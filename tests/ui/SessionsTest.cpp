// SPDX-License-Identifier: GPL-3.0-or-later
// File › New, Open and Open Recent: another file opens in a window of its own, so the undo history of one
// file can never act on another, and the file goes to the front of the recent list.
#include "UiFixture.h"

#include "ui/Sessions.h"

#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QUndoStack>

using namespace knotmap;
using namespace knotmap::test;

TEST(Sessions, AnotherFileOpensInItsOwnWindowAndUndoNeverCrossesOver)
{
    TempDatabase first, second;
    auto settings = Settings::atPath(first.dir.filePath(QStringLiteral("settings.ini")));
    ui::Sessions sessions(standardAtlas(), standardCatalogue(), *settings);
    QString error;
    QPointer<ui::MainWindow> a = sessions.open(first.path(), false, &error);
    ASSERT_NE(a, nullptr) << error.toStdString();
    a->resize(1200, 860);
    a->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(a));
    const QPoint at = a->bodyMap()->toWidget(labelOf("rhomboids-left")).toPoint();
    QTest::mouseClick(a->bodyMap(), Qt::LeftButton, {}, at);
    QTest::keyClick(a->spotEditor()->focusProxy(), Qt::Key_6);
    QTest::keyClick(a->spotEditor()->focusProxy(), Qt::Key_Return);
    ASSERT_EQ(a->undoStack()->count(), 1);

    emit a->openDatabaseRequested(second.path()); // as File › Open Database… does
    ui::MainWindow* b = sessions.current();
    ASSERT_NE(b, nullptr);
    ASSERT_NE(b, a.data());
    EXPECT_EQ(b->windowFilePath(), second.path());
    EXPECT_EQ(b->undoStack()->count(), 0);                          // nothing of the first file's history
    EXPECT_TRUE(QTest::qWaitFor([&] { return a.isNull(); }, 2000)); // the first window is closed and gone

    QTest::keySequence(b, QKeySequence::Undo);
    EXPECT_EQ(RawConnection(first.path()).count(QStringLiteral("ratings")), 1); // the first file is untouched
    EXPECT_EQ(settings->value(SettingKey::RecentDatabases).toStringList(),
              (QStringList{second.path(), first.path()}));

    auto* recent = b->findChild<QMenu*>(QStringLiteral("recentMenu"));
    ASSERT_NE(recent, nullptr);
    emit recent->aboutToShow();
    ASSERT_EQ(recent->actions().size(), 2);
    EXPECT_FALSE(recent->actions()[0]->isEnabled()); // the file already shown
    EXPECT_TRUE(recent->actions()[1]->isEnabled());
    recent->actions()[1]->trigger(); // back to the first file
    EXPECT_NE(sessions.current(), b);
    EXPECT_EQ(sessions.current()->undoStack()->count(), 0);
}
