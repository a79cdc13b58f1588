// SPDX-License-Identifier: GPL-3.0-or-later
// Writing to the store: each change is one IMMEDIATE transaction that returns its value or the reason.
#include "KnotStore.h"

#include "domain/ImportRecords.h"

#include "SqlSupport.h"
#include "StoreRows.h"

#include <QDateTime>

namespace knotmap {

using namespace rows;

QString KnotStore::sqliteVersion() const
{
    try {
        return sql::scalar(db(), QStringLiteral("SELECT sqlite_version()")).toString();
    } catch (const sql::SqlFailure&) {
        return {}; // About then says it is unknown; nothing else depends on it
    }
}

Result<void> KnotStore::write(const std::function<void()>& body)
{
    if (QString damage = integrityProblem(); !damage.isEmpty())
        return Failure{damage}; // nothing goes into a damaged file: a write can spread the damage
    const QSqlDatabase connection = db();
    try {
        sql::begin(connection);
    } catch (const sql::SqlFailure& failure) {
        return Failure{failure.message};
    }
    try {
        body();
        sql::commit(connection);
    } catch (const sql::SqlFailure& failure) {
        sql::rollback(connection);
        return Failure{failure.message};
    }
    return {};
}

QString KnotStore::regionFor(QPointF position) const
{
    const AtlasRegion* region = m_atlas.hitTest(position);
    return region ? region->id : QString();
}

void KnotStore::insertRating(const Rating& rating, bool keepId)
{
    QSqlQuery q = sql::prepare(
        db(), QStringLiteral(
                  "INSERT INTO ratings (id, spot_id, recorded_utc, utc_offset_min, intensity, quality, note) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(keepId ? QVariant(rating.id) : QVariant());
    q.addBindValue(rating.spotId);
    q.addBindValue(rating.recordedAt.utcSeconds);
    q.addBindValue(rating.recordedAt.offsetMinutes);
    q.addBindValue(rating.intensity);
    q.addBindValue(sql::text(qualityKey(rating.quality)));
    q.addBindValue(sql::text(rating.note));
    sql::exec(q);
}

Result<SpotSnapshot> KnotStore::createSpot(QPointF position, const Rating& firstRating, const QString& key)
{
    if (QString problem = validatePosition(position); !problem.isEmpty())
        return Failure{problem};
    if (QString problem = validateRating(firstRating); !problem.isEmpty())
        return Failure{problem};
    const QString region = regionFor(position);
    if (region.isEmpty())
        return Failure{tr("point (%1, %2) is outside the body").arg(position.x()).arg(position.y())};
    if (!key.isEmpty()) {
        if (QString problem = validateSpotKey(key); !problem.isEmpty())
            return Failure{problem};
    }

    Spot spot;
    spot.position = position;
    spot.region = region;
    return insertNewSpot(spot, firstRating, key);
}

Result<SpotSnapshot> KnotStore::insertNewSpot(Spot spot, const Rating& firstRating, const QString& key)
{
    SpotSnapshot snapshot;
    snapshot.spot = std::move(spot);
    snapshot.spot.uuid = newSpotUuid();
    snapshot.spot.createdUtc = QDateTime::currentSecsSinceEpoch();
    const Result<void> written = write([&] {
        // Inside the transaction, which holds the write lock: no other program can take this key meanwhile.
        snapshot.spot.key = key.isEmpty() ? nextSpotKey(snapshot.spot.region) : key;
        if (sql::scalar(db(), QStringLiteral("SELECT 1 FROM spots WHERE key = ?"), {snapshot.spot.key})
                .isValid())
            throw sql::SqlFailure{tr("a spot with the key '%1' already exists").arg(snapshot.spot.key)};
        QSqlQuery q = sql::run(
            db(),
            QStringLiteral("INSERT INTO spots (uuid, key, x, y, region, label, created_utc, "
                           "kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {snapshot.spot.uuid, snapshot.spot.key, snapshot.spot.position.x(), snapshot.spot.position.y(),
             snapshot.spot.region, sql::text({}), snapshot.spot.createdUtc, spotKindKey(snapshot.spot.kind)});
        snapshot.spot.id = q.lastInsertId().toLongLong();
        Rating rating = firstRating;
        rating.spotId = snapshot.spot.id;
        insertRating(rating, false);
        rating.id = sql::scalar(db(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        snapshot.ratings = {rating};
    });
    if (!written)
        return Failure{written.error()};
    emit spotAboutToBeAdded(snapshot.spot);
    emit spotAdded(snapshot.spot);
    return snapshot;
}

Result<qint64> KnotStore::addRating(const Rating& rating)
{
    if (QString problem = validateRating(rating); !problem.isEmpty())
        return Failure{problem};
    qint64 id = 0;
    const Result<void> written = write([&] {
        if (!sql::scalar(db(), QStringLiteral("SELECT 1 FROM spots WHERE id = ?"), {rating.spotId}).isValid())
            throw sql::SqlFailure{tr("there is no spot with id %1").arg(rating.spotId)};
        insertRating(rating, false);
        id = sql::scalar(db(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    });
    if (!written)
        return Failure{written.error()};
    emit ratingsChanged(rating.spotId);
    return id;
}

Result<void> KnotStore::addRatings(const QList<Rating>& ratings)
{
    QSet<qint64> spotIds;
    for (const Rating& rating : ratings) {
        if (QString problem = validateRating(rating); !problem.isEmpty())
            return Failure{problem};
        spotIds.insert(rating.spotId);
    }
    if (Result<void> written = write([&] {
            for (const Rating& rating : ratings)
                insertRating(rating, false);
        });
        !written)
        return written;
    for (qint64 spotId : spotIds)
        emit ratingsChanged(spotId);
    return {};
}

Result<void> KnotStore::updateRating(const Rating& expected, const Rating& replacement)
{
    if (QString problem = validateRating(replacement); !problem.isEmpty())
        return Failure{problem};
    if (expected.id != replacement.id || expected.spotId != replacement.spotId)
        return Failure{tr("a rating cannot change its id or its spot")};
    const Result<void> written = write([&] {
        QSqlQuery q = sql::run(
            db(), QStringLiteral("SELECT %1 FROM ratings WHERE id = ?").arg(kRatingColumns), {expected.id});
        if (!q.next())
            throw sql::SqlFailure{tr("the rating is no longer there (it was deleted elsewhere)")};
        if (!(ratingFrom(q) == expected))
            throw sql::SqlFailure{
                tr("the rating was changed elsewhere in the meantime; it was left as it is")};
        q.finish();
        sql::run(db(),
                 QStringLiteral("UPDATE ratings SET recorded_utc = ?, utc_offset_min = ?, intensity = ?, "
                                "quality = ?, note = ? WHERE id = ?"),
                 {replacement.recordedAt.utcSeconds, replacement.recordedAt.offsetMinutes,
                  replacement.intensity, sql::text(qualityKey(replacement.quality)),
                  sql::text(replacement.note), replacement.id});
    });
    if (!written)
        return written;
    emit ratingsChanged(replacement.spotId);
    return {};
}

Result<Rating> KnotStore::removeRating(qint64 ratingId)
{
    std::optional<Rating> removed;
    const Result<void> written = write([&] {
        QSqlQuery q = sql::run(
            db(), QStringLiteral("SELECT %1 FROM ratings WHERE id = ?").arg(kRatingColumns), {ratingId});
        if (!q.next())
            throw sql::SqlFailure{tr("there is no rating with id %1").arg(ratingId)};
        removed = ratingFrom(q);
        q.finish();
        sql::run(db(), QStringLiteral("DELETE FROM ratings WHERE id = ?"), {ratingId});
    });
    if (!written)
        return Failure{written.error()};
    emit ratingsChanged(removed->spotId);
    return *removed;
}

Result<void> KnotStore::restoreRating(const Rating& rating)
{
    if (QString problem = validateRating(rating); !problem.isEmpty())
        return Failure{problem};
    if (Result<void> written = write([&] {
            if (!sql::scalar(db(), QStringLiteral("SELECT 1 FROM spots WHERE id = ?"), {rating.spotId})
                     .isValid())
                throw sql::SqlFailure{tr("its spot is no longer there (it was deleted elsewhere)")};
            insertRating(rating, true);
        });
        !written)
        return written;
    emit ratingsChanged(rating.spotId);
    return {};
}

Result<void> KnotStore::moveSpot(qint64 spotId, QPointF position, std::optional<QPointF> expectedFrom)
{
    if (QString problem = validatePosition(position); !problem.isEmpty())
        return Failure{problem};
    std::optional<Spot> moved;
    if (Result<void> written = write([&] {
            moved = spotInWrite(spotId);
            if (!moved)
                throw sql::SqlFailure{tr("there is no spot with id %1").arg(spotId)};
            if (expectedFrom && moved->position != *expectedFrom)
                throw sql::SqlFailure{tr("the spot was moved elsewhere in the meantime; it was left there")};
            // A knot lies in the back-view region under its point. Felt pain keeps its area: its point is on
            // the area's own view (perhaps the front), which the back view's regions know nothing of.
            if (moved->kind == SpotKind::Knot) {
                moved->region = regionFor(position);
                if (moved->region.isEmpty())
                    throw sql::SqlFailure{
                        tr("point (%1, %2) is outside the body").arg(position.x()).arg(position.y())};
            }
            sql::run(db(), QStringLiteral("UPDATE spots SET x = ?, y = ?, region = ? WHERE id = ?"),
                     {position.x(), position.y(), moved->region, spotId});
        });
        !written)
        return written;
    moved->position = position;
    emit spotChanged(*moved);
    return {};
}

Result<SpotSnapshot> KnotStore::removeSpot(qint64 spotId)
{
    SpotSnapshot snapshot;
    const Result<void> written = write([&] {
        QSqlQuery q =
            sql::run(db(), QStringLiteral("SELECT %1 FROM spots WHERE id = ?").arg(kSpotColumns), {spotId});
        if (!q.next())
            throw sql::SqlFailure{tr("there is no spot with id %1").arg(spotId)};
        snapshot.spot = spotFrom(q);
        q.finish();
        QSqlQuery r =
            sql::run(db(),
                     QStringLiteral("SELECT %1 FROM ratings WHERE spot_id = ? ORDER BY recorded_utc, id")
                         .arg(kRatingColumns),
                     {spotId});
        snapshot.ratings = ratingsFrom(r);
        QSqlQuery steps =
            sql::run(db(), QStringLiteral("SELECT id FROM routine_log WHERE spot_id = ?"), {spotId});
        while (steps.next())
            snapshot.routineStepIds.append(steps.value(0).toLongLong());
        QSqlQuery links = sql::run(db(),
                                   QStringLiteral("SELECT %1 FROM spot_links WHERE felt_spot_id = ? OR "
                                                  "knot_spot_id = ? ORDER BY linked_utc, felt_spot_id, "
                                                  "knot_spot_id")
                                       .arg(kLinkColumns),
                                   {spotId, spotId});
        snapshot.links = linksFrom(links);
        // Ratings and links cascade; routine steps keep their region and lose the link, which restoreSpot
        // puts back.
        sql::run(db(), QStringLiteral("DELETE FROM spots WHERE id = ?"), {spotId});
    });
    if (!written)
        return Failure{written.error()};
    emit spotAboutToBeRemoved(spotId);
    emit spotRemoved(spotId);
    if (!snapshot.links.isEmpty())
        emit linksChanged();
    return snapshot;
}

Result<void> KnotStore::restoreSpot(const SpotSnapshot& snapshot)
{
    const Spot& s = snapshot.spot;
    if (QString problem = validatePosition(s.position); !problem.isEmpty())
        return Failure{problem};
    for (const Rating& rating : snapshot.ratings) {
        if (QString problem = validateRating(rating); !problem.isEmpty())
            return Failure{problem};
    }
    bool linksBack = false;
    if (Result<void> written = write([&] {
            // Never over something else: the same knot may be back already (an import of a backup, another
            // program), and then putting it back again would make two of it.
            QSqlQuery same =
                sql::run(db(), QStringLiteral("SELECT key FROM spots WHERE id = ? OR uuid = ? OR key = ?"),
                         {s.id, s.uuid, s.key});
            if (same.next())
                throw sql::SqlFailure{
                    tr("spot '%1' is in the database again already (brought back by an import "
                       "or another program), so it was not put back twice")
                        .arg(same.value(0).toString())};
            same.finish();
            sql::run(db(),
                     QStringLiteral("INSERT INTO spots (id, uuid, key, x, y, region, label, created_utc, "
                                    "archived_utc, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {s.id, s.uuid, s.key, s.position.x(), s.position.y(), s.region, sql::text(s.label),
                      s.createdUtc, s.archivedUtc ? QVariant(*s.archivedUtc) : QVariant(),
                      spotKindKey(s.kind)});
            for (const Rating& rating : snapshot.ratings)
                insertRating(rating, true);
            for (qint64 stepId : snapshot.routineStepIds)
                sql::run(
                    db(),
                    QStringLiteral("UPDATE routine_log SET spot_id = ? WHERE id = ? AND spot_id IS NULL"),
                    {s.id, stepId});
            // A link comes back only where its other spot is still there (it may have been removed since).
            for (const SpotLink& link : snapshot.links) {
                const qint64 other = link.feltSpotId == s.id ? link.knotSpotId : link.feltSpotId;
                QSqlQuery put =
                    sql::run(db(),
                             QStringLiteral("INSERT OR IGNORE INTO spot_links (%1) SELECT ?, ?, ? "
                                            "WHERE EXISTS (SELECT 1 FROM spots WHERE id = ?)")
                                 .arg(kLinkColumns),
                             {link.feltSpotId, link.knotSpotId, link.linkedUtc, other});
                linksBack = linksBack || put.numRowsAffected() > 0;
            }
        });
        !written)
        return written;
    emit spotAboutToBeAdded(s);
    emit spotAdded(s);
    if (!snapshot.routineStepIds.isEmpty())
        emit routineLogChanged();
    if (linksBack)
        emit linksChanged();
    return {};
}

qint64 KnotStore::dataVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : 0;
}

void KnotStore::checkForOutsideChanges()
{
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    emit changedOutside();
    emit dataImported();
}

} // namespace knotmap
