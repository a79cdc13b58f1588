// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: verified private copies, made before every import, migration and restore, kept by a rule worked
// out by hand below, and restored whole.
#include "TempDatabase.h"

#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

void rate(KnotStore& store, const char* region, const char* iso, int intensity)
{
    const auto created = store.createSpot(labelOf(region), ratingAt(QString::fromLatin1(iso), intensity));
    ASSERT_TRUE(created) << created.error().toStdString();
}

QStringList namesOf(const QList<BackupInfo>& backups)
{
    QStringList names;
    for (const BackupInfo& backup : backups)
        names.append(QFileInfo(backup.path).fileName());
    return names;
}

} // namespace

TEST(Backups, ABackupIsAVerifiedPrivateCopyWithItsCounts)
{
    TempDatabase temp;
    auto store = temp.open();
    rate(*store, "rhomboids-left", "2026-03-01T08:00:00Z", 5);
    rate(*store, "splenius-right", "2026-03-02T08:00:00Z", 3);
    const auto backup =
        makeBackup(store->path(), BackupReason::Manual, QDateTime(QDate(2026, 3, 2), QTime(9, 5, 7)));
    ASSERT_TRUE(backup) << backup.error().toStdString();
    EXPECT_EQ(QFileInfo(backup->path).fileName(), QStringLiteral("knotmap-2026-03-02T090507-manual.sqlite"));
    EXPECT_EQ(QFileInfo(backup->path).absolutePath(), temp.dir.filePath(QStringLiteral("backups")));
    EXPECT_EQ(QFile::permissions(backup->path) & 0x0fff, QFile::ReadUser | QFile::WriteUser);
    EXPECT_EQ(QFile::permissions(backupFolder(store->path())) & 0x0fff,
              QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    EXPECT_EQ(backup->spots, 2);
    EXPECT_EQ(backup->ratings, 2);
    const BackupInfo again = inspectBackup(backup->path);
    EXPECT_TRUE(again.ok) << again.problem.toStdString();
    EXPECT_EQ(again.reason, BackupReason::Manual);
    EXPECT_FALSE(QFileInfo::exists(backup->path + QStringLiteral(".partial")));
}

TEST(Backups, AnImportAMigrationAndARestoreEachLeaveTheirBackup)
{
    TempDatabase temp;
    {
        RawConnection raw(temp.path()); // a schema 4 file as the last release left it
        for (const char* statement :
             {"CREATE TABLE spots (id INTEGER PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL, region TEXT NOT "
              "NULL, "
              "label TEXT NOT NULL DEFAULT '', created_utc INTEGER NOT NULL, archived_utc INTEGER, key TEXT "
              "NOT NULL)",
              "CREATE TABLE ratings (id INTEGER PRIMARY KEY, spot_id INTEGER NOT NULL, recorded_utc INTEGER "
              "NOT NULL, "
              "utc_offset_min INTEGER NOT NULL, intensity INTEGER NOT NULL, quality TEXT NOT NULL DEFAULT "
              "'', "
              "note TEXT NOT NULL DEFAULT '')",
              "CREATE TABLE routine_log (id INTEGER PRIMARY KEY, done_utc INTEGER NOT NULL, utc_offset_min "
              "INTEGER "
              "NOT NULL, spot_id INTEGER, region TEXT NOT NULL, technique TEXT NOT NULL, planned_s INTEGER "
              "NOT NULL, "
              "done_s INTEGER NOT NULL, before_intensity INTEGER, after_intensity INTEGER)",
              "INSERT INTO spots VALUES (1, 0.3, 0.3, 'rhomboids-left', '', 0, NULL, 'rhomboids-left-1')",
              "PRAGMA application_id = 1263422800", "PRAGMA user_version = 4"})
            ASSERT_TRUE(raw.exec(QString::fromLatin1(statement))) << statement;
    }
    auto store = temp.open();
    ASSERT_NE(store, nullptr);
    const auto reasons = [&] {
        QStringList found;
        for (const BackupInfo& backup : listBackups(store->path()))
            found.append(backupReasonKey(backup.reason));
        std::sort(found.begin(), found.end());
        return found;
    };
    EXPECT_EQ(reasons(), QStringList{QStringLiteral("before-migration")});
    EXPECT_EQ(listBackups(store->path()).value(0).spots, 1);

    QFile csv(temp.dir.filePath(QStringLiteral("more.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("recorded_at,spot,region,x,y,intensity,quality,note\r\n2026-03-01T08:00:00Z,k,splenius-left,,,"
              "4,,\r\n");
    csv.close();
    ASSERT_TRUE(importFile(*store, csv.fileName(), nullptr).counts);
    EXPECT_EQ(reasons(), (QStringList{QStringLiteral("before-import"), QStringLiteral("before-migration")}));

    const QString migrated = listBackups(store->path()).constLast().path;
    ASSERT_TRUE(store->restoreBackup(migrated));
    EXPECT_EQ(reasons(), (QStringList{QStringLiteral("before-import"), QStringLiteral("before-migration"),
                                      QStringLiteral("before-restore")}));
}

TEST(Backups, RestoreBringsBackTheEarlierDataAndKeepsWhatWasThere)
{
    TempDatabase temp;
    auto store = temp.open();
    rate(*store, "rhomboids-left", "2026-03-01T08:00:00Z", 5);
    const auto earlier = makeBackup(store->path(), BackupReason::Manual);
    ASSERT_TRUE(earlier);
    rate(*store, "splenius-right", "2026-03-02T08:00:00Z", 3);
    EXPECT_EQ(store->ratingsAddedAfter(earlier->lastRatingId), 1);

    RawConnection other(temp.path()); // another program, open all along
    const auto kept = store->restoreBackup(earlier->path);
    ASSERT_TRUE(kept) << kept.error().toStdString();
    EXPECT_EQ(store->spots().size(), 1);
    EXPECT_EQ(other.count(QStringLiteral("ratings")), 1); // the other connection reads the restored data
    EXPECT_EQ(kept->reason, BackupReason::BeforeRestore);
    EXPECT_EQ(kept->ratings, 2); // what was there is kept, so the restore can be undone too
    ASSERT_TRUE(store->restoreBackup(kept->path));
    EXPECT_EQ(store->spots().size(), 2);
    const QString integrity = [&] {
        QSqlQuery q(other.db());
        return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                            : QString();
    }();
    EXPECT_EQ(integrity, QStringLiteral("ok"));
}

TEST(Backups, AFileThatIsNotAGoodBackupIsRefusedAndChangesNothing)
{
    TempDatabase temp;
    auto store = temp.open();
    rate(*store, "rhomboids-left", "2026-03-01T08:00:00Z", 5);
    QFile junk(temp.dir.filePath(QStringLiteral("junk.sqlite")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray("not a database").repeated(500));
    junk.close();
    const auto refused = store->restoreBackup(junk.fileName());
    EXPECT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("damaged"))) << refused.error().toStdString();
    EXPECT_FALSE(store->restoreBackup(store->path())); // never the database itself
    EXPECT_EQ(store->spots().size(), 1);
    EXPECT_TRUE(
        listBackups(store->path()).isEmpty()); // nothing was backed up for a restore that never started
}

// Sixty days of daily backups, 1 January to 1 March 2026, and eight manual ones, worked out by hand: 1 March
// is a Sunday, so the 7 newest dailies are the week of 23 February; the 4 weeks before it keep their newest
// daily (22, 15, 8 and 1 February); the manual ones keep their 5 newest.
TEST(Backups, RetentionOverSixtyDaysKeepsExactlyWhatTheRuleSays)
{
    TempDatabase temp;
    auto store = temp.open();
    rate(*store, "rhomboids-left", "2025-12-31T08:00:00Z", 5);
    const QDate first(2026, 1, 1);
    for (int day = 0; day < 60; ++day) {
        ASSERT_TRUE(dailyBackupDue(store->path(), first.addDays(day)));
        ASSERT_TRUE(
            makeBackup(store->path(), BackupReason::Daily, QDateTime(first.addDays(day), QTime(9, 0))));
        EXPECT_FALSE(dailyBackupDue(store->path(), first.addDays(day)));
        if (day >= 52) {
            ASSERT_TRUE(
                makeBackup(store->path(), BackupReason::Manual, QDateTime(first.addDays(day), QTime(12, 0))));
        }
    }
    QStringList expected;
    for (const char* day :
         {"02-01", "02-08", "02-15", "02-22", "02-23", "02-24", "02-25", "02-26", "02-27", "02-28"})
        expected.append(QStringLiteral("knotmap-2026-%1T090000-daily.sqlite").arg(QLatin1String(day)));
    expected.append(QStringLiteral("knotmap-2026-03-01T090000-daily.sqlite"));
    for (const char* day : {"02-25", "02-26", "02-27", "02-28", "03-01"})
        expected.append(QStringLiteral("knotmap-2026-%1T120000-manual.sqlite").arg(QLatin1String(day)));
    QStringList kept = namesOf(listBackups(store->path(), false));
    std::sort(kept.begin(), kept.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(kept, expected);
}

TEST(Backups, PruningNeverDeletesTheNewestGoodCopy)
{
    QList<BackupInfo> backups;
    for (int i = 0; i < 8; ++i) {
        BackupInfo backup;
        backup.path = QStringLiteral("/b/%1").arg(i);
        backup.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, i));
        backup.reason = BackupReason::Manual;
        backup.ok = i < 2; // the six newest are damaged
        backups.append(backup);
    }
    const QStringList pruned = backupsToPrune(backups);
    EXPECT_EQ(pruned,
              (QStringList{QStringLiteral("/b/2"), QStringLiteral("/b/0")})); // /b/1 is the newest good copy
}

TEST(Backups, AnInterruptedBackupIsNeverListedAndNeverAGoodCopy)
{
    TempDatabase temp;
    auto store = temp.open();
    rate(*store, "rhomboids-left", "2026-03-01T08:00:00Z", 5);
    QDir().mkpath(backupFolder(store->path()));
    QFile half(QDir(backupFolder(store->path()))
                   .filePath(QStringLiteral("knotmap-2026-03-01T090000-daily.sqlite.partial")));
    ASSERT_TRUE(half.open(QIODevice::WriteOnly));
    half.write(QByteArray(4096, 'x'));
    half.close();
    EXPECT_TRUE(listBackups(store->path()).isEmpty());
    EXPECT_TRUE(dailyBackupDue(store->path(), QDate(2026, 3, 1)));
}
