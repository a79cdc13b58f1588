// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupActions.h"

#include "BackgroundTask.h"
#include "LongWork.h"

#include "storage/Backups.h"
#include "storage/KnotStore.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {

QString reasonInWords(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return BackupActions::tr("Daily");
    case BackupReason::BeforeImport:
        return BackupActions::tr("Before an import");
    case BackupReason::BeforeMigration:
        return BackupActions::tr("Before an upgrade");
    case BackupReason::BeforeRestore:
        return BackupActions::tr("Before a restore");
    case BackupReason::Manual:
        break;
    }
    return BackupActions::tr("Made by you");
}

// The newest before-import backup, by name only: cheap enough for every opening of the File menu. Its counts
// are read when it is about to be used.
std::optional<BackupInfo> lastImportBackup(const QString& databasePath)
{
    for (const BackupInfo& backup : listBackups(databasePath, false))
        if (backup.reason == BackupReason::BeforeImport)
            return backup;
    return std::nullopt;
}

} // namespace

BackupActions::BackupActions(KnotStore& store, QUndoStack& undo, QMainWindow& window, LongWork& work)
    : QObject(&window), m_store(store), m_undo(undo), m_window(window), m_work(work)
{
    m_backupNow = new QAction(tr("&Back Up Now"), this);
    m_backupNow->setStatusTip(tr("Keep a checked copy of your data in the backups folder beside it"));
    connect(m_backupNow, &QAction::triggered, this, &BackupActions::makeBackupNow);
    m_restore = new QAction(tr("Restore from Bac&kup…"), this);
    m_restore->setStatusTip(tr("Bring back your data as it was in an earlier backup"));
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseBackupToRestore);
    m_revert = new QAction(tr("Re&vert Last Import…"), this);
    m_revert->setStatusTip(tr("Bring back your data as it was just before the last import"));
    connect(m_revert, &QAction::triggered, this, &BackupActions::revertImport);
    m_work.guard(m_backupNow);
    m_work.guard(m_restore);
    m_work.guard(m_revert);
    connect(&m_work, &LongWork::finished, this, &BackupActions::updateActions); // an import may be revertible
    updateActions();
}

BackupActions::~BackupActions()
{
    if (m_daily)
        m_daily->wait();
}

void BackupActions::updateActions()
{
    m_revert->setEnabled(!m_work.busy() && lastImportBackup(m_store.path()).has_value());
}

void BackupActions::say(const QString& message)
{
    m_window.statusBar()->showMessage(message, 10000);
}

void BackupActions::startDailyBackupIfDue()
{
    const QString path = m_store.path();
    if (m_daily || !dailyBackupDue(path, QDate::currentDate()))
        return;
    // Its own SQLite connection, on its own thread: the window is usable at once, even at ten years of data.
    m_daily = QThread::create([this, path] {
        const Result<BackupInfo> made = makeBackup(path, BackupReason::Daily);
        emit dailyBackupFinished(made.ok(),
                                 made ? made->path : made.error()); // queued to the window's thread
    });
    connect(m_daily, &QThread::finished, m_daily, &QObject::deleteLater);
    connect(this, &BackupActions::dailyBackupFinished, this, [this](bool made, const QString& what) {
        if (!made)
            say(tr("Today's backup could not be made: %1").arg(what));
    });
    m_daily->start(QThread::LowPriority);
}

void BackupActions::makeBackupNow()
{
    // makeBackup opens connections of its own; the job's reader only carries it off the GUI thread.
    const QString path = m_store.path();
    m_work.run<BackupInfo>(
        tr("Backing up…"), BackgroundTask::Connection::Reader, LongWork::Stop::RunsToTheEnd,
        [path](KnotStore&, const WorkerContext&) { return makeBackup(path, BackupReason::Manual); },
        [this](const Result<BackupInfo>& made) {
            if (!made) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Not Backed Up"),
                                            tr("No backup was made: %1.").arg(made.error()), QMessageBox::Ok,
                                            &m_window);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            const QString spots = tr("%Ln spot(s)", "", int(made->spots));
            const QString ratings = tr("%Ln rating(s)", "", int(made->ratings));
            say(tr("Backed up %1 and %2 to %3.").arg(spots, ratings, QDir::toNativeSeparators(made->path)));
        });
}

