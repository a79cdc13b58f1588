// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyMapWidget.h"

#include "painters/IntensityScale.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace knotmap::ui {

namespace {
constexpr int kLegendHeight = 62;
constexpr int kMargin = 16;
} // namespace

BodyMapWidget::BodyMapWidget(const BodyAtlas& atlas, QWidget* parent)
    : QWidget(parent), m_atlas(atlas), m_painter(atlas, BodyMapStyle::fromPalette(palette()))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Body map"));
    setAccessibleDescription(tr("Back view of the body. Click where it hurts to mark a spot."));
}

void BodyMapWidget::setSpots(const QList<MapSpot>& spots)
{
    m_spots = spots;
    update();
}

void BodyMapWidget::setSelectedSpot(qint64 spotId)
{
    m_options.selectedSpot = spotId;
    update();
}

void BodyMapWidget::setPendingSpot(std::optional<QPointF> position, int intensity)
{
    m_options.pendingSpot = position;
    m_options.pendingIntensity = intensity;
    update();
}

void BodyMapWidget::setHighlightedRegion(const QString& regionId)
{
    m_highlightedRegion = regionId;
    m_options.hoveredRegion = m_hoveredRegion.isEmpty() ? m_highlightedRegion : m_hoveredRegion;
    update();
}

bool BodyMapWidget::legendBesideBody() const
{
    // Beside the body when the free width on the right can hold it; otherwise a strip underneath.
    const QRectF full = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const qreal bodyWidth = std::min(full.width(), full.height() * m_atlas.aspect());
    return (full.width() - bodyWidth) / 2 >=
           verticalLegendSize(font(), logicalDpiY() / 96.0).width() + kMargin;
}

QRectF BodyMapWidget::mapArea() const
{
    const QRectF full = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    return legendBesideBody() ? full : full.adjusted(0, 0, 0, -kLegendHeight);
}

BodyMapLayout BodyMapWidget::layout() const
{
    return BodyMapLayout(m_atlas, mapArea());
}

QPointF BodyMapWidget::toWidget(QPointF normalised) const
{
    return layout().toDevice(normalised);
}

QPointF BodyMapWidget::toNormalised(QPointF widgetPoint) const
{
    return layout().toNormalised(widgetPoint);
}

void BodyMapWidget::placeBeside(QWidget* overlay, QPointF normalised) const
{
    const QPointF anchor = toWidget(normalised);
    const QSize size = overlay->sizeHint().expandedTo(overlay->minimumSize()); // the editor has a fixed width
    const int gap = int(layout().spotRadius() * 2);
    int x = int(anchor.x()) + gap;
    if (x + size.width() > width() - 4)
        x = int(anchor.x()) - gap - size.width();
    const int y =
        std::clamp(int(anchor.y()) - size.height() / 3, 4, std::max(4, height() - size.height() - 4));
    overlay->setGeometry(std::clamp(x, 4, std::max(4, width() - size.width() - 4)), y, size.width(),
                         size.height());
}

void BodyMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    QList<MapSpot> spots = m_spots;
    if (m_dragging) {
        for (MapSpot& spot : spots) {
            if (spot.id == m_pressedSpot)
                spot.position = toNormalised(mapFromGlobal(QCursor::pos()));
        }
    }
    m_painter.paint(painter, layout(), spots, m_options);

    const QColor text = palette().color(QPalette::WindowText);
    if (legendBesideBody()) {
        const QSizeF size = verticalLegendSize(font(), logicalDpiY() / 96.0);
        paintIntensityLegend(
            painter,
            QRectF(QPointF(width() - kMargin - size.width(), height() - kMargin - size.height()), size), text,
            Qt::Vertical);
    } else {
        paintIntensityLegend(painter,
                             QRectF(kMargin, height() - kMargin - kLegendHeight + 8,
                                    std::min(360, width() - 2 * kMargin), kLegendHeight - 8),
                             text);
    }
    if (m_spots.isEmpty() && !m_options.pendingSpot) {
        // First start: say what to do, where the eye already is.
        QColor hint = text;
        hint.setAlphaF(0.7);
        painter.setPen(hint);
        const QRectF diagram = layout().diagramRect();
        painter.drawText(QRectF(diagram.left() - 100, diagram.bottom() - 2 - fontMetrics().height(),
                                diagram.width() + 200, fontMetrics().height()),
                         Qt::AlignCenter, tr("Click on the body where it hurts to mark a spot."));
    }
}

void BodyMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_pressPoint = event->position();
    m_pressedSpot = BodyMapPainter::spotAt(layout(), m_spots, event->position());
    m_dragging = false;
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressed && m_pressedSpot != 0 &&
        (event->position() - m_pressPoint).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
        update();
    }
    updateHover(event->position());
}

void BodyMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    const QPointF normalised = toNormalised(event->position());
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        update();
        emit spotMoved(m_pressedSpot, normalised);
    } else if (m_pressedSpot != 0) {
        emit spotClicked(m_pressedSpot);
    } else if (m_atlas.contains(normalised)) {
        emit placeRequested(normalised);
    } else {
        emit clickedOutsideBody();
    }
    m_pressedSpot = 0;
}

void BodyMapWidget::updateHover(QPointF widgetPoint)
{
    const AtlasRegion* region = m_atlas.hitTest(toNormalised(widgetPoint));
    const QString id = region ? region->id : QString();
    const bool overSpot = BodyMapPainter::spotAt(layout(), m_spots, widgetPoint) != 0;
    if (!m_dragging)
        setCursor(overSpot ? Qt::PointingHandCursor : region ? Qt::CrossCursor : Qt::ArrowCursor);
    if (id == m_hoveredRegion)
        return;
    m_hoveredRegion = id;
    m_options.hoveredRegion = id.isEmpty() ? m_highlightedRegion : id;
    update();
    emit hoveredRegionChanged(id);
}

void BodyMapWidget::leaveEvent(QEvent* event)
{
    m_hoveredRegion.clear();
    m_options.hoveredRegion = m_highlightedRegion;
    update();
    emit hoveredRegionChanged(QString());
    QWidget::leaveEvent(event);
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit activateRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void BodyMapWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_painter.setStyle(BodyMapStyle::fromPalette(palette()));
    QWidget::changeEvent(event);
}

bool BodyMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const AtlasRegion* region = m_atlas.hitTest(toNormalised(help->pos()));
        if (region)
            QToolTip::showText(help->globalPos(), region->name, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace knotmap::ui
