// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "storage/KnotStore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace knotmap::ui {

// What work on another thread may look at: whether to stop (a newer request came, the person cancelled, or
// the view went away) and where to say how far it is.
class WorkerContext
{
public:
    bool stopRequested() const { return m_stop->load(); }
    // Safe from the worker: the last figure reaches the GUI thread, at most about 20 times a second.
    void progress(qint64 done, qint64 total) const;

private:
    friend class BackgroundTask;
    std::shared_ptr<std::atomic_bool> m_stop;
    QPointer<class BackgroundTask> m_task;
    std::shared_ptr<std::mutex> m_progressLock;
    std::shared_ptr<QElapsedTimer> m_lastProgress;
};

// Heavy reads and long work for one view, off the GUI thread (the window's loop must never wait more than
// 100 ms). Each start() runs `work` on a thread of Qt's pool with a connection of its own on the store's
// file, and hands the result to `done` on the GUI thread. A newer start() supersedes the one before: that
// one is asked to stop and its result, should it still come, is dropped. Nothing arrives once the task (and
// so the view that owns it) is gone; work still running then only finishes its own connection.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // Reader: KnotStore::openReader, read-only. Writer: a full store on the same file (a whole import or
    // restore is then one transaction of that connection; the window's store hears of it as a change made
    // outside, and reloads).
    enum class Connection { Reader, Writer };

    BackgroundTask(const KnotStore& store, QObject* parent, Connection connection = Connection::Reader);
    ~BackgroundTask() override;

    template <typename T>
    void start(std::function<Result<T>(KnotStore& store, const WorkerContext& context)> work,
               std::function<void(const Result<T>&)> done);

    bool busy() const { return m_busy; }
    void stop(); // asks the running work to stop and drops its result
    // Asks the running work to stop but still takes its answer, so `done` can say what really happened (an
    // import rolled back, or one already committed when the request came): a person's Cancel.
    void askToStop();
    bool stopAsked() const { return m_stop && m_stop->load(); }

signals:
    void busyChanged(bool busy);
    void progressed(qint64 done, qint64 total);

private:
    friend class WorkerContext;
    WorkerContext newContext();
    static std::unique_ptr<KnotStore> openConnection(const QString& path, const BodyAtlas& atlas,
                                                     Connection kind, QString* error);
    void setBusy(bool busy);

    QString m_path;
    BodyAtlas m_atlas;
    Connection m_connection;
    std::shared_ptr<std::atomic_bool> m_stop;
    quint64 m_generation = 0;
    bool m_busy = false;
};

template <typename T>
void BackgroundTask::start(std::function<Result<T>(KnotStore&, const WorkerContext&)> work,
                           std::function<void(const Result<T>&)> done)
{
    stop();
    const quint64 generation = ++m_generation;
    const WorkerContext context = newContext();
    auto outcome = std::make_shared<std::optional<Result<T>>>();
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, generation, outcome, done] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded: a newer request's result is on its way
        setBusy(false);
        if (*outcome)
            done(**outcome);
    });
    // The worker holds copies only: the path, the atlas, its own connection. Never the view or the store. The
    // work itself looks at context.stopRequested(): a superseded result is dropped above, on the GUI thread,
    // and work asked to stop (askToStop) still comes back with what it did.
    watcher->setFuture(
        QtConcurrent::run([path = m_path, atlas = m_atlas, kind = m_connection, work, context, outcome]() {
            QString error;
            std::unique_ptr<KnotStore> store = openConnection(path, atlas, kind, &error);
            if (!store) {
                *outcome = Failure{error};
                return;
            }
            QString readFailure;
            QObject::connect(
                store.get(), &KnotStore::readFailed, store.get(),
                [&readFailure](const QString& why) { readFailure = why; }, Qt::DirectConnection);
            Result<T> result = work(*store, context);
            if (!readFailure.isEmpty() && result)
                result = Failure{readFailure}; // half a read is not a result
            *outcome = std::move(result);
        }));
    setBusy(true);
}

} // namespace knotmap::ui
