// SPDX-License-Identifier: GPL-3.0-or-later
// File › Back Up Now, Restore from Backup… and Revert Last Import on the real window, and the day's first
// backup.
#include "UiFixture.h"

#include "exchange/Exchange.h"
#include "storage/Backups.h"
#include "ui/BackupActions.h"
#include "ui/LongWork.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace knotmap;
using namespace knotmap::test;

namespace {

class BackupWindow : public WindowFixture
{
protected:
    // Presses `button` in the next modal dialog, once it is up.
    static void pressInNextDialog(const QString& button, QStringList* seen = nullptr)
    {
        auto* poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, button, seen] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            // The counts come from a worker once the list is up: wait for them before looking.
            for (auto* list : modal->findChildren<QTreeWidget*>())
                for (int i = 0; i < list->topLevelItemCount(); ++i)
                    if (list->topLevelItem(i)->text(3) == QStringLiteral("…"))
                        return;
            if (seen)
                for (auto* list : modal->findChildren<QTreeWidget*>())
                    for (int i = 0; i < list->topLevelItemCount(); ++i)
                        seen->append(list->topLevelItem(i)->text(1) + QLatin1Char('/') +
                                     list->topLevelItem(i)->text(3));
            for (QAbstractButton* candidate : modal->findChildren<QAbstractButton*>())
                if (candidate->text() == button) {
                    candidate->click();
                    poll->deleteLater();
                    return;
                }
        });
        poll->start(10);
    }
    // Back Up Now and the restores run as the window's long job: wait for it to finish.
    bool waitForJob() const
    {
        return QTest::qWaitFor([this] { return !window->longWork()->busy(); }, 60000);
    }
    void mark(const char* region, Qt::Key digit)
    {
        clickMap(pointOf(region));
        type(digit);
        type(Qt::Key_Return);
    }
};

} // namespace

TEST_F(BackupWindow, BackUpNowKeepsACheckedCopy)
{
    mark("rhomboids-left", Qt::Key_5);
    action(QStringLiteral("&Back Up Now"))->trigger();
    ASSERT_TRUE(window->longWork()->busy());
    EXPECT_FALSE(action(QStringLiteral("&Back Up Now"))->isEnabled()); // one at a time
    ASSERT_TRUE(waitForJob());
    EXPECT_TRUE(action(QStringLiteral("&Back Up Now"))->isEnabled());
    const QList<BackupInfo> backups = listBackups(temp.path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups[0].reason, BackupReason::Manual);
    EXPECT_EQ(backups[0].ratings, 1);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(backups[0].path));
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Backed up 1 spot and 1 rating to "))) // not "1 spots and 1 ratings"
        << window->statusBar()->currentMessage().toStdString();
}

TEST_F(BackupWindow, RestoreFromBackupListsThemAndBringsTheEarlierDataBack)
{
    mark("rhomboids-left", Qt::Key_5);
    action(QStringLiteral("&Back Up Now"))->trigger();
    ASSERT_TRUE(waitForJob());
    mark("splenius-right", Qt::Key_7);
    ASSERT_EQ(rows().size(), 2);
    ASSERT_GT(window->undoStack()->count(), 0);

    QStringList listed;
    pressInNextDialog(QStringLiteral("Restore"), &listed);
    action(QStringLiteral("Restore from Bac&kup…"))->trigger();
    ASSERT_TRUE(waitForJob());
    EXPECT_EQ(listed.value(0), QStringLiteral("Made by you/1"));
    ASSERT_EQ(rows().size(), 1);
    EXPECT_EQ(rows()[0].region, QStringLiteral("rhomboids-left"));
    EXPECT_EQ(map()->spots().size(), 1);           // the window shows the restored data
    EXPECT_EQ(window->undoStack()->count(), 0);    // nothing left that described the old database
    EXPECT_EQ(listBackups(temp.path()).size(), 2); // and what was there is kept
}

TEST_F(BackupWindow, RevertLastImportBringsBackTheDataFromJustBeforeIt)
{
    mark("rhomboids-left", Qt::Key_5);
    EXPECT_FALSE(action(QStringLiteral("Re&vert Last Import…"))->isEnabled());
    QFile csv(temp.dir.filePath(QStringLiteral("more.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("recorded_at,spot,region,x,y,intensity,quality,note\r\n"
              "2026-03-01T08:00:00Z,a,splenius-left,,,4,,\r\n2026-03-02T08:00:00Z,a,splenius-left,,,3,,\r\n");
    csv.close();
    ASSERT_TRUE(importFile(*store, csv.fileName(), nullptr).counts);
    ASSERT_EQ(rows().size(), 3);
    window->backupActions()->updateActions();
    ASSERT_TRUE(action(QStringLiteral("Re&vert Last Import…"))->isEnabled());

    pressInNextDialog(QStringLiteral("Revert"));
    action(QStringLiteral("Re&vert Last Import…"))->trigger();
    ASSERT_TRUE(waitForJob());
    ASSERT_EQ(rows().size(), 1);
    EXPECT_EQ(rows()[0].region, QStringLiteral("rhomboids-left"));
}

TEST_F(BackupWindow, TheDaysFirstStartMakesOneDailyBackupAndLaterStartsNone)
{
    mark("rhomboids-left", Qt::Key_5);
    for (int start = 0; start < 2; ++start) {
        QSignalSpy finished(window->backupActions(), &ui::BackupActions::dailyBackupFinished);
        window->backupActions()->startDailyBackupIfDue();
        if (start == 0) {
            ASSERT_TRUE(finished.wait(10000));
        }
        EXPECT_EQ(finished.size(), start == 0 ? 1 : 0);
    }
    const QList<BackupInfo> backups = listBackups(temp.path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups[0].reason, BackupReason::Daily);
    EXPECT_EQ(backups[0].createdAt.date(), QDate::currentDate());
}
