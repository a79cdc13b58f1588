// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeavyHistory.h"

#include "atlas/BodyAtlas.h"
#include "storage/KnotStore.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace knotmap::bench {

namespace {

constexpr int kSpots = 40;
constexpr int kGeneratorVersion = 5; // bump when the data changes, so a stale cache is rebuilt

// What people write: now and then a note, some with commas, quotes and letters beyond ASCII (the CSV and
// JSON writers must escape them), and a quality on most ratings (never numbness, tingling or shooting
// pain: those are warning signs, and a history full of them would show only the warning).
const char* const kQualities[] = {"aching", "aching", "stiff", "sharp", "burning", ""};
const char* const kNotes[] = {"after the long drive",
                              "desk day, 9 hours",
                              "slept badly, \"stiff\" on waking",
                              "Nackenschmerz nach dem Laufen",
                              "better after the ball, then worse",
                              "hot shower helped; still tender",
                              "après le travail — tendu",
                              "carried the shopping, 2 bags"};

void check(int rc, sqlite3* db, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "heavy history: %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

HeavyHistory build()
{
    const int days = qEnvironmentVariableIsSet("KNOTMAP_BENCH_DAYS")
                         ? qEnvironmentVariableIntValue("KNOTMAP_BENCH_DAYS")
                         : 3653;
    // Beside the benchmark program in the build tree, never in whatever folder it was started from (once
    // that was the source tree, and 100 MB nearly went into a commit).
    const QString folder = qEnvironmentVariableIsSet("KNOTMAP_BENCH_DIR")
                               ? qEnvironmentVariable("KNOTMAP_BENCH_DIR")
                               : QCoreApplication::applicationDirPath();
    QDir().mkpath(folder);
    HeavyHistory history;
    // Up to today, so the window's default views (this week, the last 12 weeks) show real data; a new day
    // builds a new file.
    history.last = QDate::currentDate();
    history.first = history.last.addDays(-(days - 1));
    // The schema in the name too: a file cached by an older KnotMap is built again, not opened half-known.
    history.path = QDir(folder).filePath(QStringLiteral("heavy-%1d-v%2-s%4-%3.sqlite")
                                             .arg(days)
                                             .arg(kGeneratorVersion)
                                             .arg(history.last.toString(QStringLiteral("yyyyMMdd")))
                                             .arg(schema::currentVersion()));

    const BodyAtlas* atlas = &standardAtlas();
    if (!QFileInfo::exists(history.path)) {
        std::fprintf(stderr, "building %s (%d days, once)...\n", qPrintable(history.path), days);
        QString error;
        const QString building = history.path + QStringLiteral(".part");
        QFile::remove(building);
        {
            auto store = KnotStore::open(building, *atlas, &error); // KnotMap's own schema and indexes
            if (!store) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                std::exit(1);
            }
        }
        sqlite3* db = nullptr;
        check(sqlite3_open(QFile::encodeName(building).constData(), &db), db, "open");
        check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
        sqlite3_stmt* spot = nullptr;
        check(sqlite3_prepare_v2(
                  db,
                  "INSERT INTO spots (id, uuid, key, x, y, region, created_utc) VALUES (?, ?, ?, ?, ?, ?, 0)",
                  -1, &spot, nullptr),
              db, "prepare spots");
        for (int i = 0; i < kSpots; ++i) {
            const AtlasRegion& region = atlas->regions().at(i);
            const QByteArray key = (region.id + QStringLiteral("-1")).toUtf8();
            const QByteArray regionId = region.id.toUtf8();
            const QByteArray uuid = newSpotUuid().toUtf8();
            sqlite3_bind_int(spot, 1, i + 1);
            sqlite3_bind_text(spot, 2, uuid.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(spot, 3, key.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_double(spot, 4, region.labelPoint.x());
            sqlite3_bind_double(spot, 5, region.labelPoint.y());
            sqlite3_bind_text(spot, 6, regionId.constData(), -1, SQLITE_TRANSIENT);
            check(sqlite3_step(spot), db, "insert spot");
            sqlite3_reset(spot);
        }
        sqlite3_finalize(spot);

        sqlite3_stmt* rating = nullptr;
        check(sqlite3_prepare_v2(
                  db,
                  "INSERT INTO ratings (spot_id, recorded_utc, utc_offset_min, intensity, quality, note) "
                  "VALUES (?, ?, ?, ?, ?, ?)",
                  -1, &rating, nullptr),
              db, "prepare ratings");
        QRandomGenerator random(20261120);
        QRandomGenerator words(20261121); // its own sequence, so the ratings stay those of earlier versions
        const qint64 firstMidnight = QDate(1970, 1, 1).daysTo(history.first) * 86400;
        for (int day = 0; day < days; ++day) {
            // Summer and winter time, and now and then a trip abroad.
            const int offset =
                random.bounded(40) == 0 ? -300 : (day % 365 > 90 && day % 365 < 300 ? 120 : 60);
            for (int s = 1; s <= kSpots; ++s) {
                const int count = 4 + int(random.bounded(6)); // 4–9 a day: about 6.5 on average
                const int level = 2 + (s * 7 + day / 30) % 6;
                for (int n = 0; n < count; ++n) {
                    const qint64 local =
                        firstMidnight + day * 86400LL + 7 * 3600 + n * 5400 + random.bounded(3600);
                    sqlite3_bind_int(rating, 1, s);
                    sqlite3_bind_int64(rating, 2, local - offset * 60);
                    sqlite3_bind_int(rating, 3, offset);
                    sqlite3_bind_int(rating, 4, std::clamp(level + int(random.bounded(5)) - 2, 0, 10));
                    sqlite3_bind_text(rating, 5, kQualities[words.bounded(6)], -1, SQLITE_STATIC);
                    sqlite3_bind_text(rating, 6, words.bounded(32) == 0 ? kNotes[words.bounded(8)] : "", -1,
                                      SQLITE_STATIC);
                    check(sqlite3_step(rating), db, "insert rating");
                    sqlite3_reset(rating);
                }
            }
        }
        sqlite3_finalize(rating);

        // A routine log as daily practice leaves it: on most days four steps on four of the spots, each
        // technique of a spot started at its own time, some steps without an after score.
        sqlite3_stmt* step = nullptr;
        check(sqlite3_prepare_v2(
                  db,
                  "INSERT INTO routine_log (done_utc, utc_offset_min, spot_id, region, technique, "
                  "planned_s, done_s, before_intensity, after_intensity) "
                  "VALUES (?, 60, ?, ?, ?, 60, 60, ?, ?)",
                  -1, &step, nullptr),
              db, "prepare routine log");
        const char* const techniques[] = {"ball-pressure", "manual-pressure", "stretch", "heat",
                                          "foam-roller"};
        for (int day = 0; day < days; ++day) {
            if (random.bounded(10) < 3)
                continue;
            for (int n = 0; n < 4; ++n) {
                const int s = 1 + int(random.bounded(kSpots));
                const int t = int(random.bounded(5));
                if (day < (s * 37 + t * 211) % std::max(1, days)) // this technique not yet started here
                    continue;
                const QByteArray regionId = atlas->regions().at(s - 1).id.toUtf8();
                const int before = 3 + int(random.bounded(6));
                sqlite3_bind_int64(step, 1, firstMidnight + day * 86400LL + 19 * 3600 + n * 300 - 3600);
                sqlite3_bind_int(step, 2, s);
                sqlite3_bind_text(step, 3, regionId.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(step, 4, techniques[t], -1, SQLITE_STATIC);
                sqlite3_bind_int(step, 5, before);
                if (random.bounded(8) == 0)
                    sqlite3_bind_null(step, 6);
                else
                    sqlite3_bind_int(step, 6, std::max(0, before - int(random.bounded(4))));
                check(sqlite3_step(step), db, "insert step");
                sqlite3_reset(step);
            }
        }
        sqlite3_finalize(step);
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
        // No ANALYZE: the app never runs it, so the query plans here are the ones people get.
        check(sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr), db,
              "checkpoint");
        sqlite3_close(db);
        QFile::rename(building, history.path);
    }

    sqlite3* db = nullptr;
    check(sqlite3_open_v2(QFile::encodeName(history.path).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
          db, "open");
    sqlite3_stmt* count = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT count(*) FROM ratings", -1, &count, nullptr), db, "count");
    check(sqlite3_step(count), db, "count");
    history.ratings = sqlite3_column_int64(count, 0);
    sqlite3_finalize(count);
    sqlite3_close(db);
    return history;
}

} // namespace

const BodyAtlas& standardAtlas()
{
    static const auto loaded = BodyAtlas::loadStandard();
    if (!loaded) {
        std::fprintf(stderr, "cannot load the standard atlas\n");
        std::abort();
    }
    return *loaded;
}

KnotStore& heavyStore()
{
    static const std::unique_ptr<KnotStore> opened = [] {
        QString error;
        auto store = KnotStore::openReader(heavyHistory().path, standardAtlas(), &error);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            std::exit(1);
        }
        return store;
    }();
    return *opened;
}

const HeavyHistory& heavyHistory()
{
    static const HeavyHistory history = build();
    return history;
}

} // namespace knotmap::bench
