// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyMapPainter.h"

#include "IntensityScale.h"
#include "PaintUnit.h"

#include <QCoreApplication>
#include <QPainterPath>

namespace knotmap {

BodyMapStyle BodyMapStyle::fromPalette(const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    BodyMapStyle style;
    style.text = palette.color(QPalette::WindowText);
    style.accent = palette.color(QPalette::Highlight);
    if (dark) {
        style.skin = QColor(0x4a, 0x43, 0x40);
        style.skinOutline = QColor(0x8a, 0x7e, 0x78);
        style.muscle = QColor(0x5c, 0x4b, 0x48);
        style.seam = QColor(0x3a, 0x33, 0x31);
        style.guide = QColor(0xa8, 0x9c, 0x96);
    } else {
        style.skin = QColor(0xf3, 0xe7, 0xdf);
        style.skinOutline = QColor(0x9c, 0x85, 0x7a);
        style.muscle = QColor(0xea, 0xcf, 0xc6);
        style.seam = QColor(0xfb, 0xf5, 0xf1);
        style.guide = QColor(0xa0, 0x8a, 0x80);
    }
    return style;
}

BodyMapLayout::BodyMapLayout(const BodyAtlas& atlas, const QRectF& bounds, qreal unit) : m_unit(unit)
{
    const qreal aspect = atlas.aspect();
    qreal height = bounds.height();
    qreal width = height * aspect;
    if (width > bounds.width()) {
        width = bounds.width();
        height = width / aspect;
    }
    m_diagram = QRectF(bounds.center().x() - width / 2, bounds.center().y() - height / 2, width, height);
}

QPointF BodyMapLayout::toDevice(QPointF n) const
{
    return {m_diagram.left() + n.x() * m_diagram.width(), m_diagram.top() + n.y() * m_diagram.height()};
}

QPointF BodyMapLayout::toNormalised(QPointF d) const
{
    return {(d.x() - m_diagram.left()) / m_diagram.width(), (d.y() - m_diagram.top()) / m_diagram.height()};
}

qreal BodyMapLayout::spotRadius() const
{
    return std::clamp(m_diagram.height() * 0.017, 8 * m_unit, 40 * m_unit);
}

BodyMapPainter::BodyMapPainter(const BodyAtlas& atlas, BodyMapStyle style)
    : m_atlas(atlas), m_style(std::move(style))
{}

void BodyMapPainter::paint(QPainter& painter, const BodyMapLayout& layout, const QList<MapSpot>& spots,
                           const Options& options) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintBody(painter, layout, options);
    if (options.sideLabels)
        paintSideLabels(painter, layout);
    const qreal radius = layout.spotRadius();
    // Faded spots first, so today's ratings are never hidden under yesterday's.
    for (bool fadedPass : {true, false}) {
        for (const MapSpot& spot : spots) {
            if (spot.faded == fadedPass)
                paintSpot(painter, layout.toDevice(spot.position), radius, spot.intensity, spot.faded,
                          spot.felt, spot.id == options.selectedSpot);
        }
    }
    if (!options.spotCaptions.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(int(std::max(7 * referencePixel(painter), radius * 0.95)));
        painter.setFont(font);
        painter.setPen(m_style.text);
        for (const MapSpot& spot : spots) {
            const QString caption = options.spotCaptions.value(spot.id);
            if (caption.isEmpty())
                continue;
            const QPointF at = layout.toDevice(spot.position);
            // Beside the spot, on the side away from the spine, so captions do not pile up in the middle.
            const bool leftSide = spot.position.x() < 0.5;
            const QRectF box = leftSide
                                   ? QRectF(at.x() - radius * 8.6, at.y() - radius, radius * 7.2, radius * 2)
                                   : QRectF(at.x() + radius * 1.4, at.y() - radius, radius * 7.2, radius * 2);
            painter.drawText(box, (leftSide ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, caption);
        }
    }
    if (options.pendingSpot) {
        const std::optional<int> intensity =
            options.pendingIntensity >= 0 ? std::optional(options.pendingIntensity) : std::nullopt;
        paintSpot(painter, layout.toDevice(*options.pendingSpot), radius, intensity, false,
                  options.pendingFelt, true);
    }
    painter.restore();
}

void BodyMapPainter::paintBody(QPainter& painter, const BodyMapLayout& layout, const Options& options) const
{
    const QRectF diagram = layout.diagramRect();
    QTransform toDevice;
    toDevice.translate(diagram.left(), diagram.top());
    toDevice.scale(diagram.width(), diagram.height());
    const QPainterPath silhouette = toDevice.map(m_atlas.silhouettePath());
    const qreal unit = referencePixel(painter);
    const qreal line = std::max(unit, diagram.height() / 700.0);

    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.skin);
    painter.drawPath(silhouette);

