// SPDX-License-Identifier: GPL-3.0-or-later
// Reading from the store: every query is read-only; a failure is said through readFailed().
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

QList<Rating> KnotStore::ratingsOnLocalDays(QDate from, QDate to) const
{
    return read<QList<Rating>>(
        [&] {
            // Straight off ratings_by_local_day; an invalid date leaves that end open.
            const qint64 first = from.isValid() ? localDayNumber(from) : std::numeric_limits<qint64>::min();
            const qint64 last = to.isValid() ? localDayNumber(to) : std::numeric_limits<qint64>::max();
            QSqlQuery q = sql::run(db(),
                                   QStringLiteral("SELECT %1 FROM ratings r WHERE %2 BETWEEN ? AND ? "
                                                  "ORDER BY r.recorded_utc, r.id")
                                       .arg(kRatingColumns, kLocalDay),
                                   {first, last});
            return ratingsFrom(q);
        },
        {});
}

std::optional<Spot> KnotStore::spotByUuid(const QString& uuid) const
{
    return read<std::optional<Spot>>(
        [&]() -> std::optional<Spot> {
            QSqlQuery q = sql::run(
                db(), QStringLiteral("SELECT %1 FROM spots WHERE uuid = ?").arg(kSpotColumns), {uuid});
            return q.next() ? std::optional(spotFrom(q)) : std::nullopt;
        },
        std::nullopt);
}

QHash<qint64, Rating> KnotStore::latestRatings(QDate localDay) const
{
    return read<QHash<qint64, Rating>>(
        [&] {
            // One probe per spot on ratings_by_spot_local_day: its last rated local day up to the one asked
            // for, and the latest rating of that day. By the rating's own day, as every day query is.
            QSqlQuery q = sql::run(
                db(),
                QStringLiteral("SELECT %1 FROM ratings WHERE id IN ("
                               "  SELECT (SELECT r.id FROM ratings r WHERE r.spot_id = s.id AND %2 <= ?"
                               "          ORDER BY %2 DESC, r.recorded_utc DESC, r.id DESC LIMIT 1)"
                               "  FROM spots s)")
                    .arg(kRatingColumns, kLocalDay),
                {localDayNumber(localDay)});
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
            QSqlQuery q = sql::run(
                db(), QStringLiteral("SELECT DISTINCT r.spot_id FROM ratings r WHERE %1 = ?").arg(kLocalDay),
                {localDayNumber(localDay)});
            QSet<qint64> result;
            while (q.next())
                result.insert(q.value(0).toLongLong());
            return result;
        },
        {});
}

QString KnotStore::nextSpotKey(const QString& regionId) const
{
    // Called inside a write transaction only, so its failure rolls the write back.
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
}

QStringList KnotStore::ownFiles() const
{
    return {m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm"),
            m_path + QStringLiteral("-journal")};
}

QString KnotStore::placeName(const QString& regionOrArea) const
{
    if (const AtlasRegion* region = m_atlas.region(regionOrArea))
        return region->name;
    if (const PainArea* area = m_referral.area(regionOrArea))
        return area->name;
    return regionOrArea;
}

} // namespace knotmap
