// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export of the ten-year history (about a million ratings) beside sqlite3's own .import of the
// same CSV, and the therapist report for a year of it. Figures: docs/benchmarks.md.
#include "HeavyHistory.h"

#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"
#include "report/Report.h"
#include "routines/Catalogue.h"
#include "storage/KnotStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace knotmap;
using knotmap::bench::heavyHistory;

namespace {

// The heavy history as the CSV KnotMap exports, written once next to the database.
const QString& heavyCsv()
{
    static const QString path = [] {
        const QString file = heavyHistory().path + QStringLiteral(".csv");
        if (!QFile::exists(file)) {
            QFile out(file);
            out.open(QIODevice::WriteOnly);
            out.write(ratingRowsToCsv(ratingRows(knotmap::bench::heavyStore())));
        }
        return file;
    }();
    return path;
}

void BM_ExportCsv(benchmark::State& state)
{
    KnotStore& store = knotmap::bench::heavyStore();
    qint64 rows = 0;
    for (auto _ : state) {
        const QList<RatingRow> all = ratingRows(store);
        benchmark::DoNotOptimize(ratingRowsToCsv(all).size());
        rows += all.size();
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
}

// sqlite3's own .import of the file into a new table (no checks, no indexes): the bar to compare with.
// Returns the seconds it took, or a negative number when the shell failed.
double sqlite3Import(const QString& csv)
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain.sqlite")),
                                            QStringLiteral(".import --csv %1 ratings").arg(csv)});
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

// The most memory this process has held since the last resetPeakMemory(), in MB (Linux; 0 elsewhere).
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM
}
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

// KnotMap's import and, in the same iteration, sqlite3's .import of the same file, so the ratio is taken
// pair by pair on the same machine load (issue 11: at least 0.5). peak_MB is this process's peak during
// the KnotMap import (target: under 150 MB for a million rows).
void BM_ImportCsv_KnotMap(benchmark::State& state)
{
    const QString csv = heavyCsv();
    qint64 rows = 0;
    double knotmapSeconds = 0, sqliteSeconds = 0, peak = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const double bar = sqlite3Import(csv);
        if (bar < 0) {
            state.SkipWithError("sqlite3 .import failed");
            return;
        }
        sqliteSeconds += bar;
        QTemporaryDir dir;
        QString error;
        auto store = KnotStore::open(dir.filePath(QStringLiteral("import.sqlite")),
                                     knotmap::bench::standardAtlas(), &error);
        resetPeakMemory();
        QElapsedTimer timer;
        timer.start();
        state.ResumeTiming();
        const ImportResult result = importFile(*store, csv, nullptr);
        state.PauseTiming();
        knotmapSeconds += timer.nsecsElapsed() / 1e9;
        peak = std::max(peak, peakMemoryMb());
        state.ResumeTiming();
        if (!result.counts) {
            state.SkipWithError("import refused");
            return;
        }
        rows += result.counts->ratingsAdded;
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
    state.counters["sqlite3_s"] = sqliteSeconds / double(state.iterations());
    state.counters["ratio_to_sqlite3"] = knotmapSeconds > 0 ? sqliteSeconds / knotmapSeconds : 0;
    state.counters["peak_MB"] = peak;
}

void BM_ReportOneYear(benchmark::State& state)
{
    KnotStore& store = knotmap::bench::heavyStore();
    const auto catalogue = RoutineCatalogue::loadStandard(knotmap::bench::standardAtlas());
    QTemporaryDir dir;
    ReportOptions options;
    options.to = heavyHistory().last;
    options.from = options.to.addDays(-364);
    const QList<ReportSection> all = allReportSections();
    options.sections = QSet<ReportSection>(all.cbegin(), all.cend());
    for (auto _ : state) {
        QString error;
        const ReportData data = collectReportData(store, options);
        if (!writeReportPdf(data, knotmap::bench::standardAtlas(), *catalogue,
                            dir.filePath(QStringLiteral("year.pdf")), {}, &error)) {
            state.SkipWithError("report failed");
            return;
        }
    }
}

} // namespace

BENCHMARK(BM_ExportCsv)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
BENCHMARK(BM_ImportCsv_KnotMap)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
BENCHMARK(BM_ReportOneYear)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
