// SPDX-License-Identifier: GPL-3.0-or-later
// `knotmap --version` and `knotmap-cli --version`, run as processes the way a person (or the package check on
// a fresh machine) runs them: the project's version from CMake, on one line, exit code 0.
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// With no display and no platform named, as on a server or in a fresh container: --version must not need one.
ProcessResult runWithoutDisplay(const QString& program, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(30000)) << program.toStdString();
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kVersion = QStringLiteral(KNOTMAP_PROJECT_VERSION);

} // namespace

TEST(Version, TheProjectVersionIsThreeNumbers)
{
    // What CMake's project(VERSION) holds, so the packages' file names and the metainfo can follow it.
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(kVersion).hasMatch())
        << kVersion.toStdString();
}

TEST(Version, CliPrintsItsNameAndTheProjectVersion)
{
    const ProcessResult r =
        runWithoutDisplay(QStringLiteral(KNOTMAP_CLI_PATH), {QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("knotmap-cli ") + kVersion + QLatin1Char('\n'));
    EXPECT_EQ(r.err, QString());
}

TEST(Version, CliHelpMentionsVersion)
{
    const ProcessResult r = runWithoutDisplay(QStringLiteral(KNOTMAP_CLI_PATH), {QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("knotmap-cli --version"))) << r.out.toStdString();
}

TEST(Version, AppPrintsItsNameAndTheProjectVersionWithNoDisplay)
{
    for (const char* flag : {"--version", "-v"}) {
        const ProcessResult r =
            runWithoutDisplay(QStringLiteral(KNOTMAP_APP_PATH), {QString::fromLatin1(flag)});
        EXPECT_EQ(r.exitCode, 0) << flag << ": " << r.err.toStdString();
        EXPECT_EQ(r.out, QStringLiteral("knotmap ") + kVersion + QLatin1Char('\n')) << flag;
        EXPECT_EQ(r.err, QString()) << flag;
    }
}

TEST(Version, AppAnswersEvenWhenTheDisplayNamedIsGone)
{
    // A DISPLAY left over from an old session: answering --version must not try to connect to it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":987"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KNOTMAP_APP_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_EQ(QString::fromUtf8(process.readAllStandardOutput()),
              QStringLiteral("knotmap ") + kVersion + QLatin1Char('\n'));
}
