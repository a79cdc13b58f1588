// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QSet>
#include <QString>

#include <optional>

namespace knotmap {

enum class BodySide { Left, Right };

// One named region of the diagram, a muscle or, where no muscle fits, a place ("upper-back-of-head").
// Coordinates are normalised: x and y in [0, 1]. Pain areas (issue 12) reuse it: muscle holds the area's
// vocabulary key ("temple"), id the sided id ("temple-left") or the key alone for the midline ("sacrum"),
// name and area stay empty (names come from ReferralAtlas, core/atlas/Referral.h).
struct AtlasRegion
{
    QString id;     // "upper-trapezius-left": muscle, then the person's own side
    QString muscle; // "upper-trapezius": what the routine catalogue is keyed on
    QString name;   // "Left upper trapezius", "Left upper back of the head"
    BodySide side = BodySide::Left;
    QString area;       // "neck", "shoulder", "upper-back", "low-back", "hip", "head", "arm"
    QPointF labelPoint; // inside the region: where its label and a keyboard-placed spot go
    QPolygonF polygon;
    QPainterPath path;
    QRectF bounds;        // of the polygon: most hit tests end here
    bool midline = false; // a pain area on the midline ("sacrum"); side is then Left
};

struct AtlasGuide
{
    QString kind; // "spine", "scapula", "crest", "fold", "other"
    QPolygonF points;
    bool closed = false;
};

// A body diagram: silhouette, muscle regions, faint anatomical guides and the pain areas drawn on it.
// Two views ship: "back" (muscle regions and the back's pain areas; where knots are marked) and "front"
// (no muscle regions, only the pain areas a back view cannot show). Each has its own normalised frame.
class BodyAtlas
{
public:
    static std::optional<BodyAtlas> fromJson(const QByteArray& json, QString* error = nullptr);
    // The back view shipped in the program's resources.
    static std::optional<BodyAtlas> loadStandard(QString* error = nullptr);
    // A view shipped in the resources: "back" or "front".
    static std::optional<BodyAtlas> loadView(const QString& view, QString* error = nullptr);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    // "back" or "front": which way the figure faces. On the back view the person's left is on the viewer's
    // left; on the front view it is on the viewer's right.
    QString view() const { return m_view; }
    bool isFrontView() const { return m_view == QLatin1String("front"); }
    qreal aspect() const { return m_aspect; } // width / height
    const QPolygonF& silhouette() const { return m_silhouette; }
    const QPainterPath& silhouettePath() const { return m_silhouettePath; }
    const QList<AtlasRegion>& regions() const { return m_regions; }
    const QList<AtlasGuide>& guides() const { return m_guides; }

    const AtlasRegion* region(const QString& id) const;
    QString regionName(const QString& id) const; // "Left upper trapezius", or the id itself if unknown
    bool contains(QPointF point) const;
    // The region under a point; nullptr outside the body. Later regions lie on top of earlier ones;
    // a point in a seam between regions belongs to the nearest one.
    const AtlasRegion* hitTest(QPointF point) const;
    // Is the point in the region, or within `tolerance` of it? Files written before coordinates were exact
    // rounded to six decimals, which can put a point a hair over the edge of its own region.
    bool isNear(QPointF point, const QString& regionId, qreal tolerance = kEdgeTolerance) const;
    static constexpr qreal kEdgeTolerance = 1e-5;
    // Did part of the region `formerId` pass to `regionId` when the atlas was redrawn? Then a file written
    // before names `formerId` for a point that now lies in `regionId`, and that is no contradiction.
    bool handedOver(const QString& formerId, const QString& regionId) const;

    // Pain areas drawn on this view (names in core/atlas/Referral.h). AtlasRegion reused: muscle = area key,
    // id = "temple-left" or "sacrum"; side Left/Right (mid: Left, and `midline` true).
    const QList<AtlasRegion>& areas() const { return m_areas; }
    const AtlasRegion* area(const QString& id) const;
    // The area under a point, or nullptr where none is drawn. Areas never overlap; a point on the seam
    // between two (within kAreaSeamTolerance, inside the body) goes to the nearer one.
    const AtlasRegion* areaAt(QPointF point) const;
    static constexpr qreal kAreaSeamTolerance = 0.002;

    // Where a knot added without a point goes (core/atlas/FreePoint.cpp): the region's label point when no
    // taken point lies within kFreePointGap of it, else the nearest point of a grid around it (half a gap
    // apart, inside the region) that is kFreePointGap from every taken point; when none is, the point
    // farthest from the taken ones. Deterministic. Returns a null point for an unknown region.
    QPointF freePointIn(const QString& regionId, const QList<QPointF>& taken) const;
    // A marker's diameter plus a hair, in true proportions (fractions of the diagram's height): the map draws
    // a knot with a radius of 1.7 % of the diagram's height (BodyMapLayout::spotRadius), so two knots this
    // far apart never overlap.
    static constexpr qreal kFreePointGap = 0.035;

private:
    QString m_id;
    QString m_name;
    QString m_view = QStringLiteral("back");
    qreal m_aspect = 0.7;
    QPolygonF m_silhouette;
    QRectF m_silhouetteBounds;
    QPainterPath m_silhouettePath;
    QList<AtlasRegion> m_regions;
    QList<AtlasGuide> m_guides;
    QList<AtlasRegion> m_areas;
    QSet<std::pair<QString, QString>> m_handedOver; // (former muscle, muscle), the same side
};

} // namespace knotmap
