// SPDX-License-Identifier: GPL-3.0-or-later
// Felt pain in the store (issue 12): spots where pain is felt, at a pain area on its own view, and the
// person's links from felt pain to the knots that may explain it.
#include "TempDatabase.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

Rating firstRating(int intensity = 5)
{
    return ratingAt(QStringLiteral("2026-03-03T08:00:00+01:00"), intensity);
}

// A knot in the left upper trapezius and felt pain at the left temple (a point on the front view).
struct KnotAndFelt
{
    SpotSnapshot knot;
    SpotSnapshot felt;
};

KnotAndFelt knotAndFelt(KnotStore& store)
{
    auto knot = store.createSpot(labelOf("upper-trapezius-left"), firstRating(6));
    EXPECT_TRUE(knot) << knot.error().toStdString();
    auto felt = store.createFeltSpot(QStringLiteral("temple-left"), QPointF(0.62, 0.08), firstRating(4));
    EXPECT_TRUE(felt) << felt.error().toStdString();
    return {*knot, *felt};
}

} // namespace

TEST(FeltPainStorage, FeltPainIsStoredAtItsAreaWithItsKindAndKey)
{
    TempDatabase temp;
    auto store = temp.open();
    ASSERT_NE(store->referral().area(QStringLiteral("temple-left")), nullptr);
    const auto [knot, felt] = knotAndFelt(*store);
    EXPECT_EQ(knot.spot.kind, SpotKind::Knot);
    EXPECT_EQ(felt.spot.kind, SpotKind::Felt);
    EXPECT_EQ(felt.spot.key, QStringLiteral("temple-left-1"));
    EXPECT_EQ(felt.spot.region, QStringLiteral("temple-left"));

    // Every read carries the kind; the point is kept exactly, though the back view has no temple there.
    const std::optional<Spot> read = store->spot(felt.spot.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, felt.spot);
    EXPECT_EQ(store->spotByKey(QStringLiteral("temple-left-1"))->kind, SpotKind::Felt);
    EXPECT_EQ(store->spotByUuid(felt.spot.uuid)->kind, SpotKind::Felt);
    EXPECT_EQ(store->spots().value(0).kind, SpotKind::Knot);
    EXPECT_EQ(store->spots().value(1).kind, SpotKind::Felt);
    EXPECT_EQ(store->ratingsForSpot(felt.spot.id).value(0).intensity, 4);

    // The next felt pain there gets the next number; the midline area has no side.
    auto second = store->createFeltSpot(QStringLiteral("temple-left"), QPointF(0.63, 0.09), firstRating());
    ASSERT_TRUE(second);
    EXPECT_EQ(second->spot.key, QStringLiteral("temple-left-2"));
    auto sacrum = store->createFeltSpot(QStringLiteral("sacrum"), QPointF(0.5, 0.6), firstRating(), {});
    ASSERT_TRUE(sacrum) << sacrum.error().toStdString();
    EXPECT_EQ(sacrum->spot.key, QStringLiteral("sacrum-1"));
}

TEST(FeltPainStorage, BadFeltPainIsRefusedWithASentenceAndNothingWritten)
{
    TempDatabase temp;
    auto store = temp.open();
    const auto refused = [&](const QString& area, QPointF point, const QString& key, const char* words) {
        auto r = store->createFeltSpot(area, point, firstRating(), key);
        ASSERT_FALSE(r);
        EXPECT_TRUE(r.error().contains(QLatin1String(words))) << r.error().toStdString();
    };
    // The sided vocabulary entry alone, a muscle region and nonsense are not pain areas.
    refused(QStringLiteral("temple"), QPointF(0.5, 0.1), {}, "'temple' is not a known pain area");
    refused(QStringLiteral("upper-trapezius-left"), QPointF(0.5, 0.1), {},
            "'upper-trapezius-left' is not a known pain area");
    refused(QStringLiteral("temple-left"), QPointF(1.5, 0.1), {}, "");
    auto fine = store->createFeltSpot(QStringLiteral("temple-left"), QPointF(0.6, 0.1), firstRating(), {});
    ASSERT_TRUE(fine);
    refused(QStringLiteral("jaw-left"), QPointF(0.6, 0.2), QStringLiteral("temple-left-1"),
            "a spot with the key 'temple-left-1' already exists");
    EXPECT_EQ(store->spots().size(), 1);
    EXPECT_EQ(RawConnection(temp.path()).count(QStringLiteral("ratings")), 1);
}

