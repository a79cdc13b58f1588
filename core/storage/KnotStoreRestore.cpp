// SPDX-License-Identifier: GPL-3.0-or-later
// Restoring a backup into the open database.
#include "KnotStore.h"

#include "Backups.h"
#include "FileSafety.h"
#include "Schema.h"
#include "SqlSupport.h"
#include "StoreRows.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

namespace knotmap {

Result<BackupInfo> KnotStore::restoreBackup(const QString& backupPath)
{
    if (QString problem = checkSource(backupPath, ownFiles()); !problem.isEmpty())
        return Failure{problem};
    const BackupInfo chosen = inspectBackup(backupPath, true);
    if (!chosen.ok)
        return Failure{
            tr("%1 cannot be restored: %2").arg(QDir::toNativeSeparators(backupPath), chosen.problem)};
    sqlite3* live = sql::nativeHandle(db());
    if (!live)
        return Failure{
            tr("this build's SQLite driver cannot restore backups (Qt and KnotMap use different SQLite "
               "libraries)")};
    // What is there now is kept first: a restore can itself be undone by restoring this copy.
    Result<BackupInfo> before = makeBackup(m_path, BackupReason::BeforeRestore);
    if (!before)
        return Failure{
            tr("nothing was restored, because the database as it is now could not be backed up first: %1")
                .arg(before.error())};

    // SQLite's online backup API copies every page of the chosen backup into the live database in one step
    // under SQLite's own locks: other connections (knotmap-cli, another window) wait, then read the restored
    // data.
    sqlite3* source = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* copy = sqlite3_backup_init(live, "main", source, "main");
        if (!copy) {
            rc = sqlite3_errcode(live);
        } else {
            for (int attempt = 0; attempt < 100; ++attempt) { // up to about five seconds of another writer
                rc = sqlite3_backup_step(copy, -1);
                if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                    break;
                QThread::msleep(50);
            }
            sqlite3_backup_finish(copy);
        }
    }
    const QString why = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(source);
    if (rc != SQLITE_DONE)
        return Failure{tr("the backup could not be restored (%1); the database is as it was").arg(why)};

    // A backup from an older KnotMap is brought up to date like any old file.
    if (QString problem = schema::migrate(db(), m_atlas); !problem.isEmpty())
        return Failure{problem};
    try {
        sql::run(db(), QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const sql::SqlFailure& failure) {
        return Failure{failure.message};
    }
    m_dataVersion = dataVersion();
    emit dataImported();
    return *before;
}

qint64 KnotStore::ratingsAddedAfter(qint64 ratingId) const
{
    return read<qint64>(
        [&] {
            return sql::scalar(db(), QStringLiteral("SELECT count(*) FROM ratings WHERE id > ?"), {ratingId})
                .toLongLong();
        },
        0);
}

} // namespace knotmap
