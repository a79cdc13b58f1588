// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyAtlas.h"

#include "i18n/TranslateIn.h"

#include "JsonPoint.h"
#include "i18n/DataText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace knotmap {

namespace {

std::optional<QPolygonF> readPolygon(const QJsonValue& value, int minimumPoints)
{
    QPolygonF polygon;
    for (const QJsonValue& item : value.toArray()) {
        const auto point = readNormalisedPoint(item);
        if (!point)
            return std::nullopt;
        polygon.append(*point);
    }
    if (polygon.size() < minimumPoints)
        return std::nullopt;
    return polygon;
}

QPainterPath closedPath(const QPolygonF& polygon)
{
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t =
        lengthSquared > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

double distanceToPolygon(QPointF p, const QPolygonF& polygon)
{
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < polygon.size(); ++i)
        best = std::min(best, distanceToSegment(p, polygon[i], polygon[(i + 1) % polygon.size()]));
    return best;
}

// Pain areas: {"id", "key", "side": "left"|"right"|"mid", "label", "polygon"}. A sided id is the key and
// the side ("temple-left"); the midline one is the key alone ("sacrum").
std::optional<QList<AtlasRegion>> readAreas(const QJsonArray& items, QString* why)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    QList<AtlasRegion> areas;
    QSet<QString> seen;
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        AtlasRegion area;
        area.id = object.value(QLatin1String("id")).toString();
        area.muscle = object.value(QLatin1String("key")).toString();
        const QString side = object.value(QLatin1String("side")).toString();
        area.midline = side == QLatin1String("mid");
        area.side = side == QLatin1String("right") ? BodySide::Right : BodySide::Left;
        const bool sided = side == QLatin1String("left") || side == QLatin1String("right");
        const QString expectedId = sided ? area.muscle + QLatin1Char('-') + side : area.muscle;
        if (!keyPattern.match(area.muscle).hasMatch() || (!sided && !area.midline) || area.id != expectedId) {
            *why = translateIn("BodyAtlas",
                               "the body atlas has a pain area '%1' whose id does not match its key and side")
                       .arg(area.id);
            return std::nullopt;
        }
        if (seen.contains(area.id)) {
            *why = translateIn("BodyAtlas", "the body atlas lists pain area '%1' twice").arg(area.id);
            return std::nullopt;
        }
        const auto polygon = readPolygon(object.value(QLatin1String("polygon")), 3);
        const auto label = readNormalisedPoint(object.value(QLatin1String("label")));
        if (!polygon || !label) {
            *why =
                translateIn("BodyAtlas", "pain area '%1' has a malformed shape or label point").arg(area.id);
            return std::nullopt;
        }
        area.polygon = *polygon;
        area.bounds = polygon->boundingRect();
        area.path = closedPath(*polygon);
        area.labelPoint = *label;
        seen.insert(area.id);
        areas.append(area);
    }
    return areas;
}

} // namespace

