// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordedTime.h"

#include <QByteArray>

namespace knotmap {

// Appends RecordedTime::toIso()'s text (2026-03-01T08:30:00+01:00) as UTF-8, computed from the seconds by
// arithmetic: exports write a million of these, and a QDateTime each costs more than the rest of the row.
// Years outside 1..9999 (which KnotMap never stores) fall back to toIso() itself.
void appendIsoTime(QByteArray& out, const RecordedTime& time);

// The proleptic Gregorian date of a day counted from 1970-01-01 (negative before), without time zones.
struct CivilDate
{
    qint64 year;
    int month; // 1..12
    int day;   // 1..31
};
CivilDate civilFromDays(qint64 days);

} // namespace knotmap
