// SPDX-License-Identifier: GPL-3.0-or-later
// A second window on the same database is told so, and opens only when the person says so.
#include "TempDatabase.h"

#include "ui/WindowLock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTimer>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

TEST(WindowLock, TheFirstWindowTakesTheLockAndASecondIsAsked)
{
    TempDatabase temp;
    qint64 askedAbout = -1;
    const auto never = [&](qint64 pid) {
        askedAbout = pid;
        return false;
    };
    const ui::WindowLock first = ui::claimWindowLock(temp.path(), never);
    EXPECT_TRUE(first.open);
    EXPECT_NE(first.lock, nullptr);
    EXPECT_EQ(askedAbout, -1);

    const ui::WindowLock second = ui::claimWindowLock(temp.path(), never);
    EXPECT_FALSE(second.open);
    EXPECT_EQ(askedAbout, QCoreApplication::applicationPid());
    const ui::WindowLock anyway = ui::claimWindowLock(temp.path(), [](qint64) { return true; });
    EXPECT_TRUE(anyway.open);
    EXPECT_EQ(anyway.lock, nullptr);
}

TEST(WindowLock, TheQuestionNamesTheFileAndOpensOnlyOnOpenHereToo)
{
    TempDatabase temp;
    for (const bool answerOpen : {false, true}) {
        QString shown;
        QTimer::singleShot(0, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            EXPECT_EQ(box->objectName(), QStringLiteral("secondWindowQuestion"));
            shown = box->text();
            for (QAbstractButton* button : box->buttons())
                if ((button->text() == QStringLiteral("Open Here Too")) == answerOpen)
                    button->click();
        });
        EXPECT_EQ(ui::askToOpenSecondWindow(nullptr, temp.path(), 4242), answerOpen);
        EXPECT_TRUE(shown.contains(temp.path())) << shown.toStdString();
        EXPECT_TRUE(shown.contains(QStringLiteral("4242")));
    }
}
