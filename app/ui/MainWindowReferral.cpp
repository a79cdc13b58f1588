// SPDX-License-Identifier: GPL-3.0-or-later
// The Mark page's two views and referred pain: where a selected knot's pain may be felt, the possible sources
// of selected felt pain, where to search for them, and the person's links between the two.
#include "MainWindow.h"

#include "domain/LocalDay.h"
#include "domain/Quality.h"
#include "domain/ShownText.h"
#include "i18n/DateText.h"

#include "BodyMapWidget.h"
#include "ReferralPanel.h"
#include "RegionPanel.h"
#include "SpotEditor.h"
#include "commands/LinkCommands.h"
#include "storage/KnotStore.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

namespace knotmap::ui {

namespace {

// Soft, and apart from the pain scale's green to red: a referral overlay is a map of "may", not of pain.
QColor overlayColor(qreal strength)
{
    return QColor::fromRgbF(0.42f, 0.36f, 0.85f, float(0.16 + 0.26 * strength));
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setWordWrap(true); // a narrow window (or a longer language) wraps it rather than cutting it off
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

QWidget* MainWindow::createMarkPage()
{
    QString error;
    std::optional<BodyAtlas> front = BodyAtlas::loadView(QStringLiteral("front"), &error);
    if (!front)
        qFatal("The front view is missing or damaged in the program's resources: %s", qPrintable(error));
    m_frontAtlas = std::make_unique<BodyAtlas>(std::move(*front));

    const auto name = [this](const QString& id) { return regionName(id); };
    m_map = new BodyMapWidget(m_store.atlas(), this);
    m_map->setObjectName(QStringLiteral("backMap"));
    m_map->setPlaceNamer(name);
    m_frontMap = new BodyMapWidget(*m_frontAtlas, this);
    m_frontMap->setObjectName(QStringLiteral("frontMap"));
    m_frontMap->setPlaceNamer(name);
    for (BodyMapWidget* map : {m_map, m_frontMap})
        map->setSpotDescriber([this](qint64 id) { return m_spotWords.value(id); });
    m_frontMap->setLegendShown(false);
    m_frontMap->setEmptyHint(tr("Pain felt here? Click it."));

    m_allReferral = new QCheckBox(tr("Shade where pain from the knots may be felt"), this);
    m_allReferral->setObjectName(QStringLiteral("allReferralToggle"));
    m_allReferral->setToolTip(
        tr("Knots often send pain to other places. Shade the places where pain from every "
           "knot on the map may be felt."));
    connect(m_allReferral, &QCheckBox::toggled, this, &MainWindow::updateReferral);

    m_mapsPane = new QWidget(this);
    auto* grid = new QGridLayout(m_mapsPane);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setVerticalSpacing(2);
    grid->addWidget(caption(tr("Knots and pain on the back"), m_mapsPane), 0, 0);
    grid->addWidget(caption(tr("Pain felt at the front and sides"), m_mapsPane), 0, 1);
    grid->addWidget(m_map, 1, 0);
    grid->addWidget(m_frontMap, 1, 1);
    grid->addWidget(m_allReferral, 2, 0, 1, 2, Qt::AlignHCenter);
    grid->setRowStretch(1, 1);
    // Each view as wide as its proportions ask at the same height; the back view also holds the legend.
    grid->setColumnStretch(0, int(100 * m_store.atlas().aspect()) + 25);
    grid->setColumnStretch(1, int(100 * m_frontAtlas->aspect()));
    m_editor = new SpotEditor(m_mapsPane);

    m_regions = new RegionPanel(m_store.atlas(), this);
    m_regions->setPlaceNamer(name);
    m_referral = new ReferralPanel(m_store.referral(), name, this);
    auto* column = new QSplitter(Qt::Vertical, this);
    column->addWidget(m_regions);
    column->addWidget(m_referral);
    column->setStretchFactor(0, 1);
    column->setStretchFactor(1, 1);
    column->setSizes({380, 320});
    column->setChildrenCollapsible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(column);
    m_splitter->addWidget(m_mapsPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 900});
    m_splitter->setChildrenCollapsible(false);

    connect(m_frontMap, &BodyMapWidget::placeRequested, this, &MainWindow::beginFeltPain);
    connect(m_frontMap, &BodyMapWidget::spotClicked, this, &MainWindow::openSpot);
    connect(m_frontMap, &BodyMapWidget::spotMoved, this, &MainWindow::moveSpot);
    connect(m_frontMap, &BodyMapWidget::hoveredRegionChanged, this, &MainWindow::showRegionInStatus);
    connect(m_frontMap, &BodyMapWidget::clickedOutsideBody, m_map, &BodyMapWidget::clickedOutsideBody);
    connect(m_referral, &ReferralPanel::searchRequested, this, &MainWindow::showSearch);
    connect(m_referral, &ReferralPanel::linkToggled, this, &MainWindow::toggleLink);
    connect(m_referral, &ReferralPanel::spotRequested, this, &MainWindow::showSpot);
    connect(&m_store, &KnotStore::linksChanged, this, &MainWindow::updateReferral);
    return m_splitter;
}

BodyMapWidget* MainWindow::mapFor(const QString& regionOrArea) const
{
    const PainArea* area = m_store.referral().area(regionOrArea);
    return area && area->view == QLatin1String("front") ? m_frontMap : m_map;
}

void MainWindow::updateReferral()
{
    updateReferralFrom(m_store.spots(), m_store.latestRatings(m_date));
}

// From what refresh() has just read, so a redraw reads the spots and the day's ratings once.
void MainWindow::updateReferralFrom(const QList<Spot>& spots, const QHash<qint64, Rating>& latest)
{
    m_map->setSearchMarker(std::nullopt);
    QHash<QString, QColor> areaFills, regionFills;
    const QList<SpotLink> links = m_store.spotLinks();

    if (m_allReferral->isChecked()) {
        for (const Spot& spot : spots) {
            if (spot.kind == SpotKind::Knot && latest.contains(spot.id)) {
                for (const QString& area : m_store.referral().feltIn(spot.region))
                    areaFills.insert(area, overlayColor(0.2));
            }
        }
    }
    const auto found =
        std::find_if(spots.cbegin(), spots.cend(), [this](const Spot& s) { return s.id == m_selectedSpot; });
    const std::optional<Spot> selected = found != spots.cend() ? std::optional(*found) : std::nullopt;
    if (!selected) {
        m_referral->showNothing();
    } else if (selected->kind == SpotKind::Knot) {
        const QStringList areas = m_store.referral().feltIn(selected->region);
        for (int i = 0; i < areas.size(); ++i)
            areaFills.insert(areas[i],
                             overlayColor(1.0 - 0.6 * i / std::max<qsizetype>(1, areas.size() - 1)));
        QList<Spot> linkedFelt;
        for (const SpotLink& link : links) {
            if (link.knotSpotId != selected->id)
                continue;
            for (const Spot& spot : spots) {
                if (spot.id == link.feltSpotId)
                    linkedFelt.append(spot);
            }
        }
        m_referral->showKnot(*selected, linkedFelt, latest);
    } else {
        const QList<ReferralCandidate> candidates = m_store.referral().candidates(selected->region);
        for (const ReferralCandidate& candidate : candidates) {
            for (const QString& region : {candidate.muscleRegion(), candidate.region}) {
                if (!regionFills.contains(region))
                    regionFills.insert(region, overlayColor(candidate.rank <= 3 ? 0.8 : 0.3));
            }
        }
        areaFills.insert(selected->region, overlayColor(0.5));
        QSet<qint64> linkedKnots;
        for (const SpotLink& link : links) {
            if (link.feltSpotId == selected->id)
                linkedKnots.insert(link.knotSpotId);
        }
        m_referral->showFelt(*selected, spots, linkedKnots, latest);
    }
    m_map->setOverlay(areaFills, regionFills);
    m_frontMap->setOverlay(areaFills);
}

void MainWindow::showSearch(const QString& regionId, QPointF searchAt)
{
    m_map->setHighlightedRegion(regionId);
    m_map->setSearchMarker(searchAt);
    statusBar()->showMessage(
        tr("Press around the ring in the %1: a tender knot there may explain this pain. Click to mark it.")
            .arg(lowerFirst(regionName(regionId))),
        10000);
}

void MainWindow::toggleLink(qint64 feltSpotId, qint64 knotSpotId, bool linked)
{
    if (!finishEditing())
        return;
    const CommandContext context{m_store, [this](const QString& message) { reportError(message); }};
    m_undo->push(
        new LinkSpotsCommand(context, feltSpotId, knotSpotId,
                             linked ? LinkSpotsCommand::Change::Link : LinkSpotsCommand::Change::Unlink));
    updateReferral(); // also when refused: the tick goes back to what the store holds
}

QString MainWindow::spotInWords(const Spot& spot, const Rating& latest) const
{
    const QDate day = localDate(latest.recordedAt);
    const QString when = day == QDate::currentDate()               ? tr("rated today")
                         : day == QDate::currentDate().addDays(-1) ? tr("rated yesterday")
                                                                   : tr("rated on %1").arg(dayText(day));
    QStringList words{regionName(spot.region), spotShortName(spot), tr("%1 of 10").arg(latest.intensity)};
    if (latest.quality != Quality::None)
        words.append(qualityDisplayName(latest.quality).toLower());
    words.append(when);
    return words.join(QStringLiteral(", "));
}

} // namespace knotmap::ui
