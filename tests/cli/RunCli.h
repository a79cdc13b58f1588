// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDatabase.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace knotmap::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real knotmap-cli on the temporary database, with settings in its folder (never the person's).
inline CliRun runCli(const TempDatabase& temp, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), temp.dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KNOTMAP_CLI_PATH),
                  QStringList{QStringLiteral("--db"), temp.path()} + arguments);
    EXPECT_TRUE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace knotmap::test
