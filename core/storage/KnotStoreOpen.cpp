// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a store: the file, its permissions, the connection's settings and the schema.
#include "KnotStore.h"

#include "Backups.h"
#include "Schema.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace knotmap {

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

QString tr(const char* text)
{
    return QCoreApplication::translate("Storage", text);
}

// Health data: the file is created readable by its owner only, atomically, never widened later.
QString prepareFile(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder))
            return tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        QFile::setPermissions(folder, kOwnerOnly | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return tr("cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (!info.isFile())
        return tr("%1 is not a file").arg(QDir::toNativeSeparators(path));
    if (!info.isReadable() || !info.isWritable())
        return tr("%1 is read-only; KnotMap saves every change at once, so it needs to write there")
            .arg(QDir::toNativeSeparators(path));
    if (!QFileInfo(folder).isWritable())
        return tr("the folder %1 is read-only; SQLite needs to write its journal beside the database")
            .arg(QDir::toNativeSeparators(folder));
    return {};
}

// Only once the file is known to be KnotMap's: another program's file is refused exactly as it was.
void tightenPermissions(const QString& path)
{
    const QFileInfo info(path);
    if (info.permissions() & ~(kOwnerOnly | QFile::ReadUser | QFile::WriteUser))
        QFile::setPermissions(path, kOwnerOnly); // tighten a file someone else made too open
}

// SQLite's quick check reads every page once. A damaged page found now means nothing is written into the
// file: a write can spread the damage, and the person's only copy must stay as it is.
QString checkIntact(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
        return sql::describe(q.lastError());
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    if (rows == QStringList{QStringLiteral("ok")})
        return {};
    // Without SQLite's "*** in database main ***" banner before the findings, which names nothing.
    static const QRegularExpression banner(QStringLiteral("^\\*\\*\\* in database \\w+ \\*\\*\\*\\s*"));
    QStringList findings;
    for (const QString& row : rows)
        findings.append(QString(row).remove(banner).simplified());
    return tr("the file is damaged (SQLite's check reports: %1); KnotMap does not write into a damaged file")
        .arg(findings.join(QStringLiteral("; ")));
}

} // namespace

std::unique_ptr<KnotStore> KnotStore::open(const QString& path, const BodyAtlas& atlas, QString* error,
                                           StoreOptions options)
{
    const auto fail = [&](const QString& why) -> std::unique_ptr<KnotStore> {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), why);
        return nullptr;
    };
    if (path.isEmpty())
        return fail(tr("no file name given"));
    if (QString problem = prepareFile(path); !problem.isEmpty())
        return fail(problem);

    const QString connectionName =
        QStringLiteral("knotmap-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<KnotStore> store(
        new KnotStore(QFileInfo(path).absoluteFilePath(), connectionName, atlas));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid())
            return fail(tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return fail(sql::describe(db.lastError()));
        // Look before touching: switching to WAL rewrites the header of a file we may have to refuse.
        if (QString problem = schema::checkOwnership(db); !problem.isEmpty())
            return fail(problem);
        if (QString problem = checkIntact(db); !problem.isEmpty())
            return fail(problem);
        tightenPermissions(path);
        // Before a migration rewrites an older file's tables, a verified copy of it as it was.
        const int version = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        if (version >= 1 && version < schema::currentVersion()) {
            if (Result<BackupInfo> backup = makeBackup(path, BackupReason::BeforeMigration); !backup)
                return fail(tr("it was not upgraded, because it could not be backed up first: %1")
                                .arg(backup.error()));
        }
        try {
            const QString mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                return fail(tr("SQLite could not switch the file to write-ahead logging (it reports '%1')")
                                .arg(mode));
            sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
            if (QString problem = schema::migrate(db, atlas); !problem.isEmpty())
                return fail(problem);
            sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON")); // after migrating: see schema::migrate
        } catch (const sql::SqlFailure& failure) {
            return fail(failure.message);
        }
        store->m_dataVersion = store->dataVersion();
    }
    return store;
}

QString KnotStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/knotmap.sqlite");
}

KnotStore::KnotStore(QString path, QString connectionName, BodyAtlas atlas)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_atlas(std::move(atlas))
{}

KnotStore::~KnotStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase KnotStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace knotmap
