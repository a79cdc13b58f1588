// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowLock.h"

#include <QDir>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>

namespace knotmap::ui {

QString windowLockPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".window-lock");
}

WindowLock claimWindowLock(const QString& databasePath, const std::function<bool(qint64)>& openAnyway)
{
    auto lock = std::make_unique<QLockFile>(windowLockPath(databasePath));
    lock->setStaleLockTime(0); // stale only when its process is gone, however long a window stays open
    if (lock->tryLock(0))
        return {std::move(lock), true};
    qint64 otherProcess = 0;
    QString host, application;
    if (lock->error() != QLockFile::LockFailedError || !lock->getLockInfo(&otherProcess, &host, &application))
        return {nullptr, true}; // no lock to be had (a read-only folder is refused later, with a sentence)
    return {nullptr, openAnyway(otherProcess)};
}

bool askToOpenSecondWindow(QWidget* parent, const QString& databasePath, qint64 otherProcessId)
{
    QMessageBox question(QMessageBox::Information, QMessageBox::tr("KnotMap Is Already Open"),
                         QMessageBox::tr("KnotMap is already open on %1 in another window (process %2).")
                             .arg(QDir::toNativeSeparators(databasePath))
                             .arg(otherProcessId),
                         QMessageBox::NoButton, parent);
    question.setObjectName(QStringLiteral("secondWindowQuestion"));
    question.setInformativeText(
        QMessageBox::tr("You can open it here too: both windows save every change at once and show each "
                        "other's within a second, and undo in one window never changes what the other did."));
    QPushButton* openHere = question.addButton(QMessageBox::tr("Open Here Too"), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == openHere;
}

} // namespace knotmap::ui
