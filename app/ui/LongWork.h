// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackgroundTask.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMainWindow;
class QProgressBar;
class QPushButton;

namespace knotmap::ui {

// The window's one long job at a time — import, export, backup, restore — on a worker thread with a
// connection of its own (BackgroundTask), shown in the status bar with a progress bar and, for work that can
// stop, a Cancel button. The window stays usable; the actions given to guard() are disabled while a job
// runs, so a second one cannot start beside it.
//
// Cancel does not drop the job the way BackgroundTask::stop() would: it asks the work to stop
// (BackgroundTask::askToStop) and waits for its own answer, so `done` still runs and says what really
// happened (an import rolled back, an export with no file, or one that was already committed when Cancel
// came). Only when the window itself goes away is the result dropped; the work then stops on its own
// connection (an import rolls back).
class LongWork : public QObject
{
    Q_OBJECT

public:
    LongWork(const KnotStore& store, QMainWindow& window);
    ~LongWork() override;

    bool busy() const { return m_task != nullptr; }
    void guard(QAction* action);
    // Cancel pressed for the running job (false once it finished, or when none runs).
    bool cancelRequested() const { return m_task && m_task->stopAsked(); }
    void cancel();
    // A sentence in the status bar, for what a job's `done` has to say.
    void say(const QString& message);

    enum class Stop { Cancellable, RunsToTheEnd };
    // Starts `work` unless a job already runs (then returns false and starts nothing). `done` runs on the
    // GUI thread with the work's result, then finished() is emitted.
    template <typename T>
    bool run(const QString& what, BackgroundTask::Connection connection, Stop stop,
             std::function<Result<T>(KnotStore&, const WorkerContext&)> work,
             std::function<void(const Result<T>&)> done);

signals:
    void busyChanged(bool busy);
    void finished();

private:
    BackgroundTask* begin(const QString& what, BackgroundTask::Connection connection, Stop stop);
    void end();
    void showProgress(qint64 done, qint64 total);

    const KnotStore& m_store;
    QMainWindow& m_window;
    QWidget* m_panel;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QList<QPointer<QAction>> m_guarded;
    BackgroundTask* m_task = nullptr;
};

template <typename T>
bool LongWork::run(const QString& what, BackgroundTask::Connection connection, Stop stop,
                   std::function<Result<T>(KnotStore&, const WorkerContext&)> work,
                   std::function<void(const Result<T>&)> done)
{
    if (busy())
        return false;
    BackgroundTask* task = begin(what, connection, stop);
    task->start<T>(std::move(work), [this, done](const Result<T>& result) {
        done(result);
        end();
    });
    return true;
}

} // namespace knotmap::ui
