// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotHistoryDialog.h"

#include "KnotActions.h"
#include "MainWindow.h"
#include "commands/RatingCommands.h"
#include "domain/Quality.h"
#include "storage/KnotStore.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace knotmap::ui {

SpotHistoryDialog::SpotHistoryDialog(MainWindow& window, qint64 spotId)
    : QDialog(&window), m_window(window), m_spotId(spotId), m_title(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_delete(new QPushButton(tr("&Delete Rating"), this)),
      m_changeTime(new QPushButton(tr("Change &Time…"), this))
{
    setObjectName(QStringLiteral("spotHistory"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("ratingHistory"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("When"), tr("Score"), tr("Quality"), tr("Note")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Ratings, newest first"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_changeTime, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteRating(selectedRating()); });
    connect(m_changeTime, &QPushButton::clicked, this, &SpotHistoryDialog::askForNewTime);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] { deleteRating(selectedRating()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_delete->setEnabled(selectedRating() != 0 && m_list->topLevelItemCount() > 1);
        m_changeTime->setEnabled(selectedRating() != 0);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);

    KnotStore& store = window.store();
    connect(&store, &KnotStore::ratingsChanged, this, [this](qint64 id) {
        if (id == m_spotId)
            reload();
    });
    connect(&store, &KnotStore::spotChanged, this, [this](const Spot& spot) {
        if (spot.id == m_spotId)
            reload();
    });
    connect(&store, &KnotStore::dataImported, this, &SpotHistoryDialog::reload);
    connect(&store, &KnotStore::spotRemoved, this, [this](qint64 id) {
        if (id == m_spotId)
            close();
    });
    reload();
}

void SpotHistoryDialog::reload()
{
    const KnotStore& store = m_window.store();
    const std::optional<Spot> spot = store.spot(m_spotId);
    if (!spot) {
        close();
        return;
    }
    const QString name = spotShortName(*spot);
    setWindowTitle(tr("History of %1").arg(name));
    QList<Rating> ratings = store.ratingsForSpot(m_spotId);
    std::reverse(ratings.begin(), ratings.end()); // newest first
    m_title->setText(tr("%1 · %2 · %n rating(s), newest first", "", int(ratings.size()))
                         .arg(name, store.placeName(spot->region)));
    const qint64 kept = selectedRating();
    m_list->clear();
    // The locale's short time, without seconds (the C locale's has them): ratings are made to the minute.
    const QString minutesOnly = QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    for (const Rating& r : std::as_const(ratings)) {
        auto* item = new QTreeWidgetItem(
            m_list, {QLocale().toString(r.recordedAt.toDateTime().date(), QLocale::ShortFormat) +
                         QLatin1Char(' ') + QLocale().toString(r.recordedAt.toDateTime().time(), minutesOnly),
                     QString::number(r.intensity), qualityDisplayName(r.quality), r.note});
        item->setData(0, Qt::UserRole, r.id);
        item->setTextAlignment(1, Qt::AlignCenter);
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, item->text(column)); // the whole note, where the column cuts it
        if (r.id == kept)
            m_list->setCurrentItem(item);
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_delete->setEnabled(selectedRating() != 0 && m_list->topLevelItemCount() > 1);
    m_delete->setToolTip(m_list->topLevelItemCount() > 1
                             ? tr("Delete the selected rating (it can be undone)")
                             : tr("A knot keeps at least one rating; archive or delete the knot instead"));
    m_changeTime->setEnabled(selectedRating() != 0);
}

qint64 SpotHistoryDialog::selectedRating() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

bool SpotHistoryDialog::deleteRating(qint64 ratingId)
{
    const QList<Rating> ratings = m_window.store().ratingsForSpot(m_spotId);
    const auto it =
        std::find_if(ratings.cbegin(), ratings.cend(), [&](const Rating& r) { return r.id == ratingId; });
    if (it == ratings.cend())
        return false;
    return pushKnotCommand(m_window, new RemoveRatingCommand(knotCommandContext(m_window), *it));
}

bool SpotHistoryDialog::changeTime(qint64 ratingId, const QDateTime& to)
{
    const QList<Rating> ratings = m_window.store().ratingsForSpot(m_spotId);
    const auto it =
        std::find_if(ratings.cbegin(), ratings.cend(), [&](const Rating& r) { return r.id == ratingId; });
    if (it == ratings.cend() || !to.isValid())
        return false;
    if (to > QDateTime::currentDateTime()) {
        m_window.statusBar()->showMessage(tr("A rating cannot be moved into the future."));
        return false;
    }
    return pushKnotCommand(m_window, new ChangeRatingTimeCommand(knotCommandContext(m_window), *it,
                                                                 RecordedTime::fromDateTime(to)));
}

void SpotHistoryDialog::askForNewTime()
{
    const qint64 ratingId = selectedRating();
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!ratingId || !item)
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Change Time"));
    auto* edit = new QDateTimeEdit(&ask);
    edit->setCalendarPopup(true);
    edit->setMaximumDateTime(QDateTime::currentDateTime());
    const QList<Rating> ratings = m_window.store().ratingsForSpot(m_spotId);
    for (const Rating& r : ratings)
        if (r.id == ratingId)
            edit->setDateTime(r.recordedAt.toDateTime().toLocalTime());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto* layout = new QVBoxLayout(&ask);
    layout->addWidget(new QLabel(tr("When was this rating made?"), &ask));
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (ask.exec() == QDialog::Accepted)
        changeTime(ratingId, edit->dateTime());
}

void showSpotHistory(MainWindow& window, qint64 spotId)
{
    if (!window.store().spot(spotId))
        return;
    for (auto* open : window.findChildren<SpotHistoryDialog*>())
        if (open->spotId() == spotId) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto* dialog = new SpotHistoryDialog(window, spotId);
    dialog->show();
}

} // namespace knotmap::ui
