// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace knotmap;
using knotmap::test::standardAtlas;

TEST(Atlas, HasTheRequiredMusclesOnBothSides)
{
    const BodyAtlas& atlas = standardAtlas();
    EXPECT_GE(atlas.regions().size(), 36);
    const QStringList required = {QStringLiteral("upper-back-of-head"),
                                  QStringLiteral("occipitalis"),
                                  QStringLiteral("suboccipitals"),
                                  QStringLiteral("upper-trapezius"),
                                  QStringLiteral("levator-scapulae"),
                                  QStringLiteral("splenius"),
                                  QStringLiteral("cervical-paraspinals"),
                                  QStringLiteral("supraspinatus"),
                                  QStringLiteral("infraspinatus"),
                                  QStringLiteral("teres-major"),
                                  QStringLiteral("teres-minor"),
                                  QStringLiteral("posterior-deltoid"),
                                  QStringLiteral("rhomboids"),
                                  QStringLiteral("middle-trapezius"),
                                  QStringLiteral("lower-trapezius"),
                                  QStringLiteral("serratus-posterior-superior"),
                                  QStringLiteral("latissimus-dorsi"),
                                  QStringLiteral("thoracic-erector-spinae"),
                                  QStringLiteral("lumbar-erector-spinae"),
                                  QStringLiteral("multifidus"),
                                  QStringLiteral("quadratus-lumborum"),
                                  QStringLiteral("gluteus-maximus"),
                                  QStringLiteral("gluteus-medius"),
                                  QStringLiteral("gluteus-minimus"),
                                  QStringLiteral("piriformis")};
    for (const QString& muscle : required) {
        for (const char* side : {"left", "right"}) {
            const QString id = muscle + QLatin1Char('-') + QLatin1String(side);
            const AtlasRegion* region = atlas.region(id);
            ASSERT_NE(region, nullptr) << id.toStdString();
            EXPECT_EQ(region->muscle, muscle);
            EXPECT_FALSE(region->name.isEmpty());
        }
    }
}

// A back view: the person's own left is on the viewer's left, and the halves mirror each other.
TEST(Atlas, LeftIsOnTheViewersLeftAndSidesMirror)
{
    const BodyAtlas& atlas = standardAtlas();
    for (const AtlasRegion& region : atlas.regions()) {
        SCOPED_TRACE(region.id.toStdString());
        if (region.side == BodySide::Left)
            EXPECT_LT(region.labelPoint.x(), 0.5);
        else
            EXPECT_GT(region.labelPoint.x(), 0.5);
        const QString twinId = region.muscle + (region.side == BodySide::Left ? QStringLiteral("-right")
                                                                              : QStringLiteral("-left"));
        const AtlasRegion* twin = atlas.region(twinId);
        ASSERT_NE(twin, nullptr);
        EXPECT_NEAR(twin->labelPoint.x(), 1.0 - region.labelPoint.x(), 1e-4);
        EXPECT_NEAR(twin->labelPoint.y(), region.labelPoint.y(), 1e-4);
    }
}

TEST(Atlas, EveryRegionsLabelPointHitsThatRegion)
{
    const BodyAtlas& atlas = standardAtlas();
    for (const AtlasRegion& region : atlas.regions()) {
        const AtlasRegion* hit = atlas.hitTest(region.labelPoint);
        ASSERT_NE(hit, nullptr) << region.id.toStdString();
        EXPECT_EQ(hit->id, region.id);
    }
}

TEST(Atlas, EveryRegionOwnsSomeOfTheBody)
{
    // Sample a fine grid: every region must be what a click finds somewhere, or it could never be marked.
    const BodyAtlas& atlas = standardAtlas();
    QSet<QString> found;
    int inside = 0;
    for (int i = 0; i <= 300; ++i) {
        for (int j = 0; j <= 300; ++j) {
            const QPointF p(i / 300.0, j / 300.0);
            const AtlasRegion* hit = atlas.hitTest(p);
            EXPECT_EQ(hit != nullptr, atlas.contains(p));
            if (hit) {
                found.insert(hit->id);
                ++inside;
            }
        }
    }
    EXPECT_EQ(found.size(), atlas.regions().size());
    EXPECT_GT(inside, 301 * 301 / 5); // the body fills a good part of the canvas
}

