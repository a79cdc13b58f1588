// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "i18n/TranslateIn.h"

#include "SqlSupport.h"
#include "domain/LocalDay.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace knotmap::schema {

namespace {

struct Step
{
    int version;
    QStringList statements;
    // Work SQL cannot do alone (it needs the atlas), run after the statements in the same transaction.
    void (*rework)(const QSqlDatabase& db, const BodyAtlas& atlas) = nullptr;
};

// ---- Atlas 2 (issue 10, anatomy) -------------------------------------------------------------------------
// Its own step, after schema 6 (the new quality and the warning-sign tables).
constexpr int kAtlas2Version = 7;

// The atlas was redrawn: the thoracic erector spinae reach the rib angles, lumbar multifidus lies beside the
// lumbar spine, gluteus minimus is new and the head is split (resources/atlas/make_back_view.py). Every
// region id stays. A spot keeps its exact point and its key; one whose point no longer lies in its region
// takes the region the point lies in now, as moving it there would. Routine steps keep the region they were
// done on. (Every spot was a knot then. A later step that places spots in the back view must leave felt
// pain, schema 8, alone: its point lies on its pain area's own view.)
void placeSpotsInTheRedrawnAtlas(const QSqlDatabase& db, const BodyAtlas& atlas)
{
    QList<std::pair<qint64, QString>> moves;
    QSqlQuery spots = sql::run(db, QStringLiteral("SELECT id, x, y, region FROM spots ORDER BY id"));
    while (spots.next()) {
        const QPointF point(spots.value(1).toDouble(), spots.value(2).toDouble());
        const QString region = spots.value(3).toString();
        const AtlasRegion* now = atlas.hitTest(point);
        if (now && now->id != region && !atlas.isNear(point, region))
            moves.append({spots.value(0).toLongLong(), now->id});
    }
    for (const auto& [id, region] : std::as_const(moves))
        sql::run(db, QStringLiteral("UPDATE spots SET region = ? WHERE id = ?"), {region, id});
}
// -----------------------------------------------------------------------------------------------------------

// The ratings table's indexes, made again whenever a step rebuilds the table (v5, v6). The text must stay as
// it is: the queries spell the local-day expression the same way, or SQLite will not use these indexes.
QStringList ratingIndexes()
{
    return {
        QStringLiteral("CREATE INDEX ratings_by_time ON ratings (recorded_utc)"),
        QStringLiteral("CREATE INDEX ratings_by_spot_time ON ratings (spot_id, recorded_utc)"),
        QStringLiteral("CREATE INDEX ratings_by_local_day ON ratings (%1, spot_id, intensity, recorded_utc, "
                       "utc_offset_min)")
            .arg(localDaySql()),
        QStringLiteral(
            "CREATE INDEX ratings_by_spot_local_day ON ratings (spot_id, %1, intensity, recorded_utc, "
            "utc_offset_min)")
            .arg(localDaySql()),
    };
}

// Append new steps at the end; never edit a step that has shipped.
const QList<Step>& steps()
{
    static const QList<Step> all = {
        {1,
         {
             QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
             QStringLiteral(R"(CREATE TABLE spots (
                 id INTEGER PRIMARY KEY,
                 x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
                 y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
                 region TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 80),
                 label TEXT NOT NULL DEFAULT '',
                 created_utc INTEGER NOT NULL CHECK (typeof(created_utc) = 'integer'),
                 archived_utc INTEGER CHECK (archived_utc IS NULL OR typeof(archived_utc) = 'integer')))"),
             QStringLiteral(R"(CREATE TABLE ratings (
                 id INTEGER PRIMARY KEY,
                 spot_id INTEGER NOT NULL REFERENCES spots (id) ON DELETE CASCADE,
                 recorded_utc INTEGER NOT NULL CHECK (typeof(recorded_utc) = 'integer'),
                 utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
                 intensity INTEGER NOT NULL CHECK (typeof(intensity) = 'integer' AND intensity BETWEEN 0 AND 10),
                 quality TEXT NOT NULL DEFAULT ''
                     CHECK (quality IN ('', 'aching', 'sharp', 'burning', 'tingling', 'numb', 'stiff')),
                 note TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX ratings_by_time ON ratings (recorded_utc)"),
             QStringLiteral("CREATE INDEX ratings_by_spot_time ON ratings (spot_id, recorded_utc)"),
         }},
        // v2: spots get a stable, human-readable key, so files and the command line can name them.
        {2,
         {
             QStringLiteral("ALTER TABLE spots ADD COLUMN key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE spots SET key = region || '-' || id"),
             QStringLiteral("CREATE UNIQUE INDEX spots_by_key ON spots (key)"),
             QStringLiteral(R"(CREATE TRIGGER spots_key_required_insert BEFORE INSERT ON spots
                 WHEN NEW.key = '' BEGIN SELECT RAISE(ABORT, 'a spot needs a key'); END)"),
             QStringLiteral(R"(CREATE TRIGGER spots_key_required_update BEFORE UPDATE OF key ON spots
                 WHEN NEW.key = '' BEGIN SELECT RAISE(ABORT, 'a spot needs a key'); END)"),
         }},
        // v3: indexes on each rating's local day number, so trends group days straight off an index:
        // a scan over ten years reads the index in order and never sorts or touches the table. The raw
        // columns come last because SQLite 3.40 needs them to treat the expression index as covering.
        {3,
         {
             QStringLiteral("CREATE INDEX ratings_by_local_day ON ratings "
                            "((recorded_utc + utc_offset_min * 60) / 86400, spot_id, intensity, "
                            "recorded_utc, utc_offset_min)"),
             QStringLiteral("CREATE INDEX ratings_by_spot_local_day ON ratings "
                            "(spot_id, (recorded_utc + utc_offset_min * 60) / 86400, intensity, "
                            "recorded_utc, utc_offset_min)"),
         }},
        // v4: the routine log, one row per step done, with the spot's score before and after.
        {4,
         {
             QStringLiteral(R"(CREATE TABLE routine_log (
                 id INTEGER PRIMARY KEY,
                 done_utc INTEGER NOT NULL CHECK (typeof(done_utc) = 'integer'),
                 utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
                 spot_id INTEGER REFERENCES spots (id) ON DELETE SET NULL,
                 region TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 80),
                 technique TEXT NOT NULL CHECK (length(technique) BETWEEN 1 AND 60),
                 planned_s INTEGER NOT NULL CHECK (typeof(planned_s) = 'integer' AND planned_s >= 0),
                 done_s INTEGER NOT NULL CHECK (typeof(done_s) = 'integer' AND done_s >= 0),
                 before_intensity INTEGER CHECK (before_intensity IS NULL OR
                     (typeof(before_intensity) = 'integer' AND before_intensity BETWEEN 0 AND 10)),
                 after_intensity INTEGER CHECK (after_intensity IS NULL OR
                     (typeof(after_intensity) = 'integer' AND after_intensity BETWEEN 0 AND 10))))"),
             QStringLiteral("CREATE INDEX routine_log_by_time ON routine_log (done_utc)"),
             QStringLiteral("CREATE INDEX routine_log_by_spot ON routine_log (spot_id, done_utc)"),
         }},
        // v5: ids are never handed out twice (AUTOINCREMENT), so an undo step or a file that names an id can
        // never hit a row that merely reuses it; every spot gets a UUID that files carry, so a backup finds
        // its own knots again and another database's knots are never merged by key; and the local-day
        // indexes round down (LocalDay.h), so days before 1970 are right. SQLite cannot add AUTOINCREMENT to
        // a table, so each table is rebuilt (with foreign keys off, see migrate) and its rows copied with
        // their ids.
        {5,
         QStringList{
             QStringLiteral(R"(CREATE TABLE spots_v5 (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
                 key TEXT NOT NULL UNIQUE CHECK (key <> ''),
                 x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
                 y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
                 region TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 80),
                 label TEXT NOT NULL DEFAULT '',
                 created_utc INTEGER NOT NULL CHECK (typeof(created_utc) = 'integer'),
                 archived_utc INTEGER CHECK (archived_utc IS NULL OR typeof(archived_utc) = 'integer')))"),
             // A version 4 UUID per existing spot, made by SQLite itself: random hex with the version and
             // variant digits in place.
             QStringLiteral(
                 "INSERT INTO spots_v5 (id, uuid, key, x, y, region, label, created_utc, archived_utc) "
                 "SELECT id, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
                 "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
                 "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), "
                 "key, x, y, region, label, created_utc, archived_utc FROM spots"),
             QStringLiteral("DROP TABLE spots"),
             QStringLiteral("ALTER TABLE spots_v5 RENAME TO spots"),
             QStringLiteral(R"(CREATE TABLE ratings_v5 (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 spot_id INTEGER NOT NULL REFERENCES spots (id) ON DELETE CASCADE,
                 recorded_utc INTEGER NOT NULL CHECK (typeof(recorded_utc) = 'integer'),
                 utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
                 intensity INTEGER NOT NULL CHECK (typeof(intensity) = 'integer' AND intensity BETWEEN 0 AND 10),
                 quality TEXT NOT NULL DEFAULT ''
                     CHECK (quality IN ('', 'aching', 'sharp', 'burning', 'tingling', 'numb', 'stiff')),
                 note TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral(
                 "INSERT INTO ratings_v5 SELECT id, spot_id, recorded_utc, utc_offset_min, intensity, "
                 "quality, note FROM ratings"),
             QStringLiteral("DROP TABLE ratings"),
             QStringLiteral("ALTER TABLE ratings_v5 RENAME TO ratings"),
             QStringLiteral(R"(CREATE TABLE routine_log_v5 (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 done_utc INTEGER NOT NULL CHECK (typeof(done_utc) = 'integer'),
                 utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
                 spot_id INTEGER REFERENCES spots (id) ON DELETE SET NULL,
                 region TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 80),
                 technique TEXT NOT NULL CHECK (length(technique) BETWEEN 1 AND 60),
                 planned_s INTEGER NOT NULL CHECK (typeof(planned_s) = 'integer' AND planned_s >= 0),
                 done_s INTEGER NOT NULL CHECK (typeof(done_s) = 'integer' AND done_s >= 0),
                 before_intensity INTEGER CHECK (before_intensity IS NULL OR
                     (typeof(before_intensity) = 'integer' AND before_intensity BETWEEN 0 AND 10)),
                 after_intensity INTEGER CHECK (after_intensity IS NULL OR
                     (typeof(after_intensity) = 'integer' AND after_intensity BETWEEN 0 AND 10))))"),
             QStringLiteral(
                 "INSERT INTO routine_log_v5 SELECT id, done_utc, utc_offset_min, spot_id, region, "
                 "technique, planned_s, done_s, before_intensity, after_intensity FROM routine_log"),
             QStringLiteral("DROP TABLE routine_log"),
             QStringLiteral("ALTER TABLE routine_log_v5 RENAME TO routine_log"),
         } + ratingIndexes() +
             QStringList{
                 QStringLiteral("CREATE INDEX routine_log_by_time ON routine_log (done_utc)"),
                 QStringLiteral("CREATE INDEX routine_log_by_spot ON routine_log (spot_id, done_utc)"),
             }},
        // v6: "shooting" joins the pain qualities (it may go with an irritated nerve). The quality check is
        // written as plain comparisons: an IN list of more than two constants makes SQLite build a temporary
        // index every time an INSERT runs. The ratings table is rebuilt for the new check with its ids and
        // its AUTOINCREMENT high-water mark, so no id ever comes back. Two small tables keep the red flags
        // that the routine showed each day, and when the person said numbness or tingling had gone; a
        // partial index finds nerve-type ratings without reading every rating.
        {6,
         QStringList{
             QStringLiteral(R"(CREATE TABLE ratings_v6 (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 spot_id INTEGER NOT NULL REFERENCES spots (id) ON DELETE CASCADE,
                 recorded_utc INTEGER NOT NULL CHECK (typeof(recorded_utc) = 'integer'),
                 utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
                 intensity INTEGER NOT NULL CHECK (typeof(intensity) = 'integer' AND intensity BETWEEN 0 AND 10),
                 quality TEXT NOT NULL DEFAULT '' CHECK (quality = '' OR quality = 'aching' OR
                     quality = 'sharp' OR quality = 'burning' OR quality = 'tingling' OR quality = 'numb' OR
                     quality = 'stiff' OR quality = 'shooting'),
                 note TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral(
                 "INSERT INTO ratings_v6 SELECT id, spot_id, recorded_utc, utc_offset_min, intensity, "
                 "quality, note FROM ratings"),
             // Carry the high-water mark over: the copy alone would only know the largest id still there.
             QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'ratings_v6', 0 WHERE NOT EXISTS "
                            "(SELECT 1 FROM sqlite_sequence WHERE name = 'ratings_v6')"),
             QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM "
                            "sqlite_sequence WHERE name = 'ratings'), 0)) WHERE name = 'ratings_v6'"),
             QStringLiteral("DROP TABLE ratings"),
             QStringLiteral("ALTER TABLE ratings_v6 RENAME TO ratings"),
         } + ratingIndexes() +
             QStringList{
                 QStringLiteral("CREATE INDEX ratings_with_nerve_signs ON ratings (recorded_utc) WHERE %1")
                     .arg(QLatin1String(kNerveQualitySql)),
                 QStringLiteral(R"(CREATE TABLE flags_shown (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 local_day INTEGER NOT NULL CHECK (typeof(local_day) = 'integer'),
                 reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 60),
                 level TEXT NOT NULL CHECK (level = 'urgent' OR level = 'pause' OR level = 'see-soon'),
                 regions TEXT NOT NULL DEFAULT '',
                 UNIQUE (local_day, reason)))"),
                 QStringLiteral(R"(CREATE TABLE flag_clearances (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 60),
                 cleared_utc INTEGER NOT NULL CHECK (typeof(cleared_utc) = 'integer'),
                 utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840)))"),
             }},
        // v7, atlas 2: spots whose point now lies in another region take that region (see above).
        {kAtlas2Version, {}, &placeSpotsInTheRedrawnAtlas},
        // v8, referred pain (issue 12): a spot is a knot (pressing there hurts) or felt pain (it hurts there;
        // its region is then a pain area of resources/referral, and its point lies on the view that shows the
        // area). Every spot so far is a knot. ADD COLUMN keeps the table, its ids and its AUTOINCREMENT
        // high-water mark as they are: no rebuild. A link says "this knot may explain that felt pain"; it
        // goes with either spot. The pair is the key (once per pair), WITHOUT ROWID because the key is all a
        // row holds; the second index finds a knot's links when the knot is removed (the cascade's lookup).
        // Kinds are checked by the store, which writes every link: a CHECK cannot look at another table.
        {8,
         {
             QStringLiteral("ALTER TABLE spots ADD COLUMN kind TEXT NOT NULL DEFAULT 'knot' "
                            "CHECK (kind = 'knot' OR kind = 'felt')"),
             QStringLiteral(R"(CREATE TABLE spot_links (
                 felt_spot_id INTEGER NOT NULL REFERENCES spots (id) ON DELETE CASCADE,
                 knot_spot_id INTEGER NOT NULL REFERENCES spots (id) ON DELETE CASCADE,
                 linked_utc INTEGER NOT NULL CHECK (typeof(linked_utc) = 'integer'),
                 PRIMARY KEY (felt_spot_id, knot_spot_id),
                 CHECK (felt_spot_id <> knot_spot_id)) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX spot_links_by_knot ON spot_links (knot_spot_id)"),
         }},
    };
    return all;
}

} // namespace

