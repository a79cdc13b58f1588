// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreRows.h"

namespace knotmap::rows {

void insertShownFlag(const QSqlDatabase& db, const ShownFlag& flag, OnFlagConflict onConflict)
{
    sql::run(db,
             QStringLiteral("INSERT INTO flags_shown (local_day, reason, level, regions) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (local_day, reason) DO %1")
                 .arg(onConflict == OnFlagConflict::Update
                          ? QStringLiteral("UPDATE SET level = excluded.level, regions = excluded.regions")
                          : QStringLiteral("NOTHING")),
             {localDayNumber(flag.day), flag.reason, flagLevelKey(flag.level),
              // An empty join is a null string, which SQLite would store as NULL.
              flag.regions.isEmpty() ? QStringLiteral("") : flag.regions.join(QLatin1Char(','))});
}

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
    spot.uuid = q.value(8).toString();
    spot.kind = q.value(9).toString() == QLatin1String("felt") ? SpotKind::Felt : SpotKind::Knot;
    return spot;
}

SpotLink linkFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

QList<SpotLink> linksFrom(QSqlQuery& q)
{
    QList<SpotLink> result;
    while (q.next())
        result.append(linkFrom(q));
    return result;
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

} // namespace knotmap::rows
