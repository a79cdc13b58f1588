// SPDX-License-Identifier: GPL-3.0-or-later
// Finding 1 of the trust issue, end to end: a file dialog shown on the database's folder must not break
// SQLite's locks. If it opened and closed the database, its -wal or its -shm, POSIX would drop the window's
// locks; knotmap-cli would then think it was alone, checkpoint and delete the -wal on its way out, and the
// window's next "Saved." rating would go into a deleted file and vanish when the window is killed.
#include "TempDatabase.h"

#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace knotmap::test;

TEST(DialogThenKill, EveryRatingTheWindowSavedIsInTheFileAfterSigkill)
{
    TempDatabase temp;
    QProcess window;
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    window.start(QStringLiteral(KNOTMAP_DIALOG_WINDOW_PATH), {temp.path(), QStringLiteral(KNOTMAP_CLI_PATH)});
    ASSERT_TRUE(window.waitForStarted(10000));

    QStringList said;
    while (!said.contains(QStringLiteral("ready"))) {
        ASSERT_TRUE(window.waitForReadyRead(60000))
            << "the window stopped after: " << said.join(QLatin1Char(',')).toStdString();
        while (window.canReadLine())
            said.append(QString::fromUtf8(window.readLine()).trimmed());
        ASSERT_FALSE(said.join(QLatin1Char(',')).contains(QStringLiteral("error")))
            << said.join(QLatin1Char(',')).toStdString();
    }
    EXPECT_EQ(said,
              (QStringList{QStringLiteral("saved 1"), QStringLiteral("dialog closed"),
                           QStringLiteral("cli added"), QStringLiteral("saved 2"), QStringLiteral("ready")}));

    window.kill(); // SIGKILL: no clean shutdown, no checkpoint
    ASSERT_TRUE(window.waitForFinished(10000));

    RawConnection raw(temp.path());
    EXPECT_EQ(raw.count(QStringLiteral("ratings")), 3) << "two from the window, one from knotmap-cli";
    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT s.region FROM ratings r JOIN spots s ON s.id = r.spot_id "
                                      "ORDER BY r.id")));
    QStringList regions;
    while (q.next())
        regions.append(q.value(0).toString());
    EXPECT_EQ(regions, (QStringList{QStringLiteral("upper-trapezius-left"), QStringLiteral("rhomboids-right"),
                                    QStringLiteral("infraspinatus-right")}));
}
