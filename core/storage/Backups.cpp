// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "i18n/TranslateIn.h"

#include "FileSafety.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace knotmap {

namespace {

const QString kStampFormat = QStringLiteral("yyyy-MM-ddTHHmmss");
constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

const QList<std::pair<BackupReason, const char*>>& reasonKeys()
{
    static const QList<std::pair<BackupReason, const char*>> keys = {
        {BackupReason::Daily, "daily"},
        {BackupReason::BeforeImport, "before-import"},
        {BackupReason::BeforeMigration, "before-migration"},
        {BackupReason::BeforeRestore, "before-restore"},
        {BackupReason::Manual, "manual"}};
    return keys;
}

// One SQLite connection of a backup's own, closed however the work ends.
class Connection
{
public:
    Connection(const QString& path, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 5000);
        else
            m_error =
                m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : translateIn("Backups", "out of memory");
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_error; }
    // Every row's first column, as text; nullopt when the statement fails.
    std::optional<QStringList> column(const QString& statement, const QString& bound = {}) const
    {
        sqlite3_stmt* query = nullptr;
        if (sqlite3_prepare_v2(m_db, statement.toUtf8().constData(), -1, &query, nullptr) != SQLITE_OK)
            return std::nullopt;
        const QByteArray value = bound.toUtf8();
        if (!bound.isNull())
            sqlite3_bind_text(query, 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        QStringList rows;
        int rc;
        while ((rc = sqlite3_step(query)) == SQLITE_ROW)
            rows.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(query, 0))));
        sqlite3_finalize(query);
        return rc == SQLITE_DONE ? std::optional(rows) : std::nullopt;
    }
    std::optional<qint64> number(const QString& statement) const
    {
        const auto rows = column(statement);
        return rows && !rows->isEmpty() ? std::optional(rows->constFirst().toLongLong()) : std::nullopt;
    }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

QRegularExpression namePattern(const QString& base)
{
    QStringList reasons;
    for (const auto& [reason, key] : reasonKeys())
        reasons.append(QString::fromLatin1(key));
    return QRegularExpression(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2}T\\d{6})-(%2)\\.sqlite$")
                                  .arg(QRegularExpression::escape(base), reasons.join(QLatin1Char('|'))));
}

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// Data, then the folder entry: a backup that says it is there survives a power cut.
bool syncToDisk(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

QString backupReasonKey(BackupReason reason)
{
    for (const auto& [known, key] : reasonKeys())
        if (known == reason)
            return QString::fromLatin1(key);
    return {};
}

std::optional<BackupReason> backupReasonFromKey(const QString& key)
{
    for (const auto& [reason, known] : reasonKeys())
        if (key == QLatin1String(known))
            return reason;
    return std::nullopt;
}

QString backupFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupInfo inspectBackup(const QString& path, bool quickCheck)
{
    BackupInfo info;
    info.path = path;
    const QFileInfo file(path);
    // A backup's name says when and why; any other file can still be inspected.
    static const QRegularExpression named(
        QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}T\\d{6})-([a-z-]+)\\.sqlite$"));
    if (const QRegularExpressionMatch match = named.match(file.fileName()); match.hasMatch()) {
        info.createdAt = QDateTime::fromString(match.captured(1), kStampFormat);
        info.reason = backupReasonFromKey(match.captured(2)).value_or(BackupReason::Manual);
    }
    if (!info.createdAt.isValid())
        info.createdAt = file.lastModified();
    if (!file.isFile() || file.size() == 0) {
        info.problem =
            translateIn("Backups", "%1 is empty or not a file").arg(QDir::toNativeSeparators(path));
        return info;
    }
    const Connection db(path, SQLITE_OPEN_READONLY);
    if (!db.ok()) {
        info.problem = db.error();
        return info;
    }
    const auto applicationId = db.number(QStringLiteral("PRAGMA application_id"));
    const auto version = db.number(QStringLiteral("PRAGMA user_version"));
    if (!applicationId || !version) {
        info.problem = translateIn("Backups", "the file is damaged or is not a KnotMap database");
        return info;
    }
    if (*applicationId != schema::kApplicationId) {
        info.problem = translateIn("Backups", "the file is not a KnotMap database");
        return info;
    }
    if (*version > schema::currentVersion()) {
        info.problem =
            translateIn("Backups", "the file was written by a newer KnotMap (schema %1)").arg(*version);
        return info;
    }
    if (quickCheck) {
        const auto findings = db.column(QStringLiteral("PRAGMA quick_check(5)"));
        if (!findings || *findings != QStringList{QStringLiteral("ok")}) {
            info.problem = translateIn("Backups", "the file is damaged (SQLite's check reports: %1)")
                               .arg(findings ? findings->join(QStringLiteral("; ")) : db.error());
            return info;
        }
    }
    const auto spots = db.number(QStringLiteral("SELECT count(*) FROM spots"));
    const auto ratings = db.number(QStringLiteral("SELECT count(*) FROM ratings"));
    const auto lastRating = db.number(QStringLiteral("SELECT coalesce(max(id), 0) FROM ratings"));
    if (!spots || !ratings || !lastRating) {
        info.problem = translateIn("Backups", "its spots and ratings cannot be read: %1").arg(db.error());
        return info;
    }
    info.spots = *spots;
    info.ratings = *ratings;
    info.lastRatingId = *lastRating;
    info.ok = true;
    return info;
}

