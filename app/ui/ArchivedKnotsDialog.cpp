// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchivedKnotsDialog.h"

#include "KnotActions.h"
#include "MainWindow.h"
#include "commands/SpotDetailCommands.h"
#include "storage/KnotStore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace knotmap::ui {

ArchivedKnotsDialog::ArchivedKnotsDialog(MainWindow& window)
    : QDialog(&window), m_window(window), m_empty(new QLabel(tr("No knot is archived."), this)),
      m_list(new QTreeWidget(this)), m_bringBack(new QPushButton(tr("&Bring Back"), this))
{
    setObjectName(QStringLiteral("archivedKnots"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Archived Knots"));
    auto* intro = new QLabel(
        tr("Archived knots are hidden from the map and the list; all their ratings are kept. Bring one back "
           "to follow it again."),
        this);
    intro->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list->setObjectName(QStringLiteral("archivedKnotList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Knot"), tr("Where"), tr("Archived"), tr("Last score")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch); // the place takes the room left
    m_list->setAccessibleName(tr("Archived knots"));
    m_bringBack->setObjectName(QStringLiteral("bringBackKnot"));
    m_bringBack->setToolTip(tr("Show the selected knot on the map and in the list again"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_bringBack, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_bringBack, &QPushButton::clicked, this, [this] { bringBack(selectedKnot()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { bringBack(selectedKnot()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_bringBack->setEnabled(selectedKnot() != 0); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(620, 360);

    KnotStore& store = window.store();
    connect(&store, &KnotStore::spotAdded, this, &ArchivedKnotsDialog::reload);
    connect(&store, &KnotStore::spotChanged, this, &ArchivedKnotsDialog::reload);
    connect(&store, &KnotStore::spotRemoved, this, &ArchivedKnotsDialog::reload);
    connect(&store, &KnotStore::ratingsChanged, this, &ArchivedKnotsDialog::reload);
    connect(&store, &KnotStore::dataImported, this, &ArchivedKnotsDialog::reload);
    reload();
}

bool ArchivedKnotsDialog::bringBack(qint64 spotId)
{
    const std::optional<Spot> spot = m_window.store().spot(spotId);
    if (!spot || !spot->archivedUtc)
        return false;
    if (!pushKnotCommand(m_window, new ArchiveSpotCommand(knotCommandContext(m_window), spotId,
                                                          spot->archivedUtc, std::nullopt)))
        return false;
    m_window.showMark();
    m_window.showSpot(spotId);
    return true;
}

void ArchivedKnotsDialog::reload()
{
    const KnotStore& store = m_window.store();
    QList<Spot> archived;
    for (const Spot& spot : store.spots(true))
        if (spot.archivedUtc)
            archived.append(spot);
    // The most recently archived first: the one just archived by mistake is at the top.
    std::stable_sort(archived.begin(), archived.end(),
                     [](const Spot& a, const Spot& b) { return *a.archivedUtc > *b.archivedUtc; });
    const QHash<qint64, Rating> latest = store.latestRatings(QDate::currentDate());
    const qint64 kept = selectedKnot();
    m_list->clear();
    for (const Spot& spot : std::as_const(archived)) {
        const auto rating = latest.constFind(spot.id);
        auto* item = new QTreeWidgetItem(
            m_list, {spotShortName(spot), store.placeName(spot.region),
                     QLocale().toString(QDateTime::fromSecsSinceEpoch(*spot.archivedUtc).date(),
                                        QLocale::ShortFormat),
                     rating == latest.constEnd() ? QString() : QString::number(rating->intensity)});
        item->setData(0, Qt::UserRole, spot.id);
        item->setTextAlignment(3, Qt::AlignCenter);
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, item->text(column));
        if (spot.id == kept)
            m_list->setCurrentItem(item);
    }
    for (int column : {0, 2, 3})
        m_list->resizeColumnToContents(column);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(!archived.isEmpty());
    m_empty->setVisible(archived.isEmpty());
    m_bringBack->setEnabled(selectedKnot() != 0);
}

qint64 ArchivedKnotsDialog::selectedKnot() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

ArchivedKnotsDialog* showArchivedKnots(MainWindow& window)
{
    if (auto* open = window.findChild<ArchivedKnotsDialog*>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new ArchivedKnotsDialog(window);
    dialog->show();
    return dialog;
}

} // namespace knotmap::ui
