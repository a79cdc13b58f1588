// SPDX-License-Identifier: GPL-3.0-or-later
// The daily reminder to rate, on the real window offscreen, with a clock the test moves: the banner, the
// tray's menu (with the tray chosen by the test), and KeepInTray.
#include "UiFixture.h"

#include "exchange/Exchange.h"
#include "ui/Application.h"
#include "ui/Reminders.h"
#include "ui/Sessions.h"

#include <QFile>
#include <QFrame>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolButton>

using namespace knotmap;
using namespace knotmap::test;

namespace {

// Today's date, so that ratings made through the window (at the real time) fall on the clock's day.
QDateTime todayAt(int hour, int minute = 0)
{
    return QDateTime(QDate::currentDate(), QTime(hour, minute));
}

class RemindersTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        settings->setValue(SettingKey::RemindersOn, true);
        settings->setValue(SettingKey::ReminderMinute, 20 * 60);
    }

    // The reminders as the app makes them, with the surface and the clock the test chooses.
    ui::Reminders& start(ui::ReminderSurface surface = ui::ReminderSurface::Banner)
    {
        reminders = new ui::Reminders(*window, *store, *settings, surface, [this] { return now; });
        QCoreApplication::processEvents(); // the first check runs once the loop turns, as in the app
        return *reminders;
    }

    void rateSomethingInTheWindow()
    {
        clickMap(pointOf("upper-trapezius-left"));
        type(Qt::Key_6);
        type(Qt::Key_Return);
        ASSERT_EQ(rows().size(), 1);
    }

    template <typename Button> Button* bannerButton(const char* name) const
    {
        auto* button = reminders->banner()->findChild<Button*>(QString::fromLatin1(name));
        EXPECT_NE(button, nullptr) << name;
        return button;
    }

    QAction* trayAction(const QString& text) const
    {
        for (QAction* candidate : reminders->trayMenu()->actions())
            if (candidate->text() == text)
                return candidate;
        ADD_FAILURE() << "no tray action " << text.toStdString();
        return nullptr;
    }

    int currentTab() const { return window->findChild<QTabWidget*>()->currentIndex(); }

    QDateTime now = todayAt(19);
    ui::Reminders* reminders = nullptr; // the window's child
};

} // namespace

TEST_F(RemindersTest, FiresAtTheTimeOnADayWithoutRatings)
{
    start();
    EXPECT_FALSE(reminders->bannerShown());
    EXPECT_EQ(reminders->nextCheckAt(), todayAt(20)); // the timer waits for the time, it does not poll
    now = todayAt(20);
    reminders->check();
    EXPECT_TRUE(reminders->bannerShown());
    EXPECT_EQ(reminders->timesShown(), 1);
    EXPECT_TRUE(reminders->banner()->isVisible());
    EXPECT_LT(reminders->banner()->geometry().top(), window->bodyMap()->mapTo(window.get(), QPoint()).y());
}

TEST_F(RemindersTest, DoesNotFireWhenARatingWasMadeAfterStartUp)
{
    start();
    rateSomethingInTheWindow();
    now = todayAt(20, 5);
    reminders->check();
    EXPECT_FALSE(reminders->bannerShown());
    EXPECT_EQ(reminders->timesShown(), 0);
}

TEST_F(RemindersTest, ARatingMadeWhileTheBannerShowsTakesItAway)
{
    now = todayAt(20, 30);
    start();
    ASSERT_TRUE(reminders->bannerShown());
    rateSomethingInTheWindow();
    EXPECT_FALSE(reminders->bannerShown());
    now = todayAt(22);
    reminders->check();
    EXPECT_FALSE(reminders->bannerShown());
    EXPECT_EQ(reminders->timesShown(), 1);
}

