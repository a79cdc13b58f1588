// SPDX-License-Identifier: GPL-3.0-or-later
// The body map from the keyboard (issue 14): the arrow keys go from knot to knot, the nearest one in that
// direction; Ctrl with an arrow steps through the muscle regions (pain areas on the front view), head to
// hips; Insert or + marks a new spot in the region stepped to; Enter rates the selected spot, and the
// window's Delete removes it.
#include "BodyMapWidget.h"

#include <QKeyEvent>

#include <cmath>
#include <limits>

namespace knotmap::ui {

QStringList BodyMapWidget::placeIds() const
{
    QStringList ids;
    for (const AtlasRegion& place : showsAreas() ? m_atlas.areas() : m_atlas.regions())
        ids.append(place.id);
    return ids;
}

qint64 BodyMapWidget::spotToward(qint64 from, QPointF direction) const
{
    if (m_spots.isEmpty())
        return 0;
    const auto current = std::find_if(m_spots.cbegin(), m_spots.cend(),
                                      [from](const MapSpot& spot) { return spot.id == from; });
    if (current == m_spots.cend()) // nothing chosen yet: the highest spot on the body
        return std::min_element(
                   m_spots.cbegin(), m_spots.cend(),
                   [](const MapSpot& a, const MapSpot& b) { return a.position.y() < b.position.y(); })
            ->id;
    // In the widget's pixels, so left-right and up-down distances compare fairly. Off-axis distance counts
    // double: "right" means mostly right.
    const QPointF at = toWidget(current->position);
    qint64 best = 0;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (const MapSpot& spot : m_spots) {
        const QPointF offset = toWidget(spot.position) - at;
        const qreal along = offset.x() * direction.x() + offset.y() * direction.y();
        if (spot.id == from || along <= 0.5)
            continue;
        const qreal across = std::abs(offset.x() * direction.y() - offset.y() * direction.x());
        const qreal score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = spot.id;
        }
    }
    return best;
}

void BodyMapWidget::stepPlace(int step)
{
    const QStringList order = placeIds();
    if (order.isEmpty())
        return;
    const qsizetype at = order.indexOf(m_keyPlace);
    const qsizetype next =
        at < 0 ? (step > 0 ? 0 : order.size() - 1) : std::clamp<qsizetype>(at + step, 0, order.size() - 1);
    m_keyPlace = order.at(next);
    setHighlightedRegion(m_keyPlace);
    emit hoveredRegionChanged(m_keyPlace); // the status bar names it
    emit placeFocused(m_keyPlace);
}

void BodyMapWidget::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update(); // the focus frame
}

void BodyMapWidget::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event)
{
    const bool stepRegions = event->modifiers() & Qt::ControlModifier;
    QPointF direction;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit activateRequested();
        return;
    case Qt::Key_Insert:
    case Qt::Key_Plus:
        if (m_keyPlace.isEmpty()) {
            stepPlace(1); // where to mark: the first place, said in the status bar; a second press marks
            return;
        }
        if (const AtlasRegion* region = m_atlas.region(m_keyPlace)) {
            QList<QPointF> taken;
            for (const MapSpot& spot : std::as_const(m_spots))
                taken.append(spot.position);
            emit placeRequested(m_atlas.freePointIn(region->id, taken));
        } else if (const AtlasRegion* area = m_atlas.area(m_keyPlace)) {
            emit placeRequested(area->labelPoint);
        }
        return;
    case Qt::Key_Left:
        direction = {-1, 0};
        break;
    case Qt::Key_Right:
        direction = {1, 0};
        break;
    case Qt::Key_Up:
        direction = {0, -1};
        break;
    case Qt::Key_Down:
        direction = {0, 1};
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (stepRegions) {
        stepPlace(direction.x() + direction.y() > 0 ? 1 : -1);
        return;
    }
    if (const qint64 next = spotToward(m_options.selectedSpot, direction))
        emit spotFocused(next);
}

} // namespace knotmap::ui
