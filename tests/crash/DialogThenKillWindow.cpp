// SPDX-License-Identifier: GPL-3.0-or-later
// The window's half of DialogThenKillTest: a real MainWindow on DB, a rating, File › Import Data… shown on
// the database's folder until the dialog has listed (and typed) every file there, cancelled, then knotmap-cli
// writing from a second process, then another rating from the window. Prints a line per step on stdout,
// "saved N" for each rating the window reported as saved, and finally "ready"; then waits to be SIGKILLed.
//
// usage: knotmap_dialog_then_kill_window DB KNOTMAP_CLI
#include "AppIdentity.h"
#include "routines/Catalogue.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"
#include "ui/BodyMapWidget.h"
#include "ui/MainWindow.h"
#include "ui/SpotEditor.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace knotmap;

namespace {

void say(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

[[noreturn]] void giveUp(const QString& why)
{
    say(QStringLiteral("error ") + why);
    std::exit(3);
}

// Marks a spot at a region's label point with a score, as a person does: click, digit, Enter.
void rate(ui::MainWindow& window, const BodyAtlas& atlas, const char* region, Qt::Key digit)
{
    ui::BodyMapWidget* map = window.bodyMap();
    const QPoint at = map->toWidget(atlas.region(QString::fromLatin1(region))->labelPoint).toPoint();
    QTest::mouseClick(map, Qt::LeftButton, {}, at);
    QTest::keyClick(window.spotEditor()->focusProxy(), digit);
    QTest::keyClick(window.spotEditor()->focusProxy(), Qt::Key_Return);
    if (window.spotEditor()->isVisible() ||
        !window.statusBar()->currentMessage().startsWith(QStringLiteral("Saved")))
        giveUp(QStringLiteral("the window did not save the rating in ") + QString::fromLatin1(region));
}

QAction* findAction(QWidget* window, const QString& text)
{
    for (QAction* action : window->findChildren<QAction*>())
        if (action->text() == text)
            return action;
    giveUp(QStringLiteral("no action ") + text);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    applyApplicationIdentity();
    if (argc != 3)
        giveUp(QStringLiteral("usage: DB KNOTMAP_CLI"));
    const QString dbPath = QString::fromLocal8Bit(argv[1]);
    const QString cliPath = QString::fromLocal8Bit(argv[2]);
    const QString folder = QFileInfo(dbPath).absolutePath();

    QString error;
    const auto atlas = BodyAtlas::loadStandard(&error);
    const auto catalogue = atlas ? RoutineCatalogue::loadStandard(*atlas, &error) : std::nullopt;
    auto store = atlas ? KnotStore::open(dbPath, *atlas, &error) : nullptr;
    if (!catalogue || !store)
        giveUp(error);
    auto settings = Settings::atPath(QDir(folder).filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(*store, *settings, *catalogue);
    window.resize(1200, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        giveUp(QStringLiteral("the window was not shown"));

    rate(window, *atlas, "upper-trapezius-left", Qt::Key_6);
    say(QStringLiteral("saved 1"));

    // The import dialog opens on the working folder: make that the database's folder, as a person who keeps
    // their files together would browse to it.
    QDir::setCurrent(folder);
    bool listed = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        // The dialog lists the folder as it opens; its model's gatherer thread then asks for every file's
        // icon and type. Two seconds is many times what that takes for the handful of files here.
        QTimer::singleShot(2000, dialog, [dialog, &listed] {
            listed = dialog->findChild<QFileSystemModel*>() != nullptr;
            dialog->reject();
        });
    });
    poll.start();
    findAction(&window, QStringLiteral("&Import Data…"))->trigger(); // returns when the dialog is cancelled
    if (!listed)
        giveUp(QStringLiteral("the import dialog was not shown"));
    say(QStringLiteral("dialog closed"));

    QProcess cli;
    cli.start(cliPath,
              {QStringLiteral("--db"), dbPath, QStringLiteral("add"), QStringLiteral("--region"),
               QStringLiteral("rhomboids-right"), QStringLiteral("--intensity"), QStringLiteral("4")});
    if (!cli.waitForFinished(30000) || cli.exitCode() != 0)
        giveUp(QStringLiteral("knotmap-cli add failed: ") + QString::fromUtf8(cli.readAllStandardError()));
    say(QStringLiteral("cli added"));

    rate(window, *atlas, "infraspinatus-right", Qt::Key_3);
    say(QStringLiteral("saved 2"));
    say(QStringLiteral("ready"));
    return app.exec(); // until the test kills us
}
