// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"

#include "storage/Schema.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

TEST(Storage, ASpotAndItsRatingsSurviveReopening)
{
    TempDatabase temp;
    SpotSnapshot created;
    qint64 secondId = 0;
    {
        auto store = temp.open();
        auto spot =
            store->createSpot(labelOf("upper-trapezius-left"),
                              ratingAt(QStringLiteral("2026-03-01T08:30:00+01:00"), 6, Quality::Aching,
                                       QStringLiteral("after a long drive, \"tight\" <b>bad</b>")));
        ASSERT_TRUE(spot) << spot.error().toStdString();
        created = *spot;
        Rating again = ratingAt(QStringLiteral("2026-03-02T21:00:00-05:00"), 4, Quality::Stiff);
        again.spotId = created.spot.id;
        const auto id = store->addRating(again);
        ASSERT_TRUE(id);
        secondId = *id;
    }
    auto store = temp.open();
    const QList<Spot> spots = store->spots();
    ASSERT_EQ(spots.size(), 1);
    EXPECT_EQ(spots[0], created.spot);
    EXPECT_EQ(spots[0].region, QStringLiteral("upper-trapezius-left"));
    EXPECT_EQ(spots[0].key, QStringLiteral("upper-trapezius-left-1"));
    const QList<Rating> ratings = store->ratingsForSpot(created.spot.id);
    ASSERT_EQ(ratings.size(), 2);
    EXPECT_EQ(ratings[0], created.ratings[0]);
    EXPECT_EQ(ratings[0].note, QStringLiteral("after a long drive, \"tight\" <b>bad</b>"));
    EXPECT_EQ(ratings[1].id, secondId);
    EXPECT_EQ(ratings[1].recordedAt.offsetMinutes, -300);
    EXPECT_EQ(ratings[1].quality, Quality::Stiff);
}

TEST(Storage, TheSchemaIsCurrentWithForeignKeysAndWal)
{
    TempDatabase temp;
    auto store = temp.open();
    RawConnection raw(temp.path());
    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), schema::currentVersion());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), schema::kApplicationId);
    // The time-range indexes exist, so trends and day views do not scan the table.
    ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM ratings WHERE recorded_utc >= 0 AND "
                                      "recorded_utc < 100")) &&
                q.next());
    EXPECT_TRUE(q.value(3).toString().contains(QStringLiteral("ratings_by_time")))
        << q.value(3).toString().toStdString();
}

TEST(Storage, TheFileIsReadableByItsOwnerOnly)
{
    TempDatabase temp;
    auto store = temp.open();
    ASSERT_TRUE(
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 3)));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        struct stat info
        {
        };
        ASSERT_EQ(::stat(QFile::encodeName(temp.path() + suffix).constData(), &info), 0)
            << suffix.toStdString();
        EXPECT_EQ(info.st_mode & 0777, 0600u) << suffix.toStdString();
    }
}

TEST(Storage, AnExistingFileThatIsTooOpenIsTightened)
{
    TempDatabase temp;
    temp.open().reset();
    ASSERT_TRUE(QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    auto store = temp.open();
    struct stat info
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(temp.path()).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

TEST(Storage, ChecksRefuseBadValuesEvenWhenCodeIsBypassed)
{
    TempDatabase temp;
    auto store = temp.open();
    auto spot =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 3));
    ASSERT_TRUE(spot);
    RawConnection raw(temp.path());
    ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    const QString insert =
        QStringLiteral("INSERT INTO ratings (spot_id, recorded_utc, utc_offset_min, intensity, "
                       "quality) VALUES (%1, %2)")
            .arg(spot->spot.id);
    EXPECT_FALSE(raw.exec(insert.arg(QStringLiteral("0, 0, 11, ''"))));         // score too high
    EXPECT_FALSE(raw.exec(insert.arg(QStringLiteral("0, 0, -1, ''"))));         // score too low
    EXPECT_FALSE(raw.exec(insert.arg(QStringLiteral("0, 0, 5.5, ''"))));        // not a whole number
    EXPECT_FALSE(raw.exec(insert.arg(QStringLiteral("0, 0, 5, 'throbbing'")))); // unknown quality
    EXPECT_FALSE(raw.exec(insert.arg(QStringLiteral("0, 900, 5, ''"))));        // impossible offset
    EXPECT_FALSE(
        raw.exec(QStringLiteral("INSERT INTO ratings (spot_id, recorded_utc, utc_offset_min, intensity) "
                                "VALUES (9999, 0, 0, 5)"))); // no such spot
    EXPECT_FALSE(raw.exec(QStringLiteral("INSERT INTO spots (key, x, y, region, created_utc) "
                                         "VALUES ('', 0.5, 0.5, 'rhomboids-left', 0)"))); // empty key
    EXPECT_FALSE(raw.exec(QStringLiteral("INSERT INTO spots (key, x, y, region, created_utc) "
                                         "VALUES ('k', 1.5, 0.5, 'rhomboids-left', 0)"))); // off the diagram
    EXPECT_TRUE(raw.exec(insert.arg(QStringLiteral("0, 0, 10, 'numb'")))); // and a good row is accepted
    EXPECT_EQ(raw.count(QStringLiteral("ratings")), 2);
}

