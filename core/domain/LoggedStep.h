// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordedTime.h"

#include <QString>

#include <optional>

namespace knotmap {

// One routine step the person did, as the routine log keeps it.
struct LoggedStep
{
    qint64 id = 0;
    RecordedTime doneAt;
    qint64 spotId = 0; // 0 when the step was for a region, not a spot
    QString region;
    QString technique; // catalogue technique id
    int plannedSeconds = 0;
    int doneSeconds = 0;       // how long was actually done
    std::optional<int> before; // the spot's 0–10 score just before
    std::optional<int> after;  // and just after

    friend bool operator==(const LoggedStep&, const LoggedStep&) = default;
};

// One technique on one spot, summed over the routine log: what "what helps" needs, without the rows.
struct TechniqueRecord
{
    qint64 spotId = 0;
    QString technique;
    RecordedTime firstDone; // the first step (by time, then id): when the person started
    int sessions = 0;       // steps with both a before and an after score
    qint64 changeSum = 0;   // of (after − before) over those steps
};

// Empty when the step may be stored; otherwise a sentence naming the problem.
QString validateLoggedStep(const LoggedStep& step);

} // namespace knotmap
