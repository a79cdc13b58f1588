// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapAccessible.h"

#include "ChartAccessible.h"
#include "ui/BodyMapWidget.h"

namespace knotmap::ui {

namespace {

// One region, pain area or spot of the map: not a widget of its own, so drawn from the map's data each time
// it is asked, and gone from the reader's view when the map no longer shows it.
class MapItemAccessible : public QAccessibleInterface
{
public:
    MapItemAccessible(MapAccessible* map, QString key) : m_map(map), m_key(std::move(key)) {}

    bool isValid() const override { return m_map->isValid() && index() >= 0; }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_map->window(); }
    QAccessibleInterface* parent() const override { return m_map; }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override
    {
        return isSpot() ? QAccessible::ListItem : QAccessible::Graphic;
    }
    void setText(QAccessible::Text, const QString&) override {}

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (isSpot()) {
            state.focusable = true;
            state.selectable = true;
            state.selected = state.focused = m_map->map()->selectedSpot() == spotId();
        }
        return state;
    }

    QString text(QAccessible::Text t) const override
    {
        BodyMapWidget* map = m_map->map();
        if (t == QAccessible::Name)
            return isSpot() ? map->spotDescription(spotId()) : map->placeName(placeId());
        if (t == QAccessible::Description && isSpot())
            return BodyMapWidget::tr(
                "Enter rates it, Delete removes it, the arrow keys go to the next knot.");
        return {};
    }

    QRect rect() const override
    {
        BodyMapWidget* map = m_map->map();
        const QRectF local = isSpot() ? map->spotRect(spotId()) : map->placeRect(placeId());
        return QRect(map->mapToGlobal(local.topLeft().toPoint()), local.size().toSize());
    }

    int index() const { return m_map->indexOfChild(this); }
    const QString& key() const { return m_key; }

private:
    bool isSpot() const { return m_key.startsWith(QLatin1String("spot:")); }
    qint64 spotId() const { return m_key.mid(5).toLongLong(); }
    QString placeId() const { return m_key.mid(6); }

    MapAccessible* m_map;
    QString m_key;
};

QString spotKey(qint64 id)
{
    return QStringLiteral("spot:%1").arg(id);
}

} // namespace

MapAccessible::MapAccessible(BodyMapWidget* map) : QAccessibleWidget(map, QAccessible::Graphic) {}

MapAccessible::~MapAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

BodyMapWidget* MapAccessible::map() const
{
    return static_cast<BodyMapWidget*>(widget());
}

QStringList MapAccessible::placeKeys() const
{
    QStringList keys = map()->placeIds();
    for (QString& key : keys)
        key.prepend(QStringLiteral("place:"));
    return keys;
}

int MapAccessible::childCount() const
{
    return int(map()->spots().size() + placeKeys().size());
}

QAccessibleInterface* MapAccessible::child(int index) const
{
    // The spots first (what a person marked), then the places to mark.
    const QList<MapSpot>& spots = map()->spots();
    const QStringList places = placeKeys();
    QString key;
    if (index >= 0 && index < spots.size())
        key = spotKey(spots.at(index).id);
    else if (index >= spots.size() && index < spots.size() + places.size())
        key = places.at(index - spots.size());
    else
        return nullptr;
    if (const auto found = m_children.constFind(key); found != m_children.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto* item = new MapItemAccessible(const_cast<MapAccessible*>(this), key);
    m_children.insert(key, QAccessible::registerAccessibleInterface(item));
    return item;
}

int MapAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* item = dynamic_cast<const MapItemAccessible*>(child);
    if (!item)
        return -1;
    const QList<MapSpot>& spots = map()->spots();
    for (int i = 0; i < spots.size(); ++i)
        if (spotKey(spots.at(i).id) == item->key())
            return i;
    const qsizetype place = placeKeys().indexOf(item->key());
    return place < 0 ? -1 : int(spots.size() + place);
}

QAccessibleInterface* MapAccessible::focusChild() const
{
    const QList<MapSpot>& spots = map()->spots();
    for (int i = 0; i < spots.size(); ++i)
        if (spots.at(i).id == map()->selectedSpot())
            return child(i);
    return nullptr;
}

QAccessibleInterface* MapAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i)
        if (QAccessibleInterface* item = child(i); item && item->rect().contains(x, y))
            return item;
    return nullptr;
}

QString BodyMapWidget::spotDescription(qint64 spotId) const
{
    return m_describeSpot ? m_describeSpot(spotId) : QString();
}

QString BodyMapWidget::placeName(const QString& placeId) const
{
    return m_placeName ? m_placeName(placeId) : m_atlas.regionName(placeId);
}

QRectF BodyMapWidget::spotRect(qint64 spotId) const
{
    const qreal radius = layout().spotRadius();
    for (const MapSpot& spot : m_spots)
        if (spot.id == spotId) {
            const QPointF centre = toWidget(spot.position);
            return QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
        }
    return {};
}

QRectF BodyMapWidget::placeRect(const QString& placeId) const
{
    const AtlasRegion* place = m_atlas.region(placeId) ? m_atlas.region(placeId) : m_atlas.area(placeId);
    return place ? QRectF(toWidget(place->bounds.topLeft()), toWidget(place->bounds.bottomRight()))
                 : QRectF();
}

QAccessibleInterface* mapAccessibleFactory(const QString& className, QObject* object)
{
    if (auto* map = qobject_cast<BodyMapWidget*>(object);
        map && className == QLatin1String(BodyMapWidget::staticMetaObject.className()))
        return new MapAccessible(map);
    return nullptr;
}

void installAccessibleInterfaces()
{
    for (QAccessible::InterfaceFactory factory : {mapAccessibleFactory, chartAccessibleFactory}) {
        QAccessible::removeFactory(factory);
        QAccessible::installFactory(factory);
    }
}

} // namespace knotmap::ui
