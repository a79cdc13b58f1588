// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyMapWidget.h"

#include "painters/IntensityScale.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
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
    if (showsAreas()) {
        setAccessibleName(tr("Front view"));
        setAccessibleDescription(tr("Front view of the body. Click where you feel pain to record it."));
    } else {
        setAccessibleName(tr("Body map"));
        setAccessibleDescription(tr("Back view of the body. Click where it hurts to mark a spot."));
    }
}

void BodyMapWidget::setSpots(const QList<MapSpot>& spots)
{
    m_spots = spots;
    update();
    QAccessibleEvent changed(this, QAccessible::ObjectReorder); // a reader reads the spots again
    QAccessible::updateAccessibility(&changed);
}

void BodyMapWidget::setSelectedSpot(qint64 spotId)
{
    m_options.selectedSpot = spotId;
    update();
    // A reader says which spot the keys are on now.
    for (int i = 0; i < m_spots.size(); ++i)
        if (m_spots.at(i).id == spotId && hasFocus()) {
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(i);
            QAccessible::updateAccessibility(&focus);
        }
}

void BodyMapWidget::setPendingSpot(std::optional<QPointF> position, int intensity)
{
    m_options.pendingSpot = position;
    m_options.pendingIntensity = intensity;
    m_options.pendingFelt = showsAreas(); // on the front view, everything marked is felt pain
    update();
}

void BodyMapWidget::setHighlightedRegion(const QString& regionId)
{
    m_highlightedRegion = regionId;
    m_options.hoveredRegion = m_hoveredRegion.isEmpty() ? m_highlightedRegion : m_hoveredRegion;
    update();
}

void BodyMapWidget::setOverlay(const QHash<QString, QColor>& areaFills,
                               const QHash<QString, QColor>& regionFills)
{
    if (m_options.areaFills == areaFills && m_options.regionFills == regionFills)
        return;
    m_options.areaFills = areaFills;
    m_options.regionFills = regionFills;
    update();
}

void BodyMapWidget::setSearchMarker(std::optional<QPointF> normalised)
{
    m_searchMarker = normalised;
    update();
}

QString BodyMapWidget::placeAt(QPointF normalised) const
{
    if (showsAreas()) {
        const AtlasRegion* area = m_atlas.contains(normalised) ? m_atlas.areaAt(normalised) : nullptr;
        return area ? area->id : QString();
    }
    const AtlasRegion* region = m_atlas.hitTest(normalised);
    return region ? region->id : QString();
}

bool BodyMapWidget::legendBesideBody() const
{
    if (!m_legendShown)
        return true; // no strip underneath: the whole height is the body's
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
    QWidget* host = overlay->parentWidget();
    const QPointF anchor =
        host == this ? toWidget(normalised) : QPointF(mapTo(host, toWidget(normalised).toPoint()));
    const QSize size = overlay->sizeHint().expandedTo(overlay->minimumSize()); // the editor has a fixed width
    const int gap = int(layout().spotRadius() * 2);
    int x = int(anchor.x()) + gap;
    if (x + size.width() > host->width() - 4)
        x = int(anchor.x()) - gap - size.width();
    const int y =
        std::clamp(int(anchor.y()) - size.height() / 3, 4, std::max(4, host->height() - size.height() - 4));
    overlay->setGeometry(std::clamp(x, 4, std::max(4, host->width() - size.width() - 4)), y, size.width(),
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
    if (!m_legendShown) {
        // The other view beside this one carries the legend.
    } else if (legendBesideBody()) {
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
    if (m_searchMarker) {
        // Where to press for a knot that may explain the felt pain: a ring with a cross, in the accent.
        const QPointF centre = toWidget(*m_searchMarker);
        const qreal radius = layout().spotRadius() * 2.2;
        QColor accent = palette().color(QPalette::Highlight);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(accent, 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, radius, radius);
        painter.drawLine(centre - QPointF(radius * 1.5, 0), centre - QPointF(radius * 0.5, 0));
        painter.drawLine(centre + QPointF(radius * 0.5, 0), centre + QPointF(radius * 1.5, 0));
        painter.drawLine(centre - QPointF(0, radius * 1.5), centre - QPointF(0, radius * 0.5));
        painter.drawLine(centre + QPointF(0, radius * 0.5), centre + QPointF(0, radius * 1.5));
        const QString label = tr("search here");
        const QRectF box(centre.x() + radius * 1.6, centre.y() - fontMetrics().height() / 2.0,
                         fontMetrics().horizontalAdvance(label) + 8, fontMetrics().height());
        QColor back = palette().color(QPalette::Base);
        back.setAlphaF(0.85);
        painter.fillRect(box, back);
        painter.setPen(accent);
        painter.drawText(box, Qt::AlignCenter, label);
    }
    if (hasFocus()) {
        // Where the keys go: a frame in the accent colour, as a focused list or field has.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
    if (m_spots.isEmpty() && !m_options.pendingSpot) {
        // First start: say what to do, where the eye already is.
        QColor hint = text;
        hint.setAlphaF(0.7);
        painter.setPen(hint);
        const QRectF diagram = layout().diagramRect();
        painter.drawText(QRectF(diagram.left() - 100, diagram.bottom() - 2 - fontMetrics().height(),
                                diagram.width() + 200, fontMetrics().height()),
                         Qt::AlignCenter,
                         m_emptyHint.isEmpty() ? tr("Click on the body where it hurts to mark a spot.")
                                               : m_emptyHint);
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

void BodyMapWidget::contextMenuEvent(QContextMenuEvent* event)
{
    // A right-click means the spot under the pointer; the Menu key the selected one, with its menu beside it.
    if (event->reason() == QContextMenuEvent::Mouse) {
        if (const qint64 spot = BodyMapPainter::spotAt(layout(), m_spots, event->pos()))
            return emit spotMenuRequested(spot, event->globalPos());
    } else {
        for (const MapSpot& spot : std::as_const(m_spots))
            if (spot.id == m_options.selectedSpot)
                return emit spotMenuRequested(spot.id, mapToGlobal(toWidget(spot.position).toPoint()));
    }
    event->ignore();
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
    const QString id = placeAt(toNormalised(widgetPoint));
    const bool overSpot = BodyMapPainter::spotAt(layout(), m_spots, widgetPoint) != 0;
    if (!m_dragging)
        setCursor(overSpot ? Qt::PointingHandCursor : !id.isEmpty() ? Qt::CrossCursor : Qt::ArrowCursor);
    if (id == m_hoveredRegion)
        return;
    m_hoveredRegion = id;
    if (showsAreas())
        m_options.hoveredArea = id;
    else
        m_options.hoveredRegion = id.isEmpty() ? m_highlightedRegion : id;
    update();
    emit hoveredRegionChanged(id);
}

void BodyMapWidget::leaveEvent(QEvent* event)
{
    m_hoveredRegion.clear();
    m_options.hoveredRegion = m_highlightedRegion;
    m_options.hoveredArea.clear();
    update();
    emit hoveredRegionChanged(QString());
    QWidget::leaveEvent(event);
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
        const QString place = placeAt(toNormalised(help->pos()));
        if (!place.isEmpty())
            QToolTip::showText(help->globalPos(),
                               m_placeName ? m_placeName(place) : m_atlas.regionName(place), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace knotmap::ui
