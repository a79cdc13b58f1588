// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli backup, backups, restore, check and delete, on the real binary.
#include "RunCli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

using Ran = CliRun;

class CliBackup : public ::testing::Test
{
protected:
    Ran run(const QStringList& arguments) const { return runCli(temp, arguments); }
    Ran add(const char* region, int intensity) const
    {
        return run({QStringLiteral("add"), QStringLiteral("--region"), QString::fromLatin1(region),
                    QStringLiteral("--intensity"), QString::number(intensity)});
    }
    qint64 ratings() const { return RawConnection(temp.path()).count(QStringLiteral("ratings")); }

    TempDatabase temp;
};

} // namespace

TEST_F(CliBackup, BackupPrintsThePathOfAPrivateCopyAndBackupsListsIt)
{
    ASSERT_EQ(add("rhomboids-left", 5).exitCode, 0);
    const Ran made = run({QStringLiteral("backup")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString path = made.out.trimmed();
    EXPECT_TRUE(QFileInfo(path).isFile());
    EXPECT_TRUE(path.endsWith(QStringLiteral("-manual.sqlite"))) << path.toStdString();
    EXPECT_EQ(QFile::permissions(path) & 0x0fff, QFile::ReadUser | QFile::WriteUser);

    const Ran listed = run({QStringLiteral("backups"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray backups = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(backups.size(), 1);
    const QJsonObject first = backups[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("path")).toString(), path);
    EXPECT_EQ(first.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
    EXPECT_EQ(first.value(QStringLiteral("spots")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("ratings")).toInt(), 1);
    EXPECT_TRUE(first.value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(first.contains(QStringLiteral("created_at")));

    const QString out = temp.dir.filePath(QStringLiteral("copy.sqlite"));
    const Ran elsewhere = run({QStringLiteral("backup"), QStringLiteral("--out"), out});
    ASSERT_EQ(elsewhere.exitCode, 0) << elsewhere.err.toStdString();
    EXPECT_EQ(RawConnection(out).count(QStringLiteral("ratings")), 1);
    EXPECT_EQ(run({QStringLiteral("backup"), QStringLiteral("--out"), temp.path()}).exitCode, 1);
}

TEST_F(CliBackup, RestoreBacksUpFirstAndPrintsBothPaths)
{
    ASSERT_EQ(add("rhomboids-left", 5).exitCode, 0);
    const QString earlier = run({QStringLiteral("backup")}).out.trimmed();
    ASSERT_EQ(add("splenius-right", 7).exitCode, 0);
    const Ran restored = run({QStringLiteral("restore"), earlier});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_EQ(ratings(), 1);
    const QStringList lines = restored.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].contains(earlier));
    const QString kept = lines[1].section(QStringLiteral(" kept in "), 1);
    EXPECT_TRUE(kept.endsWith(QStringLiteral("-before-restore.sqlite"))) << kept.toStdString();
    EXPECT_EQ(RawConnection(kept).count(QStringLiteral("ratings")), 2);
    EXPECT_EQ(run({QStringLiteral("restore")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("restore"), temp.dir.filePath(QStringLiteral("nothing.sqlite"))}).exitCode,
              1);
}

TEST_F(CliBackup, CheckSaysOkOrNamesTheDamage)
{
    for (int i = 0; i < 30; ++i)
        ASSERT_EQ(add(i % 2 ? "rhomboids-left" : "splenius-right", i % 11).exitCode, 0);
    const Ran sound = run({QStringLiteral("check")});
    EXPECT_EQ(sound.exitCode, 0) << sound.err.toStdString();
    EXPECT_EQ(sound.out.trimmed(), QStringLiteral("ok"));
    {
        QFile file(temp.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 4096);
        file.write(QByteArray(4096, '\x5a'));
    }
    const Ran damaged = run({QStringLiteral("check")});
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("is not sound"))) << damaged.err.toStdString();
}

TEST_F(CliBackup, DeleteRemovesASpotByKeyOrUuidOrOneRatingById)
{
    ASSERT_EQ(add("rhomboids-left", 5).exitCode, 0);
    ASSERT_EQ(add("splenius-right", 6).exitCode, 0);
    ASSERT_EQ(add("gluteus-medius-left", 7).exitCode, 0);
    RawConnection raw(temp.path());
    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT uuid FROM spots WHERE key = 'splenius-right-1'")) && q.next());
    const QString uuid = q.value(0).toString();
    q.finish();

    const Ran byKey =
        run({QStringLiteral("delete"), QStringLiteral("--spot"), QStringLiteral("rhomboids-left-1")});
    EXPECT_EQ(byKey.exitCode, 0) << byKey.err.toStdString();
    EXPECT_EQ(byKey.out.trimmed(),
              QStringLiteral("Deleted spot rhomboids-left-1 in Left rhomboids with 1 rating"));
    EXPECT_EQ(run({QStringLiteral("delete"), QStringLiteral("--spot"), uuid}).exitCode, 0);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM ratings")) && q.next());
    const QString last = q.value(0).toString();
    q.finish();
    EXPECT_EQ(run({QStringLiteral("delete"), QStringLiteral("--rating"), last}).exitCode, 0);
    EXPECT_EQ(ratings(), 0);
    EXPECT_EQ(raw.count(QStringLiteral("spots")), 1); // the gluteus spot stays, without ratings

    EXPECT_EQ(run({QStringLiteral("delete"), QStringLiteral("--rating"), last}).exitCode, 1);
    EXPECT_EQ(
        run({QStringLiteral("delete"), QStringLiteral("--spot"), QStringLiteral("no-such-spot")}).exitCode,
        1);
    EXPECT_EQ(run({QStringLiteral("delete")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("delete"), QStringLiteral("--spot"), QStringLiteral("a"),
                   QStringLiteral("--rating"), QStringLiteral("1")})
                  .exitCode,
              2);
}
