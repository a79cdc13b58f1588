// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QApplication;
class QPixmap;
class QWidget;

namespace knotmap::ui {

// QImage::save's quality for --screenshot: for PNG, 80 is zlib's fastest level (lossless all the same).
constexpr int kScreenshotQuality = 80;

// What a shown window looks like, for --screenshot. Offscreen, Qt's screen is the window's own painted
// buffer, and copying it spares painting the whole window a second time (as QWidget::grab does); on a real
// display a window may still be covered or not yet exposed, so there it paints itself again.
QPixmap photograph(QWidget& window);

struct AppOptions
{
    QString databasePath; // empty: the default database
    bool demo = false;    // a demo database in a temporary folder, never the real one
    QString screenshotPath;
    bool minimized = false;          // start hidden in the tray (or minimized without one), as at log-in
    QSize screenshotSize{1280, 820}; // --size: the window's size in the screenshot, when it fits
};

// Parses the command line; on a usage error or --help/--version prints and returns the exit code.
std::optional<AppOptions> parseOptions(const QStringList& arguments, int* exitCode);

// True when the command line holds --help or --version (-h, -v): main answers those from a QCoreApplication,
// so they work with no display at all, or a DISPLAY whose server is gone.
bool asksOnlyForInformation(int argc, char** argv);

// Before QApplication exists: a screenshot (or --help) needs no display, so use the offscreen platform
// when there is none. Returns false, having said why, when the window could not be shown anywhere.
bool prepareEnvironment(int argc, char** argv);

// Opens the store and the window; returns the process exit code.
int runApplication(QApplication& app, const AppOptions& options);

} // namespace knotmap::ui
