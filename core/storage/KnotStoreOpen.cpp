// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a store: the file, its permissions, the connection's settings and the schema.
#include "KnotStore.h"

#include "i18n/TranslateIn.h"

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

#include <future>
#include <mutex>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace knotmap {

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The felt-pain vocabulary, read from the resources once per process: every store holds a copy.
const std::optional<ReferralAtlas>& standardReferral(QString* why)
{
    static QString problem;
    static const std::optional<ReferralAtlas> referral = ReferralAtlas::loadStandard(&problem);
    if (!referral && why)
        *why =
            translateIn("Storage", "KnotMap's table of felt-pain areas could not be read: %1").arg(problem);
    return referral;
}

// Health data: the file is created readable by its owner only, atomically, never widened later.
QString prepareFile(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder))
            return translateIn("Storage", "cannot create the folder %1")
                .arg(QDir::toNativeSeparators(folder));
        QFile::setPermissions(folder, kOwnerOnly | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return translateIn("Storage", "cannot create %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (!info.isFile())
        return translateIn("Storage", "%1 is not a file").arg(QDir::toNativeSeparators(path));
    if (!info.isReadable() || !info.isWritable())
        return translateIn("Storage",
                           "%1 is read-only; KnotMap saves every change at once, so it needs to write there")
            .arg(QDir::toNativeSeparators(path));
    if (!QFileInfo(folder).isWritable())
        return translateIn(
                   "Storage",
                   "the folder %1 is read-only; SQLite needs to write its journal beside the database")
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
    return translateIn(
               "Storage",
               "the file is damaged (SQLite's check reports: %1); KnotMap does not write into a damaged file")
        .arg(findings.join(QStringLiteral("; ")));
}

// What a write into a damaged file is refused with, and what damageFound() says.
QString damageSentence(const QString& path, const QString& findings)
{
    return translateIn("Storage", "Cannot write to %1: %2").arg(QDir::toNativeSeparators(path), findings);
}

QString newConnectionName()
{
    return QStringLiteral("knotmap-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// The quick check on a thread of its own, on a read-only connection of its own. Destroying the last
// shared_future of std::async waits for the thread, so the store outlives its check; a store closed first
// interrupts it (a window closed at once must not wait for a check of ten years).
struct KnotStore::BackgroundCheck
{
    std::shared_future<QString> verdict;
    std::mutex lock; // guards the two below, between the checking thread and the store's
    sqlite3* running = nullptr;
    bool stopped = false;

    // On the checking thread. Empty when intact or stopped.
    QString run(const QString& path, int busyTimeoutMs)
    {
#ifdef Q_OS_LINUX
        // The lowest priority for this thread alone: the check must never take a core from the window,
        // which opens while it runs.
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 19);
#endif
        const QString name = newConnectionName();
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
            if (!db.open()) {
                problem = sql::describe(db.lastError());
            } else {
                bool go = false;
                {
                    const std::lock_guard guard(lock);
                    go = !stopped;
                    running = go ? sql::nativeHandle(db) : nullptr;
                }
                if (go)
                    problem = checkIntact(db);
                const std::lock_guard guard(lock);
                running = nullptr;
                if (stopped)
                    problem.clear(); // interrupted: no verdict
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return problem;
    }

    void stop()
    {
        {
            const std::lock_guard guard(lock);
            stopped = true;
            if (running)
                sqlite3_interrupt(running);
        }
        verdict.wait();
    }
};

QString KnotStore::integrityProblem() const
{
    if (m_checkBeforeFirstWrite && !m_firstWriteVerdict) {
        const QString findings = checkIntact(db());
        m_firstWriteVerdict = findings.isEmpty() ? QString() : damageSentence(m_path, findings);
    }
    if (m_firstWriteVerdict)
        return *m_firstWriteVerdict;
    return m_check ? m_check->verdict.get() : QString();
}

std::optional<QString> KnotStore::integrityVerdictSoFar() const
{
    if (m_checkBeforeFirstWrite)
        return m_firstWriteVerdict;
    if (m_check && m_check->verdict.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    return integrityProblem();
}

std::unique_ptr<KnotStore> KnotStore::openReader(const QString& path, const BodyAtlas& atlas, QString* error,
                                                 StoreOptions options)
{
    QString why;
    const std::optional<ReferralAtlas>& referral = standardReferral(&why);
    if (!referral) {
        if (error)
            *error = translateIn("Storage", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), why);
        return nullptr;
    }
    const QString connectionName = newConnectionName();
    std::unique_ptr<KnotStore> store(
        new KnotStore(QFileInfo(path).absoluteFilePath(), connectionName, atlas, *referral));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    const auto fail = [&](const QString& why) -> std::unique_ptr<KnotStore> {
        if (error)
            *error = translateIn("Storage", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), why);
        return nullptr;
    };
    if (!QFileInfo(path).isFile())
        return fail(translateIn("Storage", "the file is not there"));
    if (!db.open())
        return fail(sql::describe(db.lastError()));
    try {
        if (QString problem = schema::checkOwnership(db); !problem.isEmpty())
            return fail(problem);
        if (sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt() != schema::currentVersion())
            return fail(translateIn("Storage", "the file has not been opened by this KnotMap yet"));
    } catch (const sql::SqlFailure& failure) {
        return fail(failure.message);
    }
    return store;
}

std::unique_ptr<KnotStore> KnotStore::open(const QString& path, const BodyAtlas& atlas, QString* error,
                                           StoreOptions options)
{
    const auto fail = [&](const QString& why) -> std::unique_ptr<KnotStore> {
        if (error)
            *error = translateIn("Storage", "Cannot open %1: %2").arg(QDir::toNativeSeparators(path), why);
        return nullptr;
    };
    if (path.isEmpty())
        return fail(translateIn("Storage", "no file name given"));
    QString why;
    const std::optional<ReferralAtlas>& referral = standardReferral(&why);
    if (!referral)
        return fail(why);
    if (QString problem = prepareFile(path); !problem.isEmpty())
        return fail(problem);

    const QString connectionName = newConnectionName();
    std::unique_ptr<KnotStore> store(
        new KnotStore(QFileInfo(path).absoluteFilePath(), connectionName, atlas, *referral));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid())
            return fail(
                translateIn("Storage", "Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return fail(sql::describe(db.lastError()));
        // Look before touching: switching to WAL rewrites the header of a file we may have to refuse.
        if (QString problem = schema::checkOwnership(db); !problem.isEmpty())
            return fail(problem);
        // A file about to be migrated is checked first, whatever was asked: the migration writes into it.
        const int version = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        const bool current = version == schema::currentVersion();
        const bool checkLater = options.integrityCheck == IntegrityCheck::InBackground && current;
        store->m_checkBeforeFirstWrite =
            options.integrityCheck == IntegrityCheck::BeforeFirstWrite && current;
        if (!checkLater && !store->m_checkBeforeFirstWrite) {
            if (QString problem = checkIntact(db); !problem.isEmpty())
                return fail(problem);
        }
        tightenPermissions(path);
        // Before a migration rewrites an older file's tables, a verified copy of it as it was.
        if (version >= 1 && version < schema::currentVersion()) {
            if (Result<BackupInfo> backup = makeBackup(path, BackupReason::BeforeMigration); !backup)
                return fail(
                    translateIn("Storage", "it was not upgraded, because it could not be backed up first: %1")
                        .arg(backup.error()));
        }
        try {
            const QString mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                return fail(
                    translateIn("Storage",
                                "SQLite could not switch the file to write-ahead logging (it reports '%1')")
                        .arg(mode));
            sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
            if (QString problem = schema::migrate(db, atlas); !problem.isEmpty())
                return fail(problem);
            sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON")); // after migrating: see schema::migrate
        } catch (const sql::SqlFailure& failure) {
            return fail(failure.message);
        }
        store->m_dataVersion = store->dataVersion();
        if (checkLater) { // once in WAL mode, so the reader never holds up the switch
            KnotStore* owner = store.get();
            const QString file = store->m_path;
            const int timeout = options.busyTimeoutMs;
            store->m_check = std::make_unique<BackgroundCheck>();
            store->m_check->verdict =
                std::async(std::launch::async, [owner, check = store->m_check.get(), file, timeout] {
                    QString problem = check->run(file, timeout);
                    if (!problem.isEmpty()) {
                        problem = damageSentence(file, problem);
                        // Posted, so it arrives on the store's thread; the store waits
                        // for this thread before it goes, and takes the event with it.
                        QMetaObject::invokeMethod(
                            owner, [owner, problem] { emit owner->damageFound(problem); },
                            Qt::QueuedConnection);
                    }
                    return problem;
                }).share();
        }
    }
    return store;
}

QString KnotStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/knotmap.sqlite");
}

KnotStore::KnotStore(QString path, QString connectionName, BodyAtlas atlas, ReferralAtlas referral)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_atlas(std::move(atlas)),
      m_referral(std::move(referral))
{}

KnotStore::~KnotStore()
{
    if (m_check)
        m_check->stop(); // no thread may post to a store that is gone
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
