// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QStatusBar;
class QUrl;

namespace knotmap::ui {

// What opens a file or folder in the desktop's own application: QDesktopServices::openUrl, unless a test put
// something else here to see what would be opened (and whether that worked) without starting a program.
using UrlOpener = std::function<bool(const QUrl&)>;
UrlOpener& urlOpener();

// After an export: `message` in the status bar ("Exported 3 ratings to …") with a Show in Folder button
// beside it that opens the folder holding `path`. The button goes when the message does (a later one, or its
// 30 s).
void confirmExport(QStatusBar* bar, const QString& message, const QString& path);

} // namespace knotmap::ui
