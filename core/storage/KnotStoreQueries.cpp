// Reading from the store: every query is read-only and reports failures through lastError().
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

#include <QDateTime>

#include <limits>

namespace knotmap {

using namespace rows;

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

} // namespace knotmap
