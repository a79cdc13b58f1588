// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace knotmap {

// Backups of a KnotMap database: verified copies in `backups/` beside it, mode 0600, named
// `<name>-YYYY-MM-DDTHHMMSS-<reason>.sqlite` (local time). Each is made by SQLite on a connection of its own
// (`VACUUM INTO`, a consistent snapshot even while the window and knotmap-cli write), written under a
// temporary name, checked (`PRAGMA quick_check`, its spots and ratings counted), flushed to disk and only
// then renamed: a file with a final name is always a whole, good copy. None of this ever opens the live
// database through a descriptor of KnotMap's own. The functions are thread-safe: each opens what it needs.
enum class BackupReason { Daily, BeforeImport, BeforeMigration, BeforeRestore, Manual };

QString backupReasonKey(BackupReason reason); // "daily", "before-import", …
std::optional<BackupReason> backupReasonFromKey(const QString& key);

struct BackupInfo
{
    QString path;
    QDateTime createdAt; // local time, from the name
    BackupReason reason = BackupReason::Manual;
    qint64 spots = -1; // -1: not read (or unreadable)
    qint64 ratings = -1;
    qint64 lastRatingId = -1; // the highest rating id in it: what came later is not in it
    bool ok = false;          // opened, is KnotMap's, passed quick_check
    QString problem;          // why not ok
};

QString backupFolder(const QString& databasePath);

// Makes a verified backup of the database in its backups folder, or at `target` when one is given (an
// existing regular file there is replaced whole; the database's own files are refused).
Result<BackupInfo> makeBackup(const QString& databasePath, BackupReason reason,
                              const QDateTime& now = QDateTime::currentDateTime(),
                              const QString& target = {});

// Opens a backup read-only and checks it; counts its spots and ratings.
BackupInfo inspectBackup(const QString& path, bool quickCheck = true);

// The database's backups, newest first. With inspect, each is opened and checked (seconds for many large
// ones); without, only the names are read and `ok` says nothing yet.
QList<BackupInfo> listBackups(const QString& databasePath, bool inspect = true);

// Retention, a pure rule: keep the 7 newest daily backups, the newest daily of each of the 4 newest weeks
// (Monday to Sunday) that hold none of those 7, the 5 newest of every other reason, and always the newest
// copy that is ok. Returns the paths to delete.
QStringList backupsToPrune(const QList<BackupInfo>& backups);
// Deletes what backupsToPrune says (names only: never a file it did not name itself).
void pruneBackups(const QString& databasePath);

// SQLite's full integrity check of a database file (or a backup), on a read-only connection of its own:
// an empty list when it is sound, else SQLite's findings, or why it could not be checked.
QStringList checkIntegrity(const QString& path);

// Is a daily backup due: the database holds something and no daily backup was made on `today`?
bool dailyBackupDue(const QString& databasePath, QDate today);

} // namespace knotmap
