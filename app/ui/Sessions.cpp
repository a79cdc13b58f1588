// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sessions.h"

#include "BackupActions.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "Recovery.h"
#include "Reminders.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

namespace knotmap::ui {

struct Sessions::Session
{
    std::unique_ptr<KnotStore> store;
    WindowLock lock;
    std::unique_ptr<MainWindow> window;
};

Sessions::Sessions(const BodyAtlas& atlas, const RoutineCatalogue& catalogue, Settings& settings)
    : m_atlas(atlas), m_catalogue(catalogue), m_settings(settings)
{}

Sessions::~Sessions()
{
    // The windows go first and tell their work to stop; what still winds down on the pool (an export removing
    // its unfinished file, a preview page being drawn) uses fonts and files, so it ends before the
    // application and the demo's folder that provide them.
    m_sessions.clear();
    QThreadPool::globalInstance()->waitForDone();
}

MainWindow* Sessions::current() const
{
    return m_sessions.empty() ? nullptr : m_sessions.back()->window.get();
}

void Sessions::remember(const QString& path)
{
    QStringList recent = m_settings.value(SettingKey::RecentDatabases).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    m_settings.setValue(SettingKey::RecentDatabases, recent.mid(0, 5));
}

MainWindow* Sessions::open(QString path, bool interactive, QString* error, IntegrityCheck check)
{
    auto session = std::make_unique<Session>();
    StoreOptions options;
    options.integrityCheck = check;
    session->store = openWithRecovery(
        path, m_atlas, options,
        [&](const QString& file, const QString& problem, const std::optional<BackupInfo>& newest) {
            return interactive ? askHowToRecover(current(), file, problem, newest) : RecoveryChoice::Quit;
        },
        [this] {
            return askForFileToOpen(current(), tr("Open Database"), QString(),
                                    tr("KnotMap databases (*.sqlite)"));
        },
        error);
    if (!session->store)
        return nullptr;
    session->lock = claimWindowLock(session->store->path(), [&](qint64 otherProcess) {
        return !interactive || askToOpenSecondWindow(current(), session->store->path(), otherProcess);
    });
    if (!session->lock.open) {
        error->clear(); // the person chose not to open a second window: nothing went wrong
        return nullptr;
    }
    session->window = std::make_unique<MainWindow>(*session->store, m_settings, m_catalogue);
    MainWindow* window = session->window.get();
    new Reminders(*window, *session->store, m_settings); // the window's child: the daily reminder to rate
    connect(window, &MainWindow::openDatabaseRequested, this,
            [this, window](const QString& file) { switchTo(window, file); });
    // Not from inside the store's own signal: the store goes with the window.
    connect(session->store.get(), &KnotStore::damageFound, this,
            [this, window] { QTimer::singleShot(0, this, [this, window] { reopenAfterDamage(window); }); });
    remember(session->store->path());
    m_sessions.push_back(std::move(session));
    return window;
}

void Sessions::reopenAfterDamage(MainWindow* window)
{
    const auto found = std::find_if(m_sessions.begin(), m_sessions.end(), [window](const auto& session) {
        return session->window.get() == window;
    });
    if (found == m_sessions.end())
        return;
    const QString path = (*found)->store->path();
    const QByteArray geometry = window->saveGeometry();
    // The store refuses every write since the damage was found, so there is nothing to save. Its connection
    // closes before the recovery may move the file aside: SQLite would otherwise tidy the moved file's -wal
    // by its old name.
    const bool quitOnLastWindow = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_sessions.erase(found);
    QString error;
    MainWindow* next = open(path, true, &error, IntegrityCheck::BeforeOpening);
    QGuiApplication::setQuitOnLastWindowClosed(quitOnLastWindow);
    if (next) {
        next->restoreGeometry(geometry);
        next->show();
    } else if (m_sessions.empty()) {
        if (!error.isEmpty())
            QTextStream(stderr) << "knotmap: " << error << Qt::endl;
        QCoreApplication::exit(error.isEmpty() ? 0 : 1);
    }
}

void Sessions::switchTo(MainWindow* from, const QString& path)
{
    for (const auto& session : m_sessions) {
        if (session->window.get() == from && QFileInfo(path).absoluteFilePath() == session->store->path())
            return; // already the file shown
    }
    if (!from->finishEditing())
        return;
    QString error;
    MainWindow* next = open(path, true, &error);
    if (!next) {
        if (!error.isEmpty())
            QMessageBox::warning(from, tr("Not Opened"),
                                 tr("KnotMap could not open that file: %1").arg(error));
        return;
    }
    next->restoreGeometry(from->saveGeometry());
    next->show();
    next->backupActions()->startDailyBackupIfDue();
    from->close();
    // Not while `from` is still on the call stack: its store and window go once this call has returned.
    QTimer::singleShot(0, this, [this, from] {
        std::erase_if(m_sessions, [from](const auto& session) { return session->window.get() == from; });
    });
}

} // namespace knotmap::ui