void BackupActions::chooseBackupToRestore()
{
    QDialog dialog(&m_window);
    dialog.setObjectName(QStringLiteral("restoreDialog"));
    dialog.setWindowTitle(tr("Restore from Backup"));
    auto* intro =
        new QLabel(tr("Choose the copy to bring back. What is there now is backed up first, so a restore "
                      "can itself be undone by restoring that copy."),
                   &dialog);
    intro->setWordWrap(true);
    auto* list = new QTreeWidget(&dialog);
    list->setObjectName(QStringLiteral("backupList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Made"), tr("Why"), tr("Spots"), tr("Ratings")});
    QStringList paths;
    for (const BackupInfo& listed : listBackups(m_store.path(), false)) {
        const QString counting = tr("…");
        auto* item = new QTreeWidgetItem(list, {QLocale().toString(listed.createdAt, QLocale::ShortFormat),
                                                reasonInWords(listed.reason), counting, counting});
        item->setData(0, Qt::UserRole, listed.path);
        item->setToolTip(0, QDir::toNativeSeparators(listed.path));
        for (int column : {2, 3})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        paths.append(listed.path);
    }
    // Counting a ten-year backup's rows takes up to a third of a second from a cold disk, and there may be
    // thirty backups: the list is up at once and the counts come from a worker (each backup is opened by a
    // connection of its own; the task's reader only carries the work off the GUI thread).
    auto* counting = new BackgroundTask(m_store, &dialog, BackgroundTask::Connection::Reader);
    counting->start<QList<BackupInfo>>(
        [paths](KnotStore&, const WorkerContext& context) -> Result<QList<BackupInfo>> {
            QList<BackupInfo> counted;
            for (const QString& path : paths) {
                if (context.stopRequested())
                    break;
                counted.append(inspectBackup(path, false)); // counts only: the chosen one is checked whole
            }
            return counted;
        },
        [list](const Result<QList<BackupInfo>>& counted) {
            if (!counted)
                return;
            const auto shown = [](qint64 n) { return n < 0 ? tr("?") : QLocale().toString(n); };
            for (int i = 0; i < counted->size() && i < list->topLevelItemCount(); ++i) {
                list->topLevelItem(i)->setText(2, shown(counted->at(i).spots));
                list->topLevelItem(i)->setText(3, shown(counted->at(i).ratings));
            }
        });
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list->header()->setStretchLastSection(false);
    for (int column : {2, 3})
        list->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    list->setCurrentItem(list->topLevelItem(0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(list->topLevelItemCount() > 0);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QTreeWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 360);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    restoreFrom(list->currentItem()->data(0, Qt::UserRole).toString(),
                tr("Restored the backup made %1.").arg(list->currentItem()->text(0)));
}

void BackupActions::revertImport()
{
    const std::optional<BackupInfo> named = lastImportBackup(m_store.path());
    if (!named)
        return;
    BackupInfo before = inspectBackup(named->path, false);
    before.createdAt = named->createdAt;
    const qint64 lost = m_store.ratingsAddedAfter(before.lastRatingId);
    QMessageBox question(QMessageBox::Question, tr("Revert Last Import"),
                         tr("Bring back your data as it was on %1, just before the last import?")
                             .arg(QLocale().toString(before.createdAt, QLocale::LongFormat)),
                         QMessageBox::Cancel, &m_window);
    question.setObjectName(QStringLiteral("revertImportQuestion"));
    question.setInformativeText(
        tr("%Ln rating(s) added since then, by the import or after it, will be gone. What is there now is "
           "backed up first.",
           "", int(lost)));
    QPushButton* revert = question.addButton(tr("Revert"), QMessageBox::AcceptRole);
    question.exec();
    if (question.clickedButton() == revert)
        restoreFrom(before.path, tr("Reverted the last import."));
}

void BackupActions::restoreFrom(const QString& backupPath, const QString& done)
{
    // A file found damaged is reopened with the recovery dialog, which offers the newest backup itself. A
    // check still running is not waited for here (it would freeze the window): a restore replaces every page.
    if (const QString damage = m_store.integrityVerdictSoFar().value_or(QString()); !damage.isEmpty()) {
        QMessageBox::warning(&m_window, tr("Not Restored"),
                             tr("Nothing was restored, because the database is damaged: %1").arg(damage));
        return;
    }
    // On the worker's own connection the restore is still one sqlite3_backup_step under SQLite's locks: the
    // window's connection, like knotmap-cli's, waits for it and then reads the restored pages.
    m_work.run<BackupInfo>(
        tr("Restoring…"), BackgroundTask::Connection::Writer, LongWork::Stop::RunsToTheEnd,
        [backupPath](KnotStore& own, const WorkerContext&) { return own.restoreBackup(backupPath); },
        [this, done](const Result<BackupInfo>& kept) {
            if (!kept) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Not Restored"),
                                            tr("Nothing was restored: %1.").arg(kept.error()),
                                            QMessageBox::Ok, &m_window);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            m_store.checkForOutsideChanges(); // every view reloads the restored data now
            // Every step on the stack described the database before the restore: none may act on the new
            // one.
            m_undo.clear();
            say(done + QLatin1Char(' ') +
                tr("What was there is kept in %1. Undo history was cleared.")
                    .arg(QDir::toNativeSeparators(kept->path)));
        });
}

} // namespace knotmap::ui