TEST(Atlas, PointsOutsideTheBodyHitNothing)
{
    const BodyAtlas& atlas = standardAtlas();
    for (QPointF p :
         {QPointF(0, 0), QPointF(1, 1), QPointF(0.02, 0.5), QPointF(0.98, 0.1), QPointF(0.5, 0.999)})
        EXPECT_EQ(atlas.hitTest(p), nullptr) << p.x() << "," << p.y();
}

TEST(Atlas, KnownLandmarksFallInTheRightMuscles)
{
    const BodyAtlas& atlas = standardAtlas();
    // Head above neck above back above hips: the label heights must respect the body's order.
    const auto y = [&](const char* id) { return atlas.region(QString::fromLatin1(id))->labelPoint.y(); };
    EXPECT_LT(y("occipitalis-left"), y("suboccipitals-left"));
    EXPECT_LT(y("suboccipitals-left"), y("upper-trapezius-left"));
    EXPECT_LT(y("supraspinatus-left"), y("infraspinatus-left"));
    EXPECT_LT(y("infraspinatus-left"), y("quadratus-lumborum-left"));
    EXPECT_LT(y("gluteus-medius-left"), y("gluteus-maximus-left"));
    // Quadratus lumborum lies lateral to the lumbar erectors.
    const auto x = [&](const char* id) { return atlas.region(QString::fromLatin1(id))->labelPoint.x(); };
    EXPECT_LT(x("quadratus-lumborum-left"), x("lumbar-erector-spinae-left"));
}

namespace {
// A point on the drawing's own scale (resources/atlas/make_back_view.py): about a centimetre on a 175 cm
// adult, x from the spine (negative toward the person's left), y down from the top of a canvas 101.5 tall.
// Spinous processes: T7 43.8, T8 46.2, T10 51.0, L1 58.8, L3 64.8, L5 70.8.
QPointF cm(double x, double y)
{
    return {0.5 + x / (standardAtlas().aspect() * 101.5), y / 101.5};
}

QString regionAt(QPointF point)
{
    const AtlasRegion* hit = standardAtlas().hitTest(point);
    return hit ? hit->id : QStringLiteral("(nothing)");
}
} // namespace

// Iliocostalis thoracis knots lie at the rib angles, 4-6 cm from the midline (issue 10): the erector spinae
// band reaches them, where the old 2-3 cm strip left them to lower trapezius.
TEST(Atlas, ThoracicErectorSpinaeReachOutToTheRibAngles)
{
    EXPECT_EQ(regionAt(cm(-4.5, 43.8)), QStringLiteral("thoracic-erector-spinae-left")); // T7
    EXPECT_EQ(regionAt(cm(-5.0, 46.2)), QStringLiteral("thoracic-erector-spinae-left")); // T8
    EXPECT_EQ(regionAt(cm(5.0, 46.2)), QStringLiteral("thoracic-erector-spinae-right")); // T8
    EXPECT_EQ(regionAt(cm(-5.5, 51.0)), QStringLiteral("thoracic-erector-spinae-left")); // T10
    // Beyond them, over the inferior angle of the scapula (T7), the lower trapezius keeps its knot site.
    EXPECT_EQ(regionAt(cm(-7.0, 45.0)), QStringLiteral("lower-trapezius-left"));
}

