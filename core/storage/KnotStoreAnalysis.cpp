// Aggregating queries for trends. The heavy part, one pass over the ratings of a period, runs in SQLite
// with integer arithmetic on covering indexes; grouping days into weeks or months happens in C++ on at
// most a few thousand day rows.
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

#include <QDateTime>

namespace knotmap {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
const QDate kEpoch(1970, 1, 1);

qint64 dayNumber(QDate day)
{
    return kEpoch.daysTo(day);
}

// WHERE clause and its values for a period [from, to] of local days and a filter.
struct Conditions
{
    QString sql;
    QVariantList values;
};

Conditions conditions(const RatingFilter& filter, QDate from, QDate to)
{
    // Local days [from, to] lie within ±14 h of the same UTC range: that bound lets the index do the work.
    const qint64 localFrom = dayNumber(from) * kSecondsPerDay;
    const qint64 localUntil = (dayNumber(to) + 1) * kSecondsPerDay;
    const qint64 slack = RecordedTime::kMaxOffsetMinutes * 60;
    Conditions c{QStringLiteral("r.recorded_utc >= ? AND r.recorded_utc < ? AND "
                                "r.recorded_utc + r.utc_offset_min * 60 >= ? AND "
                                "r.recorded_utc + r.utc_offset_min * 60 < ?"),
                 {localFrom - slack, localUntil + slack, localFrom, localUntil}};
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
        c.sql += QStringLiteral(" AND (%1)").arg(parts.join(QStringLiteral(" OR ")));
    return c;
}

QString fromClause(const RatingFilter& filter)
{
    return filter.isEmpty() ? QStringLiteral("ratings r")
                            : QStringLiteral("ratings r JOIN spots s ON s.id = r.spot_id");
}

QSqlQuery runWith(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = sql::prepare(db, statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    sql::exec(query);
    return query;
}

DailyAggregate dayFrom(const QSqlQuery& q, int first)
{
    return {kEpoch.addDays(q.value(first).toLongLong()), q.value(first + 1).toLongLong(),
            q.value(first + 2).toInt(), q.value(first + 3).toInt(), q.value(first + 4).toInt()};
}

} // namespace

QString KnotStore::dailyAggregateSql(const RatingFilter& filter)
{
    return QStringLiteral(
               "SELECT (r.recorded_utc + r.utc_offset_min * 60) / 86400 AS day, sum(r.intensity), "
               "count(*), max(r.intensity), min(r.intensity) FROM %1 WHERE %2 GROUP BY day ORDER BY day")
        .arg(fromClause(filter), conditions(filter, QDate(2000, 1, 1), QDate(2000, 1, 1)).sql);
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
            while (q.next())
                result.append(dayFrom(q, 0));
            return result;
        },
        {});
}

QList<RegionDailyAggregate> KnotStore::regionDailyAggregates(const RatingFilter& filter, QDate from,
                                                             QDate to) const
{
    return read<QList<RegionDailyAggregate>>(
        [&] {
            const Conditions c = conditions(filter, from, to);
            QSqlQuery q = runWith(
                db(),
                QStringLiteral("SELECT s.region, (r.recorded_utc + r.utc_offset_min * 60) / 86400 AS day, "
                               "sum(r.intensity), count(*), max(r.intensity), min(r.intensity) "
                               "FROM ratings r JOIN spots s ON s.id = r.spot_id WHERE %1 "
                               "GROUP BY s.region, day ORDER BY s.region, day")
                    .arg(c.sql),
                c.values);
            QList<RegionDailyAggregate> result;
            while (q.next())
                result.append({q.value(0).toString(), dayFrom(q, 1)});
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
            QSqlQuery q =
                runWith(db(),
                        QStringLiteral("SELECT r.recorded_utc + r.utc_offset_min * 60, r.intensity FROM %1 "
                                       "WHERE %2 ORDER BY r.recorded_utc LIMIT ?")
                            .arg(fromClause(filter), c.sql),
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
            const QVariant first = sql::scalar(
                db(),
                QStringLiteral("SELECT min((recorded_utc + utc_offset_min * 60) / 86400) FROM ratings"));
            return first.isNull() ? std::nullopt : std::optional(kEpoch.addDays(first.toLongLong()));
        },
        std::nullopt);
}

} // namespace knotmap
