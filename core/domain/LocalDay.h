// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one rule for a rating's (or a routine step's) day: the calendar day it was lived, in the local time
// where it was recorded — recorded_utc + utc_offset_min * 60 — counted in days since 1970-01-01 and rounded
// down, so 1969-12-31 23:00 local is day -1. The window, the store, trends, routines and the report all ask
// these functions; SQL uses localDaySql(), which the v5 indexes hold in exactly that spelling.

#include "RecordedTime.h"

#include <QDate>
#include <QString>

namespace knotmap {

constexpr qint64 kSecondsPerDay = 86400;

qint64 localDayNumber(const RecordedTime& time);
qint64 localDayNumber(QDate day);
QDate dateOfLocalDay(qint64 dayNumber);
QDate localDate(const RecordedTime& time);

// The rule in SQLite for the columns `<alias>.<utcColumn>` and `<alias>.<offsetColumn>` (no alias: bare
// names, as in an index). SQLite's integer division truncates toward zero, so the seconds are first shifted
// by a million days (about 2,700 years) to keep every date after 1000 BC positive.
QString localDaySql(const QString& alias = {}, const QString& utcColumn = QStringLiteral("recorded_utc"),
                    const QString& offsetColumn = QStringLiteral("utc_offset_min"));

// Empty when a moment may be stored: not before 1900, and not more than a day after `nowUtc`;
// otherwise a sentence naming the problem.
QString validateRecordedTime(const RecordedTime& time, qint64 nowUtc);

} // namespace knotmap
