// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntensityScale.h"

#include "domain/Rating.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <array>

namespace knotmap {

namespace {
struct Stop
{
    qreal at;
    QRgb rgb;
};
// Sequential and readable for common colour-vision deficiencies (lightness falls as pain rises).
constexpr std::array<Stop, 5> kStops{{
    {0, 0x8cc084},
    {3, 0xf2d16b},
    {5, 0xf2a541},
    {7, 0xe0562c},
    {10, 0x9e1b1b},
}};
} // namespace

QColor intensityColor(qreal intensity)
{
    const qreal v = std::clamp(intensity, 0.0, 10.0);
    for (size_t i = 1; i < kStops.size(); ++i) {
        if (v <= kStops[i].at) {
            const qreal t = (v - kStops[i - 1].at) / (kStops[i].at - kStops[i - 1].at);
            const QColor a(kStops[i - 1].rgb), b(kStops[i].rgb);
            return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                                    a.greenF() + (b.greenF() - a.greenF()) * t,
                                    a.blueF() + (b.blueF() - a.blueF()) * t);
        }
    }
    return QColor(kStops.back().rgb);
}

bool isDarkPalette(const QPalette& palette, QPalette::ColorRole role)
{
    return palette.color(role).lightness() < 128;
}

QColor textColorOn(const QColor& fill)
{
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.45 ? QColor(0x1d, 0x1d, 0x1f) : Qt::white;
}

namespace {
struct Band
{
    int from, to;
};
constexpr Band kBands[] = {{0, 0}, {1, 3}, {4, 6}, {7, 10}};

QString bandLabel(const Band& band)
{
    return band.from == 0 ? QCoreApplication::translate("Legend", "none")
                          : intensityBand(band.from).toLower();
}

QString legendTitle()
{
    return QCoreApplication::translate("Legend", "Latest pain score");
}

void paintCell(QPainter& painter, const QRectF& box, int score)
{
    painter.fillRect(box, intensityColor(score));
    painter.setPen(textColorOn(intensityColor(score)));
    painter.drawText(box, Qt::AlignCenter, QString::number(score));
}
} // namespace

QSizeF verticalLegendSize(const QFont& font)
{
    const QFontMetricsF metrics(font);
    qreal widest = metrics.horizontalAdvance(legendTitle());
    for (const Band& band : kBands)
        widest = std::max(widest, metrics.horizontalAdvance(bandLabel(band)) + 34);
    return {widest + 2, metrics.height() * 1.4 * 11 + metrics.height() + 6};
}

void paintIntensityLegend(QPainter& painter, const QRectF& bounds, const QColor& textColor,
                          Qt::Orientation orientation, const QString& title)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal textHeight = metrics.height();
    painter.setPen(textColor);
    painter.drawText(QRectF(bounds.left(), bounds.top(), bounds.width(), textHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, title.isEmpty() ? legendTitle() : title);

    if (orientation == Qt::Vertical) {
        const qreal cellHeight = (bounds.height() - textHeight - 6) / 11.0;
        const qreal cellWidth = 26;
        const qreal top = bounds.top() + textHeight + 6;
        for (int score = 10; score >= 0; --score)
            paintCell(painter,
                      QRectF(bounds.left(), top + (10 - score) * cellHeight, cellWidth, cellHeight - 1),
                      score);
        // Word bands beside the column, each against its span, with a bracket line.
        for (const Band& band : kBands) {
            const QRectF span(bounds.left() + cellWidth + 4, top + (10 - band.to) * cellHeight,
                              bounds.width(), (band.to - band.from + 1) * cellHeight - 1);
            painter.setPen(QPen(textColor, 1));
            painter.drawLine(QPointF(span.left(), span.top() + 2), QPointF(span.left(), span.bottom() - 2));
            painter.drawText(span.adjusted(5, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, bandLabel(band));
        }
        painter.restore();
        return;
    }

    const qreal barHeight = std::max<qreal>(8, bounds.height() - 2 * textHeight - 4);
    const QRectF bar(bounds.left(), bounds.top() + textHeight + 2, bounds.width(), barHeight);
    const qreal cell = bar.width() / 11.0;
    for (int score = 0; score <= 10; ++score)
        paintCell(painter,
                  QRectF(bar.left() + score * cell, bar.top(), cell, bar.height()).adjusted(0.5, 0, -0.5, 0),
                  score);
    painter.setPen(textColor);
    for (const Band& band : kBands) {
        const QRectF under(bar.left() + band.from * cell, bar.bottom() + 2, (band.to - band.from + 1) * cell,
                           textHeight);
        painter.drawText(under, Qt::AlignCenter, bandLabel(band));
    }
    painter.restore();
}

} // namespace knotmap
