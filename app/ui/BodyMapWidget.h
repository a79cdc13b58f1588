// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "painters/BodyMapPainter.h"

#include <QWidget>

#include <functional>

namespace knotmap::ui {

// The clickable body diagram. It draws through the core painter and reports what the person does;
// it never touches storage.
class BodyMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BodyMapWidget(const BodyAtlas& atlas, QWidget* parent = nullptr);

    void setSpots(const QList<MapSpot>& spots);
    const QList<MapSpot>& spots() const { return m_spots; }
    void setSelectedSpot(qint64 spotId);
    void setPendingSpot(std::optional<QPointF> position, int intensity = -1);
    void setHighlightedRegion(const QString& regionId);
    // Soft overlays: pain areas where a knot's pain may be felt, regions that may be a felt pain's source.
    void setOverlay(const QHash<QString, QColor>& areaFills, const QHash<QString, QColor>& regionFills = {});
    // A ring where to search for a knot (a possible source of felt pain), or none.
    void setSearchMarker(std::optional<QPointF> normalised);
    std::optional<QPointF> searchMarker() const { return m_searchMarker; }
    // Names for what the pointer is over: regions, and on a view without muscles, pain areas.
    void setPlaceNamer(std::function<QString(const QString&)> name) { m_placeName = std::move(name); }
    // For a screen reader (access/MapAccessible.h): a spot in words ("Left upper trapezius, Knot 1, 6 of 10,
    // aching, rated today"), a place's name, and where each is drawn, in the widget's pixels.
    void setSpotDescriber(std::function<QString(qint64)> describe) { m_describeSpot = std::move(describe); }
    QString spotDescription(qint64 spotId) const;
    QString placeName(const QString& placeId) const;
    QRectF spotRect(qint64 spotId) const;
    QRectF placeRect(const QString& placeId) const;
    qint64 selectedSpot() const { return m_options.selectedSpot; }
    // The places the map names, head to hips: its muscle regions, or on the front view its pain areas. The
    // order Ctrl+arrows step through them and a screen reader lists them.
    QStringList placeIds() const;
    void setEmptyHint(const QString& hint) { m_emptyHint = hint; }
    void setLegendShown(bool shown)
    {
        m_legendShown = shown;
        update();
    } // one legend for two views
    // The region, or on a view without muscles the pain area, under a point; empty where there is none.
    QString placeAt(QPointF normalised) const;
    const BodyAtlas& atlas() const { return m_atlas; }

    // Keeps an overlay (the inline editor) beside a point of the diagram, inside the overlay's parent (this
    // widget, or one holding both views).
    void placeBeside(QWidget* overlay, QPointF normalised) const;
    QPointF toWidget(QPointF normalised) const;
    QPointF toNormalised(QPointF widgetPoint) const;

    QSize sizeHint() const override { return {int(760 * m_atlas.aspect()) + 140, 760}; }
    // Small enough for a 2×-scaled laptop screen; the map scales, its spots stay the same size.
    QSize minimumSizeHint() const override { return {int(300 * m_atlas.aspect()) + 40, 300}; }

signals:
    void placeRequested(QPointF normalised);
    void spotClicked(qint64 spotId);
    void spotMoved(qint64 spotId, QPointF normalised);
    void
    hoveredRegionChanged(const QString& regionId); // empty outside the body; a pain area on the front view
    void clickedOutsideBody();
    void activateRequested();                  // Enter on the map: rate the selected spot
    void spotFocused(qint64 spotId);           // an arrow key went to this spot: select it
    void placeFocused(const QString& placeId); // Ctrl+arrow stepped to this region (or pain area)
    // A right-click on a spot, or the Menu key with one selected: its menu at globalPos.
    void spotMenuRequested(qint64 spotId, QPoint globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    BodyMapLayout layout() const;
    // The keyboard (BodyMapKeys.cpp): the nearest spot from one toward a direction (the highest spot when
    // none is chosen), and a step through the places.
    qint64 spotToward(qint64 from, QPointF direction) const;
    void stepPlace(int step);
    QRectF mapArea() const;
    bool legendBesideBody() const;
    bool showsAreas() const { return m_atlas.regions().isEmpty(); } // the front view: pain areas only
    void updateHover(QPointF widgetPoint);

    const BodyAtlas& m_atlas;
    BodyMapPainter m_painter;
    QList<MapSpot> m_spots;
    BodyMapPainter::Options m_options;
    QString m_hoveredRegion;
    QString m_highlightedRegion;
    QString m_keyPlace; // the region or area stepped to with Ctrl+arrows, where Insert marks
    std::optional<QPointF> m_searchMarker;
    std::function<QString(const QString&)> m_placeName;
    std::function<QString(qint64)> m_describeSpot;
    QString m_emptyHint;
    bool m_legendShown = true;
    qint64 m_pressedSpot = 0;
    QPointF m_pressPoint;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace knotmap::ui
