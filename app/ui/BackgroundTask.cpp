// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include <QCoreApplication>

namespace knotmap::ui {

namespace {
constexpr qint64 kProgressIntervalMs = 50;
} // namespace

void WorkerContext::progress(qint64 done, qint64 total) const
{
    {
        const std::lock_guard guard(*m_progressLock);
        if (m_lastProgress->isValid() && m_lastProgress->elapsed() < kProgressIntervalMs && done < total)
            return;
        m_lastProgress->start();
    }
    // Posted to the application, which outlives every task; the task itself is looked at only where it lives.
    const QPointer<BackgroundTask> task = m_task;
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [task, stop, done, total] {
            if (task && !stop->load())
                emit task->progressed(done, total);
        },
        Qt::QueuedConnection);
}

BackgroundTask::BackgroundTask(const KnotStore& store, QObject* parent, Connection connection)
    : QObject(parent), m_path(store.path()), m_atlas(store.atlas()), m_connection(connection)
{}

BackgroundTask::~BackgroundTask()
{
    stop();
}

void BackgroundTask::stop()
{
    if (m_stop)
        m_stop->store(true);
    m_stop.reset();
    ++m_generation; // whatever still comes back is dropped
    setBusy(false);
}

void BackgroundTask::askToStop()
{
    if (m_stop)
        m_stop->store(true);
}

WorkerContext BackgroundTask::newContext()
{
    WorkerContext context;
    m_stop = std::make_shared<std::atomic_bool>(false);
    context.m_stop = m_stop;
    context.m_task = this;
    context.m_progressLock = std::make_shared<std::mutex>();
    context.m_lastProgress = std::make_shared<QElapsedTimer>();
    return context;
}

std::unique_ptr<KnotStore> BackgroundTask::openConnection(const QString& path, const BodyAtlas& atlas,
                                                          Connection kind, QString* error)
{
    if (kind == Connection::Reader)
        return KnotStore::openReader(path, atlas, error);
    StoreOptions options;
    // Its own check of every page, before its first write: the window's check may still be running, and
    // waiting for it on the GUI thread would freeze the window.
    options.integrityCheck = IntegrityCheck::BeforeFirstWrite;
    return KnotStore::open(path, atlas, error, options);
}

void BackgroundTask::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace knotmap::ui
