// SPDX-License-Identifier: GPL-3.0-or-later
// The report's reads. Like the trends' queries they run over the indexes on a rating's local day number, so a
// period of ten years is one walk of an index in day order: the report never holds a period's ratings, only
// its spot-days, each spot's last rating and the few notes it prints.
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

#include <algorithm>

namespace knotmap {

using namespace rows;

namespace {
// Two instants' local days differ from their order by at most this many days (offsets run from UTC−12 to
// UTC+14), so a spot's last rating in recorded order lies within this many days of its last local day.
constexpr int kOffsetDays = 2;
} // namespace

QHash<qint64, Rating> KnotStore::lastRatingsIn(QDate from, QDate to) const
{
    return read<QHash<qint64, Rating>>(
        [&] {
            // Per spot, two probes of ratings_by_spot_local_day: its last local day in the period, then the
            // last recorded of its ratings from a couple of days before that day on.
            const QString lastDay = localDaySql(QStringLiteral("r2"));
            QSqlQuery q = sql::run(
                db(),
                QStringLiteral(
                    "SELECT %1 FROM ratings WHERE id IN ("
                    "  SELECT (SELECT r.id FROM ratings r WHERE r.spot_id = s.id AND %2 BETWEEN max(?, ("
                    "            SELECT %3 FROM ratings r2 WHERE r2.spot_id = s.id AND %3 BETWEEN ? AND ? "
                    "            ORDER BY %3 DESC LIMIT 1) - %4) AND ? "
                    "          ORDER BY r.recorded_utc DESC, r.id DESC LIMIT 1)"
                    "  FROM spots s)")
                    .arg(kRatingColumns, kLocalDay, lastDay)
                    .arg(kOffsetDays),
                {localDayNumber(from), localDayNumber(from), localDayNumber(to), localDayNumber(to)});
            QHash<qint64, Rating> result;
            while (q.next()) {
                const Rating rating = ratingFrom(q);
                result.insert(rating.spotId, rating);
            }
            return result;
        },
        {});
}

KnotStore::NotedRatings KnotStore::notedRatings(QDate from, QDate to, int limit) const
{
    return read<NotedRatings>(
        [&] {
            NotedRatings noted;
            const qint64 first = localDayNumber(from), last = localDayNumber(to);
            QSqlQuery count = sql::run(
                db(),
                QStringLiteral("SELECT count(*) FROM ratings r WHERE %1 BETWEEN ? AND ? AND r.note <> ''")
                    .arg(kLocalDay),
                {first, last});
            noted.total = count.next() ? count.value(0).toLongLong() : 0;
            QSqlQuery q =
                sql::run(db(),
                         QStringLiteral("SELECT %1 FROM ratings r WHERE %2 BETWEEN ? AND ? AND "
                                        "r.note <> '' ORDER BY r.recorded_utc DESC, r.id DESC LIMIT ?")
                             .arg(kRatingColumns, kLocalDay),
                         {first, last, limit});
            noted.latest = ratingsFrom(q);
            std::reverse(noted.latest.begin(), noted.latest.end()); // date order, as the report prints them
            return noted;
        },
        {});
}

} // namespace knotmap
