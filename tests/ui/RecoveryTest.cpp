// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up recovery: each way a database can be unusable gets the one dialog, which offers the newest good
// backup; restoring it leaves the unusable file's bytes exactly as they were, under another name.
#include "TempDatabase.h"

#include "settings/Settings.h"
#include "ui/MainWindow.h"
#include "ui/Recovery.h"
#include "ui/Sessions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

enum class Breakage { DamagedPage, NotSqlite, Truncated, Emptied, FromNewerKnotMap, NotAFile };

QByteArray digest(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

void breakFile(const QString& path, Breakage breakage)
{
    QFile file(path);
    switch (breakage) {
    case Breakage::DamagedPage:
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 4096);
        file.write(QByteArray(4096, '\x5a'));
        break;
    case Breakage::NotSqlite:
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("my shopping list\n").repeated(300));
        break;
    case Breakage::Truncated:
        ASSERT_TRUE(file.resize(file.size() / 3));
        break;
    case Breakage::Emptied:
        ASSERT_TRUE(file.resize(0));
        break;
    case Breakage::FromNewerKnotMap: {
        RawConnection raw(path);
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        break;
    }
    case Breakage::NotAFile:
        ASSERT_TRUE(QFile::remove(path));
        ASSERT_TRUE(QDir().mkdir(path));
        break;
    }
}

class Recovery : public ::testing::TestWithParam<Breakage>
{
};

} // namespace

TEST_P(Recovery, TheDialogOffersTheNewestGoodBackupAndTheOriginalBytesStay)
{
    TempDatabase temp;
    {
        auto store = temp.open();
        for (int i = 0; i < 40; ++i) // several pages, so that a damaged or missing one is not the header
            ASSERT_TRUE(store->createSpot(labelOf(i % 2 ? "rhomboids-left" : "splenius-right"),
                                          ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), i % 11)));
        ASSERT_TRUE(
            makeBackup(store->path(), BackupReason::Daily, QDateTime(QDate(2026, 3, 1), QTime(9, 0))));
        ASSERT_TRUE(store->removeSpot(store->spots().value(0).id)); // later than the backup
    }
    breakFile(temp.path(), GetParam());
    const QByteArray before = digest(temp.path());

    QString shown;
    QStringList offered; // in the order the platform's style puts buttons
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("recoveryDialog"));
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            offered.append(button->text());
            if (button->text() == QStringLiteral("Restore Backup"))
                button->click();
        }
    });
    QString path = temp.path(), error, problem;
    auto store = ui::openWithRecovery(
        path, standardAtlas(), {},
        [&](const QString& file, const QString& why, const std::optional<BackupInfo>& newest) {
            problem = why;
            return ui::askHowToRecover(nullptr, file, why, newest);
        },
        [] { return QString(); }, &error);

    ASSERT_NE(store, nullptr) << error.toStdString();
    EXPECT_TRUE(shown.contains(temp.path())) << shown.toStdString();
    // The reason, without the store's "Cannot open <file>: " (the dialog names the file once, above it).
    const QString reason = problem.section(temp.path() + QStringLiteral(": "), -1).chopped(1);
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_TRUE(shown.contains(reason)) << shown.toStdString() << " / " << reason.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("40 ratings"))) << shown.toStdString();
    offered.sort();
    EXPECT_EQ(offered, (QStringList{QStringLiteral("Open Another File…"), QStringLiteral("Quit"),
                                    QStringLiteral("Restore Backup")}));
    EXPECT_EQ(store->spots().size(), 40); // the backup's, not the later removal's
    const QStringList aside = QDir(temp.dir.path())
                                  .entryList({QStringLiteral("knotmap.sqlite.unusable-*")},
                                             QDir::AllEntries | QDir::NoDotAndDotDot);
    ASSERT_EQ(aside.filter(QStringLiteral("-wal")).size() + aside.filter(QStringLiteral("-shm")).size() + 1,
              aside.size());
    const QString kept = temp.dir.filePath(aside.filter(QRegularExpression(QStringLiteral("\\d$"))).value(0));
    EXPECT_EQ(digest(kept), before); // not one byte of the unusable file changed
}

INSTANTIATE_TEST_SUITE_P(EveryBrokenFile, Recovery,
                         ::testing::Values(Breakage::DamagedPage, Breakage::NotSqlite, Breakage::Truncated,
                                           Breakage::Emptied, Breakage::FromNewerKnotMap,
                                           Breakage::NotAFile));

TEST(RecoveryWithoutBackup, QuitLeavesTheFileAsItWasAndSaysWhy)
{
    TempDatabase temp;
    breakFile(temp.path(), Breakage::NotSqlite);
    const QByteArray before = digest(temp.path());
    QString path = temp.path(), error;
    bool offeredBackup = true;
    auto store = ui::openWithRecovery(
        path, standardAtlas(), {},
        [&](const QString&, const QString&, const std::optional<BackupInfo>& newest) {
            offeredBackup = newest.has_value();
            return ui::RecoveryChoice::Quit;
        },
        [] { return QString(); }, &error);
    EXPECT_EQ(store, nullptr);
    EXPECT_FALSE(offeredBackup);
    EXPECT_TRUE(error.contains(QStringLiteral("damaged or is not a KnotMap database")))
        << error.toStdString();
    EXPECT_EQ(digest(temp.path()), before);
}

// The window opens before SQLite's check of every page has finished (start-up must not wait for it). Damage
// found then closes that window, whose store has written nothing, and asks with the same dialog.
TEST(RecoveryAfterOpening, DamageFoundBesideTheOpenWindowAsksWithTheSameDialog)
{
    TempDatabase temp;
    {
        auto store = temp.open();
        for (int i = 0; i < 40; ++i)
            ASSERT_TRUE(store->createSpot(labelOf(i % 2 ? "rhomboids-left" : "splenius-right"),
                                          ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), i % 11)));
        ASSERT_TRUE(
            makeBackup(store->path(), BackupReason::Daily, QDateTime(QDate(2026, 3, 1), QTime(9, 0))));
    }
    breakFile(temp.path(), Breakage::DamagedPage);
    const QByteArray before = digest(temp.path());

    auto settings = Settings::atPath(temp.dir.filePath(QStringLiteral("settings.ini")));
    ui::Sessions sessions(standardAtlas(), standardCatalogue(), *settings);
    QString error;
    QPointer<ui::MainWindow> first = sessions.open(temp.path(), true, &error);
    ASSERT_NE(first, nullptr) << error.toStdString();
    first->show();

    bool asked = false;
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QStringLiteral("recoveryDialog"))
            return;
        asked = true;
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == QStringLiteral("Restore Backup"))
                button->click();
        }
    });
    answer.start();
    EXPECT_TRUE(QTest::qWaitFor([&] { return first.isNull(); }, 10000));
    answer.stop();
    EXPECT_TRUE(asked);
    ASSERT_NE(sessions.current(), nullptr);
    EXPECT_TRUE(sessions.current()->isVisible());
    EXPECT_EQ(RawConnection(temp.path()).count(QStringLiteral("spots")),
              40); // the backup, in the file's place
    const QStringList aside =
        QDir(temp.dir.path()).entryList({QStringLiteral("knotmap.sqlite.unusable-*")}, QDir::Files);
    const QString kept = temp.dir.filePath(aside.filter(QRegularExpression(QStringLiteral("\\d$"))).value(0));
    EXPECT_EQ(digest(kept), before); // the damaged file, moved aside whole
}
