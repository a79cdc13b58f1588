// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/BodyAtlas.h"
#include "painters/TrendChartPainter.h"

#include <QWidget>

namespace knotmap::ui {

// Shows a trend chart drawn by the core painter; hovering a bucket shows its numbers.
class TrendChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChartWidget(QWidget* parent = nullptr);

    void setData(const TrendChartData& data);
    const TrendChartData& data() const { return m_data; }
    std::optional<int> hoveredBucket() const { return m_hovered; }
    QString bucketSummary(int index) const; // what the tooltip says

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    TrendChartData m_data;
    std::optional<int> m_hovered;
};

// A small body map shaded by each region's mean for the period; a click picks a region.
class RegionHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit RegionHeatMap(const BodyAtlas& atlas, QWidget* parent = nullptr);
    void setRegionMeans(const QHash<QString, double>& means, const QStringList& selected);

    QSize sizeHint() const override { return {260, 380}; }

signals:
    void regionClicked(const QString& regionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF mapArea() const;
    const BodyAtlas& m_atlas;
    QHash<QString, double> m_means;
    QStringList m_selected;
    QString m_hovered;
};

} // namespace knotmap::ui
