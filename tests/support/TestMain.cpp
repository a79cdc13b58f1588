// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"
#include "Translations.h"

#include <gtest/gtest.h>

#ifdef KNOTMAP_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QStandardPaths>

#include <ctime>

int main(int argc, char** argv)
{
    // Tests never see a display and never touch the person's real data or settings.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Every suite runs in a zone with a clock change and a UTC offset, so "local" and "UTC" can never be
    // confused unnoticed. Set here, not as a ctest ENVIRONMENT list: CMake 3.25's gtest_discover_tests splits
    // such a list and silently drops all but its first entry.
    if (qEnvironmentVariableIsEmpty("TZ")) {
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    knotmap::applyApplicationIdentity();
    // English, whatever the machine's language: the tests compare English text, plural forms included.
    knotmap::installTranslations(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
