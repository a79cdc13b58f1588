// SPDX-License-Identifier: GPL-3.0-or-later
// BodyAtlas::freePointIn (core/atlas/FreePoint.cpp): knots added without a point are spread inside their
// region, not stacked on its label point. Issue 13, rough edges.
#include "TempDatabase.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace knotmap;
using knotmap::test::standardAtlas;

namespace {

// One square region, (0.4, 0.4) to (0.6, 0.6), labelled at its centre, in a body filling most of the frame.
BodyAtlas squareAtlas(qreal aspect)
{
    const QByteArray json = QStringLiteral(R"({"id": "test", "name": "Test", "aspect": %1,
        "silhouette": [[0.05, 0.05], [0.95, 0.05], [0.95, 0.95], [0.05, 0.95]],
        "regions": [{"id": "square-left", "muscle": "square", "name": "Left square", "side": "left",
                     "area": "neck", "label": [0.5, 0.5],
                     "polygon": [[0.4, 0.4], [0.6, 0.4], [0.6, 0.6], [0.4, 0.6]]}]})")
                                .arg(aspect)
                                .toUtf8();
    QString error;
    const std::optional<BodyAtlas> atlas = BodyAtlas::fromJson(json, &error);
    EXPECT_TRUE(atlas) << error.toStdString();
    return *atlas;
}

void expectNear(QPointF actual, QPointF expected)
{
    EXPECT_NEAR(actual.x(), expected.x(), 1e-9) << actual.x() << "," << actual.y();
    EXPECT_NEAR(actual.y(), expected.y(), 1e-9) << actual.x() << "," << actual.y();
}

const QString square = QStringLiteral("square-left");

} // namespace

TEST(FreePoint, TheLabelPointFirstThenTheGridAroundItCounterClockwiseFromTheRight)
{
    const BodyAtlas atlas = squareAtlas(1.0);
    expectNear(atlas.freePointIn(square, {}), {0.5, 0.5});
    // A knot far away leaves the label point free.
    expectNear(atlas.freePointIn(square, {{0.2, 0.2}}), {0.5, 0.5});
    // The grid is half a gap (0.0175) apart; its first ring (0.0175) and the diagonals (0.0247) are too near.
    // The label point taken: one gap (0.035) to the right.
    expectNear(atlas.freePointIn(square, {{0.5, 0.5}}), {0.535, 0.5});
    // That one too close to a knot at 0.53: the next a gap away, one gap down; 0.0354 from (0.53, 0.5).
    expectNear(atlas.freePointIn(square, {{0.5, 0.5}, {0.53, 0.5}}), {0.5, 0.535});
    // A knot 0.02 right of the label point blocks it; of the first ring, (0.5175, 0.5) is 0.0025 from it and
    // (0.5, 0.5175) 0.0266, but (0.4825, 0.5) 0.0375.
    expectNear(atlas.freePointIn(square, {{0.52, 0.5}}), {0.4825, 0.5});
    EXPECT_TRUE(atlas.freePointIn(QStringLiteral("nowhere-left"), {}).isNull());
}

TEST(FreePoint, MeasuresInTrueProportions)
{
    // Half as wide as high: one gap in x is 0.035 / 0.5 = 0.07 of the width.
    const BodyAtlas atlas = squareAtlas(0.5);
    expectNear(atlas.freePointIn(square, {{0.5, 0.5}}), {0.57, 0.5});
    // (0.54, 0.5) is only 0.02 away in true proportions: the label point is not free. The grid is half a gap
    // (0.035 of the width here) apart: (0.535, 0.5) is 0.0025 away, (0.5, 0.5175) 0.0266, (0.465, 0.5)
    // 0.0375.
    expectNear(atlas.freePointIn(square, {{0.54, 0.5}}), {0.465, 0.5});
}

TEST(FreePoint, AFullRegionGivesThePointFarthestFromTheOthers)
{
    const BodyAtlas atlas = squareAtlas(1.0);
    // A knot every gap: x and y 0.43, 0.465, 0.5, 0.535, 0.57 (0.395 and 0.605 lie outside). No point is a
    // whole gap from all of them.
    QList<QPointF> taken;
    for (int i = -2; i <= 2; ++i)
        for (int j = -2; j <= 2; ++j)
            taken.append({0.5 + i * 0.035, 0.5 + j * 0.035});
    // The cells' centres are 0.0175·√2 ≈ 0.0247 from four knots, but the region's corners are farther:
    // (0.59625, 0.59625) on the quarter-gap grid (0.00875 apart) is 0.02625·√2 ≈ 0.0371 from (0.57, 0.57).
    // The four corners tie; the first counter-clockwise from the right wins.
    expectNear(atlas.freePointIn(square, taken), {0.59625, 0.59625});
}

TEST(FreePoint, TenKnotsInOneShippedRegionAreDistinctAndInside)
{
    const BodyAtlas& atlas = standardAtlas();
    for (const QString& id : {QStringLiteral("upper-trapezius-left"), QStringLiteral("teres-minor-right"),
                              QStringLiteral("gluteus-medius-left")}) {
        SCOPED_TRACE(id.toStdString());
        QList<QPointF> taken;
        for (int n = 0; n < 10; ++n) {
            const QPointF point = atlas.freePointIn(id, taken);
            const AtlasRegion* hit = atlas.hitTest(point);
            ASSERT_NE(hit, nullptr);
            EXPECT_EQ(hit->id, id);
            EXPECT_FALSE(taken.contains(point)) << n;
            taken.append(point);
        }
        EXPECT_EQ(taken.first(), atlas.region(id)->labelPoint);
    }
}
