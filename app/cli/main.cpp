#include "AppIdentity.h"
#include "Cli.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // The report draws text and charts, which needs a GUI application; the command line never shows a
    // window, so it never needs a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    knotmap::applyApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return knotmap::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
