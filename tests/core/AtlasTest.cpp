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
    const QStringList required = {QStringLiteral("suboccipitals"),
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
                                  QStringLiteral("quadratus-lumborum"),
                                  QStringLiteral("gluteus-maximus"),
                                  QStringLiteral("gluteus-medius"),
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
}
