// SPDX-License-Identifier: GPL-3.0-or-later
// The routine log: what the person did, and how the spot felt before and after.
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

namespace knotmap {

namespace {

const QString kColumns =
    QStringLiteral("id, done_utc, utc_offset_min, spot_id, region, technique, planned_s, done_s, "
                   "before_intensity, after_intensity");

LoggedStep stepFrom(const QSqlQuery& q)
{
    LoggedStep step;
    step.id = q.value(0).toLongLong();
    step.doneAt = {q.value(1).toLongLong(), q.value(2).toInt()};
    step.spotId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    step.region = q.value(4).toString();
    step.technique = q.value(5).toString();
    step.plannedSeconds = q.value(6).toInt();
    step.doneSeconds = q.value(7).toInt();
    if (!q.value(8).isNull())
        step.before = q.value(8).toInt();
    if (!q.value(9).isNull())
        step.after = q.value(9).toInt();
    return step;
}

QVariant optionalScore(const std::optional<int>& score)
{
    return score ? QVariant(*score) : QVariant();
}

} // namespace

Result<qint64> KnotStore::logRoutineStep(const LoggedStep& step)
{
    if (QString problem = validateLoggedStep(step); !problem.isEmpty())
        return Failure{problem};
    qint64 id = 0;
    const Result<void> written = write([&] {
        if (step.spotId != 0 &&
            !sql::scalar(db(), QStringLiteral("SELECT 1 FROM spots WHERE id = ?"), {step.spotId}).isValid())
            throw sql::SqlFailure{tr("there is no spot with id %1").arg(step.spotId)};
        QSqlQuery q = sql::run(
            db(),
            QStringLiteral("INSERT INTO routine_log (done_utc, utc_offset_min, spot_id, region, "
                           "technique, planned_s, done_s, before_intensity, after_intensity) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {step.doneAt.utcSeconds, step.doneAt.offsetMinutes,
             step.spotId ? QVariant(step.spotId) : QVariant(), step.region, step.technique,
             step.plannedSeconds, step.doneSeconds, optionalScore(step.before), optionalScore(step.after)});
        id = q.lastInsertId().toLongLong();
    });
    if (!written)
        return Failure{written.error()};
    emit routineLogChanged();
    return id;
}

QList<LoggedStep> KnotStore::routineLog(QDate from, QDate to) const
{
    return read<QList<LoggedStep>>(
        [&] {
            QSqlQuery q = sql::run(db(),
                                   QStringLiteral("SELECT %1 FROM routine_log WHERE %2 BETWEEN ? AND ? "
                                                  "ORDER BY done_utc, id")
                                       .arg(kColumns, localDaySql({}, QStringLiteral("done_utc"))),
                                   {localDayNumber(from), localDayNumber(to)});
            QList<LoggedStep> steps;
            while (q.next())
                steps.append(stepFrom(q));
            return steps;
        },
        {});
}

QList<LoggedStep> KnotStore::routineLogForSpot(qint64 spotId) const
{
    return read<QList<LoggedStep>>(
        [&] {
            QSqlQuery q =
                sql::run(db(),
                         QStringLiteral("SELECT %1 FROM routine_log WHERE spot_id = ? ORDER BY done_utc, id")
                             .arg(kColumns),
                         {spotId});
            QList<LoggedStep> steps;
            while (q.next())
                steps.append(stepFrom(q));
            return steps;
        },
        {});
}

QList<TechniqueRecord> KnotStore::techniqueRecords() const
{
    return read<QList<TechniqueRecord>>(
        [&] {
            // Grouped in SQLite, so years of log never cross into C++ row by row. The first step is the one
            // with the earliest time and, among steps at that very second, the lowest id: the step a walk
            // through routineLogForSpot would meet first.
            QSqlQuery q = sql::run(
                db(),
                QStringLiteral(
                    "SELECT g.spot_id, g.technique, f.done_utc, f.utc_offset_min, g.sessions, g.change_sum "
                    "FROM (SELECT spot_id, technique, min(done_utc) AS first_utc, "
                    "             count(after_intensity - before_intensity) AS sessions, "
                    "             coalesce(sum(after_intensity - before_intensity), 0) AS change_sum "
                    "      FROM routine_log WHERE spot_id IS NOT NULL GROUP BY spot_id, technique) g "
                    "JOIN routine_log f ON f.id = (SELECT x.id FROM routine_log x WHERE x.spot_id = "
                    "g.spot_id "
                    "  AND x.technique = g.technique AND x.done_utc = g.first_utc ORDER BY x.id LIMIT 1) "
                    "ORDER BY g.spot_id, f.done_utc, f.id"));
            QList<TechniqueRecord> records;
            while (q.next()) {
                records.append({q.value(0).toLongLong(),
                                q.value(1).toString(),
                                {q.value(2).toLongLong(), q.value(3).toInt()},
                                q.value(4).toInt(),
                                q.value(5).toLongLong()});
            }
            return records;
        },
        {});
}

} // namespace knotmap