TEST(Storage, TheStoreRefusesBadRatingsAndWritesNothing)
{
    TempDatabase temp;
    auto store = temp.open();
    const auto eleven =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 11));
    EXPECT_FALSE(eleven);
    EXPECT_TRUE(eleven.error().contains(QStringLiteral("11")));
    const auto outside = store->createSpot({0.01, 0.01}, ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5));
    EXPECT_FALSE(outside);
    EXPECT_TRUE(outside.error().contains(QStringLiteral("outside the body")));
    EXPECT_FALSE(store->createSpot({1.5, 0.3}, ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5)));
    Rating orphan = ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5);
    orphan.spotId = 42;
    EXPECT_FALSE(store->addRating(orphan));

    auto spot =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 3));
    ASSERT_TRUE(spot);
    QList<Rating> batch = {ratingAt(QStringLiteral("2026-03-02T08:00:00Z"), 4),
                           ratingAt(QStringLiteral("2026-03-03T08:00:00Z"), 12)};
    for (Rating& r : batch)
        r.spotId = spot->spot.id;
    EXPECT_FALSE(store->addRatings(batch)); // one bad rating: the whole batch is refused
    RawConnection raw(temp.path());
    EXPECT_EQ(raw.count(QStringLiteral("spots")), 1);
    EXPECT_EQ(raw.count(QStringLiteral("ratings")), 1);
}

TEST(Storage, SpotKeysCountUpPerRegionAndMustBeUnique)
{
    TempDatabase temp;
    auto store = temp.open();
    const Rating r = ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 3);
    EXPECT_EQ(store->createSpot(labelOf("piriformis-right"), r)->spot.key,
              QStringLiteral("piriformis-right-1"));
    EXPECT_EQ(store->createSpot(labelOf("piriformis-right"), r)->spot.key,
              QStringLiteral("piriformis-right-2"));
    EXPECT_EQ(store->createSpot(labelOf("piriformis-left"), r)->spot.key,
              QStringLiteral("piriformis-left-1"));
    EXPECT_EQ(store->createSpot(labelOf("piriformis-left"), r, QStringLiteral("my-knot"))->spot.key,
              QStringLiteral("my-knot"));
    const auto twice = store->createSpot(labelOf("piriformis-left"), r, QStringLiteral("my-knot"));
    EXPECT_FALSE(twice);
    EXPECT_TRUE(twice.error().contains(QStringLiteral("already exists")));
}

TEST(Storage, RemovingAndRestoringASpotGivesBackTheSameRows)
{
    TempDatabase temp;
    auto store = temp.open();
    auto spot = store->createSpot(labelOf("levator-scapulae-right"),
                                  ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 7));
    Rating second =
        ratingAt(QStringLiteral("2026-03-02T08:00:00+02:00"), 5, Quality::Sharp, QStringLiteral("x"));
    second.spotId = spot->spot.id;
    ASSERT_TRUE(store->addRating(second));
    const QList<Rating> before = store->ratingsForSpot(spot->spot.id);

    QSignalSpy aboutToRemove(store.get(), &KnotStore::spotAboutToBeRemoved);
    QSignalSpy removedSignal(store.get(), &KnotStore::spotRemoved);
    const auto removed = store->removeSpot(spot->spot.id);
    ASSERT_TRUE(removed);
    EXPECT_EQ(aboutToRemove.count(), 1);
    EXPECT_EQ(removedSignal.count(), 1);
    EXPECT_TRUE(store->spots().isEmpty());
    RawConnection raw(temp.path());
    EXPECT_EQ(raw.count(QStringLiteral("ratings")), 0); // cascaded

    ASSERT_TRUE(store->restoreSpot(*removed));
    EXPECT_EQ(store->spot(spot->spot.id), spot->spot);
    EXPECT_EQ(store->ratingsForSpot(spot->spot.id), before);
}

