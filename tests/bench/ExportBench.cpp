// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV and JSON exports of the ten-year history beside the sqlite3 shell printing the same rows with -csv
// and -json, timed pair by pair in one run; each reports both times and their ratio. Figures:
// docs/benchmarks.md (issue 11).
#include "HeavyHistory.h"

#include "exchange/StreamedExport.h"
#include "storage/KnotStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace knotmap;
using knotmap::bench::heavyHistory;

namespace {

// The rating's local time as KnotMap writes it (2026-03-01T08:30:00+01:00), in SQL, so the shell prints the
// same text KnotMap does rather than bare numbers.
const char* const kRecordedAt =
    "strftime('%Y-%m-%dT%H:%M:%S', r.recorded_utc + r.utc_offset_min * 60, 'unixepoch') || "
    "printf('%s%02d:%02d', CASE WHEN r.utc_offset_min < 0 THEN '-' ELSE '+' END, abs(r.utc_offset_min) / 60, "
    "abs(r.utc_offset_min) % 60)";

QString csvSql()
{
    return QStringLiteral("SELECT %1, s.key, s.region, s.x, s.y, r.intensity, r.quality, r.note, s.uuid "
                          "FROM ratings r JOIN spots s ON s.id = r.spot_id ORDER BY r.recorded_utc, r.id")
        .arg(QLatin1String(kRecordedAt));
}

QString jsonSql()
{
    return QStringLiteral("SELECT r.intensity, r.note, nullif(r.quality, '') AS quality, %1 AS recorded_at, "
                          "s.key AS spot FROM ratings r JOIN spots s ON s.id = r.spot_id "
                          "ORDER BY r.recorded_utc, r.id")
        .arg(QLatin1String(kRecordedAt));
}

double shellSeconds(const QString& mode, const QString& sql, const QString& out)
{
    QProcess shell;
    shell.setStandardOutputFile(out);
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), mode, heavyHistory().path, sql});
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

// One pair per iteration: KnotMap's export to a file (the whole path: temporary file, fsync, rename), then
// the shell writing the same rows to a file.
void comparePairs(benchmark::State& state, const ExportFill& fill, const QString& mode, const QString& sql)
{
    QString error;
    QTemporaryDir dir;
    double knotmap = 0, shell = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        if (!writePrivateFileStreamed(dir.filePath(QStringLiteral("knotmap.out")), fill, {}, &error)) {
            state.SkipWithError("export failed");
            return;
        }
        const double ours = timer.nsecsElapsed() / 1e9;
        const double theirs = shellSeconds(mode, sql, dir.filePath(QStringLiteral("sqlite3.out")));
        if (theirs < 0) {
            state.SkipWithError("sqlite3 failed");
            return;
        }
        state.SetIterationTime(ours + theirs);
        knotmap += ours;
        shell += theirs;
    }
    const double n = double(state.iterations());
    state.counters["knotmap_s"] = knotmap / n;
    state.counters["sqlite3_s"] = shell / n;
    state.counters["ratio"] = knotmap / std::max(shell, 1e-9);
    state.counters["rows"] = double(heavyHistory().ratings);
}

void BM_ExportCsv_VsSqlite3Csv(benchmark::State& state)
{
    knotmap::bench::heavyStore(); // opened before the clock starts
    comparePairs(
        state, [](ExportSink& sink) { return writeRatingsCsv(knotmap::bench::heavyStore(), sink); },
        QStringLiteral("-csv"), csvSql());
}

void BM_ExportJson_VsSqlite3Json(benchmark::State& state)
{
    knotmap::bench::heavyStore();
    comparePairs(
        state, [](ExportSink& sink) { return writeExportJson(knotmap::bench::heavyStore(), nullptr, sink); },
        QStringLiteral("-json"), jsonSql());
}

} // namespace

BENCHMARK(BM_ExportCsv_VsSqlite3Csv)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();
BENCHMARK(BM_ExportJson_VsSqlite3Json)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();
