// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendChartPainter.h"

#include "i18n/DateText.h"

#include "i18n/TranslateIn.h"

#include "IntensityScale.h"
#include "PaintUnit.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace knotmap {

namespace {

// Where things go inside the bounds, shared by painting and hit-testing.
// More points than the device has pixel columns (ten years by day is 3,653 on a chart some 600 pixels wide)
// are merged column by column: `pick` chooses the y kept of those that share a column. Drawn the same at that
// resolution, and a thick or dashed line stroked through thousands of points held the window for 180 ms.
template <typename Pick> QPolygonF mergeColumns(const QPolygonF& points, qreal columnWidth, Pick pick)
{
    if (points.size() < 2)
        return points;
    QPolygonF merged;
    merged.reserve(points.size());
    qint64 column = qint64(std::floor(points.first().x() / columnWidth));
    QPointF kept = points.first();
    int count = 1;
    double sumX = kept.x();
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF& p = points[i];
        const qint64 c = qint64(std::floor(p.x() / columnWidth));
        if (c == column) {
            kept.setY(pick(kept.y(), p.y(), count));
            sumX += p.x();
            ++count;
            continue;
        }
        merged.append({sumX / count, kept.y()});
        column = c;
        kept = p;
        sumX = p.x();
        count = 1;
    }
    merged.append({sumX / count, kept.y()});
    return merged;
}

qreal runningMean(qreal mean, qreal next, int countSoFar)
{
    return mean + (next - mean) / (countSoFar + 1);
}

class ChartGeometry
{
public:
    ChartGeometry(const QRectF& bounds, const TrendChartData& data, qreal fontHeight)
        : m_from(data.from), m_days(std::max<qint64>(1, data.from.daysTo(data.to) + 1))
    {
        m_plot = bounds.adjusted(fontHeight * 3.4, fontHeight * 2.2, -fontHeight * 0.8, -fontHeight * 2.0);
    }
    QRectF plot() const { return m_plot; }
    // x of a moment given in days since `from` (fractions allowed).
    qreal x(qreal days) const { return m_plot.left() + days / m_days * m_plot.width(); }
    qreal xOfDay(QDate day, qreal fraction = 0) const { return x(m_from.daysTo(day) + fraction); }
    qreal y(qreal score) const { return m_plot.bottom() - score / 10.0 * m_plot.height(); }
    // A bucket's span, clipped to the range.
    std::pair<qreal, qreal> span(const BucketStats& bucket, BucketSize size, QDate to) const
    {
        QDate end = size == BucketSize::Day    ? bucket.start.addDays(1)
                    : size == BucketSize::Week ? bucket.start.addDays(7)
                                               : bucket.start.addMonths(1);
        const QDate first = std::max(bucket.start, m_from);
        end = std::min(end, to.addDays(1));
        return {xOfDay(first), xOfDay(end)};
    }
    qreal centre(const BucketStats& bucket, BucketSize size, QDate to) const
    {
        const auto [left, right] = span(bucket, size, to);
        return (left + right) / 2;
    }
    qint64 days() const { return m_days; }

private:
    QRectF m_plot;
    QDate m_from;
    qint64 m_days;
};

} // namespace

TrendChartData TrendChartData::fromResult(const TrendResult& result,
                                          std::optional<QList<RatingPoint>> ratings)
{
    return {result.query.from, result.query.to,    result.query.bucket, result.series,
            result.rolling,    std::move(ratings), result.verdict};
}

TrendChartStyle TrendChartStyle::fromPalette(const QPalette& palette)
{
    const bool dark = isDarkPalette(palette, QPalette::Base);
    TrendChartStyle style;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.mutedText = style.text;
    style.mutedText.setAlphaF(0.65);
    style.grid = style.text;
    style.grid.setAlphaF(dark ? 0.18 : 0.12);
    style.mean = dark ? QColor(0x7c, 0xc4, 0xff) : QColor(0x1f, 0x5f, 0xa8);
    style.band = style.mean;
    style.band.setAlphaF(dark ? 0.28 : 0.16);
    style.rolling = dark ? QColor(0xff, 0xb3, 0x5c) : QColor(0xb3, 0x54, 0x00);
    style.dots = style.text;
    style.dots.setAlphaF(0.22);
    style.window = style.text;
    style.window.setAlphaF(dark ? 0.08 : 0.05);
    return style;
}

TrendChartPainter::TrendChartPainter(TrendChartStyle style) : m_style(std::move(style)) {}

