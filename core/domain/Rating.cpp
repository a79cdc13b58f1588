// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rating.h"

#include "LocalDay.h"

#include <QCoreApplication>
#include <QDateTime>

namespace knotmap {

QString validateIntensity(int intensity)
{
    if (intensity < Rating::kMinIntensity || intensity > Rating::kMaxIntensity) {
        return QCoreApplication::translate("Rating", "pain score %1 is out of range: it must be from 0 to 10")
            .arg(intensity);
    }
    return {};
}

QString validateRating(const Rating& rating)
{
    if (QString problem = validateIntensity(rating.intensity); !problem.isEmpty())
        return problem;
    if (std::abs(rating.recordedAt.offsetMinutes) > RecordedTime::kMaxOffsetMinutes)
        return QCoreApplication::translate("Rating", "UTC offset of %1 minutes is impossible")
            .arg(rating.recordedAt.offsetMinutes);
    return validateRecordedTime(rating.recordedAt, QDateTime::currentSecsSinceEpoch());
}

QString intensityBand(int intensity)
{
    if (intensity <= 0)
        return QCoreApplication::translate("Rating", "No pain");
    if (intensity <= 3)
        return QCoreApplication::translate("Rating", "Mild");
    if (intensity <= 6)
        return QCoreApplication::translate("Rating", "Moderate");
    return QCoreApplication::translate("Rating", "Severe");
}

} // namespace knotmap