TEST(Storage, MovingASpotRecomputesItsRegion)
{
    TempDatabase temp;
    auto store = temp.open();
    auto spot = store->createSpot(labelOf("gluteus-medius-left"),
                                  ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 4));
    QSignalSpy changed(store.get(), &KnotStore::spotChanged);
    ASSERT_TRUE(store->moveSpot(spot->spot.id, labelOf("piriformis-left")));
    EXPECT_EQ(store->spot(spot->spot.id)->region, QStringLiteral("piriformis-left"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(store->moveSpot(spot->spot.id, {0.01, 0.99}));
    EXPECT_EQ(store->spot(spot->spot.id)->region, QStringLiteral("piriformis-left"));
}

TEST(Storage, DaysAreTheDaysAsLivedInEachRatingsOwnOffset)
{
    TempDatabase temp;
    auto store = temp.open();
    // 23:30 in New York on 1 March is 04:30 UTC on 2 March; 00:30 in Berlin on 2 March is 23:30 UTC on 1
    // March.
    auto ny = store->createSpot(labelOf("rhomboids-left"),
                                ratingAt(QStringLiteral("2026-03-01T23:30:00-05:00"), 5));
    auto berlin = store->createSpot(labelOf("rhomboids-right"),
                                    ratingAt(QStringLiteral("2026-03-02T00:30:00+01:00"), 6));
    EXPECT_EQ(store->spotsRatedOn(QDate(2026, 3, 1)), QSet<qint64>{ny->spot.id});
    EXPECT_EQ(store->spotsRatedOn(QDate(2026, 3, 2)), QSet<qint64>{berlin->spot.id});
    EXPECT_EQ(store->ratingsOnLocalDays(QDate(2026, 3, 1), QDate(2026, 3, 1)).size(), 1);
    EXPECT_EQ(store->ratingsOnLocalDays(QDate(2026, 3, 1), QDate(2026, 3, 2)).size(), 2);
    EXPECT_EQ(store->ratingsOnLocalDays(QDate(2026, 3, 2), QDate()).size(), 1);
    EXPECT_EQ(store->ratingsOnLocalDays(QDate(), QDate(2026, 2, 28)).size(), 0);
}

TEST(Storage, LatestRatingsLookOnlyUpToTheGivenDay)
{
    TempDatabase temp;
    auto store = temp.open();
    auto spot =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5));
    Rating later = ratingAt(QStringLiteral("2026-03-05T08:00:00Z"), 2);
    later.spotId = spot->spot.id;
    ASSERT_TRUE(store->addRating(later));
    EXPECT_EQ(store->latestRatings(QDate(2026, 3, 3)).value(spot->spot.id).intensity, 5);
    EXPECT_EQ(store->latestRatings(QDate(2026, 3, 5)).value(spot->spot.id).intensity, 2);
    EXPECT_TRUE(store->latestRatings(QDate(2026, 2, 28)).isEmpty());
}

