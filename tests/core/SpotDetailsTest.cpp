// SPDX-License-Identifier: GPL-3.0-or-later
// A knot's name and archiving in the store (issue 13): compare-and-set writes that refuse stale expectations,
// unknown spots and bad names with a sentence and change nothing.
#include "TempDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

SpotSnapshot oneKnot(KnotStore& store)
{
    auto knot = store.createSpot(labelOf("upper-trapezius-left"),
                                 ratingAt(QStringLiteral("2026-03-03T08:00:00+01:00"), 6));
    EXPECT_TRUE(knot) << knot.error().toStdString();
    return *knot;
}

QVariant storedColumn(const TempDatabase& temp, const char* column, qint64 spotId)
{
    RawConnection raw(temp.path());
    QSqlQuery q(raw.db());
    q.prepare(QStringLiteral("SELECT %1 FROM spots WHERE id = ?").arg(QLatin1String(column)));
    q.addBindValue(spotId);
    EXPECT_TRUE(q.exec() && q.next());
    return q.value(0);
}

} // namespace

TEST(SpotDetails, ARenameIsStoredTrimmedAndAnnounced)
{
    TempDatabase temp;
    auto store = temp.open();
    const SpotSnapshot knot = oneKnot(*store);
    QSignalSpy changed(store.get(), &KnotStore::spotChanged);

    ASSERT_TRUE(store->setSpotLabel(knot.spot.id, QString(), QStringLiteral("  Desk shoulder ")));
    EXPECT_EQ(storedColumn(temp, "label", knot.spot.id).toString(), QStringLiteral("Desk shoulder"));
    EXPECT_EQ(store->spot(knot.spot.id)->label, QStringLiteral("Desk shoulder"));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<Spot>().label, QStringLiteral("Desk shoulder"));

    // An empty name goes back to "Knot n": stored as '' (the column is NOT NULL).
    ASSERT_TRUE(store->setSpotLabel(knot.spot.id, QStringLiteral("Desk shoulder"), QString()));
    EXPECT_EQ(storedColumn(temp, "label", knot.spot.id).toString(), QString());
    EXPECT_TRUE(storedColumn(temp, "label", knot.spot.id).isValid());
}

TEST(SpotDetails, ARenameIsRefusedForAStaleNameAnUnknownSpotOrABadName)
{
    TempDatabase temp;
    auto store = temp.open();
    const SpotSnapshot knot = oneKnot(*store);
    ASSERT_TRUE(store->setSpotLabel(knot.spot.id, QString(), QStringLiteral("Mine")));
    QSignalSpy changed(store.get(), &KnotStore::spotChanged);

    const Result<void> stale = store->setSpotLabel(knot.spot.id, QString(), QStringLiteral("Theirs"));
    ASSERT_FALSE(stale);
    EXPECT_TRUE(stale.error().contains(QStringLiteral("renamed elsewhere"))) << stale.error().toStdString();

    const Result<void> unknown = store->setSpotLabel(9999, QStringLiteral("Mine"), QStringLiteral("X"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error(), QStringLiteral("there is no spot with id 9999"));

    const Result<void> twoLines =
        store->setSpotLabel(knot.spot.id, QStringLiteral("Mine"), QStringLiteral("a\nb"));
    ASSERT_FALSE(twoLines);
    EXPECT_TRUE(twoLines.error().contains(QStringLiteral("one line")));

    const Result<void> tooLong =
        store->setSpotLabel(knot.spot.id, QStringLiteral("Mine"), QString(61, QLatin1Char('x')));
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error(), QStringLiteral("a knot's name has at most 60 characters; this one has 61"));
    EXPECT_TRUE(store->setSpotLabel(knot.spot.id, QStringLiteral("Mine"), QString(60, QLatin1Char('x'))));

    EXPECT_EQ(changed.count(), 1); // only the last, accepted rename
    EXPECT_EQ(storedColumn(temp, "label", knot.spot.id).toString(), QString(60, QLatin1Char('x')));
}

TEST(SpotDetails, AnArchivedKnotLeavesTheListButKeepsItsRatingsAndComesBack)
{
    TempDatabase temp;
    auto store = temp.open();
    const SpotSnapshot knot = oneKnot(*store);
    QSignalSpy changed(store.get(), &KnotStore::spotChanged);

    ASSERT_TRUE(store->setSpotArchived(knot.spot.id, std::nullopt, 1'700'000'000));
    EXPECT_EQ(storedColumn(temp, "archived_utc", knot.spot.id).toLongLong(), 1'700'000'000);
    EXPECT_TRUE(store->spots().isEmpty());
    ASSERT_EQ(store->spots(true).size(), 1);
    EXPECT_EQ(store->spots(true).at(0).archivedUtc, std::optional<qint64>(1'700'000'000));
    EXPECT_EQ(store->ratingsForSpot(knot.spot.id).size(), 1);
    ASSERT_EQ(changed.count(), 1);

    // Stale: someone brought it back meanwhile (expected nullopt, but it is archived).
    const Result<void> stale = store->setSpotArchived(knot.spot.id, std::nullopt, 1'800'000'000);
    ASSERT_FALSE(stale);
    EXPECT_TRUE(stale.error().contains(QStringLiteral("in the meantime"))) << stale.error().toStdString();
    EXPECT_EQ(storedColumn(temp, "archived_utc", knot.spot.id).toLongLong(), 1'700'000'000);
    EXPECT_EQ(store->setSpotArchived(4242, std::nullopt, 1).error(),
              QStringLiteral("there is no spot with id 4242"));

    ASSERT_TRUE(store->setSpotArchived(knot.spot.id, 1'700'000'000, std::nullopt));
    EXPECT_TRUE(storedColumn(temp, "archived_utc", knot.spot.id).isNull());
    EXPECT_EQ(store->spots().size(), 1);
    EXPECT_EQ(changed.count(), 2);
}

TEST(SpotDetails, ARatingIsDeletedOnlyAsShownAndNeverTheKnotsLast)
{
    TempDatabase temp;
    auto store = temp.open();
    const SpotSnapshot knot = oneKnot(*store);
    Rating second = ratingAt(QStringLiteral("2026-03-04T08:00:00+01:00"), 4);
    second.spotId = knot.spot.id;
    second.id = *store->addRating(second);
    const Rating first = knot.ratings.at(0);

    // Changed elsewhere since it was shown: refused, nothing deleted.
    Rating shown = second;
    shown.intensity = 5;
    const Result<void> stale = store->removeRatingAsShown(shown);
    ASSERT_FALSE(stale);
    EXPECT_TRUE(stale.error().contains(QStringLiteral("changed elsewhere"))) << stale.error().toStdString();
    EXPECT_EQ(store->ratingsForSpot(knot.spot.id).size(), 2);

    ASSERT_TRUE(store->removeRatingAsShown(second));
    EXPECT_EQ(store->ratingsForSpot(knot.spot.id), QList<Rating>{first});

    const Result<void> last = store->removeRatingAsShown(first);
    ASSERT_FALSE(last);
    EXPECT_EQ(last.error(), QStringLiteral("a knot keeps at least one rating; delete the knot instead"));
    EXPECT_EQ(store->ratingsForSpot(knot.spot.id).size(), 1);
}
