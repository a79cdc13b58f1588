// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli report on periods far longer than the data: a year of ratings asked for as 0001-01-01 to
// 9999-12-31 must give a short, readable PDF at once (issue 11: it took 71–79 s, one tick label a day).
#include "TempDatabase.h"

#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

struct Ran
{
    int exitCode = -1;
    QString out, err;
};

Ran runTool(const QString& program, const QStringList& arguments, const QString& configHome = {})
{
    QProcess process;
    if (!configHome.isEmpty()) { // settings of its own: the person's real ~/.config is never read or written
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        process.setProcessEnvironment(environment);
    }
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString() << " did not finish";
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(CliReport, AYearOfDataAskedForAsTenThousandYearsGivesAShortReport)
{
    TempDatabase temp;
    const QString config = temp.dir.filePath(QStringLiteral("config"));
    const auto cli = [&](const QStringList& arguments) {
        return runTool(QStringLiteral(KNOTMAP_CLI_PATH),
                       QStringList{QStringLiteral("--db"), temp.path()} + arguments, config);
    };
    const Ran demo = cli({QStringLiteral("demo"), QStringLiteral("--weeks"), QStringLiteral("52"),
                          QStringLiteral("--seed"), QStringLiteral("11")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();

    const QString pdf = temp.dir.filePath(QStringLiteral("all.pdf"));
    const Ran report =
        cli({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("0001-01-01"),
             QStringLiteral("--to"), QStringLiteral("9999-12-31"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();

    // Few pages: the sections of a normal report, the notes capped at about two pages.
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(runTool(QStringLiteral("pdfinfo"), {pdf}).out);
    ASSERT_TRUE(pages.hasMatch());
    EXPECT_GE(pages.captured(1).toInt(), 2);
    EXPECT_LE(pages.captured(1).toInt(), 10);
    // The text is that of a report, not of millions of axis labels: every chart's ticks are whole years.
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    EXPECT_LT(text.size(), 60000);
    EXPECT_TRUE(text.contains(QStringLiteral("Week by week")));
    EXPECT_FALSE(text.contains(QStringLiteral("1 Jan\n"))) << "no daily or weekly tick labels";
}