// Lumbar multifidus lies right beside the spinous processes at every lumbar level, and still over the sacrum;
// the lumbar erector spinae ridge is lateral to it.
TEST(Atlas, LumbarMultifidusLiesBesideTheLumbarSpine)
{
    EXPECT_EQ(regionAt(cm(-1.0, 59.5)), QStringLiteral("multifidus-left")); // L1-L2
    EXPECT_EQ(regionAt(cm(-1.3, 64.8)), QStringLiteral("multifidus-left")); // L3
    EXPECT_EQ(regionAt(cm(1.3, 64.8)), QStringLiteral("multifidus-right")); // L3
    EXPECT_EQ(regionAt(cm(-1.5, 70.8)), QStringLiteral("multifidus-left")); // L5
    EXPECT_EQ(regionAt(cm(-1.5, 76.0)), QStringLiteral("multifidus-left")); // over the sacrum, S2
    EXPECT_EQ(regionAt(cm(-4.0, 64.8)), QStringLiteral("lumbar-erector-spinae-left"));
}

TEST(Atlas, GluteusMinimusLiesInTheUpperOuterButtock)
{
    EXPECT_EQ(regionAt(cm(-15.8, 77.5)), QStringLiteral("gluteus-minimus-left"));
    EXPECT_EQ(regionAt(cm(15.8, 77.5)), QStringLiteral("gluteus-minimus-right"));
    // Gluteus medius keeps the buttock just under the iliac crest.
    EXPECT_EQ(regionAt(cm(-11.8, 74.5)), QStringLiteral("gluteus-medius-left"));
    const BodyAtlas& atlas = standardAtlas();
    const AtlasRegion* minimus = atlas.region(QStringLiteral("gluteus-minimus-left"));
    const AtlasRegion* medius = atlas.region(QStringLiteral("gluteus-medius-left"));
    ASSERT_NE(minimus, nullptr);
    EXPECT_EQ(minimus->name, QStringLiteral("Left gluteus minimus"));
    EXPECT_EQ(minimus->area, QStringLiteral("hip"));
    // Outer and lower than medius, above gluteus maximus.
    EXPECT_LT(minimus->labelPoint.x(), medius->labelPoint.x());
    EXPECT_GT(minimus->labelPoint.y(), medius->labelPoint.y());
    EXPECT_LT(minimus->labelPoint.y(), atlas.region(QStringLiteral("gluteus-maximus-left"))->labelPoint.y());
}

// Occipitalis is a band just above the nuchal line; the upper back of the head is a place, not a muscle.
TEST(Atlas, OccipitalisIsABandAndTheUpperBackOfTheHeadIsAPlace)
{
    EXPECT_EQ(regionAt(cm(-3.0, 6.0)), QStringLiteral("upper-back-of-head-left"));
    EXPECT_EQ(regionAt(cm(3.0, 6.0)), QStringLiteral("upper-back-of-head-right"));
    EXPECT_EQ(regionAt(cm(-1.0, 12.5)), QStringLiteral("upper-back-of-head-left"));
    EXPECT_EQ(regionAt(cm(-1.0, 16.0)), QStringLiteral("occipitalis-left"));
    EXPECT_EQ(regionAt(cm(-3.0, 16.5)), QStringLiteral("occipitalis-left"));
    const AtlasRegion* upper = standardAtlas().region(QStringLiteral("upper-back-of-head-right"));
    ASSERT_NE(upper, nullptr);
    EXPECT_EQ(upper->name, QStringLiteral("Right upper back of the head"));
    EXPECT_EQ(upper->area, QStringLiteral("head"));
}

