// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli add --region without a point: each new knot goes to a point of its own inside the region
// (BodyAtlas::freePointIn), not on top of the last one. Issue 13, rough edges.
#include "RunCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>

using namespace knotmap;
using namespace knotmap::test;

TEST(CliPlacement, ThreeKnotsAddedByRegionLieAtThreePointsInsideIt)
{
    TempDatabase temp;
    const QString region = QStringLiteral("infraspinatus-right");
    for (int n = 0; n < 3; ++n) {
        const CliRun added = runCli(temp, {QStringLiteral("add"), QStringLiteral("--region"), region,
                                           QStringLiteral("--intensity"), QString::number(4 + n)});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }
    const CliRun listed =
        runCli(temp, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 3);
    QList<QPointF> points;
    QSet<QString> spots;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QPointF point(row.value(QStringLiteral("x")).toDouble(),
                            row.value(QStringLiteral("y")).toDouble());
        const AtlasRegion* hit = standardAtlas().hitTest(point);
        ASSERT_NE(hit, nullptr);
        EXPECT_EQ(hit->id, region);
        EXPECT_FALSE(points.contains(point)) << point.x() << "," << point.y();
        points.append(point);
        spots.insert(row.value(QStringLiteral("spot")).toString());
    }
    EXPECT_EQ(spots.size(), 3); // three knots, not one rated three times
    // The first is the region's label point, as before; the others at least a marker's diameter from it.
    const QPointF label = standardAtlas().region(region)->labelPoint;
    int onLabel = 0;
    for (const QPointF& point : points) {
        const qreal apart =
            std::hypot((point.x() - label.x()) * standardAtlas().aspect(), point.y() - label.y());
        if (apart < 1e-6)
            ++onLabel;
        else
            EXPECT_GE(apart, BodyAtlas::kFreePointGap - 1e-6);
    }
    EXPECT_EQ(onLabel, 1);
}