Result<BackupInfo> makeBackup(const QString& databasePath, BackupReason reason, const QDateTime& now,
                              const QString& target)
{
    QString finalPath;
    if (target.isEmpty()) {
        const QString folder = backupFolder(databasePath);
        if (!QFileInfo(folder).isDir()) {
            if (!QDir().mkpath(folder))
                return Failure{translateIn("Backups", "cannot create the backup folder %1")
                                   .arg(QDir::toNativeSeparators(folder))};
            QFile::setPermissions(folder, kOwnerOnly | QFile::ExeOwner);
        }
        QDateTime stamp = now;
        do { // two backups in one second: the label moves on a second, the copies stay apart
            finalPath = QDir(folder).filePath(
                QStringLiteral("%1-%2-%3.sqlite")
                    .arg(baseName(databasePath), stamp.toString(kStampFormat), backupReasonKey(reason)));
            stamp = stamp.addSecs(1);
        } while (QFileInfo::exists(finalPath));
    } else {
        const QStringList own = {databasePath, databasePath + QStringLiteral("-wal"),
                                 databasePath + QStringLiteral("-shm"),
                                 databasePath + QStringLiteral("-journal")};
        if (QString problem = checkDestination(target, own); !problem.isEmpty())
            return Failure{problem};
        finalPath = QFileInfo(target).absoluteFilePath();
    }

    const QString partial = finalPath + QStringLiteral(".partial");
    QFile::remove(partial); // a leftover of a backup that was interrupted: never a good copy
    {
        QFile empty(partial);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return Failure{translateIn("Backups", "cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(partial), empty.errorString())};
    }
    {
        const Connection source(databasePath, SQLITE_OPEN_READONLY);
        if (!source.ok() || !source.column(QStringLiteral("VACUUM INTO ?"), partial)) {
            const QString why = source.error();
            QFile::remove(partial);
            return Failure{translateIn("Backups", "the backup could not be made: %1").arg(why)};
        }
    }
    BackupInfo info = inspectBackup(partial, true);
    if (!info.ok || !syncToDisk(partial) ||
        std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        QFile::remove(partial);
        return Failure{translateIn("Backups", "the backup could not be verified: %1")
                           .arg(info.problem.isEmpty()
                                    ? translateIn("Backups", "it could not be written to disk")
                                    : info.problem)};
    }
    syncToDisk(QFileInfo(finalPath).absolutePath());
    info.path = finalPath;
    info.createdAt = now;
    info.reason = reason;
    if (target.isEmpty())
        pruneBackups(databasePath);
    return info;
}

QList<BackupInfo> listBackups(const QString& databasePath, bool inspect)
{
    const QRegularExpression pattern = namePattern(baseName(databasePath));
    QList<BackupInfo> backups;
    const QDir folder(backupFolder(databasePath));
    for (const QString& name : folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue; // not one of ours: never listed, never pruned
        BackupInfo info;
        if (inspect) {
            info = inspectBackup(folder.filePath(name), true);
        } else {
            info.path = folder.filePath(name);
            info.ok = true; // a final name is only ever given to a verified copy
        }
        info.createdAt = QDateTime::fromString(match.captured(1), kStampFormat);
        info.reason = *backupReasonFromKey(match.captured(2));
        backups.append(info);
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    return backups;
}

QStringList backupsToPrune(const QList<BackupInfo>& given)
{
    QList<BackupInfo> backups = given;
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    QSet<QString> keep;
    for (const BackupInfo& backup : backups) {
        if (backup.ok) {
            keep.insert(backup.path); // the newest good copy, whatever its reason
            break;
        }
    }
    QHash<BackupReason, int> seen;
    QSet<QPair<int, int>> weeksWithRecentDailies, weeksKept;
    const auto weekOf = [](const BackupInfo& b) {
        int year = 0;
        const int week = b.createdAt.date().weekNumber(&year);
        return qMakePair(year, week);
    };
    for (const BackupInfo& backup : backups) {
        const int n = ++seen[backup.reason];
        if (backup.reason != BackupReason::Daily) {
            if (n <= 5)
                keep.insert(backup.path);
            continue;
        }
        if (n <= 7) {
            keep.insert(backup.path);
            weeksWithRecentDailies.insert(weekOf(backup));
        } else if (!weeksWithRecentDailies.contains(weekOf(backup)) && !weeksKept.contains(weekOf(backup)) &&
                   weeksKept.size() < 4) {
            keep.insert(backup.path); // newest first, so the first daily met in an older week is its newest
            weeksKept.insert(weekOf(backup));
        }
    }
    QStringList prune;
    for (const BackupInfo& backup : backups)
        if (!keep.contains(backup.path))
            prune.append(backup.path);
    return prune;
}

void pruneBackups(const QString& databasePath)
{
    for (const QString& path : backupsToPrune(listBackups(databasePath, false)))
        QFile::remove(path);
}

QStringList checkIntegrity(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return {translateIn("Backups", "%1 does not exist").arg(QDir::toNativeSeparators(path))};
    const Connection db(path, SQLITE_OPEN_READONLY);
    if (!db.ok())
        return {db.error()};
    const auto applicationId = db.number(QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return {
            translateIn("Backups", "the file is damaged or is not a SQLite database: %1").arg(db.error())};
    if (*applicationId != schema::kApplicationId && QFileInfo(path).size() > 0)
        return {translateIn("Backups", "the file is not a KnotMap database")};
    const auto findings = db.column(QStringLiteral("PRAGMA integrity_check(20)"));
    if (!findings)
        return {translateIn("Backups", "SQLite could not check the file: %1").arg(db.error())};
    return *findings == QStringList{QStringLiteral("ok")} ? QStringList() : *findings;
}

bool dailyBackupDue(const QString& databasePath, QDate today)
{
    if (QFileInfo(databasePath).size() == 0)
        return false;
    for (const BackupInfo& backup : listBackups(databasePath, false))
        if (backup.reason == BackupReason::Daily && backup.createdAt.date() == today)
            return false;
    return true;
}

} // namespace knotmap
