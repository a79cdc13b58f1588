// SPDX-License-Identifier: GPL-3.0-or-later
// The trust issue's storage findings: ids are never handed out twice, a day is the day it was lived (before
// 1970 too), impossible dates are refused, and a file that is not KnotMap's is refused exactly as it was.
#include "TempDatabase.h"

#include "domain/LocalDay.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

// Finding 2: a deleted row's id was handed out again, so an undo step holding it could hit another row.
TEST(TrustStorage, IdsOfDeletedRowsAreNeverHandedOutAgainEvenAfterAReopen)
{
    TempDatabase temp;
    qint64 spotId = 0, ratingId = 0;
    {
        auto store = temp.open();
        auto created =
            store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5));
        ASSERT_TRUE(created);
        spotId = created->spot.id;
        ratingId = created->ratings[0].id;
        ASSERT_TRUE(store->removeSpot(spotId));
    }
    auto store = temp.open();
    auto next =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-02T08:00:00Z"), 4));
    ASSERT_TRUE(next);
    EXPECT_GT(next->spot.id, spotId);
    EXPECT_GT(next->ratings[0].id, ratingId);
}

// Finding 7: SQLite's integer division truncates toward zero, so a day before 1970 was counted a day late.
TEST(TrustStorage, ADayBefore1970IsTheDayItWasLived)
{
    TempDatabase temp;
    auto store = temp.open();
    auto created = store->createSpot(labelOf("rhomboids-left"),
                                     ratingAt(QStringLiteral("1969-12-31T23:30:00+00:00"), 6));
    ASSERT_TRUE(created);
    EXPECT_TRUE(store->spotsRatedOn(QDate(1969, 12, 31)).contains(created->spot.id));
    EXPECT_TRUE(store->spotsRatedOn(QDate(1970, 1, 1)).isEmpty());
    EXPECT_EQ(store->ratingsOnLocalDays(QDate(1969, 12, 31), QDate(1969, 12, 31)).size(), 1);
    const QList<DailyAggregate> days = store->dailyAggregates({}, QDate(1969, 12, 1), QDate(1970, 1, 31));
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days[0].day, QDate(1969, 12, 31));
    EXPECT_EQ(created->ratings[0].recordedAt.localDate(), QDate(1969, 12, 31));
}

TEST(TrustStorage, TheOneDayRuleRoundsDownOnBothSidesOfTheEpoch)
{
    // Worked by hand: -1 s is 1969-12-31 (day -1); 86399 s is 1970-01-01 (day 0); an offset moves the day.
    EXPECT_EQ(localDayNumber(RecordedTime{-1, 0}), -1);
    EXPECT_EQ(localDayNumber(RecordedTime{-86400, 0}), -1);
    EXPECT_EQ(localDayNumber(RecordedTime{-86401, 0}), -2);
    EXPECT_EQ(localDayNumber(RecordedTime{86399, 0}), 0);
    EXPECT_EQ(localDayNumber(RecordedTime{3600, -120}), -1); // 01:00 UTC is 23:00 the day before at UTC−2
    EXPECT_EQ(localDate(RecordedTime{-1, 0}), QDate(1969, 12, 31));
}

TEST(TrustStorage, DatesBefore1900OrMoreThanADayAheadAreRefusedWithASentence)
{
    TempDatabase temp;
    auto store = temp.open();
    const auto old =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("1899-12-31T12:00:00Z"), 5));
    ASSERT_FALSE(old);
    EXPECT_TRUE(old.error().contains(QStringLiteral("1900"))) << old.error().toStdString();
    Rating ahead;
    ahead.recordedAt = RecordedTime::fromDateTime(QDateTime::currentDateTimeUtc().addDays(2));
    ahead.intensity = 5;
    const auto future = store->createSpot(labelOf("rhomboids-left"), ahead);
    ASSERT_FALSE(future);
    EXPECT_TRUE(future.error().contains(QStringLiteral("future"))) << future.error().toStdString();
    ahead.recordedAt = RecordedTime::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(3600));
    EXPECT_TRUE(store->createSpot(labelOf("rhomboids-left"), ahead)); // a later time zone's today is fine
    EXPECT_EQ(RawConnection(temp.path()).count(QStringLiteral("ratings")), 1);
}

