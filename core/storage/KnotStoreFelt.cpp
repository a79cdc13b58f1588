// SPDX-License-Identifier: GPL-3.0-or-later
// Felt pain (issue 12): spots where pain is felt rather than knots, and the person's links between the two.
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

#include <QDateTime>

namespace knotmap {

using namespace rows;

std::optional<Spot> KnotStore::spotInWrite(qint64 spotId) const
{
    QSqlQuery q =
        sql::run(db(), QStringLiteral("SELECT %1 FROM spots WHERE id = ?").arg(kSpotColumns), {spotId});
    return q.next() ? std::optional(spotFrom(q)) : std::nullopt;
}

Result<SpotSnapshot> KnotStore::createFeltSpot(const QString& areaId, QPointF position,
                                               const Rating& firstRating, const QString& key)
{
    if (!m_referral.area(areaId))
        return Failure{tr("'%1' is not a known pain area").arg(areaId)};
    // The point is on the area's own view; the back view's regions say nothing about it, so only its frame
    // is checked.
    if (QString problem = validatePosition(position); !problem.isEmpty())
        return Failure{problem};
    if (QString problem = validateRating(firstRating); !problem.isEmpty())
        return Failure{problem};
    if (!key.isEmpty()) {
        if (QString problem = validateSpotKey(key); !problem.isEmpty())
            return Failure{problem};
    }

    Spot spot;
    spot.position = position;
    spot.region = areaId;
    spot.kind = SpotKind::Felt;
    return insertNewSpot(spot, firstRating, key);
}

Result<void> KnotStore::linkSpots(qint64 feltSpotId, qint64 knotSpotId)
{
    if (Result<void> written = write([&] {
            const std::optional<Spot> felt = spotInWrite(feltSpotId);
            if (!felt)
                throw sql::SqlFailure{tr("there is no spot with id %1").arg(feltSpotId)};
            const std::optional<Spot> knot = spotInWrite(knotSpotId);
            if (!knot)
                throw sql::SqlFailure{tr("there is no spot with id %1").arg(knotSpotId)};
            if (felt->kind != SpotKind::Felt)
                throw sql::SqlFailure{tr("'%1' is a knot, not felt pain").arg(felt->key)};
            if (knot->kind != SpotKind::Knot)
                throw sql::SqlFailure{tr("'%1' is felt pain, not a knot").arg(knot->key)};
            if (sql::scalar(
                    db(),
                    QStringLiteral("SELECT 1 FROM spot_links WHERE felt_spot_id = ? AND knot_spot_id = ?"),
                    {feltSpotId, knotSpotId})
                    .isValid())
                throw sql::SqlFailure{tr("'%1' and '%2' are already linked").arg(felt->key, knot->key)};
            sql::run(db(), QStringLiteral("INSERT INTO spot_links (%1) VALUES (?, ?, ?)").arg(kLinkColumns),
                     {feltSpotId, knotSpotId, QDateTime::currentSecsSinceEpoch()});
        });
        !written)
        return written;
    emit linksChanged();
    return {};
}

Result<SpotLink> KnotStore::unlinkSpots(qint64 feltSpotId, qint64 knotSpotId)
{
    std::optional<SpotLink> removed;
    const Result<void> written = write([&] {
        QSqlQuery q = sql::run(db(),
                               QStringLiteral("SELECT %1 FROM spot_links WHERE felt_spot_id = ? AND "
                                              "knot_spot_id = ?")
                                   .arg(kLinkColumns),
                               {feltSpotId, knotSpotId});
        if (!q.next())
            throw sql::SqlFailure{tr("spots %1 and %2 are not linked (perhaps undone elsewhere)")
                                      .arg(feltSpotId)
                                      .arg(knotSpotId)};
        removed = linkFrom(q);
        q.finish();
        sql::run(db(), QStringLiteral("DELETE FROM spot_links WHERE felt_spot_id = ? AND knot_spot_id = ?"),
                 {feltSpotId, knotSpotId});
    });
    if (!written)
        return Failure{written.error()};
    emit linksChanged();
    return *removed;
}

QList<SpotLink> KnotStore::spotLinks() const
{
    return read<QList<SpotLink>>(
        [&] {
            QSqlQuery q = sql::run(db(), QStringLiteral("SELECT %1 FROM spot_links ORDER BY linked_utc, "
                                                        "felt_spot_id, knot_spot_id")
                                             .arg(kLinkColumns));
            return linksFrom(q);
        },
        {});
}

} // namespace knotmap
