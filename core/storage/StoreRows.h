#pragma once

// Internal to storage: the column lists and row mapping shared by the store's reads and writes.

#include "KnotStore.h"
#include "SqlSupport.h"
#include "domain/Rating.h"
#include "domain/Spot.h"

#include <QDate>
#include <QSqlQuery>

namespace knotmap::rows {

inline const QString kSpotColumns = QStringLiteral("id, key, x, y, region, label, created_utc, archived_utc");
inline const QString kRatingColumns =
    QStringLiteral("id, spot_id, recorded_utc, utc_offset_min, intensity, quality, note");

// A rating's day as it was lived: days since 1970 in its own local time. Must match the expression of the
// v3 indexes exactly, or SQLite will not use them. Queries alias ratings as r.
inline const QString kLocalDay = QStringLiteral("(r.recorded_utc + r.utc_offset_min * 60) / 86400");
inline qint64 localDayNumber(QDate day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

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
