#pragma once

// Internal to storage: the column lists and row mapping shared by the store's reads and writes.

#include "KnotStore.h"
#include "SqlSupport.h"
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

namespace knotmap {

// Runs a read; a failure becomes lastError() and the fallback.
template <typename T> T KnotStore::read(const std::function<T()>& body, T fallback) const
{
    try {
        return body();
    } catch (const sql::SqlFailure& failure) {
        m_lastError = failure.message;
        return fallback;
    }
}

} // namespace knotmap
