// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TranslateIn.h"

#include <QDateTime>
#include <QLocale>

namespace knotmap {

// How days are written in sentences, charts and the report: the language's own pattern, which its catalogue
// gives ("25 Oct 2026" in English, "25. Okt. 2026" in German), with the locale's month and weekday names.
inline QString dayText(QDate day)
{
    return QLocale().toString(day, translateIn("DateText", "d MMM yyyy", "Qt date pattern: 25 Oct 2026"));
}

inline QString dayMonthPattern() // on a chart's axis: "25 Oct"
{
    return translateIn("DateText", "d MMM", "Qt date pattern: 25 Oct");
}

inline QString weekdayDayText(QDate day) // "Sun 25 Oct 2026"
{
    return QLocale().toString(day,
                              translateIn("DateText", "ddd d MMM yyyy", "Qt date pattern: Sun 25 Oct 2026"));
}

inline QString dayTimeText(const QDateTime& at) // "25 Oct 2026 14:05"
{
    return QLocale().toString(
        at, translateIn("DateText", "d MMM yyyy HH:mm", "Qt date and time pattern: 25 Oct 2026 14:05"));
}

} // namespace knotmap
