// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"
#include "ui/Application.h"

#include <QApplication>

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
    return knotmap::ui::runApplication(app, *options);
}
