// SPDX-License-Identifier: GPL-3.0-or-later
// "What helps" and the routine plan at ten years (issue 11): whatHelps reads only the two fortnights around
// each technique's start; *_EveryRating is the same figures the way it was done before, from each spot's
// whole history, as the anchor. Figures: docs/benchmarks.md.
#include "HeavyHistory.h"

#include "domain/LocalDay.h"
#include "routines/Catalogue.h"
#include "routines/Planner.h"
#include "routines/WhatHelps.h"
#include "storage/KnotStore.h"

#include <QHash>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace knotmap;
using knotmap::bench::heavyHistory;

namespace {

const BodyAtlas& atlas()
{
    static const auto loaded = BodyAtlas::loadStandard();
    return *loaded;
}

KnotStore& routineStore()
{
    static std::unique_ptr<KnotStore> opened = [] {
        QString error;
        auto s = KnotStore::open(heavyHistory().path, atlas(), &error);
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            std::exit(1);
        }
        return s;
    }();
    return *opened;
}

// The old whatHelps: every logged step and every rating of each practised spot into C++.
qsizetype whatHelpsFromEveryRating(const KnotStore& store)
{
    qsizetype figures = 0;
    for (const Spot& spot : store.spots(true)) {
        const QList<LoggedStep> logged = store.routineLogForSpot(spot.id);
        if (logged.isEmpty())
            continue;
        const QList<Rating> ratings = store.ratingsForSpot(spot.id);
        QHash<QString, QDate> starts;
        for (const LoggedStep& step : logged) {
            if (!starts.contains(step.technique))
                starts.insert(step.technique, localDate(step.doneAt));
        }
        const auto mean = [&](QDate first, QDate last) { // one pass over the history a window, as before
            qint64 sum = 0;
            int count = 0;
            for (const Rating& rating : ratings) {
                const QDate day = localDate(rating.recordedAt);
                if (day >= first && day <= last) {
                    sum += rating.intensity;
                    ++count;
                }
            }
            return count ? std::optional(double(sum) / count) : std::nullopt;
        };
        for (const QDate& start : std::as_const(starts)) {
            figures += mean(start.addDays(-HelpStats::kWindowDays), start.addDays(-1)).has_value();
            figures += mean(start, start.addDays(HelpStats::kWindowDays - 1)).has_value();
        }
    }
    return figures;
}

void BM_WhatHelpsTenYears(benchmark::State& state)
{
    KnotStore& store = routineStore();
    for (auto _ : state) {
        const QList<HelpStats> stats = whatHelps(store);
        if (stats.isEmpty())
            state.SkipWithError("the heavy history has no routine log");
        benchmark::DoNotOptimize(stats);
    }
}

void BM_WhatHelpsTenYears_EveryRating(benchmark::State& state)
{
    KnotStore& store = routineStore();
    for (auto _ : state)
        benchmark::DoNotOptimize(whatHelpsFromEveryRating(store));
}

void BM_PlanRoutineTenYears(benchmark::State& state)
{
    KnotStore& store = routineStore();
    static const auto catalogue = RoutineCatalogue::loadStandard(atlas());
    if (!catalogue) {
        state.SkipWithError("the routine catalogue did not load");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(planRoutine(store, *catalogue, heavyHistory().last, PlannerSettings{}));
}

} // namespace

BENCHMARK(BM_WhatHelpsTenYears)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WhatHelpsTenYears_EveryRating)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanRoutineTenYears)->Unit(benchmark::kMillisecond);
