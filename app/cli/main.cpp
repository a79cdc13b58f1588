// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"
#include "Cli.h"
#include "Translations.h"
#include "domain/ShownText.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// The command line speaks through its own one-line messages; Qt's internal notes (such as the offscreen
// platform's XDG_RUNTIME_DIR warning) would break that contract, so only real trouble gets through, escaped
// to one line like every other message.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fprintf(stderr, "knotmap-cli: %s\n", qPrintable(knotmap::escapeControlCharacters(message)));
}
} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietMessages);
    // Only the report draws (text, charts, the body map), which needs a GUI application; it never shows a
    // window, so it never needs a display. Every other command stays a plain core application, with
    // nothing on stderr but its own one-line messages.
    bool drawing = false;
    for (int i = 1; i < argc; ++i)
        drawing = drawing || std::strcmp(argv[i], "report") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (drawing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    knotmap::applyApplicationIdentity();
    knotmap::installTranslations(QStringLiteral("system")); // English's plural forms, at the least
    QTextStream out(stdout);
    QTextStream err(stderr);
    return knotmap::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
