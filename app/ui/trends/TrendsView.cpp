// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendsView.h"

#include "TrendChartWidget.h"
#include "painters/IntensityScale.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"
#include "ui/BackgroundTask.h"
#include "ui/PeriodPicker.h"
#include "ui/WholeText.h"

#include <QAccessible>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {
enum Role { RegionRole = Qt::UserRole + 1, SpotRole };
constexpr int kMaxDots = 20000; // beyond this a chart shows the band, not every rating
// A spot as a person knows it: their label, felt pain by its place, a knot as "Knot n" under its place;
// never the key, which is for scripts.
QString shortName(const KnotStore& store, const Spot& spot)
{
    if (!spot.label.isEmpty())
        return spot.label;
    if (spot.kind == SpotKind::Felt)
        return store.placeName(spot.region);
    return QCoreApplication::translate("knotmap::ui::TrendsView", "Knot %1").arg(spotNumber(spot));
}
QString fullName(const KnotStore& store, const Spot& spot)
{
    const QString name = shortName(store, spot);
    const QString place = store.placeName(spot.region);
    return name == place ? name : QStringLiteral("%1 · %2").arg(place, name);
}
} // namespace

TrendsView::TrendsView(KnotStore& store, Settings& settings, QWidget* parent)
    : QWidget(parent), m_store(store), m_settings(settings)
{
    m_period = new PeriodPicker(store, Qt::Horizontal, this);
    m_bucket = new QComboBox(this);
    m_bucket->addItem(tr("Day"), int(BucketSize::Day));
    m_bucket->addItem(tr("Week"), int(BucketSize::Week));
    m_bucket->addItem(tr("Month"), int(BucketSize::Month));
    m_bucket->setCurrentIndex(1);
    auto* clear = new QPushButton(tr("Show All Regions"), this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Period:"), this));
    controls->addWidget(m_period);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Group by:"), this));
    controls->addWidget(m_bucket);
    controls->addStretch(1);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.35);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdictDetail = new QLabel(this);
    m_verdictDetail->setForegroundRole(QPalette::PlaceholderText);
    m_verdictDetail->setWordWrap(true);

    m_filterTree = new QTreeWidget(this);
    m_filterTree->setAccessibleName(tr("Regions and knots to chart"));
    m_filterTree->setHeaderLabel(tr("Follow"));
    m_filterTree->setToolTip(tr("Tick regions or spots to follow them alone; none ticked shows everything"));
    m_chart = new TrendChartWidget(this);
    m_heatMap = new RegionHeatMap(store.atlas(), this);
    m_hotspots = new QTreeWidget(this);
    m_hotspots->setAccessibleName(tr("Hotspots: regions ranked by how often and how badly they hurt"));
    m_hotspots->setHeaderLabels({tr("Hotspot"), tr("Mean"), tr("Worst"), tr("Ratings")});
    m_hotspots->setRootIsDecorated(false);
    m_hotspots->setToolTip(tr("Regions ranked by how often and how badly they hurt in the period"));
    sizeColumnsToContents(m_hotspots);
    sizeColumnsToContents(m_filterTree);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heatMap, 3);
    rightLayout->addWidget(m_hotspots, 2);
    // "Show All Regions" undoes a choice in the list above it, so it lives there (and the row of period
    // controls stays narrow enough for a small window, in German too).
    auto* filters = new QWidget(this);
    auto* filtersLayout = new QVBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    filtersLayout->addWidget(m_filterTree, 1);
    filtersLayout->addWidget(clear);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(filters);
    splitter->addWidget(m_chart);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 620, 380});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_verdict);
    layout->addWidget(m_verdictDetail);
    layout->addWidget(splitter, 1);

    m_task = new BackgroundTask(store, this);
    m_workingNote = new QTimer(this);
    m_workingNote->setSingleShot(true);
    m_workingNote->setInterval(150);
    connect(m_workingNote, &QTimer::timeout, this,
            [this] { m_verdictDetail->setText(tr("Working it out for the period chosen…")); });

    connect(m_period, &PeriodPicker::changed, this, [this] {
        if (!m_updatingFilter)
            refresh();
    });
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(m_filterTree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updatingFilter)
            refresh();
    });
    connect(m_heatMap, &RegionHeatMap::regionClicked, this, &TrendsView::toggleRegion);
    connect(&m_store, &KnotStore::spotAdded, this, &TrendsView::markDirty);
    connect(&m_store, &KnotStore::spotRemoved, this, &TrendsView::markDirty);
    connect(&m_store, &KnotStore::spotChanged, this, &TrendsView::markDirty);
    connect(&m_store, &KnotStore::ratingsChanged, this, &TrendsView::markDirty);
    connect(&m_store, &KnotStore::dataImported, this, [this] { m_period->reapply(); });
    connect(&m_store, &KnotStore::dataImported, this, &TrendsView::markDirty);
    connect(&m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::WeekStartsOnSunday)
            markDirty();
    });
    // Worked out when first shown: at start-up the window opens on the Mark tab, and a worker here would
    // only compete with it for the machine.
    m_dirty = true;
}

