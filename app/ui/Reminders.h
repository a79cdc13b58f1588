// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/ReminderSchedule.h"

#include <QObject>
#include <QPointer>

class QAction;
class QFrame;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace knotmap {
class KnotStore;
class Settings;
enum class SettingKey;
} // namespace knotmap

namespace knotmap::ui {

class MainWindow;

// Where the reminder shows: the system tray's message where the desktop has a tray, a quiet banner at the
// top of the window otherwise (and offscreen).
enum class ReminderSurface { Tray, Banner };
ReminderSurface availableReminderSurface();

// File › Quit and the tray's Quit: every window closes for real, a window hidden in the tray too, each after
// its own checks; KnotMap ends when none is left open.
void quitKnotMap();

// The daily reminder to rate, for one window and its store (ReminderSchedule holds the rule). A single-shot
// timer waits for the next time there is something to decide, so nothing polls the store: it is asked
// "anything rated today?" only once the time has come. With a tray, the tray icon's menu offers Rate Now,
// Snooze 1 Hour, Show KnotMap and Quit, and KeepInTray makes closing the window hide it there.
class Reminders : public QObject
{
    Q_OBJECT

public:
    Reminders(MainWindow& window, KnotStore& store, Settings& settings,
              ReminderSurface surface = availableReminderSurface(),
              ReminderSchedule::Clock clock = &QDateTime::currentDateTime);
    ~Reminders() override;

    // The reminders of this window, if it has any.
    static Reminders* of(const MainWindow& window);

    // Shows the reminder when it is due, and sets the timer for the next time to ask; the timer's work.
    void check();
    QDateTime nextCheckAt() const; // invalid when reminders are off
    int timesShown() const { return m_timesShown; }
    bool bannerShown() const;
    QFrame* banner() const { return m_banner; }
    QSystemTrayIcon* trayIcon() const { return m_tray; } // nullptr with the banner
    QMenu* trayMenu() const { return m_trayMenu; }

    // The replies to a reminder (the banner's buttons and the tray menu's entries).
    void rateNow(); // the window raised, on the Mark tab, on today, the map ready for a click
    void snooze();  // again in an hour, unless something is rated meanwhile
    void dismiss(); // the banner's ×: not again today
    void showWindow();
    void quit(); // closes the window for real, even when it would hide in the tray

    // Asked by the window once a close has passed its own checks: true when it hid in the tray instead
    // (KeepInTray and a tray, unless quitting or the desktop session ends).
    bool hideInsteadOfClosing();
    // The window at start-up with --minimized: hidden in the tray when there is one, else minimized.
    void startMinimized();
    bool hiddenInTray() const { return m_hiddenInTray; }

signals:
    void reminded(); // the reminder was shown

private:
    void buildBanner();
    void buildTray();
    void followSetting(SettingKey key);
    void ratingsMayHaveChanged();
    void updateTrayIcon();
    void hideInTray();
    void planNextCheck();
    bool ratedToday() const;

    MainWindow& m_window;
    KnotStore& m_store;
    Settings& m_settings;
    ReminderSurface m_surface;
    ReminderSchedule m_schedule;
    QTimer* m_timer;
    QFrame* m_banner = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_trayMenu = nullptr;
    QAction* m_snoozeAction = nullptr;
    QDate m_shownOn; // the day of the reminder being shown, until it is answered or a rating ends it
    int m_timesShown = 0;
    bool m_quitting = false;
    bool m_hiddenInTray = false;
};

} // namespace knotmap::ui
