// SPDX-License-Identifier: GPL-3.0-or-later
// "What helps" and the routine plan at ten years (issue 11): whatHelps reads only the two fortnights around
// each technique's start; *_EveryRating is the same figures the way it was done before, from each spot's
// whole history, as the anchor. Figures: docs/benchmarks.md.
#include "HeavyHistory.h"
#include "WhatHelpsReference.h"

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

void BM_WhatHelpsTenYears(benchmark::State& state)
{
    KnotStore& store = knotmap::bench::heavyStore();
    for (auto _ : state) {
        const QList<HelpStats> stats = whatHelps(store);
        if (stats.isEmpty())
            state.SkipWithError("the heavy history has no routine log");
        benchmark::DoNotOptimize(stats);
    }
}

void BM_WhatHelpsTenYears_EveryRating(benchmark::State& state)
{
    KnotStore& store = knotmap::bench::heavyStore();
    for (auto _ : state)
        benchmark::DoNotOptimize(test::referenceWhatHelps(store)); // the old cost: every rating
}

void BM_PlanRoutineTenYears(benchmark::State& state)
{
    KnotStore& store = knotmap::bench::heavyStore();
    static const auto catalogue = RoutineCatalogue::loadStandard(knotmap::bench::standardAtlas());
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
