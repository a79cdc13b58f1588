// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashRig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

namespace knotmap::test {

QList<Ran> CrashRig::run(const QList<QStringList>& commands, qint64 killAfterMs, qint64 staggerMs,
                         qint64* elapsedMs) const
{
    // Settings stay in the test's folder, never the person's own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), file(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), file(QStringLiteral("data")));
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < commands.size(); ++i) {
        const qint64 startAt = i * staggerMs;
        if (i > 0 && killAfterMs >= 0 && startAt >= killAfterMs)
            break; // its turn comes after the kill: it never runs
        QThread::msleep(static_cast<unsigned long>(qMax<qint64>(0, startAt - clock.elapsed())));
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->setProcessEnvironment(environment);
        processes.back()->start(QStringLiteral(KNOTMAP_CLI_PATH),
                                QStringList{QStringLiteral("--db"), path()} + commands[i]);
    }
    if (killAfterMs >= 0) {
        // Waiting on each in turn until the moment, rather than sleeping, sees one that ends early.
        for (const auto& process : processes)
            process->waitForFinished(static_cast<int>(qMax<qint64>(0, killAfterMs - clock.elapsed())));
        for (const auto& process : processes)
            if (process->state() != QProcess::NotRunning)
                process->kill(); // SIGKILL: no destructor, no rollback, no checkpoint
    }
    QList<Ran> ran;
    for (const auto& process : processes) {
        // waitForFinished() is false for a process that has already ended, so ask its state first.
        EXPECT_TRUE(process->state() == QProcess::NotRunning || process->waitForFinished(120000))
            << "knotmap-cli did not end";
        ran.append({process->exitStatus() == QProcess::CrashExit, process->exitCode(),
                    QString::fromUtf8(process->readAllStandardOutput()),
                    QString::fromUtf8(process->readAllStandardError())});
    }
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return ran;
}

bool CrashRig::resetFrom(const QString& source) const
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path() + QLatin1String(suffix));
    return QFile::copy(source, path());
}

namespace {

// A query on a connection of its own, closed again before the next: SQLite recovers a killed writer's
// -wal when it opens, and the last connection to close checkpoints it.
template <typename Read> void query(const QString& file, const QString& statement, Read read)
{
    RawConnection raw(file);
    QSqlQuery q(raw.db());
    if (!q.exec(statement)) {
        read(nullptr, q.lastError().text());
        return;
    }
    read(&q, QString());
}

} // namespace

QStringList checkRows(const QString& file, const char* pragma)
{
    QStringList rows;
    query(file, QStringLiteral("PRAGMA ") + QLatin1String(pragma), [&](QSqlQuery* q, const QString& error) {
        if (!q)
            rows.append(error);
        while (q && q->next())
            rows.append(q->value(0).toString());
    });
    return rows;
}

qint64 scalar(const QString& file, const QString& statement)
{
    qint64 value = -1;
    query(file, statement, [&](QSqlQuery* q, const QString&) {
        if (q && q->next())
            value = q->value(0).toLongLong();
    });
    return value;
}

} // namespace knotmap::test
