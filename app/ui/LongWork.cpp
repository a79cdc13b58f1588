// SPDX-License-Identifier: GPL-3.0-or-later
#include "LongWork.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace knotmap::ui {

LongWork::LongWork(const KnotStore& store, QMainWindow& window)
    : QObject(&window), m_store(store), m_window(window)
{
    // A permanent widget: status messages (menu tips, "Exported …") never hide it while a job runs.
    m_panel = new QWidget(&window);
    m_panel->setObjectName(QStringLiteral("longWorkPanel"));
    m_label = new QLabel(m_panel);
    m_bar = new QProgressBar(m_panel);
    m_bar->setObjectName(QStringLiteral("longWorkProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), m_panel);
    m_cancel->setObjectName(QStringLiteral("longWorkCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &LongWork::cancel);
    auto* layout = new QHBoxLayout(m_panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    window.statusBar()->addPermanentWidget(m_panel);
    m_panel->hide();
}

// The task goes with this object (its child): a job still running is told to stop and its result is
// dropped; an import so rolls back on its own connection.
LongWork::~LongWork() = default;

void LongWork::guard(QAction* action)
{
    m_guarded.append(action);
    action->setEnabled(!busy() && action->isEnabled());
}

void LongWork::cancel()
{
    if (!m_task)
        return;
    m_task->askToStop();
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
}

void LongWork::say(const QString& message)
{
    m_window.statusBar()->showMessage(message, 15000);
}

BackgroundTask* LongWork::begin(const QString& what, BackgroundTask::Connection connection, Stop stop)
{
    m_task = new BackgroundTask(m_store, this, connection);
    connect(m_task, &BackgroundTask::progressed, this, &LongWork::showProgress);
    m_label->setText(what);
    m_bar->setRange(0, 0); // moving until the first figure comes
    m_cancel->setVisible(stop == Stop::Cancellable);
    m_cancel->setEnabled(true);
    m_panel->show();
    for (const QPointer<QAction>& action : std::as_const(m_guarded))
        if (action)
            action->setEnabled(false);
    emit busyChanged(true);
    return m_task;
}

void LongWork::end()
{
    m_task->deleteLater(); // we are inside its own signal
    m_task = nullptr;
    m_panel->hide();
    for (const QPointer<QAction>& action : std::as_const(m_guarded))
        if (action)
            action->setEnabled(true);
    emit busyChanged(false);
    emit finished();
}

void LongWork::showProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

} // namespace knotmap::ui
