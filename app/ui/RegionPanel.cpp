// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionPanel.h"

#include "i18n/TranslateIn.h"

#include "painters/IntensityScale.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {

enum Role { RegionRole = Qt::UserRole + 1, SpotRole };

QString areaTitle(const QString& area)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("head"), QT_TRANSLATE_NOOP("RegionPanel", "Head")},
        {QStringLiteral("neck"), QT_TRANSLATE_NOOP("RegionPanel", "Neck")},
        {QStringLiteral("shoulder"), QT_TRANSLATE_NOOP("RegionPanel", "Shoulders")},
        {QStringLiteral("arm"), QT_TRANSLATE_NOOP("RegionPanel", "Upper arms")},
        {QStringLiteral("upper-back"), QT_TRANSLATE_NOOP("RegionPanel", "Upper back")},
        {QStringLiteral("low-back"), QT_TRANSLATE_NOOP("RegionPanel", "Lower back")},
        {QStringLiteral("hip"), QT_TRANSLATE_NOOP("RegionPanel", "Hips and buttocks")},
    };
    const char* title = titles.value(area);
    return title ? translateIn("RegionPanel", title) : area;
}

QIcon scoreIcon(std::optional<int> intensity)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x33, 0x2b, 0x28), 1));
    painter.setBrush(intensity ? intensityColor(*intensity) : QColor(Qt::transparent));
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return QIcon(pixmap);
}

} // namespace

RegionPanel::RegionPanel(const BodyAtlas& atlas, QWidget* parent) : QWidget(parent), m_atlas(atlas)
{
    m_filter = new QLineEdit(this);
    m_filter->setAccessibleName(tr("Find a muscle"));
    m_filter->setPlaceholderText(tr("Find a muscle…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &RegionPanel::applyFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Region"), tr("Latest")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Muscle regions and their spots"));
    m_tree->setToolTip(tr("Enter on a region adds a spot there; Enter on a spot rates it"));

    // Head to hips, in the order the atlas lists its areas.
    for (const AtlasRegion& region : atlas.regions()) {
        QTreeWidgetItem* group = nullptr;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            if (m_tree->topLevelItem(i)->data(0, RegionRole).toString() == region.area)
                group = m_tree->topLevelItem(i);
        }
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {areaTitle(region.area)});
            group->setData(0, RegionRole, region.area);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        auto* item = new QTreeWidgetItem(group, {region.name});
        item->setData(0, RegionRole, region.id);
        item->setToolTip(0,
                         tr("%1 — Enter or double-click to add a knot here").arg(region.name)); // whole name
        m_regionItems.insert(region.id, item);
    }
    m_tree->expandAll();

    // A right-click reaches the viewport, the Menu key the tree (it has the focus): both come here.
    m_tree->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        QString region;
        if (current && current->data(0, SpotRole).isValid()) {
            region = current->parent() == m_feltGroup ? QString()
                                                      : current->parent()->data(0, RegionRole).toString();
            emit spotSelected(current->data(0, SpotRole).toLongLong());
        } else if (current && current->parent())
            region = current->data(0, RegionRole).toString();
        emit currentRegionChanged(region);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
}

bool RegionPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ContextMenu || (watched != m_tree && watched != m_tree->viewport()))
        return QWidget::eventFilter(watched, event);
    // A right-click means the item under the pointer; the Menu key the current one, with the menu beside it.
    const auto* asked = static_cast<QContextMenuEvent*>(event);
    const bool mouse = asked->reason() == QContextMenuEvent::Mouse;
    QTreeWidgetItem* item =
        mouse ? m_tree->itemAt(m_tree->viewport()->mapFromGlobal(asked->globalPos())) : m_tree->currentItem();
    if (!item || !item->data(0, SpotRole).isValid())
        return false;
    m_tree->setCurrentItem(item);
    const QRect row = m_tree->visualItemRect(item);
    emit spotMenuRequested(item->data(0, SpotRole).toLongLong(),
                           mouse
                               ? asked->globalPos()
                               : m_tree->viewport()->mapToGlobal(row.bottomLeft() + QPoint(row.height(), 0)));
    return true;
}