int currentVersion()
{
    return steps().constLast().version;
}

QString checkOwnership(const QSqlDatabase& db)
{
    try {
        const int version = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        const int applicationId = sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
        const int tableCount = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
        if (applicationId != kApplicationId && (applicationId != 0 || version != 0 || tableCount != 0))
            return translateIn("Storage",
                               "the file is a SQLite database of another program, not a KnotMap database");
        if (version > currentVersion()) {
            return translateIn(
                       "Storage",
                       "the database was written by a newer KnotMap (schema %1; this version reads up to %2)")
                .arg(version)
                .arg(currentVersion());
        }
    } catch (const sql::SqlFailure& failure) {
        return failure.message;
    }
    return {};
}

QString migrate(const QSqlDatabase& db, const BodyAtlas& atlas, int targetVersion)
{
    if (QString problem = checkOwnership(db); !problem.isEmpty())
        return problem;
    try {
        if (sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt() >= targetVersion)
            return {};
        // A step may rebuild a table that others refer to; SQLite only lets that happen with foreign keys
        // off, and the pragma cannot change inside a transaction. Each step checks the references itself
        // before it commits, and the store turns them back on after the migration.
        sql::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        for (const Step& step : steps()) {
            if (step.version > targetVersion)
                break;
            // Each step is one IMMEDIATE transaction that reads the version again inside it: a second
            // program opening the same old file waits, then finds the step done instead of doing it twice.
            sql::begin(db);
            try {
                if (sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt() < step.version) {
                    for (const QString& statement : step.statements)
                        sql::run(db, statement);
                    if (step.rework)
                        step.rework(db, atlas);
                    if (sql::run(db, QStringLiteral("PRAGMA foreign_key_check")).next())
                        throw sql::SqlFailure{translateIn(
                            "Storage", "a rating or routine step refers to a spot that is not there")};
                    sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
                }
                sql::commit(db);
            } catch (const sql::SqlFailure& failure) {
                sql::rollback(db);
                return translateIn("Storage", "upgrading the database to schema %1 failed: %2")
                    .arg(step.version)
                    .arg(failure.message);
            }
        }
    } catch (const sql::SqlFailure& failure) {
        return failure.message;
    }
    return {};
}

} // namespace knotmap::schema
