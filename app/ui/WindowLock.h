// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace knotmap::ui {

// One window per database, unless the person chooses otherwise. The window holds a lock file beside the
// database (`<file>.window-lock`, holding only a process id: a file of its own, so SQLite's locks on the
// database are never touched). A second window on the same file is told so and may still open: both then
// save every change at once and show each other's within a second (docs/data-formats.md, "Who writes").
struct WindowLock
{
    std::unique_ptr<QLockFile> lock; // held while the window is open; empty for a second window
    bool open = true;                // false: the person chose not to open a second window
};

QString windowLockPath(const QString& databasePath);

// Takes the lock, or asks `openAnyway(otherProcessId)` when another window holds it. A lock left by a
// window that crashed is taken over without asking.
WindowLock claimWindowLock(const QString& databasePath, const std::function<bool(qint64)>& openAnyway);

// The question a person sees, as a dialog over `parent` (objectName "secondWindowQuestion").
bool askToOpenSecondWindow(QWidget* parent, const QString& databasePath, qint64 otherProcessId);

} // namespace knotmap::ui
