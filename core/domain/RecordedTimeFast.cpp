// SPDX-License-Identifier: GPL-3.0-or-later
// ISO 8601 times read by hand: the regular expression and QDateTime of RecordedTime::parseIso cost more
// than the rest of a row's checks together.
#include "RecordedTime.h"

namespace knotmap {

namespace {
// Digits at [at, at + count) as a number, or -1.
int digits(QByteArrayView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int k = 0; k < count; ++k) {
        const char c = text[at + k];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Days from 1970-01-01 to the given day of the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// 2026-03-01T08:30[:00[.123]](Z|+01:00|+0100), nothing around it; nullopt for anything else.
std::optional<RecordedTime> parseUsual(QByteArrayView t)
{
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2), minute = digits(t, 14, 2);
    if (year < 1 || month < 1 || day < 1 || hour < 0 || minute < 0 || t[4] != '-' || t[7] != '-' ||
        (t[10] != 'T' && t[10] != ' ') || t[13] != ':')
        return std::nullopt;
    qsizetype i = 16;
    int second = 0;
    if (i < t.size() && t[i] == ':') {
        second = digits(t, i + 1, 2);
        if (second < 0)
            return std::nullopt;
        i += 3;
        if (i < t.size() && t[i] == '.') {
            const qsizetype first = ++i;
            while (i < t.size() && t[i] >= '0' && t[i] <= '9')
                ++i;
            if (i == first || i - first > 9)
                return std::nullopt;
        }
    }
    int offset = 0;
    if (i + 1 == t.size() && t[i] == 'Z') {
        offset = 0;
    } else if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
        const bool colon = i + 6 == t.size() && t[i + 3] == ':';
        if (!colon && i + 5 != t.size())
            return std::nullopt;
        const int hours = digits(t, i + 1, 2), minutes = digits(t, i + (colon ? 4 : 3), 2);
        if (hours < 0 || minutes < 0 || minutes >= 60 ||
            hours * 60 + minutes > RecordedTime::kMaxOffsetMinutes)
            return std::nullopt;
        offset = (t[i] == '-' ? -1 : 1) * (hours * 60 + minutes);
    } else {
        return std::nullopt;
    }
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int daysInMonth = month == 2 && isLeap(year) ? 29 : month <= 12 ? kDays[month - 1] : 0;
    if (day > daysInMonth || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 local = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return RecordedTime{local - offset * 60, offset};
}
} // namespace

std::optional<RecordedTime> RecordedTime::parseIsoUtf8(QByteArrayView text, QString* error)
{
    if (text.size() >= 17)
        if (auto usual = parseUsual(text))
            return usual;
    return parseIso(QString::fromUtf8(text), error);
}

} // namespace knotmap