    painter.save();
    painter.setClipPath(silhouette);
    for (const AtlasRegion& region : m_atlas.regions()) {
        QColor fill = options.regionFills.value(region.id, m_style.muscle);
        if (!options.regionFills.contains(region.id)) {
            // Neighbouring muscles differ a little in tone so the chart reads without labels.
            const int shade = int(qHash(region.muscle) % 7) - 3;
            fill = fill.lighter(100 + shade * 2);
        }
        if (region.id == options.hoveredRegion)
            fill = QColor::fromRgbF(fill.redF() * 0.55 + m_style.accent.redF() * 0.45,
                                    fill.greenF() * 0.55 + m_style.accent.greenF() * 0.45,
                                    fill.blueF() * 0.55 + m_style.accent.blueF() * 0.45);
        painter.setBrush(fill);
        painter.setPen(QPen(m_style.seam, line * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(toDevice.map(region.path));
    }
    paintAreas(painter, toDevice, line, options);
    for (const AtlasGuide& guide : m_atlas.guides()) {
        // The spine (back) and the midline (front) are dashed, so they never read as a seam; the front's
        // midline is only a hint, fainter than the spine's bony ridge.
        const bool spine = guide.kind == QLatin1String("spine");
        const bool midline = guide.kind == QLatin1String("midline");
        QColor colour = m_style.guide;
        if (midline)
            colour.setAlphaF(0.45);
        painter.setPen(QPen(colour, line * (spine ? 1.3 : 1.0),
                            spine || midline ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        const QPolygonF points = toDevice.map(guide.points);
        if (guide.closed)
            painter.drawPolygon(points);
        else
            painter.drawPolyline(points);
    }
    painter.restore();

    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_style.skinOutline, line * 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(silhouette);

    paintTexts(painter, toDevice, m_atlas.regions(), options.regionTexts, options.regionFills,
               m_style.muscle);
    paintTexts(painter, toDevice, m_atlas.areas(), options.areaTexts, options.areaFills,
               m_atlas.isFrontView() ? m_style.skin : m_style.muscle);
}

void BodyMapPainter::paintAreas(QPainter& painter, const QTransform& toDevice, qreal line,
                                const Options& options) const
{
    const bool front = m_atlas.isFrontView();
    // The front view's named places: a faint tint and a seam, so they can be seen and clicked, while the
    // places with no name stay plain skin.
    if (front) {
        const QColor tint = QColor::fromRgbF(m_style.skin.redF() * 0.55 + m_style.muscle.redF() * 0.45,
                                             m_style.skin.greenF() * 0.55 + m_style.muscle.greenF() * 0.45,
                                             m_style.skin.blueF() * 0.55 + m_style.muscle.blueF() * 0.45);
        painter.setBrush(tint);
        painter.setPen(QPen(m_style.seam, line * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const AtlasRegion& area : m_atlas.areas())
            painter.drawPath(toDevice.map(area.path));
    }
    for (const AtlasRegion& area : m_atlas.areas()) {
        const bool hovered = area.id == options.hoveredArea;
        if (!options.areaFills.contains(area.id) && !hovered)
            continue;
        QColor fill = options.areaFills.value(area.id, m_style.accent);
        // An overlay is soft: an opaque colour is laid on at 55 %, so the body shows through.
        if (fill.alpha() == 255)
            fill.setAlphaF(0.55);
        if (hovered) {
            QColor accent = m_style.accent;
            accent.setAlphaF(0.35);
            painter.setPen(Qt::NoPen);
            painter.setBrush(accent);
            painter.drawPath(toDevice.map(area.path));
        }
        if (options.areaFills.contains(area.id)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPath(toDevice.map(area.path));
        }
    }
    if (options.areaOutlines) {
        QColor pen = m_style.guide;
        pen.setAlphaF(0.8);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pen, line, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        for (const AtlasRegion& area : m_atlas.areas())
            painter.drawPath(toDevice.map(area.path));
    }
}

void BodyMapPainter::paintTexts(QPainter& painter, const QTransform& toDevice,
                                const QList<AtlasRegion>& shapes, const QHash<QString, QString>& texts,
                                const QHash<QString, QColor>& fills, QColor base) const
{
    if (texts.isEmpty())
        return;
    const qreal unit = referencePixel(painter);
    const qreal height = toDevice.map(QPointF(0, 1)).y() - toDevice.map(QPointF(0, 0)).y();
    QFont font = painter.font();
    font.setPixelSize(int(std::clamp(height / 42, 8 * unit, 28 * unit)));
    font.setBold(true);
    painter.setFont(font);
    for (const AtlasRegion& shape : shapes) {
        const auto text = texts.constFind(shape.id);
        if (text == texts.cend())
            continue;
        const QPointF at = toDevice.map(shape.labelPoint);
        QColor fill = fills.value(shape.id, base);
        if (fill.alpha() < 255) // a soft overlay: the text sits on the overlay over the body
            fill = QColor::fromRgbF(fill.redF() * fill.alphaF() + base.redF() * (1 - fill.alphaF()),
                                    fill.greenF() * fill.alphaF() + base.greenF() * (1 - fill.alphaF()),
                                    fill.blueF() * fill.alphaF() + base.blueF() * (1 - fill.alphaF()));
        painter.setPen(textColorOn(fill));
        painter.drawText(QRectF(at.x() - 40 * unit, at.y() - 20 * unit, 80 * unit, 40 * unit),
                         Qt::AlignCenter, *text);
    }
}

void BodyMapPainter::paintSideLabels(QPainter& painter, const BodyMapLayout& layout) const
{
    const QRectF diagram = layout.diagramRect();
    const qreal unit = referencePixel(painter);
    // Grows with the diagram, from 7 to 14 points, the diagram measured in reference pixels.
    const qreal points = std::clamp(diagram.height() / unit / 55.0, 7.0, 14.0);
    QFont font = fontInPoints(painter.font(), points, painter);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 110);
    painter.setFont(font);
    painter.setPen(m_style.text);
    const QRectF band(diagram.left(), diagram.top(), diagram.width(), diagram.height() * 0.06);
    // The person's own sides: on a back view their left is on the viewer's left, on a front view on the
    // viewer's right.
    const bool front = m_atlas.isFrontView();
    const QString left = QCoreApplication::translate("BodyMap", "LEFT");
    const QString right = QCoreApplication::translate("BodyMap", "RIGHT");
    painter.drawText(band, Qt::AlignLeft | Qt::AlignTop, front ? right : left);
    painter.drawText(band, Qt::AlignRight | Qt::AlignTop, front ? left : right);

    // "Back view" ("Front view") sits in the gap above the head, its letters ending a reference pixel above
    // the crown's outline, a little smaller if it must. Where the gap is too low for that (a small map), it
    // goes under "LEFT" instead: it never covers the head.
    const QString backView = front ? QCoreApplication::translate("BodyMap", "Front view")
                                   : QCoreApplication::translate("BodyMap", "Back view");
    const qreal labelHeight = QFontMetricsF(font, painter.device()).height();
    const qreal crown = layout.toDevice({0.5, m_atlas.silhouettePath().boundingRect().top()}).y();
    const qreal outline = std::max(unit, diagram.height() / 700.0) * 1.6 / 2; // as paintBody draws it
    const qreal baseline = crown - outline - unit;
    font = fontInPoints(painter.font(), points * 0.8, painter);
    font.setBold(false);
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    const qreal inkHeight = -QFontMetricsF(font, painter.device()).tightBoundingRect(backView).top();
    const qreal room = baseline - diagram.top();
    const bool aboveHead = room >= inkHeight * 0.85;
    if (aboveHead && inkHeight > room)
        font.setPixelSize(std::max(1, int(font.pixelSize() * room / inkHeight)));
    painter.setFont(font);
    QColor muted = m_style.text;
    muted.setAlphaF(0.65);
    painter.setPen(muted);
    const QFontMetricsF metrics(font, painter.device());
    if (aboveHead)
        painter.drawText(QPointF(diagram.center().x() - metrics.horizontalAdvance(backView) / 2, baseline),
                         backView);
    else
        painter.drawText(QPointF(diagram.left(), diagram.top() + labelHeight + metrics.ascent()), backView);
}

namespace {

// Felt pain's mark: a diamond a little taller than a knot's disc, so the two differ in shape, not only in
// colour.
void drawSpotShape(QPainter& painter, QPointF centre, qreal radius, bool felt)
{
    if (!felt) {
        painter.drawEllipse(centre, radius, radius);
        return;
    }
    QPainterPath path;
    const qreal r = radius * 1.22;
    path.moveTo(centre + QPointF(0, -r));
    path.lineTo(centre + QPointF(r, 0));
    path.lineTo(centre + QPointF(0, r));
    path.lineTo(centre + QPointF(-r, 0));
    path.closeSubpath();
    painter.drawPath(path);
}

} // namespace

void BodyMapPainter::paintSpot(QPainter& painter, QPointF centre, qreal radius, std::optional<int> intensity,
                               bool faded, bool felt, bool selected) const
{
    painter.save();
    if (faded)
        painter.setOpacity(0.45);
    if (selected) {
        QColor halo = m_style.accent;
        halo.setAlphaF(0.35);
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawEllipse(centre, radius * 1.55, radius * 1.55);
    }
    const QColor fill = intensity ? intensityColor(*intensity) : m_style.skin;
    painter.setBrush(fill);
    const qreal unit = referencePixel(painter);
    painter.setPen(QPen(Qt::white, std::max(1.5 * unit, radius * 0.14), Qt::SolidLine, Qt::SquareCap,
                        felt ? Qt::RoundJoin : Qt::BevelJoin));
    drawSpotShape(painter, centre, radius, felt);
    QPen outline(QColor(0x33, 0x2b, 0x28), std::max(unit, radius * 0.08));
    if (felt)
        outline.setJoinStyle(Qt::RoundJoin);
    if (faded)
        outline.setStyle(Qt::DashLine);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    drawSpotShape(painter, centre, radius * 1.08, felt);

    QFont font = painter.font();
    font.setPixelSize(int(std::max(8 * unit, radius * 1.05)));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(textColorOn(fill));
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    painter.drawText(box, Qt::AlignCenter, intensity ? QString::number(*intensity) : QStringLiteral("+"));
    painter.restore();
}

qint64 BodyMapPainter::spotAt(const BodyMapLayout& layout, const QList<MapSpot>& spots, QPointF device)
{
    const qreal reach = layout.spotRadius() * 1.2;
    // Unfaded spots are drawn on top, so they win.
    for (bool fadedPass : {false, true}) {
        for (auto it = spots.crbegin(); it != spots.crend(); ++it) {
            if (it->faded != fadedPass)
                continue;
            const QPointF d = layout.toDevice(it->position) - device;
            if (d.x() * d.x() + d.y() * d.y() <= reach * reach)
                return it->id;
        }
    }
    return 0;
}

} // namespace knotmap
