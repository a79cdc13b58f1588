// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to storage: the column lists and row mapping shared by the store's reads and writes.

#include "KnotStore.h"
#include "SqlSupport.h"
#include "domain/ImportRecords.h"
#include "domain/LocalDay.h"
#include "domain/Rating.h"
#include "domain/ShownFlag.h"
#include "domain/Spot.h"

#include <QDate>
#include <QSqlQuery>

namespace knotmap::rows {

inline const QString kSpotColumns =
    QStringLiteral("id, key, x, y, region, label, created_utc, archived_utc, uuid, kind");
inline const QString kLinkColumns = QStringLiteral("felt_spot_id, knot_spot_id, linked_utc");
inline const QString kRatingColumns =
    QStringLiteral("id, spot_id, recorded_utc, utc_offset_min, intensity, quality, note");

// A rating's local day number (LocalDay.h), spelled exactly as the v5 indexes hold it, or SQLite will not use
// them. Queries alias ratings as r.
inline const QString kLocalDay = localDaySql(QStringLiteral("r"));

// A warning sign as flags_shown keeps it, one row per day and reason. `onConflict` says what a row already
// there for that day and reason becomes: the window updates it (the areas may have grown since morning), an
// import keeps it.
enum class OnFlagConflict { Update, Keep };
void insertShownFlag(const QSqlDatabase& db, const ShownFlag& flag, OnFlagConflict onConflict);

Spot spotFrom(const QSqlQuery& q);
SpotLink linkFrom(const QSqlQuery& q);
QList<SpotLink> linksFrom(QSqlQuery& q);
Rating ratingFrom(const QSqlQuery& q);
QList<Rating> ratingsFrom(QSqlQuery& q);

} // namespace knotmap::rows

namespace knotmap {

// Runs a read; a failure is said through readFailed() and gives the fallback.
template <typename T> T KnotStore::read(const std::function<T()>& body, T fallback) const
{
    try {
        return body();
    } catch (const sql::SqlFailure& failure) {
        emit const_cast<KnotStore*>(this)->readFailed(failure.message);
        return fallback;
    }
}

} // namespace knotmap