void RegionPanel::setSpots(const QList<Spot>& spots, const QHash<qint64, Rating>& latest)
{
    const qint64 current = m_tree->currentItem() ? m_tree->currentItem()->data(0, SpotRole).toLongLong() : 0;
    for (QTreeWidgetItem* regionItem : std::as_const(m_regionItems))
        qDeleteAll(regionItem->takeChildren());
    delete m_feltGroup;
    m_feltGroup = nullptr;
    for (const Spot& spot : spots) {
        QTreeWidgetItem* regionItem = m_regionItems.value(spot.region);
        if (spot.kind == SpotKind::Felt) {
            // Felt pain sits in a group of its own at the top, each under the name of its place.
            if (!m_feltGroup) {
                m_feltGroup = new QTreeWidgetItem({tr("Felt pain")});
                m_tree->insertTopLevelItem(0, m_feltGroup);
                m_feltGroup->setFlags(Qt::ItemIsEnabled);
                QFont bold = m_feltGroup->font(0);
                bold.setBold(true);
                m_feltGroup->setFont(0, bold);
                m_feltGroup->setFirstColumnSpanned(true);
                m_feltGroup->setExpanded(true);
            }
            const auto rating = latest.constFind(spot.id);
            const QString place = m_placeName ? m_placeName(spot.region) : spot.region;
            auto* item = new QTreeWidgetItem(
                m_feltGroup, {spot.label.isEmpty() ? place : spot.label,
                              rating != latest.constEnd() ? QString::number(rating->intensity) : tr("–")});
            item->setData(0, SpotRole, spot.id);
            item->setData(0, RegionRole, spot.region);
            item->setIcon(
                1, scoreIcon(rating != latest.constEnd() ? std::optional(rating->intensity) : std::nullopt));
            item->setToolTip(0, tr("Felt pain at %1 — Enter or double-click to rate it").arg(place));
            continue;
        }
        if (!regionItem)
            continue;
        const auto rating = latest.constFind(spot.id);
        const std::optional<int> intensity =
            rating != latest.constEnd() ? std::optional(rating->intensity) : std::nullopt;
        // Under its region a knot is simply "Knot n" (or the person's label); its key is for scripts only.
        const QString name = spotShortName(spot);
        auto* item =
            new QTreeWidgetItem(regionItem, {name, intensity ? QString::number(*intensity) : tr("–")});
        item->setData(0, SpotRole, spot.id);
        item->setIcon(1, scoreIcon(intensity));
        item->setToolTip(0, tr("%1 — Enter or double-click to rate it").arg(name));
        regionItem->setExpanded(true);
    }
    if (current)
        selectSpot(current);
    applyFilter(m_filter->text());
}

QTreeWidgetItem* RegionPanel::itemForSpot(qint64 spotId) const
{
    QList<QTreeWidgetItem*> parents = m_regionItems.values();
    if (m_feltGroup)
        parents.prepend(m_feltGroup);
    for (QTreeWidgetItem* regionItem : std::as_const(parents)) {
        for (int i = 0; i < regionItem->childCount(); ++i) {
            if (regionItem->child(i)->data(0, SpotRole).toLongLong() == spotId)
                return regionItem->child(i);
        }
    }
    return nullptr;
}

void RegionPanel::selectSpot(qint64 spotId)
{
    if (QTreeWidgetItem* item = itemForSpot(spotId)) {
        const QSignalBlocker blocker(m_tree);
        m_tree->setCurrentItem(item);
    }
}

void RegionPanel::activate(QTreeWidgetItem* item)
{
    if (!item || !item->parent())
        return;
    if (item->data(0, SpotRole).isValid())
        emit spotActivated(item->data(0, SpotRole).toLongLong());
    else
        emit addSpotRequested(item->data(0, RegionRole).toString());
}

void RegionPanel::applyFilter(const QString& text)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        bool anyVisible = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem* item = group->child(j);
            const bool visible = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!visible);
            anyVisible = anyVisible || visible;
        }
        group->setHidden(!anyVisible);
    }
}

} // namespace knotmap::ui
