// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/BodyAtlas.h"

#include <QDate>
#include <QString>

namespace knotmap {
class KnotStore;
}

namespace knotmap::bench {

// A database as ten years of heavy use leaves it: 40 spots, about 270 ratings a day (some 1 million in
// all), built once with KnotMap's own schema and cached beside the benchmark program. KNOTMAP_BENCH_DAYS and
// KNOTMAP_BENCH_DIR shrink it and move it, for the smoke test.
struct HeavyHistory
{
    QString path;
    QDate first;
    QDate last;
    qint64 ratings = 0;
};

const HeavyHistory& heavyHistory();

// The standard atlas, loaded once for every benchmark.
const BodyAtlas& standardAtlas();

// The heavy history on one read-only connection, opened once (before any clock starts) for every benchmark
// that reads it; a file that cannot be opened ends the program with the reason.
KnotStore& heavyStore();

} // namespace knotmap::bench
