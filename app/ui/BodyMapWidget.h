// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "painters/BodyMapPainter.h"

#include <QWidget>

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

    // Keeps an overlay (the inline editor) beside a point of the diagram, inside the widget.
    void placeBeside(QWidget* overlay, QPointF normalised) const;
    QPointF toWidget(QPointF normalised) const;
    QPointF toNormalised(QPointF widgetPoint) const;

    QSize sizeHint() const override { return {620, 760}; }
    QSize minimumSizeHint() const override { return {320, 380}; }

signals:
    void placeRequested(QPointF normalised);
    void spotClicked(qint64 spotId);
    void spotMoved(qint64 spotId, QPointF normalised);
    void hoveredRegionChanged(const QString& regionId); // empty outside the body
    void clickedOutsideBody();
    void activateRequested(); // Enter on the map: rate the selected spot

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    BodyMapLayout layout() const;
    QRectF mapArea() const;
    bool legendBesideBody() const;
    void updateHover(QPointF widgetPoint);

    const BodyAtlas& m_atlas;
    BodyMapPainter m_painter;
    QList<MapSpot> m_spots;
    BodyMapPainter::Options m_options;
    QString m_hoveredRegion;
    QString m_highlightedRegion;
    qint64 m_pressedSpot = 0;
    QPointF m_pressPoint;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace knotmap::ui
