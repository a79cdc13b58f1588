// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reminders.h"

#include "BodyMapWidget.h"
#include "MainWindow.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {

// The longest the timer waits before asking the schedule again. A monotonic timer stands still while the
// computer sleeps and knows nothing of clock or time-zone changes, so a wait of hours could end hours late;
// asking every few minutes costs nothing, as the store is only asked once the time has come.
constexpr int kLongestWaitMs = 10 * 60 * 1000;
constexpr int kSnoozeMinutes = 60;

bool g_quitting = false; // File › Quit or the tray's Quit: every window closes for real

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/knotmap/icons/knotmap.png"));
}

} // namespace

ReminderSurface availableReminderSurface()
{
    return QSystemTrayIcon::isSystemTrayAvailable() ? ReminderSurface::Tray : ReminderSurface::Banner;
}

void quitKnotMap()
{
    g_quitting = true;
    QGuiApplication::setQuitOnLastWindowClosed(true);
    QApplication::closeAllWindows(); // the shown windows, each with its own checks (what was typed is kept)
    // A window hidden in the tray is not among the shown ones closeAllWindows asks.
    bool stillOpen = false;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* window = qobject_cast<MainWindow*>(widget);
        Reminders* reminders = window ? Reminders::of(*window) : nullptr;
        if (reminders && reminders->hiddenInTray() && !window->close())
            stillOpen = true;
        else if (window && window->isVisible())
            stillOpen = true; // its close was cancelled: the person is still at work there
    }
    g_quitting = false;
    if (!stillOpen)
        QCoreApplication::quit(); // the last window may have been hidden, which closing does not notice
}

Reminders::Reminders(MainWindow& window, KnotStore& store, Settings& settings, ReminderSurface surface,
                     ReminderSchedule::Clock clock)
    : QObject(&window), m_window(window), m_store(store), m_settings(settings), m_surface(surface),
      m_schedule(std::move(clock)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Reminders::check);
    if (m_surface == ReminderSurface::Tray)
        buildTray();
    else
        buildBanner();
    connect(&m_settings, &Settings::changed, this, &Reminders::followSetting);
    // A new spot comes with its first rating; a removed one takes its ratings with it.
    connect(&m_store, &KnotStore::spotAdded, this, &Reminders::ratingsMayHaveChanged);
    connect(&m_store, &KnotStore::spotRemoved, this, &Reminders::ratingsMayHaveChanged);
    connect(&m_store, &KnotStore::ratingsChanged, this, &Reminders::ratingsMayHaveChanged);
    connect(&m_store, &KnotStore::dataImported, this, &Reminders::ratingsMayHaveChanged);
    connect(&m_store, &KnotStore::changedOutside, this, &Reminders::ratingsMayHaveChanged);
    planNextCheck(); // a time already passed today: at once, once the window is up
}

Reminders::~Reminders()
{
    if (m_hiddenInTray)
        QGuiApplication::setQuitOnLastWindowClosed(true);
    delete m_trayMenu; // the tray icon does not own its menu
}

Reminders* Reminders::of(const MainWindow& window)
{
    return window.findChild<Reminders*>(QString(), Qt::FindDirectChildrenOnly);
}

void Reminders::buildBanner()
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("reminderBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->setAutoFillBackground(true);
    auto* row = new QHBoxLayout(m_banner);
    row->setContentsMargins(8, 3, 4, 3);
    auto* icon = new QLabel(m_banner);
    const int iconSize = m_window.style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(m_window.style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize));
    row->addWidget(icon);
    auto* text = new QLabel(tr("Nothing rated today yet."), m_banner);
    text->setObjectName(QStringLiteral("reminderText"));
    row->addWidget(text, 1);
    auto* rate = new QPushButton(tr("&Rate Now"), m_banner);
    rate->setObjectName(QStringLiteral("reminderRateNow"));
    connect(rate, &QPushButton::clicked, this, &Reminders::rateNow);
    row->addWidget(rate);
    auto* later = new QPushButton(tr("&Snooze 1 Hour"), m_banner);
    later->setObjectName(QStringLiteral("reminderSnooze"));
    connect(later, &QPushButton::clicked, this, &Reminders::snooze);
    row->addWidget(later);
    auto* close = new QToolButton(m_banner);
    close->setObjectName(QStringLiteral("reminderDismiss"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Not again today"));
    close->setAccessibleName(tr("Close the reminder"));
    connect(close, &QToolButton::clicked, this, &Reminders::dismiss);
    row->addWidget(close);
    m_banner->hide();

    // Above the tabs, across the window: the central widget goes into a column with the banner on top.
    QWidget* tabs = m_window.takeCentralWidget();
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(tabs, 1);
    m_window.setCentralWidget(column);
    tabs->show();
}

void Reminders::buildTray()
{
    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    m_trayMenu = new QMenu;
    m_trayMenu->addAction(tr("&Rate Now"), this, &Reminders::rateNow);
    m_snoozeAction = m_trayMenu->addAction(tr("&Snooze 1 Hour"), this, &Reminders::snooze);
    m_snoozeAction->setEnabled(false); // an answer to a reminder shown
    m_trayMenu->addAction(tr("Show &KnotMap"), this, &Reminders::showWindow);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(tr("&Quit"), this, &Reminders::quit);
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Reminders::rateNow);
    updateTrayIcon();
}