namespace {
// The atlas as it was before issue 10 redrew it, kept to check that every old id and point still works.
BodyAtlas atlasOne()
{
    QFile file(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/back-view-atlas1.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QString error;
    const auto atlas = BodyAtlas::fromJson(file.readAll(), &error);
    EXPECT_TRUE(atlas) << error.toStdString();
    return *atlas;
}
} // namespace

TEST(Atlas, EveryRegionOfTheFormerAtlasIsStillThere)
{
    const BodyAtlas before = atlasOne();
    for (const AtlasRegion& old : before.regions()) {
        const AtlasRegion* now = standardAtlas().region(old.id);
        ASSERT_NE(now, nullptr) << old.id.toStdString();
        EXPECT_EQ(now->muscle, old.muscle);
        EXPECT_EQ(now->side, old.side);
    }
}

// Wherever a point changed region in the redraw, the atlas says the old region handed it over, so a file
// written before imports; nowhere else.
TEST(Atlas, EveryRedrawnPointWasHandedOver)
{
    const BodyAtlas before = atlasOne();
    const BodyAtlas& now = standardAtlas();
    QSet<QString> changes;
    for (int i = 0; i <= 400; ++i) {
        for (int j = 0; j <= 400; ++j) {
            const QPointF p(i / 400.0, j / 400.0);
            const AtlasRegion* was = before.hitTest(p);
            const AtlasRegion* is = now.hitTest(p);
            ASSERT_EQ(was != nullptr, is != nullptr) << p.x() << "," << p.y(); // the silhouette is unchanged
            if (!was || was->id == is->id)
                continue;
            changes.insert(was->id + QStringLiteral(" -> ") + is->id);
            EXPECT_TRUE(now.handedOver(was->id, is->id))
                << was->id.toStdString() << " -> " << is->id.toStdString() << " at " << p.x() << "," << p.y();
        }
    }
    EXPECT_TRUE(changes.contains(QStringLiteral("lower-trapezius-left -> thoracic-erector-spinae-left")));
    EXPECT_TRUE(changes.contains(QStringLiteral("lumbar-erector-spinae-right -> multifidus-right")));
    EXPECT_FALSE(now.handedOver(QStringLiteral("infraspinatus-left"), QStringLiteral("rhomboids-left")));
    // Only within one side.
    EXPECT_FALSE(now.handedOver(QStringLiteral("lower-trapezius-left"),
                                QStringLiteral("thoracic-erector-spinae-right")));
}

namespace {
QByteArray shippedJson()
{
    QFile file(QStringLiteral(":/knotmap/atlas/back-view.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString loadError(const QJsonObject& root)
{
    QString error;
    EXPECT_FALSE(BodyAtlas::fromJson(QJsonDocument(root).toJson(), &error));
    return error;
}
} // namespace

TEST(Atlas, RefusesBrokenAtlasFiles)
{
    QString error;
    EXPECT_FALSE(BodyAtlas::fromJson("{ not json", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not valid JSON")));

    const QJsonObject good = QJsonDocument::fromJson(shippedJson()).object();
    ASSERT_TRUE(BodyAtlas::fromJson(QJsonDocument(good).toJson()));

    QJsonObject noRegions = good;
    noRegions.insert(QStringLiteral("regions"), QJsonArray());
    EXPECT_TRUE(loadError(noRegions).contains(QStringLiteral("no regions")));

    QJsonArray regions = good.value(QStringLiteral("regions")).toArray();
    QJsonObject first = regions.at(0).toObject();
    first.insert(QStringLiteral("id"), QStringLiteral("Bad Id"));
    QJsonArray badId = regions;
    badId.replace(0, first);
    QJsonObject withBadId = good;
    withBadId.insert(QStringLiteral("regions"), badId);
    EXPECT_TRUE(loadError(withBadId).contains(QStringLiteral("Bad Id")));

    QJsonArray duplicated = regions;
    duplicated.append(regions.at(0));
    QJsonObject withDuplicate = good;
    withDuplicate.insert(QStringLiteral("regions"), duplicated);
    EXPECT_TRUE(loadError(withDuplicate).contains(QStringLiteral("twice")));

    QJsonObject offCanvas = regions.at(0).toObject();
    offCanvas.insert(QStringLiteral("label"), QJsonArray{1.5, 0.2});
    QJsonArray badLabel = regions;
    badLabel.replace(0, offCanvas);
    QJsonObject withBadLabel = good;
    withBadLabel.insert(QStringLiteral("regions"), badLabel);
    EXPECT_TRUE(loadError(withBadLabel).contains(QStringLiteral("malformed shape or label")));

    QJsonObject badHandover = good;
    badHandover.insert(QStringLiteral("handed_over"),
                       QJsonArray{QJsonArray{QStringLiteral("rhomboids"), QStringLiteral("bicep")}});
    EXPECT_TRUE(loadError(badHandover).contains(QStringLiteral("'bicep'")));
}