TEST(FeltPainStorage, MovingFeltPainKeepsItsAreaAndMovingAKnotFindsItsRegion)
{
    TempDatabase temp;
    auto store = temp.open();
    const auto [knot, felt] = knotAndFelt(*store);
    // (0.02, 0.02) is beside the back view's head, outside every region: for felt pain on the front view it
    // is only a point of that view's frame.
    const QPointF onTheFrontView(0.02, 0.02);
    ASSERT_EQ(standardAtlas().hitTest(onTheFrontView), nullptr);
    auto moved = store->moveSpot(felt.spot.id, onTheFrontView, felt.spot.position);
    ASSERT_TRUE(moved) << moved.error().toStdString();
    EXPECT_EQ(store->spot(felt.spot.id)->region, QStringLiteral("temple-left"));
    EXPECT_EQ(store->spot(felt.spot.id)->position, onTheFrontView);

    // A knot there is off the body, as before; moved into another muscle it takes that region.
    EXPECT_FALSE(store->moveSpot(knot.spot.id, onTheFrontView));
    ASSERT_TRUE(store->moveSpot(knot.spot.id, labelOf("rhomboids-left")));
    EXPECT_EQ(store->spot(knot.spot.id)->region, QStringLiteral("rhomboids-left"));
}

TEST(FeltPainStorage, LinksJoinFeltPainToAKnotOnceAndOnlyThatWayRound)
{
    TempDatabase temp;
    auto store = temp.open();
    const auto [knot, felt] = knotAndFelt(*store);
    QSignalSpy changed(store.get(), &KnotStore::linksChanged);

    auto linked = store->linkSpots(felt.spot.id, knot.spot.id);
    ASSERT_TRUE(linked) << linked.error().toStdString();
    EXPECT_EQ(changed.count(), 1);
    const QList<SpotLink> links = store->spotLinks();
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links[0].feltSpotId, felt.spot.id);
    EXPECT_EQ(links[0].knotSpotId, knot.spot.id);
    EXPECT_NEAR(double(links[0].linkedUtc), double(QDateTime::currentSecsSinceEpoch()), 5);

    const auto refused = [&](qint64 a, qint64 b, const QString& words) {
        auto r = store->linkSpots(a, b);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error(), words);
    };
    refused(felt.spot.id, knot.spot.id,
            QStringLiteral("'temple-left-1' and 'upper-trapezius-left-1' are already linked"));
    refused(knot.spot.id, felt.spot.id, QStringLiteral("'upper-trapezius-left-1' is a knot, not felt pain"));
    auto otherFelt = store->createFeltSpot(QStringLiteral("jaw-left"), QPointF(0.6, 0.2), firstRating());
    ASSERT_TRUE(otherFelt);
    refused(felt.spot.id, otherFelt->spot.id, QStringLiteral("'jaw-left-1' is felt pain, not a knot"));
    refused(felt.spot.id, 999, QStringLiteral("there is no spot with id 999"));
    EXPECT_EQ(store->spotLinks().size(), 1);
    EXPECT_EQ(changed.count(), 1);

    // Undone, it returns the link it removed; undone twice, it says so.
    auto unlinked = store->unlinkSpots(felt.spot.id, knot.spot.id);
    ASSERT_TRUE(unlinked);
    EXPECT_EQ(*unlinked, links[0]);
    EXPECT_TRUE(store->spotLinks().isEmpty());
    EXPECT_EQ(changed.count(), 2);
    EXPECT_FALSE(store->unlinkSpots(felt.spot.id, knot.spot.id));
}

TEST(FeltPainStorage, RemovingASpotTakesItsLinksAndRestoringPutsBackThoseWhoseOtherSpotIsThere)
{
    TempDatabase temp;
    auto store = temp.open();
    const auto [knot, felt] = knotAndFelt(*store);
    auto jaw = store->createFeltSpot(QStringLiteral("jaw-left"), QPointF(0.6, 0.2), firstRating());
    ASSERT_TRUE(jaw);
    ASSERT_TRUE(store->linkSpots(felt.spot.id, knot.spot.id));
    ASSERT_TRUE(store->linkSpots(jaw->spot.id, knot.spot.id));
    const QList<SpotLink> before = store->spotLinks();
    ASSERT_EQ(before.size(), 2);

    QSignalSpy changed(store.get(), &KnotStore::linksChanged);
    auto removed = store->removeSpot(knot.spot.id);
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->links, before);
    EXPECT_TRUE(store->spotLinks().isEmpty());
    EXPECT_EQ(changed.count(), 1);

    // The jaw pain went meanwhile: only the temple's link can come back.
    ASSERT_TRUE(store->removeSpot(jaw->spot.id));
    auto restored = store->restoreSpot(*removed);
    ASSERT_TRUE(restored) << restored.error().toStdString();
    EXPECT_EQ(store->spotLinks(), QList<SpotLink>{before[0]});
    EXPECT_EQ(store->spot(knot.spot.id)->kind, SpotKind::Knot);
    EXPECT_EQ(changed.count(), 2);

    // Felt pain removed and restored keeps its kind and its link.
    auto feltRemoved = store->removeSpot(felt.spot.id);
    ASSERT_TRUE(feltRemoved);
    EXPECT_EQ(feltRemoved->links, QList<SpotLink>{before[0]});
    ASSERT_TRUE(store->restoreSpot(*feltRemoved));
    EXPECT_EQ(*store->spot(felt.spot.id), felt.spot);
    EXPECT_EQ(store->spotLinks(), QList<SpotLink>{before[0]});
}