void TrendsView::setCustomRange(QDate from, QDate to)
{
    m_period->setCustomRange(from, to);
}

void TrendsView::setBucket(BucketSize size)
{
    m_bucket->setCurrentIndex(m_bucket->findData(int(size)));
}

void TrendsView::markDirty()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void TrendsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

bool TrendsView::filterTreeIsStale() const
{
    qsizetype listed = 0;
    for (int i = 0; i < m_filterTree->topLevelItemCount(); ++i)
        listed += m_filterTree->topLevelItem(i)->childCount();
    return listed == 0 || listed != m_store.spots(true).size();
}

void TrendsView::buildFilterTree()
{
    const RatingFilter checked = filter();
    m_updatingFilter = true;
    m_filterTree->clear();
    QHash<QString, QTreeWidgetItem*> regionItems;
    for (const Spot& spot : m_store.spots(true)) {
        QTreeWidgetItem* regionItem = regionItems.value(spot.region);
        if (!regionItem) {
            regionItem = new QTreeWidgetItem(m_filterTree, {m_store.placeName(spot.region)});
            regionItem->setData(0, RegionRole, spot.region);
            regionItem->setFlags(regionItem->flags() | Qt::ItemIsUserCheckable);
            regionItem->setCheckState(0, checked.regions.contains(spot.region) ? Qt::Checked : Qt::Unchecked);
            regionItems.insert(spot.region, regionItem);
        }
        // Under its region a knot is simply "Knot n" (or the person's label); its key is for scripts only.
        auto* spotItem = new QTreeWidgetItem(regionItem, {shortName(m_store, spot)});
        spotItem->setToolTip(0, fullName(m_store, spot));
        spotItem->setData(0, SpotRole, spot.key);
        spotItem->setFlags(spotItem->flags() | Qt::ItemIsUserCheckable);
        spotItem->setCheckState(0, checked.spotKeys.contains(spot.key) ? Qt::Checked : Qt::Unchecked);
    }
    m_filterTree->sortItems(0, Qt::AscendingOrder);
    m_filterTree->expandAll();
    addFullTextTips(m_filterTree);
    m_updatingFilter = false;
}

RatingFilter TrendsView::filter() const
{
    RatingFilter result;
    for (int i = 0; i < m_filterTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* region = m_filterTree->topLevelItem(i);
        if (region->checkState(0) == Qt::Checked)
            result.regions.append(region->data(0, RegionRole).toString());
        for (int j = 0; j < region->childCount(); ++j) {
            if (region->child(j)->checkState(0) == Qt::Checked)
                result.spotKeys.append(region->child(j)->data(0, SpotRole).toString());
        }
    }
    return result;
}

void TrendsView::setFilter(const RatingFilter& wanted)
{
    m_updatingFilter = true;
    for (int i = 0; i < m_filterTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* region = m_filterTree->topLevelItem(i);
        region->setCheckState(
            0, wanted.regions.contains(region->data(0, RegionRole).toString()) ? Qt::Checked : Qt::Unchecked);
        for (int j = 0; j < region->childCount(); ++j) {
            QTreeWidgetItem* spot = region->child(j);
            spot->setCheckState(0, wanted.spotKeys.contains(spot->data(0, SpotRole).toString())
                                       ? Qt::Checked
                                       : Qt::Unchecked);
        }
    }
    m_updatingFilter = false;
    refresh();
}