// Finding 8: another program's database was made 0600 before it was refused.
TEST(TrustStorage, AForeignFileIsRefusedWithItsModeUntouched)
{
    TempDatabase temp;
    {
        RawConnection raw(temp.path());
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
    }
    const QFile::Permissions shared =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    ASSERT_TRUE(QFile::setPermissions(temp.path(), shared));
    QString error;
    EXPECT_EQ(KnotStore::open(temp.path(), standardAtlas(), &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("another program"))) << error.toStdString();
    EXPECT_EQ(QFile::permissions(temp.path()) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
              shared);
}

TEST(TrustStorage, MigratingToVersion5KeepsIdsGivesEverySpotAUuidAndNeverReusesOldIds)
{
    TempDatabase temp;
    {
        RawConnection raw(temp.path()); // a version 4 file as the last release left it, ids 1 and 7
        for (const char* statement :
             {"CREATE TABLE spots (id INTEGER PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL, region TEXT NOT "
              "NULL, "
              "label TEXT NOT NULL DEFAULT '', created_utc INTEGER NOT NULL, archived_utc INTEGER, "
              "key TEXT NOT NULL DEFAULT '')",
              "CREATE UNIQUE INDEX spots_by_key ON spots (key)",
              "CREATE TABLE ratings (id INTEGER PRIMARY KEY, spot_id INTEGER NOT NULL REFERENCES spots (id) "
              "ON DELETE CASCADE, recorded_utc INTEGER NOT NULL, utc_offset_min INTEGER NOT NULL, "
              "intensity INTEGER NOT NULL, quality TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')",
              "CREATE TABLE routine_log (id INTEGER PRIMARY KEY, done_utc INTEGER NOT NULL, utc_offset_min "
              "INTEGER "
              "NOT NULL, spot_id INTEGER REFERENCES spots (id) ON DELETE SET NULL, region TEXT NOT NULL, "
              "technique "
              "TEXT NOT NULL, planned_s INTEGER NOT NULL, done_s INTEGER NOT NULL, before_intensity INTEGER, "
              "after_intensity INTEGER)",
              "INSERT INTO spots VALUES (1, 0.3, 0.3, 'rhomboids-left', '', 1772352000, NULL, "
              "'rhomboids-left-1')",
              "INSERT INTO spots VALUES (7, 0.7, 0.3, 'rhomboids-right', 'old', 1772352000, NULL, "
              "'rhomboids-right-1')",
              "INSERT INTO ratings VALUES (3, 7, 1772352000, 60, 6, 'aching', 'kept')",
              "INSERT INTO routine_log VALUES (2, 1772352000, 60, 7, 'rhomboids-right', 'stretch', 60, 60, "
              "6, 4)",
              "PRAGMA application_id = 1263422800", "PRAGMA user_version = 4"})
            ASSERT_TRUE(raw.exec(QString::fromLatin1(statement))) << statement;
    }
    auto store = temp.open();
    ASSERT_NE(store, nullptr);
    const QList<Spot> spots = store->spots();
    ASSERT_EQ(spots.size(), 2);
    EXPECT_EQ(spots[1].id, 7);
    EXPECT_EQ(spots[1].label, QStringLiteral("old"));
    EXPECT_TRUE(validateSpotUuid(spots[0].uuid).isEmpty()) << spots[0].uuid.toStdString();
    EXPECT_NE(spots[0].uuid, spots[1].uuid);
    EXPECT_EQ(store->ratingsForSpot(7).value(0).note, QStringLiteral("kept"));
    EXPECT_EQ(store->routineLogForSpot(7).size(), 1);
    ASSERT_TRUE(store->removeSpot(7)); // the highest ids go, and must never come back
    auto next =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-02T08:00:00Z"), 4));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->spot.id, 8);
    EXPECT_EQ(next->ratings[0].id, 4);
}
