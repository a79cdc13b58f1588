// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Trends.h"

#include <QWidget>

class QComboBox;
class QTimer;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace knotmap {
class KnotStore;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

class BackgroundTask;
class PeriodPicker;
class RegionHeatMap;
class TrendChartWidget;

// The Trends view: is it getting better, and where? A period, a bucket size and a filter of regions
// and spots in; a verdict in words, a chart, a body heat map and the hotspots out.
class TrendsView : public QWidget
{
    Q_OBJECT

public:
    TrendsView(KnotStore& store, Settings& settings, QWidget* parent = nullptr);

    void setCustomRange(QDate from, QDate to);
    void setBucket(BucketSize size);
    void setFilter(const RatingFilter& filter); // checks the matching items in the list
    RatingFilter filter() const;
    const TrendResult& result() const { return m_result; }
    QString verdictText() const;
    TrendChartWidget* chart() const { return m_chart; }
    RegionHeatMap* heatMap() const { return m_heatMap; }
    QTreeWidget* filterTree() const { return m_filterTree; }

    // Recomputes from the store on a worker thread (ten years take most of a second); the view keeps showing
    // the last result until the new one arrives, and a newer request drops an older one.
    void refresh();
    bool busy() const; // a result is still being worked out

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilterTree();
    bool filterTreeIsStale() const; // spots were added or removed since it was built
    void markDirty();
    void toggleRegion(const QString& regionId);
    void showResult(const TrendQuery& query, const TrendResult& result,
                    const std::optional<QList<RatingPoint>>& dots);
    QString subject() const;

    KnotStore& m_store;
    Settings& m_settings;
    PeriodPicker* m_period;
    QComboBox* m_bucket;
    QLabel* m_verdict;
    QLabel* m_verdictDetail;
    QTreeWidget* m_filterTree;
    TrendChartWidget* m_chart;
    RegionHeatMap* m_heatMap;
    QTreeWidget* m_hotspots;
    TrendResult m_result;
    BackgroundTask* m_task;
    QTimer* m_workingNote; // "Working it out…" only when it takes long enough to notice
    bool m_dirty = true;
    bool m_updatingFilter = false;
};

} // namespace knotmap::ui
