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

QColor textColorOn(const QColor& fill)
{
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.45 ? QColor(0x1d, 0x1d, 0x1f) : Qt::white;
}

void paintIntensityLegend(QPainter& painter, const QRectF& bounds, const QColor& textColor)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font());
    const qreal textHeight = metrics.height();
    const qreal barHeight = std::max<qreal>(8, bounds.height() - 2 * textHeight - 4);
    const QRectF bar(bounds.left(), bounds.top() + textHeight + 2, bounds.width(), barHeight);
    const qreal cell = bar.width() / 11.0;

    painter.setPen(textColor);
    painter.drawText(QRectF(bounds.left(), bounds.top(), bounds.width(), textHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("Legend", "Latest pain score"));
    for (int score = 0; score <= 10; ++score) {
        const QRectF box(bar.left() + score * cell, bar.top(), cell, bar.height());
        painter.fillRect(box.adjusted(0.5, 0, -0.5, 0), intensityColor(score));
        painter.setPen(textColorOn(intensityColor(score)));
        painter.drawText(box, Qt::AlignCenter, QString::number(score));
    }
    // Word bands under the bar: 0, 1–3, 4–6, 7–10.
    const struct
    {
        int from, to;
    } bands[] = {{0, 0}, {1, 3}, {4, 6}, {7, 10}};
    painter.setPen(textColor);
    for (const auto& band : bands) {
        const QRectF under(bar.left() + band.from * cell, bar.bottom() + 2, (band.to - band.from + 1) * cell,
                           textHeight);
        painter.drawText(under, Qt::AlignCenter,
                         band.from == 0 ? QCoreApplication::translate("Legend", "none")
                                        : intensityBand(band.from).toLower());
    }
    painter.restore();
}

} // namespace knotmap
