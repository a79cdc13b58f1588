// SPDX-License-Identifier: GPL-3.0-or-later
#include "IsoTimeText.h"

#include <cstdlib>

namespace knotmap {

namespace {
constexpr qint64 kSecondsPerDay = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

char* twoDigits(char* p, int value)
{
    *p++ = char('0' + value / 10);
    *p++ = char('0' + value % 10);
    return p;
}
} // namespace

// Howard Hinnant's days_from_civil inverted (http://howardhinnant.github.io/date_algorithms.html): eras of
// 400 years, each 146,097 days, with the year starting on 1 March so the leap day falls last.
CivilDate civilFromDays(qint64 days)
{
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 dayOfEra = z - era * 146097; // [0, 146096]
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;           // [0, 399]
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // [0, 365]
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;                                   // [0, 11]
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    return {yearOfEra + era * 400 + (month <= 2), month, day};
}

void appendIsoTime(QByteArray& out, const RecordedTime& time)
{
    const qint64 local = time.utcSeconds + qint64(time.offsetMinutes) * 60;
    const qint64 days = floorDiv(local, kSecondsPerDay);
    const int secondOfDay = int(local - days * kSecondsPerDay);
    const CivilDate date = civilFromDays(days);
    if (date.year < 1 || date.year > 9999 || std::abs(time.offsetMinutes) >= 100 * 60) {
        out += time.toIso().toUtf8();
        return;
    }
    char text[25];
    char* p = text;
    const int year = int(date.year);
    p = twoDigits(p, year / 100);
    p = twoDigits(p, year % 100);
    *p++ = '-';
    p = twoDigits(p, date.month);
    *p++ = '-';
    p = twoDigits(p, date.day);
    *p++ = 'T';
    p = twoDigits(p, secondOfDay / 3600);
    *p++ = ':';
    p = twoDigits(p, secondOfDay / 60 % 60);
    *p++ = ':';
    p = twoDigits(p, secondOfDay % 60);
    const int offset = std::abs(time.offsetMinutes);
    *p++ = time.offsetMinutes < 0 ? '-' : '+';
    p = twoDigits(p, offset / 60);
    *p++ = ':';
    p = twoDigits(p, offset % 60);
    out.append(text, p - text);
}

} // namespace knotmap