TEST_F(RemindersTest, AnImportedRatingOnTheDayCountsAndTakesTheBannerAway)
{
    now = todayAt(20, 30);
    start();
    ASSERT_TRUE(reminders->bannerShown());
    const QString csv = temp.dir.filePath(QStringLiteral("today.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const RecordedTime earlier = RecordedTime::fromDateTime(QDateTime::currentDateTime().addSecs(-60));
    file.write("recorded_at,spot,region,x,y,intensity,quality,note\n" + earlier.toIso().toUtf8() +
               ",neck,upper-trapezius-right,,,4,,\n");
    file.close();
    const ImportResult imported = importFile(*store, csv, nullptr);
    ASSERT_TRUE(imported.counts) << imported.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(reminders->bannerShown());
}

TEST_F(RemindersTest, AnImportedRatingBeforeTheTimeMeansNoReminder)
{
    start();
    const QString csv = temp.dir.filePath(QStringLiteral("today.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("recorded_at,spot,region,x,y,intensity,quality,note\n" + RecordedTime::now().toIso().toUtf8() +
               ",neck,upper-trapezius-right,,,4,,\n");
    file.close();
    ASSERT_TRUE(importFile(*store, csv, nullptr).counts);
    now = todayAt(20);
    reminders->check();
    EXPECT_EQ(reminders->timesShown(), 0);
}

TEST_F(RemindersTest, FiresOnceADay)
{
    start();
    now = todayAt(20);
    reminders->check();
    ASSERT_EQ(reminders->timesShown(), 1);
    QTest::mouseClick(bannerButton<QToolButton>("reminderDismiss"), Qt::LeftButton);
    EXPECT_FALSE(reminders->bannerShown());
    for (int hour : {21, 22, 23}) {
        now = todayAt(hour);
        reminders->check();
    }
    EXPECT_EQ(reminders->timesShown(), 1);
    EXPECT_FALSE(reminders->bannerShown());
    EXPECT_EQ(reminders->nextCheckAt(), QDateTime(QDate::currentDate().addDays(1), QTime(20, 0)));
}

TEST_F(RemindersTest, SnoozeFiresAgainAnHourLater)
{
    now = todayAt(20);
    start();
    ASSERT_TRUE(reminders->bannerShown());
    QTest::mouseClick(bannerButton<QPushButton>("reminderSnooze"), Qt::LeftButton);
    EXPECT_FALSE(reminders->bannerShown());
    EXPECT_EQ(reminders->nextCheckAt(), todayAt(21));
    now = todayAt(20, 59);
    reminders->check();
    EXPECT_FALSE(reminders->bannerShown());
    now = todayAt(21);
    reminders->check();
    EXPECT_TRUE(reminders->bannerShown());
    EXPECT_EQ(reminders->timesShown(), 2);
}

TEST_F(RemindersTest, SnoozeDoesNotFireWhenSomethingWasRatedMeanwhile)
{
    now = todayAt(20);
    start();
    QTest::mouseClick(bannerButton<QPushButton>("reminderSnooze"), Qt::LeftButton);
    rateSomethingInTheWindow();
    now = todayAt(21);
    reminders->check();
    EXPECT_FALSE(reminders->bannerShown());
    EXPECT_EQ(reminders->timesShown(), 1);
}

TEST_F(RemindersTest, ATimeAlreadyPassedAtStartUpFiresAtOnce)
{
    now = todayAt(21, 45); // KnotMap started after the reminder's time, nothing rated
    QSignalSpy reminded(&start(), &ui::Reminders::reminded);
    EXPECT_TRUE(reminders->bannerShown()); // by the timer, without anyone calling check()
    EXPECT_EQ(reminders->timesShown(), 1);
}

TEST_F(RemindersTest, RemindersOffNeverFireAndTurningThemOnFollowsTheSetting)
{
    settings->setValue(SettingKey::RemindersOn, false);
    now = todayAt(21);
    start();
    reminders->check();
    EXPECT_FALSE(reminders->bannerShown());
    EXPECT_FALSE(reminders->nextCheckAt().isValid());
    settings->setValue(SettingKey::RemindersOn, true); // as Preferences does
    EXPECT_TRUE(reminders->bannerShown());
    settings->setValue(SettingKey::RemindersOn, false);
    EXPECT_FALSE(reminders->bannerShown());
}

TEST_F(RemindersTest, ALaterTimeChosenInPreferencesMovesTheCheck)
{
    start();
    settings->setValue(SettingKey::ReminderMinute, 21 * 60 + 30);
    EXPECT_EQ(reminders->nextCheckAt(), todayAt(21, 30));
    now = todayAt(20, 30);
    reminders->check();
    EXPECT_FALSE(reminders->bannerShown());
}

TEST_F(RemindersTest, TheBannersRateNowGoesToTheMarkTabOnToday)
{
    window->showTrends();
    window->showDate(QDate::currentDate().addDays(-3));
    now = todayAt(20);
    start();
    ASSERT_TRUE(reminders->bannerShown());
    QTest::mouseClick(bannerButton<QPushButton>("reminderRateNow"), Qt::LeftButton);
    EXPECT_EQ(currentTab(), 0);
    EXPECT_EQ(window->shownDate(), QDate::currentDate());
    EXPECT_TRUE(window->bodyMap()->hasFocus());
    EXPECT_FALSE(reminders->bannerShown());
}

TEST_F(RemindersTest, TheTrayShowsTheReminderAndItsMenuRatesSnoozesShowsAndQuits)
{
    window->showTrends();
    window->showDate(QDate::currentDate().addDays(-2));
    start(ui::ReminderSurface::Tray);
    EXPECT_EQ(reminders->banner(), nullptr); // the tray instead
    ASSERT_NE(reminders->trayIcon(), nullptr);
    EXPECT_TRUE(reminders->trayIcon()->isVisible()); // reminders are on: there is a reason to be there
    QAction* snooze = trayAction(QStringLiteral("&Snooze 1 Hour"));
    EXPECT_FALSE(snooze->isEnabled()); // nothing to snooze yet

    now = todayAt(20);
    QSignalSpy reminded(reminders, &ui::Reminders::reminded);
    reminders->check();
    EXPECT_EQ(reminded.size(), 1);
    EXPECT_TRUE(snooze->isEnabled());
    snooze->trigger();
    EXPECT_EQ(reminders->nextCheckAt(), todayAt(21));
    EXPECT_FALSE(snooze->isEnabled());
    now = todayAt(21);
    reminders->check();
    EXPECT_EQ(reminded.size(), 2);

    trayAction(QStringLiteral("&Rate Now"))->trigger();
    EXPECT_EQ(currentTab(), 0);
    EXPECT_EQ(window->shownDate(), QDate::currentDate());
    EXPECT_TRUE(window->isVisible());

    window->hide();
    trayAction(QStringLiteral("Show &KnotMap"))->trigger();
    EXPECT_TRUE(window->isVisible());

    settings->setValue(SettingKey::KeepInTray, true);
    trayAction(QStringLiteral("&Quit"))->trigger();
    EXPECT_FALSE(window->isVisible()); // closed for real, KeepInTray or not
    EXPECT_FALSE(reminders->hiddenInTray());
    EXPECT_FALSE(reminders->trayIcon()->isVisible());
}

TEST_F(RemindersTest, KeepInTrayHidesTheWindowInsteadOfClosingIt)
{
    settings->setValue(SettingKey::KeepInTray, true);
    start(ui::ReminderSurface::Tray);
    EXPECT_FALSE(window->close()); // the close was turned into hiding
    EXPECT_FALSE(window->isVisible());
    EXPECT_TRUE(reminders->hiddenInTray());
    EXPECT_TRUE(reminders->trayIcon()->isVisible());
    EXPECT_FALSE(QGuiApplication::quitOnLastWindowClosed()); // a dialog closed now must not end KnotMap
    // The reminder still comes, through the tray, with the window hidden.
    now = todayAt(20);
    reminders->check();
    EXPECT_EQ(reminders->timesShown(), 1);
    trayAction(QStringLiteral("Show &KnotMap"))->trigger();
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(QGuiApplication::quitOnLastWindowClosed());

    // File › Quit really quits.
    window->close();
    ASSERT_TRUE(reminders->hiddenInTray());
    trayAction(QStringLiteral("Show &KnotMap"))->trigger();
    action(QStringLiteral("&Quit"))->trigger();
    EXPECT_FALSE(window->isVisible());
    EXPECT_FALSE(reminders->hiddenInTray());
}

TEST_F(RemindersTest, KeepInTrayStillAsksAboutWhatWasTypedFirst)
{
    settings->setValue(SettingKey::KeepInTray, true);
    start(ui::ReminderSurface::Tray);
    clickMap(pointOf("rhomboids-left"));
    type(Qt::Key_4);
    window->close(); // the usual checks first: what was typed is saved
    EXPECT_EQ(rows().size(), 1);
    EXPECT_TRUE(reminders->hiddenInTray());
}

TEST_F(RemindersTest, WithoutATrayClosingClosesAsBefore)
{
    settings->setValue(SettingKey::KeepInTray, true);
    start(ui::ReminderSurface::Banner);
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(reminders->hiddenInTray());
    EXPECT_TRUE(QGuiApplication::quitOnLastWindowClosed());
}

TEST_F(RemindersTest, StartingMinimizedHidesInTheTrayOrMinimizesWithoutOne)
{
    start(ui::ReminderSurface::Tray);
    window->hide();
    reminders->startMinimized();
    EXPECT_FALSE(window->isVisible());
    EXPECT_TRUE(reminders->hiddenInTray());
    EXPECT_TRUE(reminders->trayIcon()->isVisible());
    trayAction(QStringLiteral("Show &KnotMap"))->trigger();
    EXPECT_TRUE(window->isVisible());
}

TEST(Reminders, EveryWindowTheAppOpensHasItsReminders)
{
    TempDatabase database;
    auto settings = Settings::atPath(database.dir.filePath(QStringLiteral("settings.ini")));
    ui::Sessions sessions(standardAtlas(), standardCatalogue(), *settings);
    QString error;
    ui::MainWindow* window = sessions.open(database.path(), false, &error);
    ASSERT_NE(window, nullptr) << error.toStdString();
    ui::Reminders* reminders = ui::Reminders::of(*window);
    ASSERT_NE(reminders, nullptr);
    // Offscreen there is no tray: the banner, above the tabs.
    EXPECT_EQ(reminders->trayIcon(), nullptr);
    EXPECT_NE(window->findChild<QFrame*>(QStringLiteral("reminderBanner")), nullptr);
}

TEST(Reminders, TheMinimizedOptionIsUnderstood)
{
    int exitCode = -1;
    const auto minimized =
        ui::parseOptions({QStringLiteral("knotmap"), QStringLiteral("--minimized")}, &exitCode);
    ASSERT_TRUE(minimized);
    EXPECT_TRUE(minimized->minimized);
    const auto shown = ui::parseOptions({QStringLiteral("knotmap")}, &exitCode);
    ASSERT_TRUE(shown);
    EXPECT_FALSE(shown->minimized);
}

TEST_F(RemindersTest, ClickingTheTrayMessageRatesAndClickingTheIconShowsTheWindow)
{
    now = todayAt(20);
    window->showRoutine();
    start(ui::ReminderSurface::Tray);
    ASSERT_EQ(reminders->timesShown(), 1);
    emit reminders->trayIcon()->messageClicked(); // as the desktop says when the notification is clicked
    EXPECT_EQ(currentTab(), 0);
    EXPECT_EQ(window->shownDate(), QDate::currentDate());

    window->hide();
    emit reminders->trayIcon()->activated(QSystemTrayIcon::Trigger);
    EXPECT_TRUE(window->isVisible());
}
