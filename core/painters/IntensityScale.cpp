// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntensityScale.h"

#include "PaintUnit.h"
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

// The vertical legend's column and the gaps beside it, in reference pixels (PaintUnit.h).
constexpr qreal kCellWidth = 26;
constexpr qreal kBracketGap = 4;
constexpr qreal kLabelGap = 5;
constexpr qreal kTitleGap = 6;

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

QSizeF verticalLegendSize(const QFont& font, qreal unit)
{
    const QFontMetricsF metrics(font);
    qreal widest = metrics.horizontalAdvance(legendTitle());
    for (const Band& band : kBands)
        widest = std::max(widest, metrics.horizontalAdvance(bandLabel(band)) +
                                      (kCellWidth + kBracketGap + kLabelGap) * unit);
    return {widest + 2 * unit, metrics.height() * 1.4 * 11 + metrics.height() + kTitleGap * unit};
}

void paintIntensityLegend(QPainter& painter, const QRectF& bounds, const QColor& textColor,
                          Qt::Orientation orientation, const QString& title)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = referencePixel(painter); // every fixed size below is in reference pixels
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal textHeight = metrics.height();
    painter.setPen(textColor);
    painter.drawText(QRectF(bounds.left(), bounds.top(), bounds.width(), textHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, title.isEmpty() ? legendTitle() : title);

    if (orientation == Qt::Vertical) {
        const qreal cellHeight = (bounds.height() - textHeight - kTitleGap * unit) / 11.0;
        const qreal cellWidth = kCellWidth * unit;
        const qreal top = bounds.top() + textHeight + kTitleGap * unit;
        for (int score = 10; score >= 0; --score)
            paintCell(painter,
                      QRectF(bounds.left(), top + (10 - score) * cellHeight, cellWidth, cellHeight - unit),
                      score);
        // Word bands beside the column, each against its span, with a bracket line.
        for (const Band& band : kBands) {
            const QRectF span(bounds.left() + cellWidth + kBracketGap * unit,
                              top + (10 - band.to) * cellHeight, bounds.width(),
                              (band.to - band.from + 1) * cellHeight - unit);
            painter.setPen(QPen(textColor, unit));
            painter.drawLine(QPointF(span.left(), span.top() + 2 * unit),
                             QPointF(span.left(), span.bottom() - 2 * unit));
            painter.drawText(span.adjusted(kLabelGap * unit, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             bandLabel(band));
        }
        painter.restore();
        return;
    }

    const qreal barHeight = std::max<qreal>(8 * unit, bounds.height() - 2 * textHeight - 4 * unit);
    const QRectF bar(bounds.left(), bounds.top() + textHeight + 2 * unit, bounds.width(), barHeight);
    const qreal cell = bar.width() / 11.0;
    for (int score = 0; score <= 10; ++score)
        paintCell(painter,
                  QRectF(bar.left() + score * cell, bar.top(), cell, bar.height())
                      .adjusted(0.5 * unit, 0, -0.5 * unit, 0),
                  score);
    painter.setPen(textColor);
    for (const Band& band : kBands) {
        const QRectF under(bar.left() + band.from * cell, bar.bottom() + 2 * unit,
                           (band.to - band.from + 1) * cell, textHeight);
        // A word wider than its band (German "keiner" under the 0) starts at the band, not before the bar.
        const bool wider = painter.fontMetrics().horizontalAdvance(bandLabel(band)) > under.width();
        painter.drawText(under,
                         (wider ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter) | Qt::TextDontClip,
                         bandLabel(band));
    }
    painter.restore();
}

} // namespace knotmap
