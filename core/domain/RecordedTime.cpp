// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordedTime.h"

#include "LocalDay.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace knotmap {

RecordedTime RecordedTime::fromDateTime(const QDateTime& dateTime)
{
    return {dateTime.toSecsSinceEpoch(), dateTime.offsetFromUtc() / 60};
}

RecordedTime RecordedTime::now()
{
    return fromDateTime(QDateTime::currentDateTime());
}

RecordedTime RecordedTime::localDayAt(QDate day, QTime time)
{
    return fromDateTime(QDateTime(day, time));
}

std::optional<RecordedTime> RecordedTime::parseIso(const QString& text, QString* error)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$)"));
    const auto fail = [&](const QString& why) -> std::optional<RecordedTime> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return fail(QCoreApplication::translate("RecordedTime",
                                                "'%1' is not a time in ISO 8601 form with a UTC offset, "
                                                "such as 2026-03-01T08:30:00+01:00")
                        .arg(text));
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const int seconds = match.capturedLength(6) ? match.captured(6).toInt() : 0;
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), seconds);
    if (!date.isValid() || !time.isValid())
        return fail(
            QCoreApplication::translate("RecordedTime", "'%1' is not a real date and time").arg(text));

    int offsetMinutes = 0;
    const QString zone = match.captured(7);
    if (zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        offsetMinutes = digits.left(2).toInt() * 60 + digits.mid(2).toInt();
        if (digits.mid(2).toInt() >= 60 || offsetMinutes > kMaxOffsetMinutes)
            return fail(
                QCoreApplication::translate("RecordedTime", "'%1' has an impossible UTC offset").arg(text));
        if (zone.startsWith(QLatin1Char('-')))
            offsetMinutes = -offsetMinutes;
    }
    const QDateTime local(date, time, Qt::OffsetFromUTC, offsetMinutes * 60);
    return RecordedTime{local.toSecsSinceEpoch(), offsetMinutes};
}

QDateTime RecordedTime::toDateTime() const
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::OffsetFromUTC, offsetMinutes * 60);
}

QDate RecordedTime::localDate() const
{
    return knotmap::localDate(*this); // the one day rule (LocalDay.h)
}

QString RecordedTime::toIso() const
{
    const QDateTime local = toDateTime();
    const int absolute = std::abs(offsetMinutes);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(absolute / 60, 2, 10, QLatin1Char('0'))
               .arg(absolute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace knotmap
