// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"

#include "storage/Schema.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {
// Builds a database file from a fixture (tests/data/knotmap-v*.sql), statement by statement, as the old
// version left it.
void writeFixture(const QString& path, const char* name)
{
    QFile fixture(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/") + QLatin1String(name));
    ASSERT_TRUE(fixture.open(QIODevice::ReadOnly));
    QString script;
    for (const QString& line : QString::fromUtf8(fixture.readAll()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("--")))
            script += line + QLatin1Char('\n');
    }
    RawConnection raw(path);
    for (const QString& statement : script.split(QStringLiteral("\n;\n"))) {
        if (statement.trimmed().isEmpty())
            continue;
        ASSERT_TRUE(raw.exec(statement)) << statement.toStdString();
    }
}

void writeVersion1(const QString& path)
{
    writeFixture(path, "knotmap-v1.sql");
}

int userVersion(const QString& path)
{
    RawConnection raw(path);
    QSqlQuery q(raw.db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}
// Opens the file once (upgrading it), then again: the second open must leave every byte as it was.
void expectReopeningChangesNothing(const TempDatabase& temp)
{
    temp.open().reset();
    const auto bytes = [&] {
        QFile f(temp.path());
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QByteArray before = bytes();
    temp.open().reset();
    EXPECT_EQ(bytes(), before);
}
} // namespace

TEST(Migration, AVersion1FileIsUpgradedWithEveryRowKept)
{
    TempDatabase temp;
    writeVersion1(temp.path());
    ASSERT_EQ(userVersion(temp.path()), 1);

    auto store = temp.open();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(userVersion(temp.path()), schema::currentVersion());
    const QList<Spot> spots = store->spots();
    ASSERT_EQ(spots.size(), 2);
    // v2 gave every old spot the key "<region>-<id>".
    EXPECT_EQ(spots[0].key, QStringLiteral("upper-trapezius-left-1"));
    EXPECT_EQ(spots[1].key, QStringLiteral("quadratus-lumborum-right-4"));
    EXPECT_EQ(spots[1].label, QStringLiteral("desk knot"));
    const QList<Rating> ratings = store->ratingsForSpot(1);
    ASSERT_EQ(ratings.size(), 2);
    EXPECT_EQ(ratings[0].note, QStringLiteral("first, with a comma"));
    EXPECT_EQ(ratings[0].recordedAt.offsetMinutes, 60);
    EXPECT_EQ(store->ratingsForSpot(4).value(0).quality, Quality::Sharp);

    // The upgraded file works like a new one: new keys continue after the old ones.
    auto added = store->createSpot(spots[0].position, ratingAt(QStringLiteral("2026-03-03T08:00:00Z"), 2));
    ASSERT_TRUE(added) << added.error().toStdString();
    EXPECT_EQ(added->spot.key, QStringLiteral("upper-trapezius-left-2"));
}

TEST(Migration, OpeningACurrentFileAgainChangesNothing)
{
    TempDatabase temp;
    writeVersion1(temp.path());
    expectReopeningChangesNothing(temp);
}

TEST(Migration, Version6AddsShootingAndKeepsTheRatingIdsHighWaterMark)
{
    TempDatabase temp;
    writeVersion1(temp.path());
    {
        RawConnection raw(temp.path());
        ASSERT_EQ(schema::migrate(raw.db(), standardAtlas(), 5), QString());
        ASSERT_EQ(userVersion(temp.path()), 5);
        // Version 5 refuses the new quality.
        EXPECT_FALSE(
            raw.exec(QStringLiteral("INSERT INTO ratings (spot_id, recorded_utc, utc_offset_min, "
                                    "intensity, quality) VALUES (1, 1772352000, 0, 4, 'shooting')")));
        // The newest rating is deleted: its id must never be handed out again.
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO ratings (id, spot_id, recorded_utc, utc_offset_min, "
                                            "intensity) VALUES (90, 1, 1772352000, 0, 4)")));
        ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM ratings WHERE id = 90")));
    }
    const qint64 ratingsBefore = RawConnection(temp.path()).count(QStringLiteral("ratings"));

    auto store = temp.open();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(userVersion(temp.path()), schema::currentVersion());
    EXPECT_EQ(RawConnection(temp.path()).count(QStringLiteral("ratings")), ratingsBefore);
    EXPECT_EQ(store->ratingsForSpot(4).value(0).quality, Quality::Sharp);
    EXPECT_EQ(RawConnection(temp.path()).count(QStringLiteral("flags_shown")), 0);

    Rating shooting = ratingAt(QStringLiteral("2026-03-03T08:00:00Z"), 3, Quality::Shooting);
    shooting.spotId = 1;
    auto added = store->addRating(shooting);
    ASSERT_TRUE(added) << added.error().toStdString();
    EXPECT_GT(*added, 90);
    EXPECT_EQ(store->ratingsForSpot(1).constLast().quality, Quality::Shooting);
}

