// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Preferences… driven through the real window: each control writes its setting the moment it changes,
// the views follow, a value set elsewhere shows in the open dialog, and the autostart entry is a real file.
#include "UiFixture.h"

#include "ui/prefs/Appearance.h"
#include "ui/prefs/Autostart.h"
#include "ui/prefs/PreferencesDialog.h"
#include "ui/report/ReportView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>

using namespace knotmap;
using namespace knotmap::test;

using Preferences = WindowFixture;

namespace {
// A combo box changed as a person does: focus, then the arrow keys.
void choose(QComboBox* box, const QString& data)
{
    box->setFocus();
    while (box->currentData().toString() != data && box->currentIndex() < box->count() - 1)
        QTest::keyClick(box, Qt::Key_Down);
}
} // namespace

TEST_F(Preferences, EachControlWritesItsSettingAtOnceAndTheViewsFollow)
{
    QAction* open = window->findChild<QAction*>(QStringLiteral("preferencesAction"));
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    open->trigger();
    auto* dialog = window->findChild<ui::PreferencesDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));

    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("prefName"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Alex Example"));
    EXPECT_EQ(settings->value(SettingKey::PersonName).toString(), QStringLiteral("Alex Example"));

    choose(dialog->findChild<QComboBox*>(QStringLiteral("prefPaper")), QStringLiteral("letter"));
    EXPECT_EQ(settings->value(SettingKey::ReportPageSize).toString(), QStringLiteral("letter"));
    window->showReport();
    EXPECT_EQ(window->reportView()->findChild<QComboBox*>(QStringLiteral("reportPaper"))->currentText(),
              QStringLiteral("US Letter"));

    choose(dialog->findChild<QComboBox*>(QStringLiteral("prefWeekStart")), QStringLiteral("sunday"));
    EXPECT_TRUE(settings->value(SettingKey::WeekStartsOnSunday).toBool());
    EXPECT_EQ(window->reportView()->options().weekStart, Qt::Sunday);

    auto* minutes = dialog->findChild<QSpinBox*>(QStringLiteral("prefMinutes"));
    minutes->setFocus();
    QTest::keyClick(minutes, Qt::Key_Up);
    EXPECT_EQ(settings->value(SettingKey::RoutineMinutes).toInt(), 16);

    QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("prefToolBall")), Qt::LeftButton);
    EXPECT_EQ(settings->value(SettingKey::RoutineTools).toStringList(), QStringList{QStringLiteral("ball")});

    QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("prefReminders")), Qt::LeftButton);
    EXPECT_TRUE(settings->value(SettingKey::RemindersOn).toBool());
    dialog->findChild<QTimeEdit*>(QStringLiteral("prefReminderTime"))->setTime(QTime(21, 15));
    EXPECT_EQ(settings->value(SettingKey::ReminderMinute).toInt(), 21 * 60 + 15);
    QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("prefKeepInTray")), Qt::LeftButton);
    EXPECT_TRUE(settings->value(SettingKey::KeepInTray).toBool());

    // Only installed catalogues are offered; English always is.
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("prefLanguage"));
    EXPECT_GE(language->findData(QStringLiteral("en")), 0);
    EXPECT_EQ(language->findData(QStringLiteral("xx")), -1);

    // A value set elsewhere shows in the open dialog.
    settings->setValue(SettingKey::RoutineMinutes, 40);
    EXPECT_EQ(minutes->value(), 40);
    settings->setValue(SettingKey::PersonName, QStringLiteral("Sam"));
    EXPECT_EQ(name->text(), QStringLiteral("Sam"));
}

TEST_F(Preferences, DarkAppearanceAppliesAtOnceAndSystemBringsTheStartBack)
{
    ui::followAppearance(*settings);
    const QColor start = QApplication::palette().color(QPalette::Window);
    window->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    auto* dialog = window->findChild<ui::PreferencesDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* appearance = dialog->findChild<QComboBox*>(QStringLiteral("prefAppearance"));
    choose(appearance, QStringLiteral("dark"));
    EXPECT_EQ(settings->value(SettingKey::Appearance).toString(), QStringLiteral("dark"));
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    QCoreApplication::processEvents(); // the widgets take the application's palette through events
    EXPECT_LT(window->palette().color(QPalette::Window).lightness(), 80);
    appearance->setCurrentIndex(appearance->findData(QStringLiteral("system")));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), start);
}

TEST_F(Preferences, StartWithTheDesktopWritesAPrivateAutostartEntryOrSaysWhyNot)
{
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", temp.dir.filePath(QStringLiteral("config")).toUtf8());
    window->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    auto* dialog = window->findChild<ui::PreferencesDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("prefStartWithDesktop"));
    EXPECT_FALSE(box->isChecked());

    QTest::mouseClick(box, Qt::LeftButton);
    const QString path = temp.dir.filePath(QStringLiteral("config/autostart/org.knotmap.KnotMap.desktop"));
    EXPECT_EQ(ui::autostartPath(), path);
    QFile entry(path);
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    EXPECT_TRUE(entry.readAll().contains("\nExec=knotmap --minimized\n"));
    EXPECT_EQ(entry.permissions() &
                  ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
              QFile::Permissions());
    EXPECT_TRUE(box->isChecked());
    EXPECT_TRUE(settings->value(SettingKey::StartWithDesktop).toBool());

    QTest::mouseClick(box, Qt::LeftButton);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(settings->value(SettingKey::StartWithDesktop).toBool());

    // A config "folder" that is a file (root can write anywhere else): refused with a sentence, box off.
    QFile blocker(temp.dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    qputenv("XDG_CONFIG_HOME", blocker.fileName().toUtf8());
    QTest::mouseClick(box, Qt::LeftButton);
    EXPECT_FALSE(box->isChecked());
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("prefProblem"));
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().startsWith(QStringLiteral("KnotMap cannot start with the desktop")))
        << problem->text().toStdString();
    if (before.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", before);
}
