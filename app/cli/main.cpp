#include "AppIdentity.h"
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    knotmap::applyApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return knotmap::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
