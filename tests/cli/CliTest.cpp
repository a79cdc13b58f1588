// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real knotmap-cli binary, as a script or a person would.
#include "TempDatabase.h"

#include "domain/ShownText.h"
#include "routines/Symptoms.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test
{
protected:
    CliResult run(QStringList arguments) const
    {
        arguments.prepend(temp.path());
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        // Settings of its own: the person's real ~/.config is never read or written.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), temp.dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KNOTMAP_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QJsonArray list(QStringList extra = {}) const
    {
        const CliResult r = run(
            QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    // A refused command must say what is wrong on one line of stderr, and write nothing.
    void expectRefused(const QStringList& arguments, int exitCode, const QString& mentions) const
    {
        const int before = list().size();
        const CliResult r = run(arguments);
        EXPECT_EQ(r.exitCode, exitCode) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(mentions)) << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("knotmap-cli: "))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_EQ(list().size(), before);
    }

    TempDatabase temp;
};

QStringList args(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

TEST_F(Cli, RegionsListsEveryRegionWithACentroidInsideIt)
{
    const CliResult r = run(args({"regions", "--format", "json"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray regions = QJsonDocument::fromJson(r.out.toUtf8()).array();
    EXPECT_GE(regions.size(), 36);
    for (const QJsonValue& value : regions) {
        const QJsonObject region = value.toObject();
        const QString id = region.value(QStringLiteral("id")).toString();
        const QJsonArray centroid = region.value(QStringLiteral("centroid")).toArray();
        const AtlasRegion* hit = standardAtlas().hitTest({centroid[0].toDouble(), centroid[1].toDouble()});
        ASSERT_NE(hit, nullptr) << id.toStdString();
        EXPECT_EQ(hit->id, id);
        EXPECT_EQ(region.value(QStringLiteral("side")).toString(),
                  id.endsWith(QStringLiteral("-left")) ? QStringLiteral("left") : QStringLiteral("right"));
        EXPECT_FALSE(region.value(QStringLiteral("name")).toString().isEmpty());
    }
}

TEST_F(Cli, AnAddedRatingIsThereInALaterRun)
{
    const CliResult added =
        run(args({"add", "--region", "levator-scapulae-right", "--intensity", "6", "--quality", "sharp",
                  "--note", "turning my head, \"ouch\"", "--at", "2026-03-01T08:30:00+01:00"}));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("levator-scapulae-right-1")));

    const QJsonArray rows = list(); // a new process: the rating survived the first one ending
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows[0].toObject();
    EXPECT_EQ(row.value(QStringLiteral("recorded_at")).toString(),
              QStringLiteral("2026-03-01T08:30:00+01:00"));
    EXPECT_EQ(row.value(QStringLiteral("spot")).toString(), QStringLiteral("levator-scapulae-right-1"));
    EXPECT_EQ(row.value(QStringLiteral("region")).toString(), QStringLiteral("levator-scapulae-right"));
    EXPECT_EQ(row.value(QStringLiteral("intensity")).toInt(), 6);
    EXPECT_EQ(row.value(QStringLiteral("quality")).toString(), QStringLiteral("sharp"));
    EXPECT_EQ(row.value(QStringLiteral("note")).toString(), QStringLiteral("turning my head, \"ouch\""));
    const QPointF label = standardAtlas().region(QStringLiteral("levator-scapulae-right"))->labelPoint;
    EXPECT_NEAR(row.value(QStringLiteral("x")).toDouble(), label.x(), 1e-6);
    EXPECT_NEAR(row.value(QStringLiteral("y")).toDouble(), label.y(), 1e-6);
}

TEST_F(Cli, AnExactPointFindsItsRegion)
{
    const QPointF p = standardAtlas().region(QStringLiteral("gluteus-medius-left"))->labelPoint;
    const CliResult r =
        run({QStringLiteral("add"), QStringLiteral("--x"), QString::number(p.x()), QStringLiteral("--y"),
             QString::number(p.y()), QStringLiteral("--intensity"), QStringLiteral("3")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(list()[0].toObject().value(QStringLiteral("region")).toString(),
              QStringLiteral("gluteus-medius-left"));
}

TEST_F(Cli, ASpotKeyRatesTheSameKnotAgain)
{
    ASSERT_EQ(run(args({"add", "--region", "rhomboids-left", "--intensity", "5", "--spot", "desk-knot",
                        "--at", "2026-03-01T08:00:00+01:00"}))
                  .exitCode,
              0);
    ASSERT_EQ(
        run(args({"add", "--spot", "desk-knot", "--intensity", "3", "--at", "2026-03-02T08:00:00+01:00"}))
            .exitCode,
        0);
    const QJsonArray rows = list();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("spot")),
              rows[1].toObject().value(QStringLiteral("spot")));
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("intensity")).toInt(), 3);
}

TEST_F(Cli, BadDataIsRefusedWithExitCode1AndNothingWritten)
{
    expectRefused(args({"add", "--region", "rhomboids-left", "--intensity", "11"}), 1, QStringLiteral("11"));
    expectRefused(args({"add", "--region", "rhomboids-left", "--intensity", "-2"}), 1, QStringLiteral("-2"));
    expectRefused(args({"add", "--region", "rhomboids-left", "--intensity", "lots"}), 1,
                  QStringLiteral("lots"));
    expectRefused(args({"add", "--region", "bicep-left", "--intensity", "4"}), 1,
                  QStringLiteral("unknown region"));
    expectRefused(args({"add", "--x", "0.01", "--y", "0.01", "--intensity", "4"}), 1,
                  QStringLiteral("outside the body"));
    expectRefused(args({"add", "--region", "rhomboids-left", "--intensity", "4", "--at", "yesterday"}), 1,
                  QStringLiteral("ISO 8601"));
    expectRefused(
        args({"add", "--region", "rhomboids-left", "--intensity", "4", "--at", "2026-03-01T08:00:00"}), 1,
        QStringLiteral("ISO 8601"));
    expectRefused(args({"add", "--region", "rhomboids-left", "--intensity", "4", "--quality", "throbbing"}),
                  1, QStringLiteral("throbbing"));
    const QPointF piriformis = standardAtlas().region(QStringLiteral("piriformis-left"))->labelPoint;
    expectRefused({QStringLiteral("add"), QStringLiteral("--region"), QStringLiteral("rhomboids-left"),
                   QStringLiteral("--x"), QString::number(piriformis.x()), QStringLiteral("--y"),
                   QString::number(piriformis.y()), QStringLiteral("--intensity"), QStringLiteral("4")},
                  1, QStringLiteral("piriformis-left"));
    expectRefused(args({"list", "--from", "1st March"}), 1, QStringLiteral("1st March"));
}

TEST_F(Cli, UsageErrorsGiveExitCode2)
{
    expectRefused(args({"add", "--region", "rhomboids-left"}), 2, QStringLiteral("--intensity"));
    expectRefused(args({"add", "--intensity", "4"}), 2, QStringLiteral("--region"));
    expectRefused(args({"add", "--x", "0.5", "--intensity", "4"}), 2, QStringLiteral("--x and --y"));
    expectRefused(args({"frobnicate"}), 2, QStringLiteral("unknown command"));
    expectRefused(args({"list", "--weeks", "3"}), 2, QStringLiteral("--weeks"));
    expectRefused(args({"list", "--format", "xml"}), 2, QStringLiteral("xml"));
    expectRefused(args({"list", "--bogus"}), 2, QStringLiteral("bogus"));
    expectRefused({}, 2, QStringLiteral("no command"));
}

TEST_F(Cli, ARepeatedOptionIsAUsageErrorUnlessTheCommandTakesItAgain)
{
    const CliResult r =
        run(args({"add", "--region", "upper-trapezius-left", "--intensity", "3", "--intensity", "7"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    expectRefused(args({"add", "--region", "upper-trapezius-left", "--intensity", "3", "--intensity", "7"}),
                  2, QStringLiteral("--intensity"));
    expectRefused(args({"add", "--region=rhomboids-left", "--region=rhomboids-right", "--intensity", "3"}), 2,
                  QStringLiteral("--region"));
    expectRefused(args({"list", "--format", "json", "--format", "csv"}), 2, QStringLiteral("--format"));
    expectRefused(
        {QStringLiteral("--db"), temp.dir.filePath(QStringLiteral("other.sqlite")), QStringLiteral("list")},
        2, QStringLiteral("--db"));
    EXPECT_FALSE(QFile::exists(temp.dir.filePath(QStringLiteral("other.sqlite"))));
    // trends documents --region and --spot as repeatable.
    const CliResult trends =
        run(args({"trends", "--region", "rhomboids-left", "--region", "rhomboids-right"}));
    EXPECT_EQ(trends.exitCode, 0) << trends.err.toStdString();
}

TEST_F(Cli, ControlCharactersInArgumentsAreShownEscaped)
{
    // An escape sequence would colour the terminal; a newline would forge a second line of stderr.
    for (const QString& region : {QStringLiteral("\x1b[31mx"), QStringLiteral("x\nknotmap-cli: forged")}) {
        expectRefused(
            {QStringLiteral("add"), QStringLiteral("--region"), region, QStringLiteral("--intensity"),
             QStringLiteral("3")},
            1, QStringLiteral("unknown region '") + escapeControlCharacters(region) + QLatin1Char('\''));
        const CliResult r = run({QStringLiteral("add"), QStringLiteral("--region"), region,
                                 QStringLiteral("--intensity"), QStringLiteral("3")});
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QChar(0x1b))) << r.err.toStdString();
    }
    // A message followed by the usage: the message is escaped, the usage still prints on lines of its own.
    const CliResult unknown = run({QStringLiteral("frob\x1bnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    const QStringList lines = unknown.err.split(QLatin1Char('\n'));
    EXPECT_EQ(lines[0], QStringLiteral("knotmap-cli: unknown command 'frob\\x1bnicate'"));
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("usage: knotmap-cli"))) << unknown.err.toStdString();
    EXPECT_EQ(lines[2], QStringLiteral("commands:"));
    const CliResult option = run({QStringLiteral("list"), QStringLiteral("--bo\ngus")});
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_TRUE(option.err.startsWith(QStringLiteral("knotmap-cli: Unknown option 'bo\\ngus'.\nusage: ")))
        << option.err.toStdString();
    // The lines on stdout too: a file name holding a newline stays on its one line.
    const QString out = temp.dir.filePath(QStringLiteral("two\nlines.csv"));
    const CliResult exported = run({QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("--out"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.out, QStringLiteral("Wrote ") + escapeControlCharacters(out) + QLatin1Char('\n'));
    // An import's problems quote the file: each stays one line, with the file's control characters escaped.
    const QString bad = temp.dir.filePath(QStringLiteral("bad\x1b.csv"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("recorded_at,spot,region,x,y,intensity,quality,note\n"
               "2026-03-01T08:00:00+01:00,desk,\x1b[2Jx\u2028y,,,5,aching,fine\n");
    file.close();
    const CliResult refused = run({QStringLiteral("import"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(refused.err.contains(QChar(0x1b)) || refused.err.contains(QChar(0x2028)))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("\\x1b[2Jx\\u2028y"))) << refused.err.toStdString();
    EXPECT_EQ(refused.err.count(QLatin1Char('\n')), 2) << refused.err.toStdString();
}

TEST_F(Cli, ListFiltersByLocalDateInclusiveAndWritesCsv)
{
    for (const char* at : {"2026-03-01T08:00:00+01:00", "2026-03-01T23:30:00-05:00",
                           "2026-03-02T00:30:00+01:00", "2026-03-03T12:00:00Z"})
        ASSERT_EQ(
            run(args({"add", "--region", "rhomboids-left", "--intensity", "4", "--spot", "k", "--at", at}))
                .exitCode,
            0);
    // 23:30 in New York on 1 March counts for 1 March; 00:30 in Berlin on 2 March for 2 March.
    EXPECT_EQ(list(args({"--from", "2026-03-01", "--to", "2026-03-01"})).size(), 2);
    EXPECT_EQ(list(args({"--from", "2026-03-02", "--to", "2026-03-03"})).size(), 2);
    EXPECT_EQ(list(args({"--from", "2026-03-03"})).size(), 1);
    EXPECT_EQ(list(args({"--to", "2026-02-28"})).size(), 0);

    const CliResult csv = run(args({"list", "--format", "csv", "--to", "2026-03-01"}));
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("recorded_at,spot,region,x,y,intensity,quality,note,spot_uuid,kind"));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("2026-03-01T23:30:00-05:00,k,rhomboids-left,")));
}

TEST_F(Cli, DemoWritesAHistoryOnlyIntoAnEmptyDatabase)
{
    const CliResult demo = run(args({"demo", "--weeks", "3", "--seed", "5"}));
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QJsonArray rows = list();
    EXPECT_GT(rows.size(), 40);
    const QDate last = QDate::fromString(
        rows.last().toObject().value(QStringLiteral("recorded_at")).toString().left(10), Qt::ISODate);
    EXPECT_EQ(last, QDate::currentDate());
    expectRefused(args({"demo", "--weeks", "3"}), 1, QStringLiteral("already holds data"));
    expectRefused(args({"demo", "--weeks", "0"}), 1, QStringLiteral("--weeks"));
}

TEST(CliFiles, ACorruptDatabaseIsNamedAndLeftAlone)
{
    TempDatabase temp;
    QFile file(temp.path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a database at all");
    file.close();
    QProcess process;
    process.start(QStringLiteral(KNOTMAP_CLI_PATH),
                  {QStringLiteral("--db"), temp.path(), QStringLiteral("list")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(err.contains(temp.path()) && err.contains(QStringLiteral("not a KnotMap database")))
        << err.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("not a database at all"));
}

namespace {
QJsonObject goldenTrends(const char* name)
{
    QFile file(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/") + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class CliTrends : public Cli
{
protected:
    void SetUp() override
    {
        auto store = temp.open();
        loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
    }
    QJsonObject trends(const QStringList& extra) const
    {
        const CliResult r = run(args({"trends", "--from", "2026-03-02", "--to", "2026-04-12"}) + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
};

TEST_F(CliTrends, PrintsTheHandWorkedAnswers)
{
    EXPECT_EQ(trends({}), goldenTrends("trends-weekly.json"));
    EXPECT_EQ(trends(args({"--bucket", "month"})), goldenTrends("trends-monthly.json"));
    EXPECT_EQ(trends(args({"--region", "quadratus-lumborum-right"})), goldenTrends("trends-weekly-ql.json"));
    EXPECT_EQ(trends(args({"--spot", "ql"})), goldenTrends("trends-weekly-ql.json"));
    // Repeatable: both regions are everything in the fixture.
    QJsonObject both =
        trends(args({"--region", "quadratus-lumborum-right", "--region", "upper-trapezius-left"}));
    EXPECT_EQ(both, goldenTrends("trends-weekly.json"));
}

TEST_F(Cli, TrendsGivesTheVerdictKnotByKnot)
{
    // trends-fixture.md, "The verdict, knot by knot": the keys added in issue 10 beside the five kept ones.
    {
        auto store = temp.open();
        loadRatingsFixture(*store, QStringLiteral("trends-verdict-fixture.csv"));
    }
    const CliResult r =
        run(args({"trends", "--from", "2026-01-05", "--to", "2026-03-29", "--format", "json"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject all = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(all, goldenTrends("trends-verdict.json"));
    const QJsonObject verdict = all.value(QStringLiteral("verdict")).toObject();
    EXPECT_EQ(verdict.value(QStringLiteral("label")).toString(), QStringLiteral("improved"));
    EXPECT_EQ(verdict.value(QStringLiteral("baseline")).toDouble(), 5.5);
    EXPECT_EQ(verdict.value(QStringLiteral("recent")).toDouble(), 3.3);
    EXPECT_EQ(verdict.value(QStringLiteral("change")).toDouble(), -2.2);
    EXPECT_EQ(verdict.value(QStringLiteral("percent")).toDouble(), -40.0);
    EXPECT_EQ(verdict.value(QStringLiteral("spots_followed")).toInt(), 2);
    EXPECT_EQ(verdict.value(QStringLiteral("baseline_from")).toString(), QStringLiteral("2026-01-19"));
    EXPECT_EQ(verdict.value(QStringLiteral("baseline_to")).toString(), QStringLiteral("2026-02-01"));
    EXPECT_EQ(verdict.value(QStringLiteral("recent_from")).toString(), QStringLiteral("2026-03-14"));
    EXPECT_EQ(verdict.value(QStringLiteral("recent_to")).toString(), QStringLiteral("2026-03-27"));
    // The keys from before issue 10 are still there, with the same values.
    EXPECT_EQ(verdict.value(QStringLiteral("baseline_mean")).toDouble(), 5.5);
    EXPECT_EQ(verdict.value(QStringLiteral("recent_mean")).toDouble(), 3.3);

    // The new piriformis knot alone has no baseline days: no verdict, its values null, its windows given.
    const QJsonObject piri =
        QJsonDocument::fromJson(
            run(args({"trends", "--from", "2026-01-05", "--to", "2026-03-29", "--spot", "piri"}))
                .out.toUtf8())
            .object()
            .value(QStringLiteral("verdict"))
            .toObject();
    EXPECT_EQ(piri.value(QStringLiteral("label")).toString(), QStringLiteral("not-enough-data"));
    EXPECT_EQ(piri.value(QStringLiteral("spots_followed")).toInt(-1), 0);
    EXPECT_TRUE(piri.value(QStringLiteral("baseline")).isNull());
    EXPECT_TRUE(piri.value(QStringLiteral("baseline_from")).isNull()); // 20–27 March: too short for windows
}

TEST_F(CliTrends, WritesCsv)
{
    const CliResult r = run(args(
        {"trends", "--from", "2026-03-02", "--to", "2026-04-12", "--bucket", "month", "--format", "csv"}));
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QStringLiteral("start,mean,max,min,count,days\r\n2026-03-01,5.55,8,3,12,10\r\n"
                                    "2026-04-01,2.67,3,2,3,3\r\n"));
}

TEST_F(CliTrends, WeeksEndTodayAndFollowTheWeekStartSetting)
{
    const QJsonObject recent =
        QJsonDocument::fromJson(run(args({"trends", "--weeks", "4"})).out.toUtf8()).object();
    EXPECT_EQ(recent.value(QStringLiteral("to")).toString(), QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(recent.value(QStringLiteral("from")).toString(),
              QDate::currentDate().addDays(-27).toString(Qt::ISODate));

    QDir().mkpath(temp.dir.filePath(QStringLiteral("config/knotmap")));
    QFile settings(temp.dir.filePath(QStringLiteral("config/knotmap/knotmap.conf")));
    ASSERT_TRUE(settings.open(QIODevice::WriteOnly));
    settings.write("[analysis]\nweekStartsOnSunday=true\n");
    settings.close();
    const QJsonArray series = trends({}).value(QStringLiteral("series")).toArray();
    EXPECT_EQ(series.first().toObject().value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-03-01"));
    EXPECT_EQ(series.size(), 7);
}

TEST_F(Cli, TheSettingsFileHoldsANameAndSymptomsSoOnlyThePersonMayReadIt)
{
    const QFile::Permissions othersMay = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                         QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QString folder = temp.dir.filePath(QStringLiteral("config/knotmap"));
    const QString file = folder + QStringLiteral("/knotmap.conf");
    // An import applies the settings a JSON file carries, which writes the file.
    const QString json = temp.dir.filePath(QStringLiteral("with-settings.json"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--out"), json})
                  .exitCode,
              0);
    const CliResult imported = run({QStringLiteral("import"), json});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_TRUE(QFile::exists(file));
    EXPECT_EQ(QFile::permissions(file) & othersMay, QFile::Permissions());
    EXPECT_EQ(QFile::permissions(folder) & othersMay, QFile::Permissions());
    // A file left open by an older KnotMap, or by hand, is tightened the next time the settings are read.
    ASSERT_TRUE(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    ASSERT_EQ(run(args({"trends", "--weeks", "1"})).exitCode, 0);
    EXPECT_EQ(QFile::permissions(file) & othersMay, QFile::Permissions());
}

TEST_F(CliTrends, RefusesBadRequests)
{
    expectRefused(args({"trends", "--bucket", "year"}), 2, QStringLiteral("year"));
    expectRefused(args({"trends", "--from", "2026-03-02"}), 2, QStringLiteral("--from and --to"));
    expectRefused(args({"trends", "--from", "2026-03-02", "--to", "2026-03-09", "--weeks", "2"}), 2,
                  QStringLiteral("not both"));
    expectRefused(args({"trends", "--from", "2026-04-02", "--to", "2026-03-09"}), 1, QStringLiteral("after"));
    expectRefused(args({"trends", "--from", "March", "--to", "2026-03-09"}), 1, QStringLiteral("dates like"));
    expectRefused(args({"trends", "--region", "bicep-left"}), 1, QStringLiteral("unknown region"));
    expectRefused(args({"trends", "--spot", "nope"}), 1, QStringLiteral("no spot 'nope'"));
    expectRefused(args({"trends", "--format", "xml"}), 2, QStringLiteral("xml"));
}

class CliRoutine : public Cli
{
protected:
    void SetUp() override
    {
        auto store = temp.open();
        // A moderate knot rated every day this week, and a numb spot yesterday.
        rateEveryDay(*store, QStringLiteral("upper-trapezius-left"), QStringLiteral("desk"), 7, 5);
        Rating numb;
        numb.recordedAt = RecordedTime::localDayAt(QDate::currentDate().addDays(-1), QTime(9, 0));
        numb.intensity = 3;
        numb.quality = Quality::Numb;
        ASSERT_TRUE(
            store->createSpot(standardAtlas().region(QStringLiteral("splenius-right"))->labelPoint, numb));
    }
};

TEST_F(CliRoutine, PrintsTodaysPlanAsJson)
{
    const CliResult r = run(args({"routine", "--format", "json", "--minutes", "10"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(plan.value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(plan.value(QStringLiteral("minutes")).toInt(), 10);
    const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
    ASSERT_FALSE(steps.isEmpty());
    int seconds = 0;
    bool desk = false;
    for (const QJsonValue& value : steps) {
        const QJsonObject step = value.toObject();
        const Technique* t =
            standardCatalogue().technique(step.value(QStringLiteral("technique")).toString());
        ASSERT_NE(t, nullptr);
        const int hold = step.value(QStringLiteral("hold_s")).toInt(),
                  repeats = step.value(QStringLiteral("repeats")).toInt();
        seconds += hold * repeats + t->restSeconds * (repeats - 1);
        EXPECT_TRUE(t->holdSeconds.contains(hold));
        if (step.value(QStringLiteral("region")).toString() == QStringLiteral("splenius-right")) {
            EXPECT_FALSE(t->pressesOnTissue()); // the numb area gets no pressure
        }
        desk = desk || step.value(QStringLiteral("spot")).toString() == QStringLiteral("desk");
        EXPECT_FALSE(step.value(QStringLiteral("why")).toString().isEmpty());
    }
    EXPECT_TRUE(desk);
    EXPECT_LE(seconds, 600);
    const QJsonArray notices = plan.value(QStringLiteral("see_professional")).toArray();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_EQ(notices[0].toObject().value(QStringLiteral("reason")).toString(),
              QStringLiteral("numbness-or-tingling"));
    EXPECT_EQ(notices[0].toObject().value(QStringLiteral("regions")).toArray(),
              QJsonArray{QStringLiteral("splenius-right")});
}

TEST_F(CliRoutine, PrintsTextWithTheDisclaimer)
{
    const CliResult r = run(args({"routine"}));
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("not a diagnosis")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Left upper trapezius")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("numbness, tingling or shooting pain")));
}

TEST_F(CliRoutine, SymptomsListsTheChecklistWithLevels)
{
    const CliResult r = run(args({"symptoms", "--format", "json"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(all.size(), allSymptoms().size());
    QHash<QString, QString> levels;
    for (const QJsonValue& item : all) {
        const QJsonObject o = item.toObject();
        EXPECT_EQ(o.keys(),
                  (QStringList{QStringLiteral("key"), QStringLiteral("level"), QStringLiteral("text")}));
        EXPECT_FALSE(o.value(QStringLiteral("text")).toString().isEmpty());
        levels.insert(o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("level")).toString());
    }
    EXPECT_EQ(levels.value(QStringLiteral("chest-pain")), QStringLiteral("urgent"));
    EXPECT_EQ(levels.value(QStringLiteral("fever")), QStringLiteral("pause"));
    EXPECT_EQ(levels.value(QStringLiteral("cancer-history")), QStringLiteral("see-soon"));
    const CliResult text = run(args({"symptoms"}));
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("bladder-bowel\turgent\t")));
}

TEST_F(CliRoutine, GivenSymptomsStandForTheSavedOnes)
{
    const auto planWith = [&](std::initializer_list<const char*> extra) {
        QStringList argv = args({"routine", "--format", "json"});
        for (const char* a : extra)
            argv.append(QString::fromLatin1(a));
        const CliResult r = run(argv);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    const QJsonObject urgent = planWith({"--symptom", "night-pain", "--symptom", "bladder-bowel"});
    EXPECT_EQ(urgent.value(QStringLiteral("steps")).toArray().size(), 0);
    EXPECT_EQ(urgent.value(QStringLiteral("stopped_by")).toString(), QStringLiteral("urgent"));
    const QJsonObject first = urgent.value(QStringLiteral("see_professional")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("reason")).toString(), QStringLiteral("symptom-bladder-bowel"));
    EXPECT_EQ(first.value(QStringLiteral("level")).toString(), QStringLiteral("urgent"));
    EXPECT_TRUE(first.value(QStringLiteral("blocks_pressure")).toBool());
    EXPECT_TRUE(first.value(QStringLiteral("urgent")).toBool());

    const QJsonObject paused = planWith({"--symptom", "fever"});
    EXPECT_EQ(paused.value(QStringLiteral("steps")).toArray().size(), 0);
    EXPECT_EQ(paused.value(QStringLiteral("stopped_by")).toString(), QStringLiteral("pause"));

    const QJsonObject soon = planWith({"--symptom", "osteoporosis-steroids"});
    EXPECT_FALSE(soon.value(QStringLiteral("steps")).toArray().isEmpty());
    for (const QJsonValue& step : soon.value(QStringLiteral("steps")).toArray())
        EXPECT_FALSE(standardCatalogue()
                         .technique(step.toObject().value(QStringLiteral("technique")).toString())
                         ->pressesOnTissue());

    const QJsonObject none = planWith({"--symptom", "none"});
    EXPECT_TRUE(none.value(QStringLiteral("stopped_by")).isNull());
    expectRefused(args({"routine", "--symptom", "flu"}), 2, QStringLiteral("unknown symptom 'flu'"));
    expectRefused(args({"routine", "--age", "old"}), 1, QStringLiteral("--age"));
}

TEST_F(CliRoutine, LogsADoneStepAndRefusesBadOnes)
{
    const CliResult logged =
        run(args({"log-routine", "--spot", "desk", "--technique", "manual-pressure", "--duration", "120",
                  "--before", "6", "--after", "3", "--at", "2026-03-01T19:00:00+01:00"}));
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    auto store = temp.open();
    const QList<LoggedStep> log = store->routineLog(QDate(2026, 3, 1), QDate(2026, 3, 1));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].region, QStringLiteral("upper-trapezius-left"));
    EXPECT_EQ(log[0].doneSeconds, 120);
    EXPECT_EQ(log[0].before, 6);
    EXPECT_EQ(log[0].after, 3);
    store.reset();

    const auto refused = [&](const QStringList& arguments, int code, const QString& mentions) {
        const CliResult r = run(arguments);
        EXPECT_EQ(r.exitCode, code) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(mentions)) << r.err.toStdString();
    };
    refused(args({"log-routine", "--spot", "desk", "--technique", "cupping", "--duration", "60"}), 1,
            QStringLiteral("unknown technique"));
    refused(args({"log-routine", "--spot", "desk", "--technique", "stretch", "--duration", "60", "--after",
                  "11"}),
            1, QStringLiteral("--after"));
    refused(args({"log-routine", "--spot", "nope", "--technique", "stretch", "--duration", "60"}), 1,
            QStringLiteral("no spot"));
    refused(args({"log-routine", "--region", "bicep-left", "--technique", "stretch", "--duration", "60"}), 1,
            QStringLiteral("unknown region"));
    refused(args({"log-routine", "--technique", "stretch", "--duration", "60"}), 2, QStringLiteral("--spot"));
    refused(args({"log-routine", "--spot", "desk", "--technique", "stretch"}), 2,
            QStringLiteral("--duration"));
    refused(args({"routine", "--minutes", "0"}), 1, QStringLiteral("--minutes"));
    refused(args({"routine", "--format", "yaml"}), 2, QStringLiteral("yaml"));
    auto after = temp.open();
    EXPECT_EQ(after->routineLog(QDate(2000, 1, 1), QDate(2100, 1, 1)).size(), 1); // nothing more was written
}

TEST_F(Cli, ExportsPrivatelyAndImportsAllOrNothing)
{
    ASSERT_EQ(run(args({"add", "--region", "rhomboids-left", "--intensity", "4", "--note", "a, \"b\"", "--at",
                        "2026-03-01T08:00:00+01:00"}))
                  .exitCode,
              0);
    for (const char* format : {"csv", "json", "fhir"}) {
        const QString out = temp.dir.filePath(QStringLiteral("export.") + QLatin1String(format));
        const CliResult r = run({QStringLiteral("export"), QStringLiteral("--format"), QLatin1String(format),
                                 QStringLiteral("--out"), out});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions())
            << format;
    }
    // A second database takes the CSV back; a broken file is refused with file:line and exit 1.
    TempDatabase other;
    QProcess process;
    process.start(QStringLiteral(KNOTMAP_CLI_PATH),
                  {QStringLiteral("--db"), other.path(), QStringLiteral("import"),
                   temp.dir.filePath(QStringLiteral("export.csv"))});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    // One of each, in the singular: "Imported 1 new spot, 1 rating and 0 routine steps from …".
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardOutput())
                    .contains(QStringLiteral("Imported 1 new spot, 1 rating and 0 routine steps")));

    const QString broken = QStringLiteral(KNOTMAP_TEST_DATA_DIR "/import-corpus/one-bad-among-good.csv");
    const int before = list().size();
    const CliResult refused = run({QStringLiteral("import"), broken});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("one-bad-among-good.csv:5:")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("nothing was changed")));
    EXPECT_EQ(list().size(), before);
    expectRefused(args({"import"}), 2, QStringLiteral("FILE"));
    expectRefused(args({"export", "--format", "xml", "--out", "/tmp/x"}), 2, QStringLiteral("xml"));
}

TEST_F(CliTrends, WritesTheReportWithTheSectionsAsked)
{
    const QString pdf = temp.dir.filePath(QStringLiteral("report.pdf"));
    const CliResult r = run({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                             QStringLiteral("--to"), QStringLiteral("2026-04-12"), QStringLiteral("--out"),
                             pdf, QStringLiteral("--sections"), QStringLiteral("summary,spots"),
                             QStringLiteral("--page"), QStringLiteral("letter")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(all.contains(QStringLiteral("Spot by spot")));
    EXPECT_FALSE(all.contains(QStringLiteral("Week by week")));
    expectRefused(args({"report", "--from", "2026-03-02", "--to", "2026-04-12", "--out", "/tmp/x.pdf",
                        "--sections", "summary,gossip"}),
                  2, QStringLiteral("gossip"));
    expectRefused(
        args({"report", "--from", "2026-03-02", "--to", "2026-04-12", "--out", "/tmp/x.pdf", "--page", "a3"}),
        2, QStringLiteral("a3"));
    expectRefused(args({"report", "--from", "2026-03-02"}), 2, QStringLiteral("--out"));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/x.pdf")));
}

// Issue 12: every spot the command line lists says whether it is a knot or felt pain ("kind", added beside
// the keys that were there), and the JSON export carries the links.
