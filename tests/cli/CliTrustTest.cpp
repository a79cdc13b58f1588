// SPDX-License-Identifier: GPL-3.0-or-later
// The trust issue's command-line findings, on the real knotmap-cli: nothing is written over the database, a
// damaged file is refused before anything is written into it, and parallel adds never clash on a spot key.
#include "TempDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

struct Ran
{
    int exitCode = -1;
    QString err;
};

class CliTrust : public ::testing::Test
{
protected:
    QProcess* start(const QStringList& arguments) const
    {
        auto* process = new QProcess;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), temp.dir.filePath(QStringLiteral("config")));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(KNOTMAP_CLI_PATH),
                       QStringList{QStringLiteral("--db"), temp.path()} + arguments);
        return process;
    }
    static Ran finish(QProcess* process)
    {
        EXPECT_TRUE(process->waitForFinished(60000));
        Ran ran{process->exitCode(), QString::fromUtf8(process->readAllStandardError())};
        delete process;
        return ran;
    }
    Ran run(const QStringList& arguments) const { return finish(start(arguments)); }
    Ran add(const char* region, int intensity) const
    {
        return run({QStringLiteral("add"), QStringLiteral("--region"), QString::fromLatin1(region),
                    QStringLiteral("--intensity"), QString::number(intensity)});
    }
    QByteArray digest(const QString& path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }
    qint64 ratings() const { return RawConnection(temp.path()).count(QStringLiteral("ratings")); }

    TempDatabase temp;
};

} // namespace

// Finding 4: `export --out` the database itself replaced it and exited 0.
TEST_F(CliTrust, ExportRefusesTheDatabaseItsCompanionsFoldersAndDevices)
{
    ASSERT_EQ(add("rhomboids-left", 6).exitCode, 0);
    // A pipe stands for every file that is not a regular one (devices too): as root the old code replaced
    // even a device, so the test keeps to a file of its own.
    const QString pipe = temp.dir.filePath(QStringLiteral("a-pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    for (const QString& target : {temp.path(), temp.path() + QStringLiteral("-wal"),
                                  temp.path() + QStringLiteral("-shm"), temp.dir.path(), pipe}) {
        for (const char* format : {"csv", "json", "fhir"}) {
            const Ran ran = run({QStringLiteral("export"), QStringLiteral("--format"),
                                 QString::fromLatin1(format), QStringLiteral("--out"), target});
            EXPECT_EQ(ran.exitCode, 1) << target.toStdString() << ' ' << format;
            EXPECT_TRUE(ran.err.startsWith(QStringLiteral("knotmap-cli: "))) << ran.err.toStdString();
        }
        const Ran report =
            run({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--out"), target});
        EXPECT_EQ(report.exitCode, 1) << target.toStdString();
    }
    EXPECT_EQ(ratings(), 1); // still a database, still holding the rating
    struct stat pipeStat;
    ASSERT_EQ(::stat(QFile::encodeName(pipe).constData(), &pipeStat), 0);
    EXPECT_TRUE(S_ISFIFO(pipeStat.st_mode)) << "the pipe was replaced by a file";
    EXPECT_TRUE(run({QStringLiteral("import"), temp.path()}).err.contains(QStringLiteral("own database")));
}

// Finding 8: a damaged page went unnoticed at open, and add wrote into the file.
TEST_F(CliTrust, ADamagedFileIsRefusedBeforeAnythingIsWrittenIntoIt)
{
    for (int i = 0; i < 40; ++i)
        ASSERT_EQ(add(i % 2 ? "rhomboids-left" : "splenius-right", i % 11).exitCode, 0);
    {
        QFile file(temp.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_GE(file.size(), 4 * 4096) << "the test needs a file of several pages";
        file.seek(file.size() - 4096); // the last page, not the header: the file still opens as SQLite
        file.write(QByteArray(4096, '\x5a'));
    }
    const QByteArray before = digest(temp.path());
    const Ran ran = add("rhomboids-left", 3);
    EXPECT_EQ(ran.exitCode, 1);
    EXPECT_TRUE(ran.err.contains(QStringLiteral("damaged"))) << ran.err.toStdString();
    EXPECT_EQ(digest(temp.path()), before);
}

// Finding 8: two adds in the same region at the same moment failed at random on the spot key.
TEST_F(CliTrust, ParallelAddsInOneRegionAllSucceedWithTheirOwnKeys)
{
    ASSERT_EQ(add("rhomboids-left", 1).exitCode, 0); // the file exists and is migrated
    QList<QProcess*> running;
    for (int i = 0; i < 24; ++i)
        running.append(
            start({QStringLiteral("add"), QStringLiteral("--region"), QStringLiteral("rhomboids-left"),
                   QStringLiteral("--intensity"), QString::number(i % 11)}));
    int failed = 0;
    QString firstError;
    for (QProcess* process : running) {
        const Ran ran = finish(process);
        if (ran.exitCode != 0 && failed++ == 0)
            firstError = ran.err;
    }
    EXPECT_EQ(failed, 0) << firstError.toStdString();
    RawConnection raw(temp.path());
    EXPECT_EQ(raw.count(QStringLiteral("spots")), 25);
    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(DISTINCT key) FROM spots")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 25);
}