QString TrendChartPainter::bucketLabel(const BucketStats& bucket, BucketSize size)
{
    const QLocale locale;
    switch (size) {
    case BucketSize::Day:
        return weekdayDayText(bucket.start);
    case BucketSize::Week:
        return translateIn("TrendChart", "Week of %1").arg(dayText(bucket.start));
    case BucketSize::Month:
        return locale.toString(bucket.start, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

QList<ChartTick> TrendChartPainter::axisTicks(QDate from, QDate to, qreal plotWidth,
                                              const QFontMetricsF& metrics)
{
    const QLocale locale;
    struct Option
    {
        int stepDays;
        int stepMonths;
        QString format;
    };
    const QString year = QStringLiteral("yyyy");
    const QString dayMonth = dayMonthPattern();
    const QList<Option> options = {
        {1, 0, dayMonth},
        {7, 0, dayMonth},
        {14, 0, dayMonth},
        {0, 1, QStringLiteral("MMM yy")},
        {0, 3, QStringLiteral("MMM yy")},
        {0, 12, year},
        {0, 24, year},
        {0, 60, year},
        {0, 120, year},
        {0, 240, year},
        {0, 600, year},
        {0, 1200, year},
        {0, 2400, year},
        {0, 6000, year},
        {0, 12000, year},
        {0, 24000, year},
        {0, 60000, year},
    };
    const qint64 days = from.daysTo(to) + 1;
    for (const Option& option : options) {
        // How many ticks this step makes, and how many labels as wide as the first could fit. A step that
        // would make more than twice as many is never built: a 9,999-year period asked for by day would
        // otherwise format 3.6 million labels to find out they do not fit.
        const double stepDays = option.stepMonths ? option.stepMonths * 30.436875 : option.stepDays;
        const double estimate = double(days) / stepDays;
        const qreal sampleWidth =
            std::max<qreal>(1, metrics.horizontalAdvance(locale.toString(from, option.format)));
        const double fitting = plotWidth / (sampleWidth * 1.6);
        const double limit = 2 * fitting + 2;
        if (estimate > limit)
            continue;
        QList<ChartTick> ticks;
        QDate day = option.stepMonths ? QDate(from.year(), from.month(), 1) : from;
        if (option.stepMonths >= 12) { // whole years, on multiples of the step: 1990, 2000, 2010
            const int stepYears = option.stepMonths / 12;
            day = QDate(std::max(1, (from.year() + stepYears - 1) / stepYears * stepYears), 1, 1);
        }
        if (option.stepDays == 7 || option.stepDays == 14)
            day = from.addDays((Qt::Monday - from.dayOfWeek() + 7) % 7); // first Monday
        while (day.isValid() && day <= to && ticks.size() <= limit) {
            if (day >= from)
                ticks.append({day, locale.toString(day, option.format)});
            day = option.stepMonths ? day.addMonths(option.stepMonths) : day.addDays(option.stepDays);
        }
        if (ticks.size() > limit)
            continue;
        qreal widest = 0;
        for (const ChartTick& tick : ticks)
            widest = std::max(widest, metrics.horizontalAdvance(tick.label));
        if (ticks.size() <= 1 || plotWidth / ticks.size() > widest * 1.6)
            return ticks;
    }
    return {};
}

std::optional<int> TrendChartPainter::bucketAt(const QRectF& bounds, const TrendChartData& data,
                                               QPointF point)
{
    const ChartGeometry geometry(bounds, data, QFontMetricsF(QFont()).height());
    if (!geometry.plot().contains(point))
        return std::nullopt;
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const auto [left, right] = geometry.span(data.series[i], data.bucket, data.to);
        if (point.x() >= left && point.x() < right)
            return int(i);
    }
    return std::nullopt;
}

void TrendChartPainter::paint(QPainter& painter, const QRectF& bounds, const TrendChartData& data,
                              std::optional<int> hoveredBucket) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Margins follow the font actually used on this device: a report page, or a screen. Fixed sizes are in
    // reference pixels (PaintUnit.h), so the chart looks alike in a window, a preview and a PDF.
    const QFontMetricsF metrics(painter.font(), painter.device());
    const ChartGeometry g(bounds, data, metrics.height());
    const QRectF plot = g.plot();
    const qreal px = referencePixel(painter);
    const qreal unit = std::max(px, plot.height() / 260.0); // line widths grow with the chart

    // Verdict windows: shaded behind everything, named at the top.
    if (data.verdict && data.verdict->hasWindows()) { // the first and last two weeks of the ratings
        const Verdict& v = *data.verdict;
        for (const auto& [first, last, name] :
             {std::tuple{v.baselineFrom, v.baselineTo, translateIn("TrendChart", "Baseline")},
              std::tuple{v.recentFrom, v.recentTo, translateIn("TrendChart", "Recent")}}) {
            const QRectF shade(QPointF(g.xOfDay(first), plot.top()),
                               QPointF(g.xOfDay(last, 1), plot.bottom()));
            painter.fillRect(shade, m_style.window);
            painter.setPen(QPen(m_style.mutedText, unit, Qt::DashLine));
            painter.drawLine(QPointF(shade.left(), plot.top()), QPointF(shade.left(), plot.bottom()));
            painter.drawLine(QPointF(shade.right(), plot.top()), QPointF(shade.right(), plot.bottom()));
            painter.setPen(m_style.mutedText);
            painter.drawText(shade.adjusted(4 * px, 2 * px, -4 * px, 0), Qt::AlignTop | Qt::AlignHCenter,
                             name);
        }
    }

    // Axes: 0–10 with grid lines; dated ticks below.
    painter.setPen(QPen(m_style.grid, unit));
    for (int score = 0; score <= 10; score += 2) {
        painter.setPen(QPen(m_style.grid, unit));
        painter.drawLine(QPointF(plot.left(), g.y(score)), QPointF(plot.right(), g.y(score)));
        painter.setPen(m_style.mutedText);
        painter.drawText(QRectF(bounds.left(), g.y(score) - metrics.height() / 2,
                                plot.left() - bounds.left() - 6 * px, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(score));
    }
    painter.save();
    painter.setPen(m_style.mutedText);
    painter.translate(bounds.left() + metrics.ascent(), plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -metrics.ascent(), plot.height(), metrics.height()),
                     Qt::AlignCenter, translateIn("TrendChart", "Pain score (0–10)"));
    painter.restore();
    for (const ChartTick& tick : axisTicks(data.from, data.to, plot.width(), metrics)) {
        const qreal x = g.xOfDay(tick.day);
        painter.setPen(QPen(m_style.grid, unit));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4 * unit));
        painter.setPen(m_style.mutedText);
        painter.drawText(QRectF(x - 60 * px, plot.bottom() + 5 * unit, 120 * px, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, tick.label);
    }

    if (hoveredBucket && *hoveredBucket >= 0 && *hoveredBucket < data.series.size()) {
        const auto [left, right] = g.span(data.series[*hoveredBucket], data.bucket, data.to);
        QColor highlight = m_style.mean;
        highlight.setAlphaF(0.12);
        painter.fillRect(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())), highlight);
    }

    // Ratings as faint dots. A heavy 12 weeks holds some 20,000, mostly on top of each other, so dots that
    // would overlap (same score, within three quarters of a dot) are drawn once: n dots of opacity a look
    // like one of opacity 1 − (1 − a)^n. Bins of similar opacity go out in one batch.
    if (data.ratings) {
        const qint64 fromDay = QDate(1970, 1, 1).daysTo(data.from);
        const qreal diameter = std::max(3 * px, unit * 3.6);
        const qreal binWidth = diameter * 0.75;
        struct Bin
        {
            qreal xSum = 0;
            int count = 0;
        };
        QHash<qint64, Bin> bins;
        for (const RatingPoint& point : *data.ratings) {
            const qreal x = g.x(point.localSeconds / 86400.0 - fromDay);
            Bin& bin = bins[qint64(std::floor(x / binWidth)) * 16 + point.intensity];
            bin.xSum += x;
            ++bin.count;
        }
        constexpr int kLevels = 12;
        std::array<QPolygonF, kLevels> byLevel;
        const qreal alpha = m_style.dots.alphaF();
        for (auto it = bins.cbegin(); it != bins.cend(); ++it) {
            const qreal combined = 1.0 - std::pow(1.0 - alpha, it->count);
            const int level = std::clamp(int(std::lround(combined * (kLevels - 1))), 1, kLevels - 1);
            byLevel[level].append({it->xSum / it->count, g.y(qreal(it.key() & 15))});
        }
        QColor dot = m_style.dots;
        for (int level = 1; level < kLevels; ++level) {
            if (byLevel[level].isEmpty())
                continue;
            dot.setAlphaF(qreal(level) / (kLevels - 1));
            painter.setPen(QPen(dot, diameter, Qt::SolidLine, Qt::RoundCap));
            painter.drawPoints(byLevel[level]);
        }
    }

    // The range band, then the bucket means, then the rolling mean on top; lines through one point a device
    // pixel column (here in the painter's own units).
    const qreal column = 1.0 / std::max(1e-6, painter.deviceTransform().m11());
    if (!data.series.isEmpty()) {
        QPolygonF top, bottom;
        for (const BucketStats& b : data.series) {
            top.append({g.centre(b, data.bucket, data.to), g.y(b.max)});
            bottom.append({g.centre(b, data.bucket, data.to), g.y(b.min)});
        }
        const auto higher = [](qreal a, qreal b, int) { return std::min(a, b); }; // y grows downwards
        const auto lower = [](qreal a, qreal b, int) { return std::max(a, b); };
        QPolygonF band = mergeColumns(top, column, higher);
        const QPolygonF under = mergeColumns(bottom, column, lower);
        for (auto it = under.crbegin(); it != under.crend(); ++it)
            band.append(*it);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.band);
        if (data.series.size() > 1) {
            painter.drawPolygon(band);
        } else {
            const qreal x = band[0].x();
            painter.drawRect(QRectF(QPointF(x - 3 * unit, band[0].y()), QPointF(x + 3 * unit, band[1].y())));
        }

        QPolygonF line;
        for (const BucketStats& b : data.series)
            line.append({g.centre(b, data.bucket, data.to), g.y(b.mean)});
        painter.setPen(QPen(m_style.mean, 2.2 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(mergeColumns(line, column, runningMean));
        painter.setBrush(m_style.background);
        const qreal marker = data.series.size() > 60 ? 1.6 * unit : 3.2 * unit;
        // A marker a bucket while they stand apart; packed tighter they would only thicken the line.
        const qreal spacing = plot.width() / qreal(data.series.size());
        if (spacing >= 3 * marker) {
            for (const QPointF& p : line)
                painter.drawEllipse(p, marker, marker);
        }
    }
    if (data.rolling.size() > 1) {
        QPolygonF rolling;
        for (const RollingPoint& p : data.rolling)
            rolling.append({g.xOfDay(p.day, 0.5), g.y(p.mean)});
        painter.setPen(QPen(m_style.rolling, 1.6 * unit, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(mergeColumns(rolling, column, runningMean));
    }

    // Frame, legend, and a word when there is nothing to show.
    painter.setPen(QPen(m_style.grid, unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (data.series.isEmpty()) {
        painter.setPen(m_style.mutedText);
        painter.drawText(plot, Qt::AlignCenter, translateIn("TrendChart", "No ratings in this period"));
    }

    const QString meanName = data.bucket == BucketSize::Day    ? translateIn("TrendChart", "Daily mean")
                             : data.bucket == BucketSize::Week ? translateIn("TrendChart", "Weekly mean")
                                                               : translateIn("TrendChart", "Monthly mean");
    // The legend: each sample 22 reference pixels long, then its name.
    const qreal sample = 22 * px;
    qreal x = plot.left();
    const qreal y = bounds.top() + metrics.height() * 0.7;
    const auto legendText = [&](const QString& text) {
        painter.setPen(m_style.text);
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - px), text);
        x += metrics.horizontalAdvance(text) + metrics.height() * 1.2;
    };
    painter.setPen(QPen(m_style.mean, 2.2 * unit));
    painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
    painter.setBrush(m_style.background);
    painter.drawEllipse(QPointF(x + sample / 2, y), 3.2 * unit, 3.2 * unit);
    x += sample + 6 * px;
    legendText(meanName);
    painter.fillRect(QRectF(x, y - 5 * px, sample, 10 * px), m_style.band);
    x += sample + 6 * px;
    legendText(translateIn("TrendChart", "Lowest to highest"));
    painter.setPen(QPen(m_style.rolling, 1.6 * unit, Qt::DashLine));
    painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
    x += sample + 6 * px;
    legendText(translateIn("TrendChart", "7-day average"));
    if (data.ratings) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.dots);
        painter.drawEllipse(QPointF(x + 6 * px, y), 2.5 * px, 2.5 * px);
        x += 14 * px;
        legendText(translateIn("TrendChart", "Each rating"));
    }
    painter.restore();
}

} // namespace knotmap
