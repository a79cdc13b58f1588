// Importing a whole file: all of it in one transaction, or none of it.
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

#include <QHash>

namespace knotmap {

namespace {
struct Cancelled
{
};
} // namespace

std::optional<ImportCounts> KnotStore::importData(const ImportData& data, const ImportProgress& progress)
{
    ImportCounts counts;
    const qint64 total = data.spots.size() + data.ratings.size() + data.routineLog.size();
    qint64 done = 0;
    const auto step = [&] {
        if (progress && ++done % 2000 == 0 && !progress(done, total))
            throw Cancelled{};
    };
    const bool ok = write([&] {
        try {
            QHash<QString, qint64> ids;        // spot key -> id
            QHash<qint64, bool> existedBefore; // only spots that were already here can hold duplicates
            QSqlQuery findSpot =
                sql::prepare(db(), QStringLiteral("SELECT id, region FROM spots WHERE key = ?"));
            QSqlQuery insertSpot = sql::prepare(
                db(),
                QStringLiteral("INSERT INTO spots (key, x, y, region, label, created_utc, archived_utc) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const ImportedSpot& spot : data.spots) {
                findSpot.addBindValue(spot.key);
                sql::exec(findSpot);
                if (findSpot.next()) {
                    if (findSpot.value(1).toString() != spot.region)
                        throw sql::SqlFailure{tr("spot '%1' is already in the database in '%2', not in '%3'")
                                                  .arg(spot.key, findSpot.value(1).toString(), spot.region)};
                    ids.insert(spot.key, findSpot.value(0).toLongLong());
                    existedBefore.insert(findSpot.value(0).toLongLong(), true);
                } else {
                    for (const QVariant& value :
                         {QVariant(spot.key), QVariant(spot.position.x()), QVariant(spot.position.y()),
                          QVariant(spot.region), sql::text(spot.label), QVariant(spot.createdUtc),
                          spot.archivedUtc ? QVariant(*spot.archivedUtc) : QVariant()})
                        insertSpot.addBindValue(value);
                    sql::exec(insertSpot);
                    ids.insert(spot.key, insertSpot.lastInsertId().toLongLong());
                    ++counts.spotsAdded;
                }
                findSpot.finish();
                step();
            }

            QSqlQuery duplicate = sql::prepare(
                db(),
                QStringLiteral(
                    "SELECT 1 FROM ratings WHERE spot_id = ? AND recorded_utc = ? AND utc_offset_min = ? "
                    "AND intensity = ? AND quality = ? AND note = ? LIMIT 1"));
            QSqlQuery insertRating = sql::prepare(
                db(),
                QStringLiteral(
                    "INSERT INTO ratings (spot_id, recorded_utc, utc_offset_min, intensity, quality, note) "
                    "VALUES (?, ?, ?, ?, ?, ?)"));
            for (const ImportedRating& imported : data.ratings) {
                const qint64 spotId = ids.value(imported.spotKey);
                const Rating& r = imported.rating;
                const QVariantList values = {
                    spotId,      r.recordedAt.utcSeconds,          r.recordedAt.offsetMinutes,
                    r.intensity, sql::text(qualityKey(r.quality)), sql::text(r.note)};
                if (existedBefore.contains(spotId)) {
                    for (const QVariant& value : values)
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
                for (const QVariant& value : values)
                    insertRating.addBindValue(value);
                sql::exec(insertRating);
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
        } catch (const Cancelled&) {
            throw sql::SqlFailure{tr("the import was cancelled; nothing was added")};
        }
    });
    if (!ok)
        return std::nullopt;
    if (progress)
        progress(total, total);
    if (counts.spotsAdded || counts.ratingsAdded || counts.stepsAdded)
        emit dataImported();
    return counts;
}

QList<LoggedStep> KnotStore::routineLogAll() const
{
    return routineLog(QDate(1970, 1, 1), QDate(9999, 12, 31));
}

} // namespace knotmap
