#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

#include <QDateTime>

namespace knotmap {

using namespace rows;

bool KnotStore::refuse(const QString& problem)
{
    m_lastError = problem;
    return false;
}

std::nullopt_t KnotStore::refused(const QString& problem)
{
    m_lastError = problem;
    return std::nullopt;
}

bool KnotStore::write(const std::function<void()>& body)
{
    QSqlDatabase connection = db();
    if (!connection.transaction())
        return refuse(sql::describe(connection.lastError()));
    try {
        body();
        if (!connection.commit())
            throw sql::SqlFailure{sql::describe(connection.lastError())};
    } catch (const sql::SqlFailure& failure) {
        connection.rollback();
        return refuse(failure.message);
    }
    m_lastError.clear();
    return true;
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

std::optional<SpotSnapshot> KnotStore::createSpot(QPointF position, const Rating& firstRating,
                                                  const QString& key)
{
    if (QString problem = validatePosition(position); !problem.isEmpty())
        return refused(problem);
    if (QString problem = validateRating(firstRating); !problem.isEmpty())
        return refused(problem);
    const QString region = regionFor(position);
    if (region.isEmpty())
        return refused(tr("point (%1, %2) is outside the body").arg(position.x()).arg(position.y()));
    const QString spotKey = key.isEmpty() ? nextSpotKey(region) : key;
    if (QString problem = validateSpotKey(spotKey); !problem.isEmpty())
        return refused(problem);
    if (spotByKey(spotKey))
        return refused(tr("a spot with the key '%1' already exists").arg(spotKey));

    SpotSnapshot snapshot;
    snapshot.spot = {0, spotKey, position, region, {}, QDateTime::currentSecsSinceEpoch(), std::nullopt};
    const bool ok = write([&] {
        QSqlQuery q =
            sql::run(db(),
                     QStringLiteral("INSERT INTO spots (key, x, y, region, label, created_utc) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {spotKey, position.x(), position.y(), region, sql::text({}), snapshot.spot.createdUtc});
        snapshot.spot.id = q.lastInsertId().toLongLong();
        Rating rating = firstRating;
        rating.spotId = snapshot.spot.id;
        insertRating(rating, false);
        rating.id = sql::scalar(db(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        snapshot.ratings = {rating};
    });
    if (!ok)
        return std::nullopt;
    emit spotAboutToBeAdded(snapshot.spot);
    emit spotAdded(snapshot.spot);
    return snapshot;
}

std::optional<qint64> KnotStore::addRating(const Rating& rating)
{
    if (QString problem = validateRating(rating); !problem.isEmpty())
        return refused(problem);
    if (!spot(rating.spotId))
        return refused(tr("there is no spot with id %1").arg(rating.spotId));
    qint64 id = 0;
    if (!write([&] {
            insertRating(rating, false);
            id = sql::scalar(db(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        }))
        return std::nullopt;
    emit ratingsChanged(rating.spotId);
    return id;
}

bool KnotStore::addRatings(const QList<Rating>& ratings)
{
    QSet<qint64> spotIds;
    for (const Rating& rating : ratings) {
        if (QString problem = validateRating(rating); !problem.isEmpty())
            return refuse(problem);
        spotIds.insert(rating.spotId);
    }
    if (!write([&] {
            for (const Rating& rating : ratings)
                insertRating(rating, false);
        }))
        return false;
    for (qint64 spotId : spotIds)
        emit ratingsChanged(spotId);
    return true;
}

bool KnotStore::updateRating(const Rating& rating)
{
    if (QString problem = validateRating(rating); !problem.isEmpty())
        return refuse(problem);
    int changed = 0;
    if (!write([&] {
            QSqlQuery q = sql::run(
                db(),
                QStringLiteral("UPDATE ratings SET recorded_utc = ?, utc_offset_min = ?, "
                               "intensity = ?, quality = ?, note = ? WHERE id = ? AND spot_id = ?"),
                {rating.recordedAt.utcSeconds, rating.recordedAt.offsetMinutes, rating.intensity,
                 sql::text(qualityKey(rating.quality)), sql::text(rating.note), rating.id, rating.spotId});
            changed = q.numRowsAffected();
        }))
        return false;
    if (changed != 1)
        return refuse(tr("there is no rating with id %1").arg(rating.id));
    emit ratingsChanged(rating.spotId);
    return true;
}

std::optional<Rating> KnotStore::removeRating(qint64 ratingId)
{
    std::optional<Rating> removed;
    if (!write([&] {
            QSqlQuery q = sql::run(
                db(), QStringLiteral("SELECT %1 FROM ratings WHERE id = ?").arg(kRatingColumns), {ratingId});
            if (!q.next())
                throw sql::SqlFailure{tr("there is no rating with id %1").arg(ratingId)};
            removed = ratingFrom(q);
            sql::run(db(), QStringLiteral("DELETE FROM ratings WHERE id = ?"), {ratingId});
        }))
        return std::nullopt;
    emit ratingsChanged(removed->spotId);
    return removed;
}

bool KnotStore::restoreRating(const Rating& rating)
{
    if (QString problem = validateRating(rating); !problem.isEmpty())
        return refuse(problem);
    if (!write([&] { insertRating(rating, true); }))
        return false;
    emit ratingsChanged(rating.spotId);
    return true;
}

bool KnotStore::moveSpot(qint64 spotId, QPointF position)
{
    if (QString problem = validatePosition(position); !problem.isEmpty())
        return refuse(problem);
    const QString region = regionFor(position);
    if (region.isEmpty())
        return refuse(tr("point (%1, %2) is outside the body").arg(position.x()).arg(position.y()));
    std::optional<Spot> moved = spot(spotId);
    if (!moved)
        return refuse(tr("there is no spot with id %1").arg(spotId));
    if (!write([&] {
            sql::run(db(), QStringLiteral("UPDATE spots SET x = ?, y = ?, region = ? WHERE id = ?"),
                     {position.x(), position.y(), region, spotId});
        }))
        return false;
    moved->position = position;
    moved->region = region;
    emit spotChanged(*moved);
    return true;
}

std::optional<SpotSnapshot> KnotStore::removeSpot(qint64 spotId)
{
    SpotSnapshot snapshot;
    if (!write([&] {
            QSqlQuery q = sql::run(
                db(), QStringLiteral("SELECT %1 FROM spots WHERE id = ?").arg(kSpotColumns), {spotId});
            if (!q.next())
                throw sql::SqlFailure{tr("there is no spot with id %1").arg(spotId)};
            snapshot.spot = spotFrom(q);
            QSqlQuery r =
                sql::run(db(),
                         QStringLiteral("SELECT %1 FROM ratings WHERE spot_id = ? ORDER BY recorded_utc, id")
                             .arg(kRatingColumns),
                         {spotId});
            snapshot.ratings = ratingsFrom(r);
            sql::run(db(), QStringLiteral("DELETE FROM spots WHERE id = ?"), {spotId}); // ratings cascade
        }))
        return std::nullopt;
    emit spotAboutToBeRemoved(spotId);
    emit spotRemoved(spotId);
    return snapshot;
}

bool KnotStore::restoreSpot(const SpotSnapshot& snapshot)
{
    const Spot& s = snapshot.spot;
    if (QString problem = validatePosition(s.position); !problem.isEmpty())
        return refuse(problem);
    for (const Rating& rating : snapshot.ratings) {
        if (QString problem = validateRating(rating); !problem.isEmpty())
            return refuse(problem);
    }
    if (!write([&] {
            sql::run(
                db(),
                QStringLiteral("INSERT INTO spots (id, key, x, y, region, label, created_utc, archived_utc) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {s.id, s.key, s.position.x(), s.position.y(), s.region, sql::text(s.label), s.createdUtc,
                 s.archivedUtc ? QVariant(*s.archivedUtc) : QVariant()});
            for (const Rating& rating : snapshot.ratings)
                insertRating(rating, true);
        }))
        return false;
    emit spotAboutToBeAdded(s);
    emit spotAdded(s);
    return true;
}

} // namespace knotmap
