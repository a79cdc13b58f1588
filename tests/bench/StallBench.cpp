// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window's event loop goes without turning, action by action, on the heavy history: the real
// MainWindow, offscreen, with a heartbeat timer. And start-up as a person sees it: the window process with
// the heavy history against an empty database, and that against a bare QMainWindow, pair by pair.
//   knotmap_stall_bench [--fail-over-ms N] [--startup-runs N] [--shots DIR]
// Prints Markdown tables for docs/benchmarks.md. With --fail-over-ms, exits 1 when any action stalls the loop
// longer than that (the smoke test: a second, on a year of data). With --shots, saves the window after each
// action as DIR/NN.png, to look at what was measured.
#include "HeavyHistory.h"

#include "AppIdentity.h"
#include "routines/Catalogue.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"
#include "ui/Application.h"
#include "ui/BackgroundTask.h"
#include "ui/BodyMapWidget.h"
#include "ui/MainWindow.h"
#include "ui/PeriodPicker.h"
#include "ui/RegionPanel.h"
#include "ui/SpotEditor.h"
#include "ui/report/ReportView.h"
#include "ui/trends/TrendsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace knotmap;

namespace {

// A 2 ms timer on the GUI thread: the longest gap between two ticks is the longest time the loop did not
// turn (less the 2 ms it waits on purpose).
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer.start();
        m_clock.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    double longestMs()
    {
        tick(); // a stall still going on counts too
        return std::max(0.0, double(m_longest) / 1e6 - 2.0);
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Until every background task of the window is idle and the views' own short timers (the report's preview
// waits 250 ms after a burst of changes) have had their turn; returns when, on `clock`, the last one ended.
double settle(QWidget* window, const QElapsedTimer& clock)
{
    QElapsedTimer waited;
    waited.start();
    double lastBusy = double(clock.nsecsElapsed()) / 1e6;
    while (waited.elapsed() < 120000) {
        spin(10);
        const auto tasks = window->findChildren<ui::BackgroundTask*>();
        if (std::any_of(tasks.cbegin(), tasks.cend(), [](auto* t) { return t->busy(); }))
            lastBusy = double(clock.nsecsElapsed()) / 1e6;
        else if (double(clock.nsecsElapsed()) / 1e6 - lastBusy > 400)
            break;
    }
    return lastBusy;
}

struct Measured
{
    QString action;
    double stallMs = 0;
    double doneMs = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// `knotmap --screenshot` on a file, or this program's bare window: wall time of the whole process.
double timeProcess(const QString& program, const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        std::exit(2);
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

int bareWindow(const QString& shot)
{
    QMainWindow window;
    window.resize(1280, 820);
    window.show();
    QApplication::processEvents();
    // Photographed and saved as the app does its own.
    return ui::photograph(window).save(shot, nullptr, ui::kScreenshotQuality) ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    applyApplicationIdentity();
    const QStringList args = app.arguments();
    if (args.value(1) == QStringLiteral("--bare-window"))
        return bareWindow(args.value(2));
    const int failOverMs = args.contains(QStringLiteral("--fail-over-ms"))
                               ? args.value(args.indexOf(QStringLiteral("--fail-over-ms")) + 1).toInt()
                               : 0;
    const QString shots = args.contains(QStringLiteral("--shots"))
                              ? args.value(args.indexOf(QStringLiteral("--shots")) + 1)
                              : QString();
    const int startupRuns = args.contains(QStringLiteral("--startup-runs"))
                                ? args.value(args.indexOf(QStringLiteral("--startup-runs")) + 1).toInt()
                                : 5;

    const bench::HeavyHistory& history = bench::heavyHistory();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("knotmap.sqlite")); // the window writes: a copy
    QFile::copy(history.path, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString empty = folder.filePath(QStringLiteral("empty.sqlite"));
    std::printf("%lld ratings, %s to %s\n\n", history.ratings,
                qPrintable(history.first.toString(Qt::ISODate)),
                qPrintable(history.last.toString(Qt::ISODate)));

    // Start-up, pair by pair: the heavy file, an empty one, a bare QMainWindow, each grabbed the same way.
    QList<double> heavyRuns, emptyRuns, bareRuns, heavyOverEmpty, emptyOverBare;
    const QString home = folder.filePath(QStringLiteral("home"));
    for (int run = 0; run < startupRuns; ++run) {
        const QString shot = folder.filePath(QStringLiteral("shot.png"));
        const double heavy =
            timeProcess(QStringLiteral(KNOTMAP_APP_PATH),
                        {QStringLiteral("--db"), path, QStringLiteral("--screenshot"), shot}, home);
        const double none =
            timeProcess(QStringLiteral(KNOTMAP_APP_PATH),
                        {QStringLiteral("--db"), empty, QStringLiteral("--screenshot"), shot}, home);
        const double bare =
            timeProcess(app.applicationFilePath(), {QStringLiteral("--bare-window"), shot}, home);
        heavyRuns.append(heavy);
        emptyRuns.append(none);
        bareRuns.append(bare);
        heavyOverEmpty.append(heavy / none);
        emptyOverBare.append(none / bare);
    }
    std::printf("| start-up (`knotmap --screenshot`, whole process) | median | ratio (median of pairs) |\n"
                "|---|---|---|\n"
                "| with this history | %.0f ms | %.2f× of empty |\n"
                "| with an empty database | %.0f ms | %.2f× of a bare QMainWindow |\n"
                "| a bare QMainWindow | %.0f ms | |\n\n",
                median(heavyRuns), median(heavyOverEmpty), median(emptyRuns), median(emptyOverBare),
                median(bareRuns));

    // Every action, on the real window.
    QString error;
    StoreOptions options;
    options.integrityCheck = IntegrityCheck::InBackground; // as the window opens it
    Heartbeat heartbeat;
    QList<Measured> results;
    const auto measure = [&](const QString& action, QWidget* window, const std::function<void()>& doIt) {
        heartbeat.reset();
        QElapsedTimer clock;
        clock.start();
        doIt();
        const double done = settle(window, clock);
        results.append({action, heartbeat.longestMs(), done});
        if (!shots.isEmpty())
            window->grab().save(
                QStringLiteral("%1/%2.png").arg(shots).arg(results.size(), 2, 10, QLatin1Char('0')));
        std::fprintf(stderr, "%-52s %8.1f ms\n", qPrintable(action), results.constLast().stallMs);
    };

    const std::optional<RoutineCatalogue> catalogue =
        RoutineCatalogue::loadStandard(bench::standardAtlas(), &error);
    std::unique_ptr<Settings> settings = Settings::atPath(folder.filePath(QStringLiteral("settings.ini")));
    std::unique_ptr<KnotStore> store;
    std::unique_ptr<ui::MainWindow> window;
    QElapsedTimer startup;
    startup.start();
    store = KnotStore::open(path, bench::standardAtlas(), &error, options);
    if (!store || !catalogue) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    window = std::make_unique<ui::MainWindow>(*store, *settings, *catalogue);
    window->resize(1280, 820);
    window->show();
    QApplication::processEvents();
    results.append({QStringLiteral("start-up: open the file, build and show the window"),
                    double(startup.nsecsElapsed()) / 1e6, settle(window.get(), startup)});
    ui::MainWindow* w = window.get();

    measure(QStringLiteral("Mark: the day before"), w,
            [&] { w->showDate(QDate::currentDate().addDays(-1)); });
    measure(QStringLiteral("Mark: back to today"), w, [&] { w->showDate(QDate::currentDate()); });
    measure(QStringLiteral("Mark: open a spot (click on the map)"), w, [&] {
        const QList<Spot> spots = store->spots();
        QTest::mouseClick(w->bodyMap(), Qt::LeftButton, {},
                          w->bodyMap()->toWidget(spots.value(0).position).toPoint());
    });
    measure(QStringLiteral("Mark: close it (Escape)"), w,
            [&] { QTest::keyClick(w->spotEditor(), Qt::Key_Escape); });
    auto* find = w->regionPanel()->findChild<QLineEdit*>();
    measure(QStringLiteral("Mark: type \"trap\" in Find a muscle"), w,
            [&] { QTest::keyClicks(find, QStringLiteral("trap")); });
    measure(QStringLiteral("Trends tab (last 12 weeks, by week)"), w, [&] { w->showTrends(); });
    auto* trendPeriod = w->trendsView()->findChild<ui::PeriodPicker*>();
    measure(QStringLiteral("Trends: all time, by week"), w,
            [&] { trendPeriod->setPreset(ui::PeriodPicker::Preset::AllTime); });
    measure(QStringLiteral("Trends: all time, by day"), w,
            [&] { w->trendsView()->setBucket(BucketSize::Day); });
    measure(QStringLiteral("Trends: last 4 weeks, by day"), w,
            [&] { trendPeriod->setPreset(ui::PeriodPicker::Preset::Weeks4); });
    measure(QStringLiteral("Routine tab (plan the day)"), w, [&] { w->showRoutine(); });
    measure(QStringLiteral("Report tab (last 12 weeks)"), w, [&] { w->showReport(); });
    auto* reportPeriod = w->reportView()->findChild<ui::PeriodPicker*>();
    measure(QStringLiteral("Report: all time"), w,
            [&] { reportPeriod->setPreset(ui::PeriodPicker::Preset::AllTime); });
    measure(QStringLiteral("Mark tab"), w, [&] { w->showMark(); });

    std::printf(
        "| action, on %lld ratings | longest stall of the loop | until shown in full |\n|---|---|---|\n",
        history.ratings);
    bool failed = false;
    for (const Measured& m : results) {
        std::printf("| %s | %.0f ms | %.0f ms |\n", qPrintable(m.action), m.stallMs, m.doneMs);
        failed = failed || (failOverMs > 0 && m.stallMs > failOverMs);
    }
    window.reset();
    store.reset();
    if (failed)
        std::fprintf(stderr, "an action stalled the loop for more than %d ms\n", failOverMs);
    return failed ? 1 : 0;
}