// Atlas 2 (issue 10) redrew some borders. A spot whose point now lies in another region takes that region;
// its point, key, UUID, label and ratings stay, and routine steps keep the region they were done on.
TEST(Migration, SpotsWhosePointIsNowInAnotherRegionTakeThatRegion)
{
    TempDatabase temp;
    writeFixture(temp.path(), "knotmap-v5.sql");
    ASSERT_EQ(userVersion(temp.path()), 5);

    auto store = temp.open();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(userVersion(temp.path()), schema::currentVersion());
    const QList<Spot> spots = store->spots(true);
    ASSERT_EQ(spots.size(), 6);
    const QStringList expected = {
        QStringLiteral("thoracic-erector-spinae-left"), // a rib-angle knot, once lower trapezius
        QStringLiteral("multifidus-right"),             // beside L3, once lumbar erector spinae
        QStringLiteral("gluteus-minimus-left"),         // upper outer buttock, once gluteus medius
        QStringLiteral("upper-back-of-head-right"),     // high on the head, once occipitalis (archived)
        QStringLiteral("upper-trapezius-left"),         // unchanged
        QStringLiteral("rhomboids-left"),               // unchanged
    };
    for (int i = 0; i < spots.size(); ++i) {
        EXPECT_EQ(spots[i].id, i + 1);
        EXPECT_EQ(spots[i].region, expected[i]) << spots[i].key.toStdString();
        // The point decides, so the region the store now holds is the one the atlas finds there.
        EXPECT_EQ(standardAtlas().hitTest(spots[i].position)->id, spots[i].region);
    }
    EXPECT_EQ(spots[0].key, QStringLiteral("lower-trapezius-left-1")); // keys never change
    EXPECT_EQ(spots[0].uuid, QStringLiteral("0b6f3c1e-6a0e-4f7b-9d2a-1c3e5f7a9b01"));
    EXPECT_EQ(spots[0].label, QStringLiteral("rib knot"));
    EXPECT_EQ(spots[0].position, QPointF(0.4205, 0.4552));
    EXPECT_TRUE(spots[3].archivedUtc.has_value());
    EXPECT_EQ(store->ratingsForSpot(1).value(0).note, QStringLiteral("under the shoulder blade"));
    const QList<LoggedStep> log = store->routineLogAll();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].region, QStringLiteral("lower-trapezius-left"));
    EXPECT_EQ(log[0].spotId, 1);
    EXPECT_EQ(log[1].region, QStringLiteral("lumbar-erector-spinae-right"));

    // A new knot at the same place gets a key of its region now.
    auto added = store->createSpot(spots[1].position, ratingAt(QStringLiteral("2026-03-03T08:00:00Z"), 2));
    ASSERT_TRUE(added) << added.error().toStdString();
    EXPECT_EQ(added->spot.key, QStringLiteral("multifidus-right-1"));
}

// Once moved, nothing moves again: opening the upgraded file a second time leaves it byte for byte as it was.
TEST(Migration, AnUpgradedVersion5FileIsLeftAloneTheNextTime)
{
    TempDatabase temp;
    writeFixture(temp.path(), "knotmap-v5.sql");
    expectReopeningChangesNothing(temp);
}

// Schema 8 (issue 12, felt pain): every spot a version 7 file holds is a knot; the new table of links is
// there and empty; ids already handed out (the deleted spot 7 here) are never handed out again.
TEST(Migration, Version8MakesEveryOldSpotAKnotAndKeepsTheIdsHighWaterMark)
{
    TempDatabase temp;
    writeFixture(temp.path(), "knotmap-v5.sql");
    {
        RawConnection raw(temp.path());
        ASSERT_EQ(schema::migrate(raw.db(), standardAtlas(), 7), QString());
        ASSERT_EQ(userVersion(temp.path()), 7);
        // Version 7 has no kind and no links.
        EXPECT_FALSE(raw.exec(QStringLiteral("SELECT kind FROM spots")));
        EXPECT_FALSE(raw.exec(QStringLiteral("SELECT * FROM spot_links")));
        ASSERT_TRUE(raw.exec(QStringLiteral(
            "INSERT INTO spots (id, uuid, key, x, y, region, created_utc) VALUES (7, "
            "'0b6f3c1e-6a0e-4f7b-9d2a-1c3e5f7a9b77', 'gone-1', 0.5, 0.5, 'rhomboids-left', 1772352000)")));
        ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM spots WHERE id = 7")));
    }

    auto store = temp.open();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(userVersion(temp.path()), 8);
    const QList<Spot> spots = store->spots(true);
    ASSERT_EQ(spots.size(), 6);
    for (const Spot& spot : spots)
        EXPECT_EQ(spot.kind, SpotKind::Knot) << spot.key.toStdString();
    EXPECT_TRUE(store->spotLinks().isEmpty());
    EXPECT_EQ(RawConnection(temp.path()).count(QStringLiteral("spot_links")), 0);

    // The schema itself refuses a third kind and a link between a spot and itself.
    RawConnection raw(temp.path());
    EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE spots SET kind = 'other' WHERE id = 1")));
    EXPECT_FALSE(raw.exec(QStringLiteral(
        "INSERT INTO spot_links (felt_spot_id, knot_spot_id, linked_utc) VALUES (1, 1, 1772352000)")));
    EXPECT_FALSE(raw.exec(QStringLiteral(
        "INSERT INTO spot_links (felt_spot_id, knot_spot_id, linked_utc) VALUES (1, 2, 'soon')")));

    auto felt = store->createFeltSpot(QStringLiteral("temple-left"), QPointF(0.4, 0.1),
                                      ratingAt(QStringLiteral("2026-03-03T08:00:00Z"), 5));
    ASSERT_TRUE(felt) << felt.error().toStdString();
    EXPECT_EQ(felt->spot.id, 8);
}
