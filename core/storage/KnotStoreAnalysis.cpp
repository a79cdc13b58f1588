// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregating queries for trends. Each runs in SQLite over the v3 indexes on a rating's local day
// number, so a period is read from an index in day order without sorting or touching the table;
// grouping days into weeks or months happens in C++ on at most a few thousand day rows.
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

#include <algorithm>
#include <limits>

namespace knotmap {

namespace {

const QDate kEpoch(1970, 1, 1);
using rows::kLocalDay;

// WHERE clause and its values for a period [from, to] of local days and a filter.
struct Conditions
{
    QString sql;
    QVariantList values;
};

Conditions conditions(const RatingFilter& filter, QDate from, QDate to)
{
    Conditions c{kLocalDay + QStringLiteral(" BETWEEN ? AND ?"), {localDayNumber(from), localDayNumber(to)}};
    // Regions and spots together mean either: "this region, and that spot elsewhere".
    QStringList parts;
    const auto addList = [&](const QString& column, const QStringList& items) {
        if (items.isEmpty())
            return;
        QStringList marks;
        for (const QString& item : items) {
            marks.append(QStringLiteral("?"));
            c.values.append(item);
        }
        parts.append(QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(','))));
    };
    addList(QStringLiteral("s.region"), filter.regions);
    addList(QStringLiteral("s.key"), filter.spotKeys);
    if (!parts.isEmpty())
        c.sql += QStringLiteral(" AND r.spot_id IN (SELECT s.id FROM spots s WHERE %1)")
                     .arg(parts.join(QStringLiteral(" OR ")));
    return c;
}

QSqlQuery runWith(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = sql::prepare(db, statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    sql::exec(query);
    return query;
}

} // namespace

QString KnotStore::spotDayTotalsSql(const RatingFilter& filter)
{
    // Each rating's day, spot and score in the order of ratings_by_local_day, which covers them: no sort. The
    // sums are made in C++ as the rows pass: SQLite's aggregate functions, four of them a row into 146,000
    // groups, cost half as much again as reading the rows (226 against 155 ms for ten years).
    return QStringLiteral(
               "SELECT %1 AS day, r.spot_id, r.intensity FROM ratings r WHERE %2 ORDER BY day, r.spot_id")
        .arg(kLocalDay, conditions(filter, kEpoch, kEpoch).sql);
}

QList<SpotDayTotals> KnotStore::spotDayTotals(const RatingFilter& filter, QDate from, QDate to) const
{
    return read<QList<SpotDayTotals>>(
        [&] {
            const Conditions c = conditions(filter, from, to);
            const QString statement = spotDayTotalsSql(filter);
            QList<SpotDayTotals> rows;
            qint64 rowDay = std::numeric_limits<qint64>::min();
            const auto rating = [&](qint64 day, qint64 spot, int intensity) {
                if (day == rowDay && rows.constLast().spotId == spot) {
                    SpotDayTotals& totals = rows.last();
                    totals.sum += intensity;
                    totals.count += 1;
                    totals.max = std::max(totals.max, intensity);
                    totals.min = std::min(totals.min, intensity);
                    return;
                }
                rowDay = day;
                rows.append({kEpoch.addDays(day), spot, intensity, 1, intensity, intensity});
            };
            sqlite3* native = sql::nativeHandle(db());
            if (!native) { // another SQLite under Qt's driver: the same rows through Qt
                QSqlQuery q = sql::prepare(db(), statement);
                q.setForwardOnly(true); // a million rows, never held
                for (const QVariant& value : c.values)
                    q.addBindValue(value);
                sql::exec(q);
                while (q.next())
                    rating(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt());
                return rows;
            }
            sql::NativeStatement q(native, statement.toUtf8());
            q.bind(c.values);
            while (q.next())
                rating(q.integer(0), q.integer(1), int(q.integer(2)));
            return rows;
        },
        {});
}

QString KnotStore::dailyAggregateSql(const RatingFilter& filter)
{
    return QStringLiteral("SELECT %1 AS day, sum(r.intensity), count(*), max(r.intensity), min(r.intensity) "
                          "FROM ratings r WHERE %2 GROUP BY day ORDER BY day")
        .arg(kLocalDay, conditions(filter, kEpoch, kEpoch).sql);
}

QVariantList KnotStore::dailyAggregateValues(const RatingFilter& filter, QDate from, QDate to)
{
    return conditions(filter, from, to).values;
}

