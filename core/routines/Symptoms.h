// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ShownFlag.h"

#include <QList>
#include <QString>

#include <optional>

namespace knotmap {

// The warning signs the person can tick in the routine's checklist (docs/routines.md, docs/sources.md).
// New ones go at the end: settings and files know them by key, tests by position.
enum class Symptom {
    Weakness,
    Fever,
    WeightLoss,
    BladderBowel,
    AfterInjury,
    NightPain,
    BothLegs,
    ProgressiveWeakness,
    NeckNeuro,
    SuddenSevereHeadache,
    ChestPain,
    CancerHistory,
    NewPainOver50,
    OsteoporosisSteroids,
    Immunity,
    DailyActivities,
};

QList<Symptom> allSymptoms();        // in the checklist's order: the urgent ones first
QString symptomKey(Symptom symptom); // "weakness", "fever", ...; the notice's reason is "symptom-<key>"
std::optional<Symptom> symptomFromKey(const QString& key);
QString symptomText(Symptom symptom);    // the checklist's wording
QString symptomMessage(Symptom symptom); // what to do, and when
FlagLevel symptomLevel(Symptom symptom);

// The heading a notice of this level carries: "Get medical help now", ...
QString flagLevelTitle(FlagLevel level);

} // namespace knotmap
