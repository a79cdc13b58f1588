// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "access/MapAccessible.h"

#include "BackupActions.h"
#include "MainWindow.h"
#include "Reminders.h"
#include "Sessions.h"
#include "Translations.h"
#include "demo/DemoHistory.h"
#include "prefs/Appearance.h"
#include "routines/Catalogue.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace knotmap::ui {

namespace {

void printError(const QString& message)
{
    QTextStream(stderr) << "knotmap: " << message << Qt::endl;
}

// A person launching from a menu sees a dialog; a scripted screenshot run only a line on stderr.
void showFatal(const AppOptions& options, const QString& message)
{
    printError(message);
    if (options.screenshotPath.isEmpty())
        QMessageBox::critical(nullptr, QApplication::translate("Application", "KnotMap Cannot Start"),
                              message);
}

} // namespace

QPixmap photograph(QWidget& window)
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen") && window.screen()) {
        const QPixmap shown = window.screen()->grabWindow(window.winId());
        if (shown.deviceIndependentSize().toSize() == window.size())
            return shown;
    }
    return window.grab();
}

bool asksOnlyForInformation(int argc, char** argv)
{
    bool informational = false;
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--help", "-h", "--version", "-v"})
            informational = informational || std::strcmp(argv[i], flag) == 0;
    }
    return informational;
}

bool prepareEnvironment(int argc, char** argv)
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i)
        screenshot = screenshot || std::strcmp(argv[i], "--screenshot") == 0;
    const bool informational = asksOnlyForInformation(argc, argv);
    const bool noDisplay = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
                           qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (noDisplay && (screenshot || informational)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (noDisplay) {
        // Without this, Qt aborts with a message about xcb that tells a person nothing they can act on.
        std::fprintf(stderr, "knotmap: there is no display to open the window on (neither DISPLAY nor "
                             "WAYLAND_DISPLAY is set).\nRun it from a desktop session, or try: "
                             "knotmap --demo --screenshot shot.png\n");
        return false;
    }
    return true;
}

std::optional<AppOptions> parseOptions(const QStringList& arguments, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Application", "Track back and neck muscle knots."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("Application", "Open this database file."),
                                QStringLiteral("path"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("Application", "Open a demo database in a temporary folder."));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QApplication::translate("Application", "Save a PNG of the window and quit."), QStringLiteral("file"));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QApplication::translate("Application",
                                "Start hidden in the system tray (minimized where there is no tray), as when "
                                "starting with the desktop."));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("Application",
                                "With --screenshot: the window's size, such as 1024x640 (larger only when "
                                "the window cannot be that small)."),
        QStringLiteral("WxH"));
    parser.addOptions({db, demo, shot, minimized, size});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << (parser.isSet(QStringLiteral("help"))
                                    ? parser.helpText()
                                    : QApplication::applicationName() + QLatin1Char(' ') +
                                          QApplication::applicationVersion() + QLatin1Char('\n'));
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(db) && parser.isSet(demo)) {
        printError(QApplication::translate("Application", "--db and --demo cannot be used together"));
        *exitCode = 2;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QApplication::translate("Application", "unexpected argument '%1'")
                       .arg(parser.positionalArguments().constFirst()));
        *exitCode = 2;
        return std::nullopt;
    }
    AppOptions options{parser.value(db), parser.isSet(demo), parser.value(shot), parser.isSet(minimized)};
    if (parser.isSet(size)) {
        const QRegularExpressionMatch wxh =
            QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(size));
        if (!wxh.hasMatch() || options.screenshotPath.isEmpty()) {
            printError(QApplication::translate(
                           "Application",
                           "--size takes a width and height such as 1024x640, with --screenshot; "
                           "'%1' is not one")
                           .arg(parser.value(size)));
            *exitCode = 2;
            return std::nullopt;
        }
        options.screenshotSize = QSize(wxh.captured(1).toInt(), wxh.captured(2).toInt());
    }
    return options;
}

int runApplication(QApplication& app, const AppOptions& options)
{
    QTemporaryDir demoFolder; // lives as long as the window: the demo never touches real data
    QString path = options.databasePath.isEmpty() ? KnotStore::defaultPath() : options.databasePath;
    std::unique_ptr<Settings> settings;
    if (options.demo) {
        path = demoFolder.filePath(QStringLiteral("demo.sqlite"));
        settings = Settings::atPath(demoFolder.filePath(QStringLiteral("settings.ini")));
    } else {
        settings = Settings::forUser();
    }
    installTranslations(
        settings->value(SettingKey::Language).toString()); // before the atlas and catalogue load their names
    followAppearance(*settings);

    QString error;
    const std::optional<BodyAtlas> atlas = BodyAtlas::loadStandard(&error);
    if (!atlas) {
        showFatal(options, error);
        return 1;
    }

    const std::optional<RoutineCatalogue> catalogue = RoutineCatalogue::loadStandard(*atlas, &error);
    if (!catalogue) {
        showFatal(options, error);
        return 1;
    }

    if (options.demo) { // the demo's history is written before any window opens on it
        std::unique_ptr<KnotStore> demo = KnotStore::open(path, *atlas, &error);
        if (!demo) {
            showFatal(options, error);
            return 1;
        }
        if (QString problem = generateDemoHistory(*demo, 12, 7); !problem.isEmpty()) {
            showFatal(options, problem);
            return 1;
        }
    }

    // A file that cannot be used gets one dialog (restore the newest good backup, another file, or quit), and
    // a second window on a file is asked about; a screenshot run, with no one to ask, only says why on
    // stderr.
    Sessions sessions(*atlas, *catalogue, *settings);
    MainWindow* window = sessions.open(path, options.screenshotPath.isEmpty(), &error);
    if (!window) {
        if (!error.isEmpty())
            printError(error);
        return error.isEmpty() ? 0 : 1; // nothing to say: the person chose not to open a second window
    }
    if (options.demo)
        window->setWindowTitle(QApplication::translate("Application", "Demo data"));
    if (!options.screenshotPath.isEmpty()) {
        window->resize(options.screenshotSize);
        window->show();
        QApplication::processEvents();
        // zlib's fastest level: the picture is for checks, and the default level spent 30 ms squeezing it.
        if (!photograph(*window).save(options.screenshotPath, nullptr, kScreenshotQuality)) {
            printError(QApplication::translate("Application", "cannot write the screenshot to %1")
                           .arg(options.screenshotPath));
            return 1;
        }
        return 0;
    }
    if (options.minimized)
        Reminders::of(*window)->startMinimized();
    else
        window->show();
    window->backupActions()->startDailyBackupIfDue(); // the first start of each day
    return app.exec();
}

} // namespace knotmap::ui
