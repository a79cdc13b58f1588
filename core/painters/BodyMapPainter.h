// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/BodyAtlas.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPainter>
#include <QPalette>
#include <QRectF>

#include <optional>

namespace knotmap {

// A spot as the map shows it on the chosen day.
struct MapSpot
{
    qint64 id = 0;
    QPointF position;             // normalised
    std::optional<int> intensity; // latest score up to the chosen day
    bool faded = false;           // not rated on the chosen day
    bool felt = false;            // felt pain, drawn as a diamond; a knot is a disc
};

struct BodyMapStyle
{
    QColor skin, skinOutline, muscle, seam, guide, text, accent;

    static BodyMapStyle fromPalette(const QPalette& palette); // follows light and dark themes
};

// Where the diagram sits in a device rectangle, keeping the atlas's proportions. `unit` is the length of a
// reference pixel in the rectangle's coordinates (PaintUnit.h): 1 in a window, referencePixel() of the
// painter elsewhere, so spots keep their size on a report page at any resolution.
class BodyMapLayout
{
public:
    BodyMapLayout(const BodyAtlas& atlas, const QRectF& bounds, qreal unit = 1);

    QRectF diagramRect() const { return m_diagram; }
    QPointF toDevice(QPointF normalised) const;
    QPointF toNormalised(QPointF device) const;
    qreal spotRadius() const;
    qreal unit() const { return m_unit; }

private:
    QRectF m_diagram;
    qreal m_unit = 1;
};

// Draws the body map of either view: silhouette, regions (back view), pain areas, guides, side labels and
// spots. Used by the window, the report and the tests, so all three show the same pixels.
class BodyMapPainter
{
public:
    struct Options
    {
        QString hoveredRegion;
        qint64 selectedSpot = 0;
        std::optional<QPointF> pendingSpot; // being placed, not yet saved
        int pendingIntensity = -1;
        bool pendingFelt = false;
        QHash<QString, QColor> regionFills;  // for heat maps; regions not listed get the muscle tone
        QHash<QString, QString> regionTexts; // short text at a region's label point, e.g. its mean
        QHash<qint64, QString> spotCaptions; // short text beside a spot, e.g. "worst 8"
        bool sideLabels = true;
        // Pain areas (issue 12). The front view always shows its areas with faint seams; on the back view
        // nothing of the area layer is drawn unless asked for here.
        QString hoveredArea;
        QHash<QString, QColor> areaFills; // soft overlay per area id (translucent; over regions, under spots)
        QHash<QString, QString> areaTexts; // short text at an area's label point
        bool areaOutlines = false;         // faint dashed outlines of every area (the back view's area layer)
    };

    BodyMapPainter(const BodyAtlas& atlas, BodyMapStyle style);
    void setStyle(BodyMapStyle style) { m_style = std::move(style); }

    void paint(QPainter& painter, const BodyMapLayout& layout, const QList<MapSpot>& spots,
               const Options& options) const;

    // The spot drawn under a device point (topmost first), or 0.
    static qint64 spotAt(const BodyMapLayout& layout, const QList<MapSpot>& spots, QPointF device);

private:
    void paintBody(QPainter& painter, const BodyMapLayout& layout, const Options& options) const;
    void paintSpot(QPainter& painter, QPointF centre, qreal radius, std::optional<int> intensity, bool faded,
                   bool felt, bool selected) const;
    void paintAreas(QPainter& painter, const QTransform& toDevice, qreal line, const Options& options) const;
    void paintTexts(QPainter& painter, const QTransform& toDevice, const QList<AtlasRegion>& shapes,
                    const QHash<QString, QString>& texts, const QHash<QString, QColor>& fills,
                    QColor base) const;
    void paintSideLabels(QPainter& painter, const BodyMapLayout& layout) const;

    const BodyAtlas& m_atlas;
    BodyMapStyle m_style;
};

} // namespace knotmap