void TrendsView::toggleRegion(const QString& regionId)
{
    RatingFilter current = filter();
    if (current.regions.contains(regionId))
        current.regions.removeAll(regionId);
    else
        current.regions.append(regionId);
    setFilter(current);
}

QString TrendsView::subject() const
{
    const RatingFilter f = filter();
    if (f.isEmpty())
        return tr("All regions");
    if (f.regions.size() == 1 && f.spotKeys.isEmpty()) {
        return m_store.placeName(f.regions.constFirst());
    }
    if (f.spotKeys.size() == 1 && f.regions.isEmpty())
        if (const std::optional<Spot> spot = m_store.spotByKey(f.spotKeys.constFirst()))
            return fullName(m_store, *spot);
    return tr("%n chosen regions and spots", nullptr, int(f.regions.size() + f.spotKeys.size()));
}

QString TrendsView::verdictText() const
{
    return m_verdict->text();
}

void TrendsView::refresh()
{
    m_dirty = false;
    if (filterTreeIsStale())
        buildFilterTree();

    TrendQuery query;
    query.from = m_period->from();
    query.to = m_period->to();
    query.bucket = BucketSize(m_bucket->currentData().toInt());
    query.weekStart = m_settings.value(SettingKey::WeekStartsOnSunday).toBool() ? Qt::Sunday : Qt::Monday;
    query.filter = filter();
    m_workingNote->start();
    m_task->start<std::pair<TrendResult, std::optional<QList<RatingPoint>>>>(
        [query](KnotStore& reader,
                const WorkerContext&) -> Result<std::pair<TrendResult, std::optional<QList<RatingPoint>>>> {
            return std::pair{computeTrends(reader, query),
                             reader.ratingPoints(query.filter, query.from, query.to, kMaxDots)};
        },
        [this, query](const Result<std::pair<TrendResult, std::optional<QList<RatingPoint>>>>& computed) {
            m_workingNote->stop();
            if (!computed) {
                m_verdict->setText(tr("The trends could not be read: %1").arg(computed.error()));
                m_verdictDetail->clear();
                return;
            }
            showResult(query, computed->first, computed->second);
        });
}

bool TrendsView::busy() const
{
    return m_task->busy();
}

void TrendsView::showResult(const TrendQuery& query, const TrendResult& result,
                            const std::optional<QList<RatingPoint>>& dots)
{
    m_result = result;
    m_chart->setData(TrendChartData::fromResult(m_result, dots));

    const Verdict& v = m_result.verdict;
    const QString arrow = v.label == VerdictLabel::Improved        ? QStringLiteral("▼ ")
                          : v.label == VerdictLabel::Worse         ? QStringLiteral("▲ ")
                          : v.label == VerdictLabel::NoClearChange ? QStringLiteral("● ")
                                                                   : QString();
    const QString sentence = verdictSentence(subject(), v);
    m_verdict->setText(arrow + sentence);
    // The verdict's words, without the arrow, are what a screen reader says when they change.
    m_verdict->setAccessibleName(sentence);
    QAccessibleEvent said(m_verdict, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&said);
    // Colour agrees with the arrow and the words; it is never the only signal.
    QPalette verdictPalette = palette();
    const bool dark = isDarkPalette(palette());
    if (v.label == VerdictLabel::Improved)
        verdictPalette.setColor(QPalette::WindowText,
                                dark ? QColor(0x8f, 0xd6, 0x8a) : QColor(0x2e, 0x7d, 0x32));
    else if (v.label == VerdictLabel::Worse)
        verdictPalette.setColor(QPalette::WindowText,
                                dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    m_verdict->setPalette(verdictPalette);
    m_verdictDetail->setText(verdictMethod(v));

    QHash<QString, double> means;
    m_hotspots->clear();
    for (const RegionStats& region : m_result.regions) {
        means.insert(region.region, region.mean);
        new QTreeWidgetItem(m_hotspots,
                            {m_store.placeName(region.region), QLocale().toString(region.mean, 'f', 1),
                             QString::number(region.max), QString::number(region.count)});
    }
    addFullTextTips(m_hotspots);
    m_heatMap->setRegionMeans(means, query.filter.regions);
}

} // namespace knotmap::ui
