#include "KnotStore.h"

#include "SqlSupport.h"

#include <QDateTime>

#include <limits>

namespace knotmap {

namespace {

const QString kSpotColumns = QStringLiteral("id, key, x, y, region, label, created_utc, archived_utc");
const QString kRatingColumns =
    QStringLiteral("id, spot_id, recorded_utc, utc_offset_min, intensity, quality, note");

Spot spotFrom(const QSqlQuery& q)
{
    Spot spot;
    spot.id = q.value(0).toLongLong();
    spot.key = q.value(1).toString();
    spot.position = QPointF(q.value(2).toDouble(), q.value(3).toDouble());
    spot.region = q.value(4).toString();
    spot.label = q.value(5).toString();
    spot.createdUtc = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        spot.archivedUtc = q.value(7).toLongLong();
    return spot;
}

Rating ratingFrom(const QSqlQuery& q)
{
    Rating rating;
    rating.id = q.value(0).toLongLong();
    rating.spotId = q.value(1).toLongLong();
    rating.recordedAt = {q.value(2).toLongLong(), q.value(3).toInt()};
    rating.intensity = q.value(4).toInt();
    rating.quality = qualityFromKey(q.value(5).toString()).value_or(Quality::None);
    rating.note = q.value(6).toString();
    return rating;
}

QList<Rating> ratingsFrom(QSqlQuery& q)
{
    QList<Rating> result;
    while (q.next())
        result.append(ratingFrom(q));
    return result;
}

} // namespace

// ---- reading --------------------------------------------------------------------------------------

template <typename T> T KnotStore::read(const std::function<T()>& body, T fallback) const
{
    try {
        return body();
    } catch (const sql::SqlFailure& failure) {
        m_lastError = failure.message;
        return fallback;
    }
}

QList<Spot> KnotStore::spots(bool includeArchived) const
{
    return read<QList<Spot>>(
        [&] {
            QSqlQuery q = sql::run(
                db(), QStringLiteral("SELECT %1 FROM spots %2 ORDER BY id")
                          .arg(kSpotColumns,
                               includeArchived ? QString() : QStringLiteral("WHERE archived_utc IS NULL")));
            QList<Spot> result;
            while (q.next())
                result.append(spotFrom(q));
            return result;
        },
        {});
}

std::optional<Spot> KnotStore::spot(qint64 spotId) const
{
    return read<std::optional<Spot>>(
        [&]() -> std::optional<Spot> {
            QSqlQuery q = sql::run(
                db(), QStringLiteral("SELECT %1 FROM spots WHERE id = ?").arg(kSpotColumns), {spotId});
            return q.next() ? std::optional(spotFrom(q)) : std::nullopt;
        },
        std::nullopt);
}

std::optional<Spot> KnotStore::spotByKey(const QString& key) const
{
    return read<std::optional<Spot>>(
        [&]() -> std::optional<Spot> {
            QSqlQuery q =
                sql::run(db(), QStringLiteral("SELECT %1 FROM spots WHERE key = ?").arg(kSpotColumns), {key});
            return q.next() ? std::optional(spotFrom(q)) : std::nullopt;
        },
        std::nullopt);
}

QList<Rating> KnotStore::ratingsForSpot(qint64 spotId) const
{
    return read<QList<Rating>>(
        [&] {
            QSqlQuery q =
                sql::run(db(),
                         QStringLiteral("SELECT %1 FROM ratings WHERE spot_id = ? ORDER BY recorded_utc, id")
                             .arg(kRatingColumns),
                         {spotId});
            return ratingsFrom(q);
        },
        {});
}

QList<Rating> KnotStore::ratingsBetween(qint64 fromUtc, qint64 untilUtc) const
{
    return read<QList<Rating>>(
        [&] {
            QSqlQuery q =
                sql::run(db(),
                         QStringLiteral("SELECT %1 FROM ratings WHERE recorded_utc >= ? AND recorded_utc < ? "
                                        "ORDER BY recorded_utc, id")
                             .arg(kRatingColumns),
                         {fromUtc, untilUtc});
            return ratingsFrom(q);
        },
        {});
}

QList<Rating> KnotStore::ratingsOnLocalDays(QDate from, QDate to) const
{
    return read<QList<Rating>>(
        [&] {
            // Offsets span at most ±14 h: bound the UTC range so the time index does the work,
            // then keep the ratings whose local time falls inside the days.
            const qint64 slack = RecordedTime::kMaxOffsetMinutes * 60;
            const qint64 localFrom = from.isValid() ? QDateTime(from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()
                                                    : std::numeric_limits<qint64>::min() / 2;
            const qint64 localUntil = to.isValid()
                                          ? QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()
                                          : std::numeric_limits<qint64>::max() / 2;
            QSqlQuery q = sql::run(
                db(),
                QStringLiteral("SELECT %1 FROM ratings WHERE recorded_utc >= ? AND recorded_utc < ? "
                               "AND recorded_utc + utc_offset_min * 60 >= ? "
                               "AND recorded_utc + utc_offset_min * 60 < ? ORDER BY recorded_utc, id")
                    .arg(kRatingColumns),
                {localFrom - slack, localUntil + slack, localFrom, localUntil});
            return ratingsFrom(q);
        },
        {});
}

QHash<qint64, Rating> KnotStore::latestRatings(qint64 atOrBeforeUtc) const
{
    return read<QHash<qint64, Rating>>(
        [&] {
            // One indexed probe per spot on ratings_by_spot_time.
            QSqlQuery q = sql::run(
                db(),
                QStringLiteral("SELECT %1 FROM ratings WHERE id IN ("
                               "  SELECT (SELECT r.id FROM ratings r WHERE r.spot_id = s.id"
                               "          AND r.recorded_utc <= ? ORDER BY r.recorded_utc DESC, r.id DESC"
                               "          LIMIT 1) FROM spots s)")
                    .arg(kRatingColumns),
                {atOrBeforeUtc});
            QHash<qint64, Rating> result;
            while (q.next()) {
                const Rating rating = ratingFrom(q);
                result.insert(rating.spotId, rating);
            }
            return result;
        },
        {});
}

QSet<qint64> KnotStore::spotsRatedOn(QDate localDay) const
{
    return read<QSet<qint64>>(
        [&] {
            // Offsets span at most ±14 h: bound the UTC range so the time index does the work.
            const qint64 dayStart = QDateTime(localDay, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
            const qint64 slack = RecordedTime::kMaxOffsetMinutes * 60;
            QSqlQuery q =
                sql::run(db(),
                         QStringLiteral("SELECT DISTINCT spot_id FROM ratings WHERE recorded_utc >= ? AND "
                                        "recorded_utc < ? AND recorded_utc + utc_offset_min * 60 >= ? AND "
                                        "recorded_utc + utc_offset_min * 60 < ?"),
                         {dayStart - slack, dayStart + 86400 + slack, dayStart, dayStart + 86400});
            QSet<qint64> result;
            while (q.next())
                result.insert(q.value(0).toLongLong());
            return result;
        },
        {});
}

QString KnotStore::nextSpotKey(const QString& regionId) const
{
    return read<QString>(
        [&] {
            const QString prefix = regionId + QLatin1Char('-');
            QSqlQuery q = sql::run(db(), QStringLiteral("SELECT key FROM spots WHERE substr(key, 1, ?) = ?"),
                                   {prefix.size(), prefix});
            int highest = 0;
            while (q.next()) {
                bool ok = false;
                const int n = q.value(0).toString().mid(prefix.size()).toInt(&ok);
                if (ok)
                    highest = std::max(highest, n);
            }
            return prefix + QString::number(highest + 1);
        },
        regionId + QStringLiteral("-1"));
}

// ---- writing --------------------------------------------------------------------------------------

bool KnotStore::refuse(const QString& problem)
{
    m_lastError = problem;
    return false;
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
        return refuse(problem), std::nullopt;
    if (QString problem = validateRating(firstRating); !problem.isEmpty())
        return refuse(problem), std::nullopt;
    const QString region = regionFor(position);
    if (region.isEmpty())
        return refuse(tr("point (%1, %2) is outside the body").arg(position.x()).arg(position.y())),
               std::nullopt;
    const QString spotKey = key.isEmpty() ? nextSpotKey(region) : key;
    if (QString problem = validateSpotKey(spotKey); !problem.isEmpty())
        return refuse(problem), std::nullopt;
    if (spotByKey(spotKey))
        return refuse(tr("a spot with the key '%1' already exists").arg(spotKey)), std::nullopt;

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
        return refuse(problem), std::nullopt;
    if (!spot(rating.spotId))
        return refuse(tr("there is no spot with id %1").arg(rating.spotId)), std::nullopt;
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
