// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace knotmap::ui {

// Every file dialog of the window goes through these. They are Qt's own dialog with an icon and type
// provider that looks at names only and never opens a file to sniff its contents: POSIX drops all of a
// process's locks on a file when any descriptor on it is closed, so a dialog that peeked into the open
// database, its -wal or its -shm would silently break SQLite's locking (the "How To Corrupt An SQLite
// Database File" page, section 2.2). A native dialog could run in this process and sniff the same way.
// Both return an empty string when the person cancels. A name to save under, typed without a suffix, gets
// the suffix of `suggestedPath` (".pdf").
QString askForFileToOpen(QWidget* parent, const QString& caption, const QString& folder,
                         const QString& filter);
QString askForFileToSave(QWidget* parent, const QString& caption, const QString& suggestedPath,
                         const QString& filter);

} // namespace knotmap::ui
