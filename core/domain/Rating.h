// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Quality.h"
#include "RecordedTime.h"

#include <QString>

namespace knotmap {

// A spot's pain at one moment. Several a day are normal.
struct Rating
{
    static constexpr int kMinIntensity = 0;
    static constexpr int kMaxIntensity = 10;

    qint64 id = 0;
    qint64 spotId = 0;
    RecordedTime recordedAt;
    int intensity = 0;
    Quality quality = Quality::None;
    QString note;

    friend bool operator==(const Rating&, const Rating&) = default;
};

// Empty when the rating may be stored; otherwise a sentence naming the problem.
QString validateRating(const Rating& rating);
QString validateIntensity(int intensity);

// Word bands used across the app: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe.
QString intensityBand(int intensity);

} // namespace knotmap
