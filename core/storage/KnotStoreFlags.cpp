// SPDX-License-Identifier: GPL-3.0-or-later
// Warning signs: which ones the routine showed each day, and when the person said numbness or tingling had
// gone. Both feed the red-flag rules (routines/RedFlags.h) and the report.
#include "KnotStore.h"

#include "Schema.h"
#include "StoreRows.h"

namespace knotmap {

using namespace rows;

std::optional<RecordedTime> KnotStore::flagClearedAt(const QString& reason) const
{
    return read<std::optional<RecordedTime>>(
        [&]() -> std::optional<RecordedTime> {
            QSqlQuery q =
                sql::run(db(),
                         QStringLiteral("SELECT cleared_utc, utc_offset_min FROM flag_clearances "
                                        "WHERE reason = ? ORDER BY cleared_utc DESC, id DESC LIMIT 1"),
                         {reason});
            if (!q.next())
                return std::nullopt;
            return RecordedTime{q.value(0).toLongLong(), q.value(1).toInt()};
        },
        std::nullopt);
}

Result<void> KnotStore::clearFlag(const QString& reason, const RecordedTime& at)
{
    if (reason.isEmpty() || reason.size() > 60)
        return Failure{tr("a warning sign needs a name of 1 to 60 characters")};
    const Result<void> written = write([&] {
        sql::run(db(),
                 QStringLiteral(
                     "INSERT INTO flag_clearances (reason, cleared_utc, utc_offset_min) VALUES (?, ?, ?)"),
                 {reason, at.utcSeconds, at.offsetMinutes});
    });
    if (written)
        emit redFlagsChanged();
    return written;
}

QList<Rating> KnotStore::nerveSignRatingsAfter(std::optional<RecordedTime> after) const
{
    return read<QList<Rating>>(
        [&] {
            // The partial index (schema v6) holds only these ratings, so ten years of others are never read.
            QSqlQuery q = sql::run(db(),
                                   QStringLiteral("SELECT %1 FROM ratings WHERE %2 AND recorded_utc > ? "
                                                  "ORDER BY recorded_utc, id")
                                       .arg(kRatingColumns, QLatin1String(schema::kNerveQualitySql)),
                                   {after ? after->utcSeconds : std::numeric_limits<qint64>::min()});
            return ratingsFrom(q);
        },
        {});
}

QList<ShownFlag> KnotStore::flagsShown(QDate from, QDate to) const
{
    return read<QList<ShownFlag>>(
        [&] {
            QSqlQuery q = sql::run(db(),
                                   QStringLiteral("SELECT local_day, reason, level, regions FROM flags_shown "
                                                  "WHERE local_day BETWEEN ? AND ? ORDER BY local_day, id"),
                                   {localDayNumber(from), localDayNumber(to)});
            QList<ShownFlag> flags;
            while (q.next()) {
                const QString regions = q.value(3).toString();
                flags.append({dateOfLocalDay(q.value(0).toLongLong()), q.value(1).toString(),
                              flagLevelFromKey(q.value(2).toString()).value_or(FlagLevel::SeeSoon),
                              regions.isEmpty() ? QStringList() : regions.split(QLatin1Char(','))});
            }
            return flags;
        },
        {});
}

QList<ShownFlag> KnotStore::flagsShownAll() const
{
    return flagsShown(QDate(1900, 1, 1), QDate(9999, 12, 31));
}

QList<FlagClearance> KnotStore::flagClearancesAll() const
{
    return read<QList<FlagClearance>>(
        [&] {
            QSqlQuery q = sql::run(db(), QStringLiteral("SELECT reason, cleared_utc, utc_offset_min FROM "
                                                        "flag_clearances ORDER BY cleared_utc, id"));
            QList<FlagClearance> all;
            while (q.next())
                all.append({q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toInt()}});
            return all;
        },
        {});
}

Result<bool> KnotStore::recordFlagsShown(QDate day, const QList<ShownFlag>& flags)
{
    // Showing the same plan again writes nothing: a write would wake every other window on this file, which
    // would plan again and show the same flags again.
    const QList<ShownFlag> known = flagsShown(day, day);
    QList<ShownFlag> fresh;
    for (ShownFlag flag : flags) {
        flag.day = day;
        if (!known.contains(flag))
            fresh.append(flag);
    }
    if (fresh.isEmpty())
        return false;
    const Result<void> written = write([&] {
        for (const ShownFlag& flag : std::as_const(fresh))
            insertShownFlag(db(), flag, OnFlagConflict::Update);
    });
    if (!written)
        return Failure{written.error()};
    emit redFlagsChanged();
    return true;
}

} // namespace knotmap
