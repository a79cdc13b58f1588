// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalDay.h"

#include "i18n/TranslateIn.h"

#include <QCoreApplication>
#include <QDateTime>

namespace knotmap {

namespace {
const QDate kEpoch(1970, 1, 1);
constexpr qint64 kShiftDays = 1000000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

qint64 localDayNumber(const RecordedTime& time)
{
    return floorDiv(time.utcSeconds + qint64(time.offsetMinutes) * 60, kSecondsPerDay);
}

qint64 localDayNumber(QDate day)
{
    return kEpoch.daysTo(day);
}

QDate dateOfLocalDay(qint64 dayNumber)
{
    return kEpoch.addDays(dayNumber);
}

QDate localDate(const RecordedTime& time)
{
    return dateOfLocalDay(localDayNumber(time));
}

QString localDaySql(const QString& alias, const QString& utcColumn, const QString& offsetColumn)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("(%1%2 + %1%3 * 60 + %4) / %5 - %6")
        .arg(prefix, utcColumn, offsetColumn)
        .arg(kShiftDays * kSecondsPerDay)
        .arg(kSecondsPerDay)
        .arg(kShiftDays);
}

QString validateRecordedTime(const RecordedTime& time, qint64 nowUtc)
{
    if (localDate(time) < QDate(1900, 1, 1))
        return translateIn("RecordedTime", "%1 is before 1900; KnotMap keeps dates from 1900 on")
            .arg(time.toIso());
    if (time.utcSeconds > nowUtc + kSecondsPerDay)
        return translateIn("RecordedTime", "%1 is more than a day in the future").arg(time.toIso());
    return {};
}

} // namespace knotmap
