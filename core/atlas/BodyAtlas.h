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
// Coordinates are normalised: x and y in [0, 1].
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
    QRectF bounds; // of the polygon: most hit tests end here
};

struct AtlasGuide
{
    QString kind; // "spine", "scapula", "crest", "fold", "other"
    QPolygonF points;
    bool closed = false;
};

// The back-view body diagram: silhouette, muscle regions and faint anatomical guides.
class BodyAtlas
{
public:
    static std::optional<BodyAtlas> fromJson(const QByteArray& json, QString* error = nullptr);
    // The atlas shipped in the program's resources.
    static std::optional<BodyAtlas> loadStandard(QString* error = nullptr);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
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

private:
    QString m_id;
    QString m_name;
    qreal m_aspect = 0.7;
    QPolygonF m_silhouette;
    QRectF m_silhouetteBounds;
    QPainterPath m_silhouettePath;
    QList<AtlasRegion> m_regions;
    QList<AtlasGuide> m_guides;
    QSet<std::pair<QString, QString>> m_handedOver; // (former muscle, muscle), the same side
};

} // namespace knotmap
