// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a whole file: all of it in one transaction, or none of it.
#include "KnotStore.h"

#include "BatchedInsert.h"
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

// Temporary files in memory for the import (see BatchedInsert), the setting given back after. SQLite changes
// it only outside a transaction; if it cannot, the import is slower, not wrong. Only statement journals and
// temporary tables live there: nothing durable depends on it.
class MemoryTempStore
{
public:
    explicit MemoryTempStore(const QSqlDatabase& db) : m_db(db)
    {
        try {
            m_before = sql::scalar(m_db, QStringLiteral("PRAGMA temp_store")).toInt();
            sql::run(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        } catch (const sql::SqlFailure&) {
            m_before = -1;
        }
    }
    ~MemoryTempStore()
    {
        try {
            if (m_before >= 0)
                sql::run(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(m_before));
        } catch (const sql::SqlFailure&) { // temporary files stay in memory on this connection: harmless
        }
    }

private:
    QSqlDatabase m_db;
    int m_before = -1;
};
} // namespace

Result<ImportCounts> KnotStore::importData(const ImportData& data, const ImportProgress& progress,
                                           const RatingSource& moreRatings)
{
    ImportCounts counts;
    const qint64 total = data.spots.size() + data.ratings.size() + data.routineLog.size();
    qint64 done = 0;
    const auto step = [&] {
        if (progress && ++done % 2000 == 0 && !progress(done, total))
            throw Cancelled{};
    };
    const MemoryTempStore memoryJournal(db());
    const Result<void> written = write([&] {
        try {
            QHash<QString, qint64> ids;        // the file's spot key -> id here
            QHash<qint64, bool> existedBefore; // only spots that were already here can hold duplicates
            QHash<QString, std::pair<qint64, SpotKind>> byFileUuid; // for the links
            QSqlQuery byUuid =
                sql::prepare(db(), QStringLiteral("SELECT id, kind, key FROM spots WHERE uuid = ?"));
            QSqlQuery byKey =
                sql::prepare(db(), QStringLiteral("SELECT id, region, uuid FROM spots WHERE key = ?"));
            QSqlQuery insertSpot = sql::prepare(
                db(), QStringLiteral("INSERT INTO spots (uuid, key, x, y, region, label, created_utc, "
                                     "archived_utc, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const auto found = [](QSqlQuery& q, const QString& value) -> std::optional<QVariantList> {
                q.addBindValue(value);
                sql::exec(q);
                std::optional<QVariantList> row;
                if (q.next())
                    row = QVariantList{q.value(0), q.value(1), q.value(2)};
                q.finish();
                return row;
            };
            const auto kindWord = [](SpotKind kind) {
                return kind == SpotKind::Felt ? tr("felt pain") : tr("a knot");
            };
            for (const ImportedSpot& spot : data.spots) {
                // The same knot, wherever it is now (it may have moved to another muscle since the backup).
                if (!spot.uuid.isEmpty()) {
                    if (const auto same = found(byUuid, spot.uuid)) {
                        const SpotKind kindHere =
                            spotKindFromKey(same->at(1).toString()).value_or(SpotKind::Knot);
                        if (kindHere != spot.kind)
                            throw sql::SqlFailure{
                                tr("spot '%1' is %2 in the file but %3 in the database")
                                    .arg(spot.key, kindWord(spot.kind), kindWord(kindHere))};
                        byFileUuid.insert(spot.uuid, {same->at(0).toLongLong(), kindHere});
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
                      spot.archivedUtc ? QVariant(*spot.archivedUtc) : QVariant(),
                      QVariant(spotKindKey(spot.kind))})
                    insertSpot.addBindValue(value);
                sql::exec(insertSpot);
                ids.insert(spot.key, insertSpot.lastInsertId().toLongLong());
                if (!spot.uuid.isEmpty())
                    byFileUuid.insert(spot.uuid, {insertSpot.lastInsertId().toLongLong(), spot.kind});
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
            std::optional<BatchedInsert> fastInsert;
            if (sqlite3* native = sql::nativeHandle(db()))
                fastInsert.emplace(native);
            // One rating: skipped when a spot that was already here has it, else inserted.
            const auto addRating = [&](qint64 spotId, const RecordedTime& at, int intensity, Quality quality,
                                       QByteArrayView note) {
                if (existedBefore.contains(spotId)) {
                    if (fastInsert)
                        fastInsert->flush(); // the file may hold the same rating twice
                    for (const QVariant& value :
                         {QVariant(spotId), QVariant(at.utcSeconds), QVariant(at.offsetMinutes),
                          QVariant(intensity), sql::text(qualityKey(quality)),
                          sql::text(QString::fromUtf8(note))})
                        duplicate.addBindValue(value);
                    sql::exec(duplicate);
                    const bool seen = duplicate.next();
                    duplicate.finish();
                    if (seen) {
                        ++counts.ratingsSkipped;
                        return;
                    }
                }
                if (fastInsert) {
                    fastInsert->add(spotId, at, intensity, quality, note);
                } else {
                    for (const QVariant& value :
                         {QVariant(spotId), QVariant(at.utcSeconds), QVariant(at.offsetMinutes),
                          QVariant(intensity), sql::text(qualityKey(quality)),
                          sql::text(QString::fromUtf8(note))})
                        insertRating.addBindValue(value);
                    sql::exec(insertRating);
                }
                ++counts.ratingsAdded;
            };
            for (const ImportedRating& imported : data.ratings) {
                const Rating& r = imported.rating;
                const QByteArray note = r.note.toUtf8();
                addRating(ids.value(imported.spotKey), r.recordedAt, r.intensity, r.quality, note);
                step();
            }
            if (moreRatings) {
                QList<qint64> spotIds; // by position in data.spots, as the source names them
                for (const ImportedSpot& spot : data.spots)
                    spotIds.append(ids.value(spot.key));
                const QString problem = moreRatings([&](const StreamedRating& r) {
                    if (r.spot < 0 || r.spot >= spotIds.size())
                        throw sql::SqlFailure{tr("the file changed while it was being imported")};
                    addRating(spotIds[r.spot], r.at, r.intensity, r.quality, r.note);
                });
                if (!problem.isEmpty())
                    throw sql::SqlFailure{problem};
            }
            if (fastInsert)
                fastInsert->flush();

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

            // The links, each between a spot of the file or the database and another: both must be there, and
            // of the right kinds; a link already here is kept once.
            for (const ImportedLink& link : data.links) {
                const auto resolve = [&](const QString& uuid, SpotKind wanted) {
                    std::pair<qint64, SpotKind> spot;
                    QString key = uuid;
                    if (const auto inFile = byFileUuid.constFind(uuid); inFile != byFileUuid.cend()) {
                        spot = *inFile;
                    } else if (const auto here = found(byUuid, uuid)) {
                        spot = {here->at(0).toLongLong(),
                                spotKindFromKey(here->at(1).toString()).value_or(SpotKind::Knot)};
                        key = here->at(2).toString();
                    } else {
                        throw sql::SqlFailure{
                            tr("a link names spot %1, which is neither in the file nor in the database")
                                .arg(uuid)};
                    }
                    if (spot.second != wanted)
                        throw sql::SqlFailure{
                            wanted == SpotKind::Knot
                                ? tr("a link's knot '%1' is felt pain, not a knot").arg(key)
                                : tr("a link's felt pain '%1' is a knot, not felt pain").arg(key)};
                    return spot.first;
                };
                const qint64 felt = resolve(link.feltUuid, SpotKind::Felt);
                const qint64 knot = resolve(link.knotUuid, SpotKind::Knot);
                QSqlQuery put = sql::run(db(),
                                         QStringLiteral("INSERT OR IGNORE INTO spot_links (felt_spot_id, "
                                                        "knot_spot_id, linked_utc) VALUES (?, ?, ?)"),
                                         {felt, knot, link.linkedUtc});
                if (put.numRowsAffected() > 0)
                    ++counts.linksAdded;
                else
                    ++counts.linksSkipped;
            }

            // The warning signs shown and cleared: kept once, so importing a file twice changes nothing.
            for (const ShownFlag& flag : data.flagsShown)
                rows::insertShownFlag(db(), flag, rows::OnFlagConflict::Keep);
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
    if (counts.spotsAdded || counts.ratingsAdded || counts.stepsAdded || counts.linksAdded)
        emit dataImported();
    if (counts.linksAdded)
        emit linksChanged();
    if (!data.flagsShown.isEmpty() || !data.flagClearances.isEmpty())
        emit redFlagsChanged();
    return counts;
}

QList<LoggedStep> KnotStore::routineLogAll() const
{
    return routineLog(QDate(1970, 1, 1), QDate(9999, 12, 31));
}

} // namespace knotmap
