// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"
#include "ui/Application.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    if (knotmap::ui::asksOnlyForInformation(argc, argv)) {
        // No window system for --help or --version: `knotmap --version` answers on a machine with no display.
        QCoreApplication app(argc, argv);
        knotmap::applyApplicationIdentity();
        int exitCode = 0;
        if (!knotmap::ui::parseOptions(QCoreApplication::arguments(), &exitCode))
            return exitCode;
        // Only when "--version" was the value of another option (--db --version): go on as usual.
    }
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
    return knotmap::ui::runApplication(app, *options);
}
