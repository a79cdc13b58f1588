// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace knotmap {

class KnotStore;

// Symptoms the person can tick in the routine checklist; each one means "see a professional".
enum class Symptom { Weakness, Fever, WeightLoss, BladderBowel, AfterInjury, NightPain };
QList<Symptom> allSymptoms();
QString symptomKey(Symptom symptom); // "weakness", "fever", ...
std::optional<Symptom> symptomFromKey(const QString& key);
QString symptomText(Symptom symptom); // the checklist's wording

// A "see a professional" notice, and whether it keeps pressure work away from some or all areas.
struct ProfessionalNotice
{
    QString reason;      // stable key: "numbness-or-tingling", "symptom-fever", ...
    QString message;     // calm, plain words
    QStringList regions; // the areas concerned; empty with blocksPressure means all of them
    bool blocksPressure = true;
    bool urgent = false; // today, not just soon
};

// Checks the red-flag rules for the day (docs/routines.md):
// - a rating with quality numb or tingling in the last 14 days (those regions);
// - a ticked symptom (all regions);
// - a region whose daily mean was 7 or more on at least 10 of the last 14 days (that region);
// - a worse verdict over the last 4 weeks while routines were being done.
QList<ProfessionalNotice> findRedFlags(const KnotStore& store, QDate today, const QList<Symptom>& symptoms);

bool pressureAllowed(const QList<ProfessionalNotice>& notices, const QString& region);

} // namespace knotmap
