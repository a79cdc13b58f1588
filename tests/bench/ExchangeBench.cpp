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

const BodyAtlas& atlas()
{
    static const auto loaded = BodyAtlas::loadStandard();
    return *loaded;
}

std::unique_ptr<KnotStore> openHeavy()
{
    QString error;
    return KnotStore::open(heavyHistory().path, atlas(), &error);
}

// The heavy history as the CSV KnotMap exports, written once next to the database.
const QString& heavyCsv()
{
    static const QString path = [] {
        const QString file = heavyHistory().path + QStringLiteral(".csv");
        if (!QFile::exists(file)) {
            QFile out(file);
            out.open(QIODevice::WriteOnly);
            out.write(ratingRowsToCsv(ratingRows(*openHeavy())));
        }
        return file;
    }();
    return path;
}

void BM_ExportCsv(benchmark::State& state)
{
    auto store = openHeavy();
    qint64 rows = 0;
    for (auto _ : state) {
        const QList<RatingRow> all = ratingRows(*store);
        benchmark::DoNotOptimize(ratingRowsToCsv(all).size());
        rows += all.size();
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
}

void BM_ImportCsv_KnotMap(benchmark::State& state)
{
    const QString csv = heavyCsv();
    qint64 rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        QString error;
        auto store = KnotStore::open(dir.filePath(QStringLiteral("import.sqlite")), atlas(), &error);
        state.ResumeTiming();
        const ImportResult result = importFile(*store, csv, nullptr);
        if (!result.counts) {
            state.SkipWithError("import refused");
            return;
        }
        rows += result.counts->ratingsAdded;
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
}

// sqlite3's own .import of the same file into a new table (no checks, no indexes): the bar to compare with.
void BM_ImportCsv_Sqlite3Shell(benchmark::State& state)
{
    const QString csv = heavyCsv();
    qint64 rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("plain.sqlite"));
        state.ResumeTiming();
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {db, QStringLiteral(".import --csv %1 ratings").arg(csv)});
        if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
            state.SkipWithError("sqlite3 .import failed");
            return;
        }
        rows += heavyHistory().ratings;
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
}

void BM_ReportOneYear(benchmark::State& state)
{
    auto store = openHeavy();
    const auto catalogue = RoutineCatalogue::loadStandard(atlas());
    QTemporaryDir dir;
    ReportOptions options;
    options.to = heavyHistory().last;
    options.from = options.to.addDays(-364);
    const QList<ReportSection> all = allReportSections();
    options.sections = QSet<ReportSection>(all.cbegin(), all.cend());
    for (auto _ : state) {
        QString error;
        const ReportData data = collectReportData(*store, options);
        if (!writeReportPdf(data, atlas(), *catalogue, dir.filePath(QStringLiteral("year.pdf")), {}, &error)) {
            state.SkipWithError("report failed");
            return;
        }
    }
}

} // namespace

BENCHMARK(BM_ExportCsv)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
BENCHMARK(BM_ImportCsv_KnotMap)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
BENCHMARK(BM_ImportCsv_Sqlite3Shell)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->UseRealTime(); // the work is in another process
BENCHMARK(BM_ReportOneYear)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
