#pragma once

// Internal to storage: the column lists and row mapping shared by the store's reads and writes.

#include "domain/Rating.h"
#include "domain/Spot.h"

#include <QSqlQuery>

namespace knotmap::rows {

inline const QString kSpotColumns = QStringLiteral("id, key, x, y, region, label, created_utc, archived_utc");
inline const QString kRatingColumns =
    QStringLiteral("id, spot_id, recorded_utc, utc_offset_min, intensity, quality, note");

Spot spotFrom(const QSqlQuery& q);
Rating ratingFrom(const QSqlQuery& q);
QList<Rating> ratingsFrom(QSqlQuery& q);

} // namespace knotmap::rows