std::optional<BodyAtlas> BodyAtlas::fromJson(const QByteArray& json, QString* error)
{
    const auto fail = [&](const QString& why) -> std::optional<BodyAtlas> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(
            translateIn("BodyAtlas", "the body atlas is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    BodyAtlas atlas;
    atlas.m_id = root.value(QLatin1String("id")).toString();
    atlas.m_name = dataText("Atlas", root.value(QLatin1String("name")).toString());
    atlas.m_view = root.value(QLatin1String("view")).toString(QStringLiteral("back"));
    if (atlas.m_view != QLatin1String("back") && atlas.m_view != QLatin1String("front"))
        return fail(translateIn("BodyAtlas", "the body atlas's view must be \"back\" or \"front\", not '%1'")
                        .arg(atlas.m_view));
    atlas.m_aspect = root.value(QLatin1String("aspect")).toDouble();
    if (atlas.m_aspect < 0.2 || atlas.m_aspect > 5)
        return fail(translateIn("BodyAtlas", "the body atlas has no sensible aspect ratio"));
    const auto silhouette = readPolygon(root.value(QLatin1String("silhouette")), 3);
    if (!silhouette)
        return fail(translateIn("BodyAtlas", "the body atlas has no valid silhouette"));
    atlas.m_silhouette = *silhouette;
    atlas.m_silhouetteBounds = silhouette->boundingRect();
    atlas.m_silhouettePath = closedPath(*silhouette);

    static const QRegularExpression idPattern(QStringLiteral("^[a-z]+(-[a-z]+)*-(left|right)$"));
    QSet<QString> seen;
    for (const QJsonValue& item : root.value(QLatin1String("regions")).toArray()) {
        const QJsonObject object = item.toObject();
        AtlasRegion region;
        region.id = object.value(QLatin1String("id")).toString();
        region.muscle = object.value(QLatin1String("muscle")).toString();
        region.name = object.value(QLatin1String("name")).toString();
        region.area = object.value(QLatin1String("area")).toString();
        const QString side = object.value(QLatin1String("side")).toString();
        if (!idPattern.match(region.id).hasMatch())
            return fail(translateIn("BodyAtlas", "the body atlas has a region with a malformed id '%1'")
                            .arg(region.id));
        if (seen.contains(region.id))
            return fail(translateIn("BodyAtlas", "the body atlas lists region '%1' twice").arg(region.id));
        if (side != QLatin1String("left") && side != QLatin1String("right"))
            return fail(translateIn("BodyAtlas", "region '%1' has no side").arg(region.id));
        region.side = side == QLatin1String("left") ? BodySide::Left : BodySide::Right;
        if (region.id != region.muscle + QLatin1Char('-') + side || region.name.isEmpty())
            return fail(translateIn("BodyAtlas", "region '%1' does not match its muscle, side or name")
                            .arg(region.id));
        region.name = dataText("Atlas", region.name);
        const auto polygon = readPolygon(object.value(QLatin1String("polygon")), 3);
        const auto label = readNormalisedPoint(object.value(QLatin1String("label")));
        if (!polygon || !label)
            return fail(
                translateIn("BodyAtlas", "region '%1' has a malformed shape or label point").arg(region.id));
        region.polygon = *polygon;
        region.bounds = polygon->boundingRect();
        region.path = closedPath(*polygon);
        region.labelPoint = *label;
        seen.insert(region.id);
        atlas.m_regions.append(region);
    }
    QString why;
    const auto areas = readAreas(root.value(QLatin1String("areas")).toArray(), &why);
    if (!areas)
        return fail(why);
    atlas.m_areas = *areas;
    // The front view is pain areas alone, with no muscle regions; the back view, where knots are marked,
    // needs its regions.
    if (atlas.m_regions.isEmpty() && (atlas.m_areas.isEmpty() || !atlas.isFrontView()))
        return fail(translateIn("BodyAtlas", "the body atlas has no regions"));

    // Redrawn borders: the region handed over to must exist; the former one may have gone from the atlas.
    static const QRegularExpression musclePattern(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    QSet<QString> muscles;
    for (const AtlasRegion& region : std::as_const(atlas.m_regions))
        muscles.insert(region.muscle);
    for (const QJsonValue& item : root.value(QLatin1String("handed_over")).toArray()) {
        const QJsonArray pair = item.toArray();
        const QString former = pair.at(0).toString(), muscle = pair.at(1).toString();
        if (pair.size() != 2 || !musclePattern.match(former).hasMatch() || !muscles.contains(muscle) ||
            former == muscle)
            return fail(
                translateIn("BodyAtlas",
                            "the body atlas hands '%1' over to '%2': the second must be a muscle of the "
                            "atlas, the first another well-formed muscle name")
                    .arg(former, muscle));
        atlas.m_handedOver.insert({former, muscle});
    }

    for (const QJsonValue& item : root.value(QLatin1String("guides")).toArray()) {
        const QJsonObject object = item.toObject();
        const auto points = readPolygon(object.value(QLatin1String("points")), 2);
        if (!points)
            return fail(translateIn("BodyAtlas", "the body atlas has a malformed guide line"));
        atlas.m_guides.append({object.value(QLatin1String("kind")).toString(), *points,
                               object.value(QLatin1String("closed")).toBool()});
    }
    return atlas;
}

std::optional<BodyAtlas> BodyAtlas::loadStandard(QString* error)
{
    return loadView(QStringLiteral("back"), error);
}

std::optional<BodyAtlas> BodyAtlas::loadView(const QString& view, QString* error)
{
    if (view != QLatin1String("back") && view != QLatin1String("front")) {
        if (error)
            *error = translateIn("BodyAtlas",
                                 "there is no '%1' view of the body: the views are \"back\" and \"front\"")
                         .arg(view);
        return std::nullopt;
    }
    QFile file(QStringLiteral(":/knotmap/atlas/%1-view.json").arg(view));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = translateIn("BodyAtlas", "the body atlas is missing from the program's resources");
        return std::nullopt;
    }
    auto atlas = fromJson(file.readAll(), error);
    if (atlas && atlas->view() != view) {
        if (error)
            *error =
                translateIn("BodyAtlas", "the %1 view in the program's resources says it is another view")
                    .arg(view);
        return std::nullopt;
    }
    return atlas;
}

const AtlasRegion* BodyAtlas::area(const QString& id) const
{
    for (const AtlasRegion& area : m_areas) {
        if (area.id == id)
            return &area;
    }
    return nullptr;
}

const AtlasRegion* BodyAtlas::areaAt(QPointF point) const
{
    for (const AtlasRegion& area : m_areas) {
        if (area.bounds.contains(point) && area.polygon.containsPoint(point, Qt::OddEvenFill))
            return &area;
    }
    // A point on a seam between two areas (or a hair inside the outline) goes to the nearest area, measured
    // in true proportions; a point in a plain place stays plain.
    if (!contains(point))
        return nullptr;
    const AtlasRegion* nearest = nullptr;
    double best = kAreaSeamTolerance;
    const QPointF p(point.x() * m_aspect, point.y());
    for (const AtlasRegion& area : m_areas) {
        if (!area.bounds
                 .adjusted(-kAreaSeamTolerance / m_aspect, -kAreaSeamTolerance, kAreaSeamTolerance / m_aspect,
                           kAreaSeamTolerance)
                 .contains(point))
            continue;
        QPolygonF scaled;
        for (const QPointF& q : area.polygon)
            scaled.append(QPointF(q.x() * m_aspect, q.y()));
        const double distance = distanceToPolygon(p, scaled);
        if (distance <= best) {
            best = distance;
            nearest = &area;
        }
    }
    return nearest;
}

const AtlasRegion* BodyAtlas::region(const QString& id) const
{
    for (const AtlasRegion& region : m_regions) {
        if (region.id == id)
            return &region;
    }
    return nullptr;
}

QString BodyAtlas::regionName(const QString& id) const
{
    const AtlasRegion* r = region(id);
    return r ? r->name : id;
}

bool BodyAtlas::contains(QPointF point) const
{
    return m_silhouetteBounds.contains(point) && m_silhouette.containsPoint(point, Qt::OddEvenFill);
}

const AtlasRegion* BodyAtlas::hitTest(QPointF point) const
{
    if (!contains(point))
        return nullptr;
    for (auto it = m_regions.crbegin(); it != m_regions.crend(); ++it) {
        if (it->bounds.contains(point) && it->polygon.containsPoint(point, Qt::OddEvenFill))
            return &*it;
    }
    // Seams between regions: measure in true proportions, so scale x by the aspect ratio.
    const auto isotropic = [this](QPointF p) { return QPointF(p.x() * m_aspect, p.y()); };
    const AtlasRegion* nearest = nullptr;
    double best = std::numeric_limits<double>::max();
    for (const AtlasRegion& region : m_regions) {
        QPolygonF scaled;
        for (const QPointF& p : region.polygon)
            scaled.append(isotropic(p));
        const double distance = distanceToPolygon(isotropic(point), scaled);
        if (distance < best) {
            best = distance;
            nearest = &region;
        }
    }
    return nearest;
}

bool BodyAtlas::handedOver(const QString& formerId, const QString& regionId) const
{
    const AtlasRegion* now = region(regionId);
    if (!now)
        return false;
    // The former region may be gone from the atlas, so its muscle and side come from the id itself.
    const QString side = now->side == BodySide::Left ? QStringLiteral("-left") : QStringLiteral("-right");
    if (!formerId.endsWith(side))
        return false;
    return m_handedOver.contains({formerId.chopped(side.size()), now->muscle});
}

bool BodyAtlas::isNear(QPointF point, const QString& regionId, qreal tolerance) const
{
    // The point itself and eight around it: enough for a rounding error far smaller than any region.
    for (int dx = -1; dx <= 1; ++dx) {
        for (int dy = -1; dy <= 1; ++dy) {
            const AtlasRegion* hit = hitTest(point + QPointF(dx * tolerance, dy * tolerance));
            if (hit && hit->id == regionId)
                return true;
        }
    }
    return false;
}

} // namespace knotmap