QList<DailyAggregate> KnotStore::dailyAggregates(const RatingFilter& filter, QDate from, QDate to) const
{
    return read<QList<DailyAggregate>>(
        [&] {
            QSqlQuery q = runWith(db(), dailyAggregateSql(filter), dailyAggregateValues(filter, from, to));
            QList<DailyAggregate> result;
            while (q.next()) {
                result.append({kEpoch.addDays(q.value(0).toLongLong()), q.value(1).toLongLong(),
                               q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
            }
            return result;
        },
        {});
}

QString KnotStore::spotDailyAggregateSql(const RatingFilter& filter)
{
    // Grouped in the order of the index SQLite reads, so neither case sorts: a period of every spot comes off
    // ratings_by_local_day (day, spot), a filter's few spots off ratings_by_spot_local_day (spot, day).
    const QString groups =
        filter.isEmpty() ? QStringLiteral("day, r.spot_id") : QStringLiteral("r.spot_id, day");
    return QStringLiteral("SELECT r.spot_id, %1 AS day, sum(r.intensity), count(*) FROM ratings r WHERE %2 "
                          "GROUP BY %3 ORDER BY %3")
        .arg(kLocalDay, conditions(filter, kEpoch, kEpoch).sql, groups);
}

QList<SpotDailyAggregate> KnotStore::spotDailyAggregates(const RatingFilter& filter, QDate from,
                                                         QDate to) const
{
    return read<QList<SpotDailyAggregate>>(
        [&] {
            QSqlQuery q =
                runWith(db(), spotDailyAggregateSql(filter), dailyAggregateValues(filter, from, to));
            QList<SpotDailyAggregate> result;
            while (q.next()) {
                result.append({q.value(0).toLongLong(), kEpoch.addDays(q.value(1).toLongLong()),
                               q.value(2).toLongLong(), q.value(3).toInt()});
            }
            if (!filter.isEmpty()) { // a few spots' days, put in the order the header promises
                std::sort(result.begin(), result.end(),
                          [](const SpotDailyAggregate& a, const SpotDailyAggregate& b) {
                              return a.day != b.day ? a.day < b.day : a.spotId < b.spotId;
                          });
            }
            return result;
        },
        {});
}

QList<SpotDailyAggregate> KnotStore::spotDailyAggregatesIn(const QList<SpotDayRange>& ranges) const
{
    // Overlapping windows of a spot are merged first, so no day is read (or counted) twice.
    QList<SpotDayRange> merged;
    QList<SpotDayRange> sorted = ranges;
    std::sort(sorted.begin(), sorted.end(), [](const SpotDayRange& a, const SpotDayRange& b) {
        return a.spotId != b.spotId ? a.spotId < b.spotId : a.from < b.from;
    });
    for (const SpotDayRange& range : sorted) {
        if (!range.from.isValid() || !range.to.isValid() || range.to < range.from)
            continue;
        if (!merged.isEmpty() && merged.constLast().spotId == range.spotId &&
            range.from <= merged.constLast().to.addDays(1))
            merged.last().to = std::max(merged.constLast().to, range.to);
        else
            merged.append(range);
    }
    return read<QList<SpotDailyAggregate>>(
        [&] {
            // One statement, run once a range: each run is a short walk of ratings_by_spot_local_day.
            QSqlQuery q = sql::prepare(
                db(), QStringLiteral("SELECT %1 AS day, sum(r.intensity), count(*) FROM ratings r "
                                     "WHERE r.spot_id = ? AND %1 BETWEEN ? AND ? GROUP BY day ORDER BY day")
                          .arg(kLocalDay));
            QList<SpotDailyAggregate> result;
            for (const SpotDayRange& range : merged) {
                q.bindValue(0, range.spotId);
                q.bindValue(1, localDayNumber(range.from));
                q.bindValue(2, localDayNumber(range.to));
                sql::exec(q);
                while (q.next()) {
                    result.append({range.spotId, kEpoch.addDays(q.value(0).toLongLong()),
                                   q.value(1).toLongLong(), q.value(2).toInt()});
                }
            }
            return result;
        },
        {});
}

std::optional<QList<RatingPoint>> KnotStore::ratingPoints(const RatingFilter& filter, QDate from, QDate to,
                                                          int limit) const
{
    return read<std::optional<QList<RatingPoint>>>(
        [&]() -> std::optional<QList<RatingPoint>> {
            const Conditions c = conditions(filter, from, to);
            QVariantList values = c.values;
            values.append(limit + 1);
            QSqlQuery q = runWith(db(),
                                  QStringLiteral("SELECT r.recorded_utc + r.utc_offset_min * 60, r.intensity "
                                                 "FROM ratings r WHERE %1 LIMIT ?")
                                      .arg(c.sql),
                                  values);
            QList<RatingPoint> result;
            while (q.next())
                result.append({q.value(0).toLongLong(), q.value(1).toInt()});
            if (result.size() > limit)
                return std::nullopt; // too many to draw one by one
            return result;
        },
        std::nullopt);
}

std::optional<QDate> KnotStore::firstRatedDay() const
{
    return read<std::optional<QDate>>(
        [&]() -> std::optional<QDate> {
            const QVariant first =
                sql::scalar(db(), QStringLiteral("SELECT min(%1) FROM ratings r").arg(kLocalDay));
            return first.isNull() ? std::nullopt : std::optional(kEpoch.addDays(first.toLongLong()));
        },
        std::nullopt);
}

} // namespace knotmap