TEST(Storage, EditingAndRemovingRatings)
{
    TempDatabase temp;
    auto store = temp.open();
    auto spot =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5));
    Rating edited = spot->ratings[0];
    edited.intensity = 8;
    edited.note = QStringLiteral("worse");
    ASSERT_TRUE(store->updateRating(spot->ratings[0], edited));
    EXPECT_EQ(store->ratingsForSpot(spot->spot.id).value(0), edited);
    Rating impossible = edited;
    impossible.intensity = 11;
    EXPECT_FALSE(store->updateRating(edited, impossible));
    // An undo of the first edit must not overwrite a change made since: the stored row is no longer the one
    // the edit left.
    const auto stale = store->updateRating(spot->ratings[0], edited);
    EXPECT_FALSE(stale);
    EXPECT_TRUE(stale.error().contains(QStringLiteral("changed elsewhere"))) << stale.error().toStdString();
    EXPECT_EQ(store->ratingsForSpot(spot->spot.id).value(0).intensity, 8);
    const auto removed = store->removeRating(edited.id);
    ASSERT_TRUE(removed);
    EXPECT_TRUE(store->ratingsForSpot(spot->spot.id).isEmpty());
    ASSERT_TRUE(store->restoreRating(*removed));
    EXPECT_EQ(store->ratingsForSpot(spot->spot.id).value(0).id, edited.id);
}

TEST(Storage, EveryQualityTheAppOffersIsAcceptedByTheDatabaseAndReadBack)
{
    TempDatabase temp;
    auto store = temp.open();
    auto spot = store->createSpot(labelOf("upper-trapezius-left"),
                                  ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 3));
    ASSERT_TRUE(spot) << spot.error().toStdString();
    int minute = 1;
    for (Quality quality : allQualities()) {
        Rating rating = ratingAt(
            QStringLiteral("2026-03-01T09:%1:00Z").arg(minute++, 2, 10, QLatin1Char('0')), 4, quality);
        rating.spotId = spot->spot.id;
        auto added = store->addRating(rating);
        ASSERT_TRUE(added) << qualityKey(quality).toStdString() << ": " << added.error().toStdString();
        EXPECT_EQ(store->ratingsForSpot(spot->spot.id).constLast().quality, quality);
    }
}

TEST(Storage, FlagsShownAreKeptOncePerDayAndClearancesInOrder)
{
    TempDatabase temp;
    auto store = temp.open();
    QSignalSpy changed(store.get(), &KnotStore::redFlagsChanged);
    const QDate day(2026, 6, 30);
    const QList<ShownFlag> flags = {{day, QStringLiteral("symptom-fever"), FlagLevel::Pause, {}},
                                    {day,
                                     QStringLiteral("numbness-or-tingling"),
                                     FlagLevel::SeeSoon,
                                     {QStringLiteral("splenius-left"), QStringLiteral("teres-major-right")}}};
    auto written = store->recordFlagsShown(day, flags);
    ASSERT_TRUE(written) << written.error().toStdString();
    EXPECT_TRUE(*written);
    EXPECT_EQ(changed.size(), 1);
    // The same again writes nothing, so other windows are not woken for nothing.
    written = store->recordFlagsShown(day, flags);
    ASSERT_TRUE(written);
    EXPECT_FALSE(*written);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(store->flagsShown(day, day), flags);
    EXPECT_TRUE(store->flagsShown(day.addDays(1), day.addDays(9)).isEmpty());
    EXPECT_EQ(RawConnection(temp.path()).count(QStringLiteral("flags_shown")), 2);

    EXPECT_FALSE(store->flagClearedAt(QStringLiteral("numbness-or-tingling")));
    ASSERT_TRUE(store->clearFlag(QStringLiteral("numbness-or-tingling"), RecordedTime{1782806400, 120}));
    ASSERT_TRUE(store->clearFlag(QStringLiteral("numbness-or-tingling"), RecordedTime{1782810000, 120}));
    EXPECT_EQ(store->flagClearedAt(QStringLiteral("numbness-or-tingling")), (RecordedTime{1782810000, 120}));
    EXPECT_FALSE(store->clearFlag(QString(), RecordedTime{1782810000, 120}));
}

TEST(Storage, NerveSignsAreFoundThroughTheirOwnIndex)
{
    TempDatabase temp;
    auto store = temp.open();
    RawConnection raw(temp.path());
    QSqlQuery q(raw.db());
    ASSERT_TRUE(
        q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM ratings WHERE %1 AND recorded_utc > 0")
                   .arg(QLatin1String(schema::kNerveQualitySql))));
    QString plan;
    while (q.next())
        plan += q.value(3).toString();
    EXPECT_TRUE(plan.contains(QStringLiteral("ratings_with_nerve_signs"))) << plan.toStdString();
}
