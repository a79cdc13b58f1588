// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

#include <cstring>

void printSqlForShell();

// Google Benchmark's main, inside a Qt application (fonts and painting need one).
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    knotmap::applyApplicationIdentity();
    if (argc > 1 && std::strcmp(argv[1], "--print-sql") == 0) {
        printSqlForShell();
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
