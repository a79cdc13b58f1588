// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {
enum Role { RegionRole = Qt::UserRole + 1, SearchRole, SpotRole };
} // namespace

ReferralPanel::ReferralPanel(const ReferralAtlas& referral, std::function<QString(const QString&)> placeName,
                             QWidget* parent)
    : QWidget(parent), m_referral(referral), m_placeName(std::move(placeName))
{
    setObjectName(QStringLiteral("referralPanel"));
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(18);
    m_list->setAccessibleName(tr("Referred pain"));
    m_caveat = new QLabel(tr("From published patterns: a guide to where to look, not a diagnosis."), this);
    m_caveat->setWordWrap(true);
    m_caveat->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_caveat->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caveat->setFont(small);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_filling || !item)
            return;
        if (item->data(0, RegionRole).isValid())
            emit searchRequested(item->data(0, RegionRole).toString(), item->data(0, SearchRole).toPointF());
    });
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_filling || !m_felt || !item->data(0, SpotRole).isValid())
            return;
        // Queued: the window answers by filling this list again, which must not delete the item while the
        // tree is still announcing its change.
        const qint64 felt = m_felt, knot = item->data(0, SpotRole).toLongLong();
        const bool linked = item->checkState(0) == Qt::Checked;
        QMetaObject::invokeMethod(
            this, [this, felt, knot, linked] { emit linkToggled(felt, knot, linked); }, Qt::QueuedConnection);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!m_felt && item->data(0, SpotRole).isValid()) {
            const qint64 spot =
                item->data(0, SpotRole).toLongLong(); // queued, as above: the list is refilled
            QMetaObject::invokeMethod(
                this, [this, spot] { emit spotRequested(spot); }, Qt::QueuedConnection);
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_caveat);
    layout->addStretch(0); // takes the room only while the list is hidden, so the words stay together
    showNothing();
}

QString ReferralPanel::spotTitle(const Spot& spot, const QHash<qint64, Rating>& latest) const
{
    const QString name = spotShortName(spot);
    const auto rating = latest.constFind(spot.id);
    return rating == latest.cend() ? name : tr("%1 · %2 of 10").arg(name).arg(rating->intensity);
}

void ReferralPanel::showNothing()
{
    const QSignalBlocker blocker(m_list);
    m_felt = 0;
    m_heading->setText(tr("Where pain may come from"));
    m_text->setText(
        tr("A knot's pain is often felt somewhere else: one in the upper trapezius, for example, "
           "may be felt at the temple. Select a knot to see where its pain may be felt. Mark pain "
           "you feel on the front view, or tick “Felt here, not a knot”, to see its possible "
           "sources."));
    m_list->clear();
    m_list->hide();
}

void ReferralPanel::showKnot(const Spot& knot, const QList<Spot>& linkedFelt,
                             const QHash<qint64, Rating>& latest)
{
    m_filling = true;
    m_felt = 0;
    m_list->clear();
    m_list->show();
    m_heading->setText(tr("%1 · %2").arg(m_placeName(knot.region), spotTitle(knot, latest)));
    const QStringList areas = m_referral.feltIn(knot.region);
    if (areas.isEmpty()) {
        m_text->setText(
            tr("The published patterns name no places where pain from this muscle is often felt."));
    } else {
        m_text->setText(
            tr("Pain from a knot here is often felt in these places, nearest first (shaded on the "
               "maps):"));
    }
    for (const QString& area : areas) {
        auto* item = new QTreeWidgetItem(m_list, {m_placeName(area)});
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (!linkedFelt.isEmpty()) {
        auto* linked = new QTreeWidgetItem(m_list, {tr("You linked this knot to:")});
        linked->setFlags(Qt::ItemIsEnabled);
        QFont bold = linked->font(0);
        bold.setBold(true);
        linked->setFont(0, bold);
        for (const Spot& felt : linkedFelt) {
            auto* item = new QTreeWidgetItem(linked, {tr("%1 · felt pain").arg(m_placeName(felt.region))});
            item->setData(0, SpotRole, felt.id);
            item->setToolTip(0, tr("Enter or double-click to select it"));
        }
        linked->setExpanded(true);
    }
    m_filling = false;
}

void ReferralPanel::showFelt(const Spot& felt, const QList<Spot>& knots, const QSet<qint64>& linkedKnots,
                             const QHash<qint64, Rating>& latest)
{
    m_filling = true;
    m_felt = felt.id;
    m_list->clear();
    m_list->show();
    m_heading->setText(tr("%1 · felt pain").arg(m_placeName(felt.region)));
    const QList<ReferralCandidate> candidates = m_referral.candidates(felt.region);
    if (candidates.isEmpty()) {
        m_text->setText(tr("The published patterns name no muscle whose knots often send pain here."));
    } else {
        m_text->setText(
            tr("Pain here is often felt from a knot in one of these muscles, the most likely first. "
               "Select one to see where to search for its knot; tick a knot you found that may "
               "explain this pain."));
    }
    const PainArea* area = m_referral.area(felt.region);
    for (const ReferralCandidate& candidate : candidates) {
        // Referred pain is most often felt on the knot's own side: a knot on the other side is named as such.
        const bool otherSide =
            area && area->side &&
            candidate.region.endsWith(*area->side == BodySide::Left ? QLatin1String("-right")
                                                                    : QLatin1String("-left"));
        const QString how = otherSide ? tr("other side") : candidate.often ? tr("often") : tr("sometimes");
        // Named by the muscle; its usual knot may lie in a neighbour's region (latissimus in teres major).
        const QString muscle = m_placeName(candidate.muscleRegion());
        auto* item = new QTreeWidgetItem(m_list, {tr("%1. %2 (%3)").arg(candidate.rank).arg(muscle, how)});
        item->setData(0, RegionRole, candidate.region);
        item->setData(0, SearchRole, candidate.searchAt);
        item->setToolTip(
            0, tr("Possible source: select to see where to search for a knot in the %1").arg(muscle));
        for (const Spot& knot : knots) {
            if (knot.kind != SpotKind::Knot ||
                (knot.region != candidate.region && knot.region != candidate.muscleRegion()))
                continue;
            auto* child =
                new QTreeWidgetItem(item, {tr("%1 may explain this pain").arg(spotTitle(knot, latest))});
            child->setData(0, SpotRole, knot.id);
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            child->setCheckState(0, linkedKnots.contains(knot.id) ? Qt::Checked : Qt::Unchecked);
            item->setExpanded(true);
        }
    }
    m_filling = false;
}

} // namespace knotmap::ui
