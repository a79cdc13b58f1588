// SPDX-License-Identifier: GPL-3.0-or-later
// The report at ten years (issue 11): the PDF without the notes section (target under 1 s), the preview's
// work on its worker (the data and the one layout), and one preview page drawn at 56 dpi, which is what the
// GUI thread does per page scrolled into view (target well under 100 ms). Figures: docs/benchmarks.md.
#include "HeavyHistory.h"

#include "report/Report.h"
#include "routines/Catalogue.h"
#include "storage/KnotStore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace knotmap;
using knotmap::bench::heavyHistory;
using knotmap::bench::standardAtlas;

namespace {

const RoutineCatalogue& catalogue()
{
    static const auto loaded = RoutineCatalogue::loadStandard(standardAtlas());
    if (!loaded) {
        std::fprintf(stderr, "the routine catalogue did not load\n");
        std::exit(1);
    }
    return *loaded;
}

// The whole history, every section but the notes.
ReportOptions tenYears()
{
    ReportOptions options;
    options.from = heavyHistory().first;
    options.to = heavyHistory().last;
    for (ReportSection section : allReportSections()) {
        if (section != ReportSection::Notes)
            options.sections.insert(section);
    }
    return options;
}

void BM_ReportPdf_TenYears(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        QString error;
        if (!writeReportPdf(collectReportData(knotmap::bench::heavyStore(), tenYears()), standardAtlas(),
                            catalogue(), path, {}, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
}

void BM_ReportData_TenYears(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(collectReportData(knotmap::bench::heavyStore(), tenYears()));
}

// What the preview's worker does: the data, and the pages laid out once.
void BM_ReportPreviewWork_TenYears(benchmark::State& state)
{
    for (auto _ : state) {
        const ReportData data = collectReportData(knotmap::bench::heavyStore(), tenYears());
        const std::optional<ReportPages> pages = layOutReport(data, standardAtlas(), catalogue());
        state.counters["pages"] = pages ? pages->count() : 0;
    }
}

// What the GUI thread does for one page scrolled into view, page by page: the first holds the map and the
// weekly chart, the second the three spots' charts (up to 4,000 dots each), the busiest pages there are.
void BM_ReportPreviewPage_TenYears(benchmark::State& state)
{
    static const ReportData data = collectReportData(knotmap::bench::heavyStore(), tenYears());
    static const std::optional<ReportPages> pages = layOutReport(data, standardAtlas(), catalogue());
    const int page = int(state.range(0));
    if (!pages || page >= pages->count()) {
        state.SkipWithError("the report is shorter");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(pages->image(page, kReportPreviewDpi));
}

} // namespace

BENCHMARK(BM_ReportPdf_TenYears)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportData_TenYears)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportPreviewWork_TenYears)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportPreviewPage_TenYears)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
