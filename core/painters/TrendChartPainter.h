// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Trends.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QRectF>

#include <optional>

namespace knotmap {

// Everything a trend chart shows.
struct TrendChartData
{
    QDate from, to; // inclusive
    BucketSize bucket = BucketSize::Week;
    QList<BucketStats> series;
    QList<RollingPoint> rolling;
    std::optional<QList<RatingPoint>> ratings; // none when there are too many to draw one by one
    std::optional<Verdict> verdict;            // its windows are marked when the ratings span 4 weeks

    static TrendChartData fromResult(const TrendResult& result,
                                     std::optional<QList<RatingPoint>> ratings = std::nullopt);
};

// A dated mark under the chart's x axis.
struct ChartTick
{
    QDate day;
    QString label;
};

struct TrendChartStyle
{
    QColor background, text, mutedText, grid, mean, band, rolling, dots, window;
    static TrendChartStyle fromPalette(const QPalette& palette); // readable in light and dark themes
};

// Draws a dated trend chart: bucket means as a line with markers, the min–max range as a band, the 7-day
// rolling mean dashed, ratings as faint dots, and the verdict's baseline and recent windows shaded.
// Line styles and markers differ, so colour is never the only signal. Everything scales with the
// bounds, so it is crisp at any size and at print resolution.
class TrendChartPainter
{
public:
    explicit TrendChartPainter(TrendChartStyle style);

    void paint(QPainter& painter, const QRectF& bounds, const TrendChartData& data,
               std::optional<int> hoveredBucket = std::nullopt) const;

    // The bucket whose column holds a point, for hover.
    static std::optional<int> bucketAt(const QRectF& bounds, const TrendChartData& data, QPointF point);
    static QString bucketLabel(const BucketStats& bucket, BucketSize size);
    // The x-axis ticks for a period on a plot this wide: days, Mondays, months, quarters or years (1, 2, 5,
    // 10, … apart), the finest whose labels leave room. Their number is bounded by the width, never by the
    // span: steps that cannot fit are skipped before a single label is made.
    static QList<ChartTick> axisTicks(QDate from, QDate to, qreal plotWidth, const QFontMetricsF& metrics);

private:
    TrendChartStyle m_style;
};

} // namespace knotmap
