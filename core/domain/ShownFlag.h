// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordedTime.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace knotmap {

// How much a warning sign changes the day's plan (docs/routines.md):
// - Urgent: no plan at all, one clear notice saying what to do now and whom to call;
// - Pause: no exercises today, see a doctor soon;
// - SeeSoon: no pressure work (everywhere or where named), the rest of the plan stays, the notice on top.
enum class FlagLevel { Urgent, Pause, SeeSoon };
QString flagLevelKey(FlagLevel level); // "urgent", "pause", "see-soon"
std::optional<FlagLevel> flagLevelFromKey(const QString& key);

// A warning sign the routine showed on a day, as the routine log keeps it for the report.
struct ShownFlag
{
    QDate day; // the person's local day
    QString reason;
    FlagLevel level = FlagLevel::SeeSoon;
    QStringList regions; // empty: all of them

    friend bool operator==(const ShownFlag&, const ShownFlag&) = default;
};

// When the person said a warning sign had gone ("the numbness or tingling has gone").
struct FlagClearance
{
    QString reason;
    RecordedTime at;

    friend bool operator==(const FlagClearance&, const FlagClearance&) = default;
};

} // namespace knotmap
