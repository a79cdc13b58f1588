// SPDX-License-Identifier: GPL-3.0-or-later
// BodyAtlas::freePointIn: where a knot added without a point (from the keyboard, or by knotmap-cli add
// --region) goes, so that knots in one region are not stacked on its label point.
#include "BodyAtlas.h"

#include <algorithm>
#include <cmath>

namespace knotmap {

namespace {

struct Candidate
{
    QPointF point;
    int ring = 0;      // i² + j² in grid steps: nearer the label point first
    qreal angle = 0.0; // then counter-clockwise from "to the right", so the order never depends on sorting
};

// Grid points around `centre`, `step` apart in true proportions (x scaled by the aspect), that lie inside the
// region and that the atlas itself places in it (regions drawn later lie on top of earlier ones), nearest
// first.
QList<Candidate> gridIn(const BodyAtlas& atlas, const AtlasRegion& region, qreal step)
{
    const QPointF centre = region.labelPoint;
    const qreal stepX = step / atlas.aspect(), stepY = step;
    const int left = int(std::floor((region.bounds.left() - centre.x()) / stepX));
    const int right = int(std::ceil((region.bounds.right() - centre.x()) / stepX));
    const int top = int(std::floor((region.bounds.top() - centre.y()) / stepY));
    const int bottom = int(std::ceil((region.bounds.bottom() - centre.y()) / stepY));
    QList<Candidate> grid;
    for (int i = left; i <= right; ++i) {
        for (int j = top; j <= bottom; ++j) {
            const QPointF point(centre.x() + i * stepX, centre.y() + j * stepY);
            if (!region.polygon.containsPoint(point, Qt::OddEvenFill))
                continue;
            if (const AtlasRegion* hit = atlas.hitTest(point); !hit || hit->id != region.id)
                continue;
            qreal angle = std::atan2(qreal(j), qreal(i));
            if (angle < 0)
                angle += 2 * M_PI;
            grid.append({point, i * i + j * j, angle});
        }
    }
    std::stable_sort(grid.begin(), grid.end(), [](const Candidate& a, const Candidate& b) {
        return a.ring != b.ring ? a.ring < b.ring : a.angle < b.angle;
    });
    return grid;
}

} // namespace

QPointF BodyAtlas::freePointIn(const QString& regionId, const QList<QPointF>& taken) const
{
    const AtlasRegion* shape = region(regionId);
    if (!shape)
        return {};
    // Distances in true proportions: x is normalised to the width, y to the height.
    const auto distance = [this](QPointF a, QPointF b) {
        return std::hypot((a.x() - b.x()) * m_aspect, a.y() - b.y());
    };
    const auto nearestTaken = [&](QPointF point) {
        qreal nearest = std::numeric_limits<qreal>::max();
        for (const QPointF& other : taken)
            nearest = std::min(nearest, distance(point, other));
        return nearest;
    };

    // The label point is always a candidate, even where a redrawn polygon leaves it a hair outside.
    QList<Candidate> candidates{{shape->labelPoint, 0, 0.0}};
    // Half a gap apart, so a narrow region (teres minor is hardly taller than a marker) still offers points a
    // whole gap from each other along its length.
    for (const Candidate& c : gridIn(*this, *shape, kFreePointGap / 2))
        if (c.ring > 0)
            candidates.append(c);
    for (const Candidate& c : candidates)
        if (nearestTaken(c.point) >= kFreePointGap - 1e-9)
            return c.point;

    // Full: of a finer grid, the point farthest from every knot already there (the first of equals); finer
    // still while that grid's points are all taken, as in a narrow region.
    QPointF best = shape->labelPoint;
    qreal bestDistance = nearestTaken(best);
    for (qreal step = kFreePointGap / 4; step > 0.001 && bestDistance < 1e-9; step /= 2) {
        for (const Candidate& c : gridIn(*this, *shape, step)) {
            if (const qreal d = nearestTaken(c.point); d > bestDistance + 1e-9) {
                best = c.point;
                bestDistance = d;
            }
        }
    }
    return best;
}

} // namespace knotmap
