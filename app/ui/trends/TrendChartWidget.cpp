// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendChartWidget.h"

#include "painters/BodyMapPainter.h"
#include "painters/IntensityScale.h"

#include <QAccessible>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace knotmap::ui {

TrendChartWidget::TrendChartWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Trend chart"));
}

void TrendChartWidget::setData(const TrendChartData& data)
{
    m_data = data;
    m_hovered.reset();
    update();
    QAccessibleTableModelChangeEvent changed(this, QAccessibleTableModelChangeEvent::ModelReset);
    QAccessible::updateAccessibility(&changed);
}

QString TrendChartWidget::bucketSummary(int index) const
{
    const BucketStats& b = m_data.series.at(index);
    const QString ratings = tr("%n rating(s)", "", b.count);
    const QString days = tr("%n day(s)", "", b.days);
    return tr("%1\nMean %2 · highest %3 · lowest %4\n%5 on %6")
        .arg(TrendChartPainter::bucketLabel(b, m_data.bucket), QLocale().toString(b.mean, 'f', 1))
        .arg(b.max)
        .arg(b.min)
        .arg(ratings, days);
}

void TrendChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    TrendChartPainter(TrendChartStyle::fromPalette(palette()))
        .paint(painter, QRectF(rect()).adjusted(8, 8, -8, -8), m_data, m_hovered);
}

void TrendChartWidget::mouseMoveEvent(QMouseEvent* event)
{
    const auto bucket =
        TrendChartPainter::bucketAt(QRectF(rect()).adjusted(8, 8, -8, -8), m_data, event->position());
    if (bucket != m_hovered) {
        m_hovered = bucket;
        update();
    }
    if (bucket)
        QToolTip::showText(event->globalPosition().toPoint(), bucketSummary(*bucket), this);
    else
        QToolTip::hideText();
}

void TrendChartWidget::leaveEvent(QEvent* event)
{
    m_hovered.reset();
    update();
    QWidget::leaveEvent(event);
}

RegionHeatMap::RegionHeatMap(const BodyAtlas& atlas, QWidget* parent) : QWidget(parent), m_atlas(atlas)
{
    setMouseTracking(true);
    setAccessibleName(tr("Body heat map of the period"));
    setToolTip(tr("Each region shaded by its mean score for the period. Click a region to follow it alone."));
}

void RegionHeatMap::setRegionMeans(const QHash<QString, double>& means, const QStringList& selected)
{
    m_means = means;
    m_selected = selected;
    update();
}

QRectF RegionHeatMap::mapArea() const
{
    return QRectF(rect()).adjusted(6, 6, -6, -6);
}

void RegionHeatMap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    BodyMapPainter::Options options;
    options.sideLabels = true;
    options.hoveredRegion = m_hovered;
    for (auto it = m_means.cbegin(); it != m_means.cend(); ++it) {
        options.regionFills.insert(it.key(), intensityColor(it.value()));
        options.regionTexts.insert(it.key(), QLocale().toString(it.value(), 'f', 1));
    }
    BodyMapPainter(m_atlas, BodyMapStyle::fromPalette(palette()))
        .paint(painter, BodyMapLayout(m_atlas, mapArea()), {}, options);
    // Regions being followed get an outline, so the selection does not rely on colour.
    const BodyMapLayout layout(m_atlas, mapArea());
    QTransform toDevice;
    toDevice.translate(layout.diagramRect().left(), layout.diagramRect().top());
    toDevice.scale(layout.diagramRect().width(), layout.diagramRect().height());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
    painter.setBrush(Qt::NoBrush);
    for (const QString& id : m_selected) {
        if (const AtlasRegion* region = m_atlas.region(id))
            painter.drawPath(toDevice.map(region->path));
    }
}

void RegionHeatMap::mouseMoveEvent(QMouseEvent* event)
{
    const AtlasRegion* region =
        m_atlas.hitTest(BodyMapLayout(m_atlas, mapArea()).toNormalised(event->position()));
    const QString id = region ? region->id : QString();
    if (id != m_hovered) {
        m_hovered = id;
        update();
    }
    if (region) {
        const QString mean = m_means.contains(id)
                                 ? tr("mean %1").arg(QLocale().toString(m_means.value(id), 'f', 1))
                                 : tr("no ratings");
        QToolTip::showText(event->globalPosition().toPoint(), tr("%1 — %2").arg(region->name, mean), this);
    }
}

void RegionHeatMap::mouseReleaseEvent(QMouseEvent* event)
{
    const AtlasRegion* region =
        m_atlas.hitTest(BodyMapLayout(m_atlas, mapArea()).toNormalised(event->position()));
    if (region && event->button() == Qt::LeftButton)
        emit regionClicked(region->id);
}

} // namespace knotmap::ui
