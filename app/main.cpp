// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"
#include "ui/Application.h"

#include <QApplication>
#include <QThreadPool>

int main(int argc, char* argv[])
{
    if (!knotmap::ui::prepareEnvironment(argc, argv))
        return 1;
    QApplication app(argc, argv);
    knotmap::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("KnotMap"));
    QApplication::setDesktopFileName(QStringLiteral("org.knotmap.KnotMap"));

    int exitCode = 0;
    const auto options = knotmap::ui::parseOptions(QApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    const int code = knotmap::ui::runApplication(app, *options);
    // The windows are gone and have told their work to stop; what still winds down on the pool (an export
    // removing its unfinished file, a preview page being drawn) uses fonts and files, so it ends before the
    // application that provides them.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
