// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a whole file: all of it in one transaction, or none of it.
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>

#include <sqlite3.h>

#include <array>

namespace knotmap {

namespace {
struct Cancelled
{
};

// A prepared INSERT on the native handle; every step is checked.
class NativeInsert
{
public:
    NativeInsert(sqlite3* db, const char* statement) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, statement, -1, &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    ~NativeInsert() { sqlite3_finalize(m_statement); }
    void run(qint64 spotId, const Rating& r)
    {
        // The keys by position, made once, so a million rows do not each build a string.
        static const QList<QByteArray> qualities = [] {
            QList<QByteArray> keys{QByteArray()};
            for (Quality q : allQualities())
                keys.append(qualityKey(q).toLatin1());
            return keys;
        }();
        const QByteArray& quality = qualities[int(r.quality)];
        const QByteArray note = r.note.toUtf8();
        sqlite3_bind_int64(m_statement, 1, spotId);
        sqlite3_bind_int64(m_statement, 2, r.recordedAt.utcSeconds);
        sqlite3_bind_int(m_statement, 3, r.recordedAt.offsetMinutes);
        sqlite3_bind_int(m_statement, 4, r.intensity);
        sqlite3_bind_text(m_statement, 5, quality.constData(), int(quality.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_statement, 6, note.constData(), int(note.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            fail();
    }

private:
    [[noreturn]] void fail() const
    {
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
        throw sql::SqlFailure{QCoreApplication::translate("Storage", "database error: %1").arg(text)};
    }
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};
} // namespace

Result<ImportCounts> KnotStore::importData(const ImportData& data, const ImportProgress& progress)
{
    ImportCounts counts;
    const qint64 total = data.spots.size() + data.ratings.size() + data.routineLog.size();
    qint64 done = 0;
    const auto step = [&] {
        if (progress && ++done % 2000 == 0 && !progress(done, total))
            throw Cancelled{};
    };
    const Result<void> written = write([&] {
        try {
            QHash<QString, qint64> ids;        // the file's spot key -> id here
            QHash<qint64, bool> existedBefore; // only spots that were already here can hold duplicates
            QSqlQuery byUuid = sql::prepare(db(), QStringLiteral("SELECT id FROM spots WHERE uuid = ?"));
            QSqlQuery byKey =
                sql::prepare(db(), QStringLiteral("SELECT id, region, uuid FROM spots WHERE key = ?"));
            QSqlQuery insertSpot = sql::prepare(
                db(), QStringLiteral(
                          "INSERT INTO spots (uuid, key, x, y, region, label, created_utc, archived_utc) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            const auto found = [](QSqlQuery& q, const QString& value) -> std::optional<QVariantList> {
                q.addBindValue(value);
                sql::exec(q);
                std::optional<QVariantList> row;
                if (q.next())
                    row = QVariantList{q.value(0), q.value(1), q.value(2)};
                q.finish();
                return row;
            };
            for (const ImportedSpot& spot : data.spots) {
                // The same knot, wherever it is now (it may have moved to another muscle since the backup).
                if (!spot.uuid.isEmpty()) {
                    if (const auto same = found(byUuid, spot.uuid)) {
                        ids.insert(spot.key, same->at(0).toLongLong());
                        existedBefore.insert(same->at(0).toLongLong(), true);
                        step();
                        continue;
                    }
                }
                QString key = spot.key;
                if (const auto holder = found(byKey, spot.key)) {
                    if (spot.uuid.isEmpty()) {
                        // A file from before spots had UUIDs: the key names the knot, as it always did.
                        if (holder->at(1).toString() != spot.region)
                            throw sql::SqlFailure{
                                tr("spot '%1' is already in the database in '%2', not in '%3'")
                                    .arg(spot.key, holder->at(1).toString(), spot.region)};
                        ids.insert(spot.key, holder->at(0).toLongLong());
                        existedBefore.insert(holder->at(0).toLongLong(), true);
                        step();
                        continue;
                    }
                    // Another knot that merely shares the key (keys repeat from database to database):
                    // never merge them; this one gets the next free key of its region.
                    key = nextSpotKey(spot.region);
                    ++counts.spotsRekeyed;
                }
                for (const QVariant& value :
                     {QVariant(spot.uuid.isEmpty() ? newSpotUuid() : spot.uuid), QVariant(key),
                      QVariant(spot.position.x()), QVariant(spot.position.y()), QVariant(spot.region),
                      sql::text(spot.label), QVariant(spot.createdUtc),
                      spot.archivedUtc ? QVariant(*spot.archivedUtc) : QVariant()})
                    insertSpot.addBindValue(value);
                sql::exec(insertSpot);
                ids.insert(spot.key, insertSpot.lastInsertId().toLongLong());
                ++counts.spotsAdded;
                step();
            }

            QSqlQuery duplicate = sql::prepare(
                db(),
                QStringLiteral(
                    "SELECT 1 FROM ratings WHERE spot_id = ? AND recorded_utc = ? AND utc_offset_min = ? "
                    "AND intensity = ? AND quality = ? AND note = ? LIMIT 1"));
            static const char* const kInsertRating =
                "INSERT INTO ratings (spot_id, recorded_utc, utc_offset_min, intensity, quality, note) "
                "VALUES (?, ?, ?, ?, ?, ?)";
            QSqlQuery insertRating = sql::prepare(db(), QString::fromLatin1(kInsertRating));
            std::optional<NativeInsert> fastInsert;
            if (sqlite3* native = sql::nativeHandle(db()))
                fastInsert.emplace(native, kInsertRating);
            for (const ImportedRating& imported : data.ratings) {
                const qint64 spotId = ids.value(imported.spotKey);
                const Rating& r = imported.rating;
                // Built only when Qt binds: on the fast path a million of these would be pure allocation.
                const auto values = [&] {
                    return QVariantList{
                        spotId,      r.recordedAt.utcSeconds,          r.recordedAt.offsetMinutes,
                        r.intensity, sql::text(qualityKey(r.quality)), sql::text(r.note)};
                };
                if (existedBefore.contains(spotId)) {
                    for (const QVariant& value : values())
                        duplicate.addBindValue(value);
                    sql::exec(duplicate);
                    const bool seen = duplicate.next();
                    duplicate.finish();
                    if (seen) {
                        ++counts.ratingsSkipped;
                        step();
                        continue;
                    }
                }
                if (fastInsert) {
                    fastInsert->run(spotId, r);
                } else {
                    for (const QVariant& value : values())
                        insertRating.addBindValue(value);
                    sql::exec(insertRating);
                }
                ++counts.ratingsAdded;
                step();
            }

            QSqlQuery stepSeen = sql::prepare(
                db(), QStringLiteral(
                          "SELECT 1 FROM routine_log WHERE done_utc = ? AND region = ? AND technique = ? "
                          "AND done_s = ? LIMIT 1"));
            for (const ImportedStep& imported : data.routineLog) {
                LoggedStep s = imported.step;
                s.spotId = imported.spotKey.isEmpty() ? 0 : ids.value(imported.spotKey);
                for (const QVariant& value : {QVariant(s.doneAt.utcSeconds), QVariant(s.region),
                                              QVariant(s.technique), QVariant(s.doneSeconds)})
                    stepSeen.addBindValue(value);
                sql::exec(stepSeen);
                const bool seen = stepSeen.next();
                stepSeen.finish();
                if (seen) {
                    ++counts.stepsSkipped;
                    step();
                    continue;
                }
                sql::run(db(),
                         QStringLiteral(
                             "INSERT INTO routine_log (done_utc, utc_offset_min, spot_id, region, technique, "
                             "planned_s, done_s, before_intensity, after_intensity) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {s.doneAt.utcSeconds, s.doneAt.offsetMinutes,
                          s.spotId ? QVariant(s.spotId) : QVariant(), s.region, s.technique, s.plannedSeconds,
                          s.doneSeconds, s.before ? QVariant(*s.before) : QVariant(),
                          s.after ? QVariant(*s.after) : QVariant()});
                ++counts.stepsAdded;
                step();
            }

            // The warning signs shown and cleared: kept once, so importing a file twice changes nothing.
            for (const ShownFlag& flag : data.flagsShown) {
                sql::run(db(),
                         QStringLiteral("INSERT INTO flags_shown (local_day, reason, level, regions) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (local_day, reason) DO NOTHING"),
                         {localDayNumber(flag.day), flag.reason, flagLevelKey(flag.level),
                          flag.regions.isEmpty() ? QStringLiteral("") : flag.regions.join(QLatin1Char(','))});
            }
            for (const FlagClearance& clearance : data.flagClearances) {
                sql::run(db(),
                         QStringLiteral("INSERT INTO flag_clearances (reason, cleared_utc, utc_offset_min) "
                                        "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM flag_clearances "
                                        "WHERE reason = ? AND cleared_utc = ?)"),
                         {clearance.reason, clearance.at.utcSeconds, clearance.at.offsetMinutes,
                          clearance.reason, clearance.at.utcSeconds});
            }
        } catch (const Cancelled&) {
            throw sql::SqlFailure{tr("the import was cancelled; nothing was added")};
        }
    });
    if (!written)
        return Failure{written.error()};
    if (progress)
        progress(total, total);
    if (counts.spotsAdded || counts.ratingsAdded || counts.stepsAdded)
        emit dataImported();
    if (!data.flagsShown.isEmpty() || !data.flagClearances.isEmpty())
        emit redFlagsChanged();
    return counts;
}

QList<LoggedStep> KnotStore::routineLogAll() const
{
    return routineLog(QDate(1970, 1, 1), QDate(9999, 12, 31));
}

} // namespace knotmap
