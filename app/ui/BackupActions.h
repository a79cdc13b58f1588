// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

class QAction;
class QMainWindow;
class QUndoStack;

namespace knotmap {
class KnotStore;
}

namespace knotmap::ui {

class LongWork;

// File › Backup Now, Restore from Backup… and Revert Last Import, and the day's first backup, made on a
// thread of its own at start so the window never waits for it. Back Up Now and the restores run as the
// window's long job (LongWork) on a worker with a connection of their own; they cannot be cancelled half
// way (a backup is one VACUUM INTO, a restore one step of SQLite's backup API) but the window stays usable.
// A restore replaces the whole database, so it clears the undo history (which described the database
// before) and says so; finished() says a job of these is done.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(KnotStore& store, QUndoStack& undo, QMainWindow& window, LongWork& work);
    ~BackupActions() override; // waits for the day's backup, if it is still being made

    QAction* backupNow() const { return m_backupNow; }
    QAction* restoreFromBackup() const { return m_restore; }
    QAction* revertLastImport() const { return m_revert; }
    void updateActions(); // Revert Last Import only when there is an import to revert and no job runs

    void startDailyBackupIfDue();
    bool dailyBackupRunning() const { return m_daily != nullptr; }

signals:
    void dailyBackupFinished(bool made, const QString& pathOrProblem);

private:
    void makeBackupNow();
    void chooseBackupToRestore();
    void revertImport();
    void restoreFrom(const QString& backupPath, const QString& done);
    void say(const QString& message);

    KnotStore& m_store;
    QUndoStack& m_undo;
    QMainWindow& m_window;
    LongWork& m_work;
    QAction* m_backupNow;
    QAction* m_restore;
    QAction* m_revert;
    QPointer<QThread> m_daily;
};

} // namespace knotmap::ui