void Reminders::updateTrayIcon()
{
    if (!m_tray)
        return;
    // In the tray while there is a reason to be there: reminders, or a window kept (or started) there.
    m_tray->setVisible(m_hiddenInTray || m_settings.value(SettingKey::RemindersOn).toBool() ||
                       m_settings.value(SettingKey::KeepInTray).toBool());
    m_snoozeAction->setEnabled(m_shownOn.isValid());
}

void Reminders::followSetting(SettingKey key)
{
    if (key == SettingKey::RemindersOn || key == SettingKey::ReminderMinute) {
        updateTrayIcon();
        check();
    } else if (key == SettingKey::KeepInTray) {
        updateTrayIcon();
    }
}

bool Reminders::ratedToday() const
{
    return !m_store.spotsRatedOn(m_schedule.today()).isEmpty();
}

void Reminders::ratingsMayHaveChanged()
{
    if (m_shownOn.isValid() && ratedToday())
        m_shownOn = {}; // a rating made today (here, imported, or by the command line) answers the reminder
    check();
}

bool Reminders::bannerShown() const
{
    return m_banner && !m_banner->isHidden();
}

void Reminders::check()
{
    const ReminderSetting setting = ReminderSetting::from(m_settings);
    if (!setting.on || m_shownOn != m_schedule.today())
        m_shownOn = {}; // turned off, or yesterday's reminder
    if (m_schedule.checkNow(setting, [this](QDate day) { return !m_store.spotsRatedOn(day).isEmpty(); })) {
        m_shownOn = m_schedule.today();
        ++m_timesShown;
        if (m_tray)
            m_tray->showMessage(tr("Time to Rate"),
                                tr("Nothing rated today yet. A minute now keeps your diary whole."),
                                appIcon(), 20000);
        emit reminded();
    }
    if (m_banner)
        m_banner->setVisible(m_shownOn.isValid());
    updateTrayIcon();
    planNextCheck();
}

QDateTime Reminders::nextCheckAt() const
{
    return m_schedule.nextCheckAt(ReminderSetting::from(m_settings));
}

void Reminders::planNextCheck()
{
    const QDateTime next = nextCheckAt();
    if (!next.isValid()) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(std::clamp<qint64>(m_schedule.now().msecsTo(next), 0, kLongestWaitMs)));
}

void Reminders::showWindow()
{
    if (m_hiddenInTray) {
        m_hiddenInTray = false;
        QGuiApplication::setQuitOnLastWindowClosed(true);
    }
    if (m_window.isMinimized())
        m_window.setWindowState(m_window.windowState() & ~Qt::WindowMinimized);
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
    updateTrayIcon();
}

void Reminders::rateNow()
{
    m_shownOn = {};
    if (m_banner)
        m_banner->hide();
    updateTrayIcon();
    showWindow();
    m_window.showMark();
    m_window.showDate(m_schedule.today());
    m_window.bodyMap()->setFocus(Qt::OtherFocusReason);
    m_window.statusBar()->showMessage(
        tr("Click on the body where it hurts, or pick a muscle from the list."));
}

void Reminders::snooze()
{
    m_schedule.snooze(kSnoozeMinutes);
    m_shownOn = {};
    if (m_banner)
        m_banner->hide();
    updateTrayIcon();
    planNextCheck();
}

void Reminders::dismiss()
{
    m_shownOn = {};
    m_banner->hide();
    updateTrayIcon();
}

void Reminders::quit()
{
    quitKnotMap();
}

void Reminders::hideInTray()
{
    m_hiddenInTray = true;
    // Hidden is not closed: a message box closed meanwhile must not end KnotMap as "the last window".
    QGuiApplication::setQuitOnLastWindowClosed(false);
    updateTrayIcon();
    m_window.hide();
}

bool Reminders::hideInsteadOfClosing()
{
    const bool keep = m_tray && m_settings.value(SettingKey::KeepInTray).toBool() && !g_quitting &&
                      !qApp->isSavingSession(); // a log-out must not be held up
    if (keep) {
        hideInTray();
        return true;
    }
    if (m_hiddenInTray) { // closing for real
        m_hiddenInTray = false;
        QGuiApplication::setQuitOnLastWindowClosed(true);
    }
    if (m_tray)
        m_tray->hide();
    return false;
}

void Reminders::startMinimized()
{
    if (m_tray)
        hideInTray(); // never shown: the tray icon is the way in
    else
        m_window.showMinimized();
}

} // namespace knotmap::ui
