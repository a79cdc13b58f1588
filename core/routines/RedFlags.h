// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Symptoms.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace knotmap {

class BodyAtlas;
class KnotStore;

// A "see a professional" notice: what it is about, what to do, and what it changes in the plan.
struct ProfessionalNotice
{
    QString reason;      // stable key: "numbness-or-tingling", "symptom-fever", ...
    QString message;     // calm, plain words: what to do, and when
    QStringList regions; // the areas concerned; empty means all of them
    bool blocksPressure = true;
    FlagLevel level = FlagLevel::SeeSoon;

    bool urgent() const { return level == FlagLevel::Urgent; }
};

// The notice reasons of the rules that read ratings and the routine log (a ticked symptom's is
// "symptom-<key>").
inline constexpr char kNerveSignsReason[] = "numbness-or-tingling";
inline constexpr char kSeverePainReason[] = "persistent-severe-pain";
inline constexpr char kNoImprovementReason[] = "no-improvement-with-routines";
inline constexpr char kWorseReason[] = "worse-despite-routines";

// The rules' numbers, in one place (docs/routines.md explains them).
struct RedFlagRules
{
    static constexpr int kSevereScore = 7;       // a day whose mean is this or more is a severe day
    static constexpr int kSevereWindowDays = 14; // looked at: the last two weeks
    static constexpr int kSevereMinimumDays = 4; // and at least this many severe days, most of the rated ones
    static constexpr int kRoutineWeeks = 4;      // routines logged in each of the last four weeks
    static constexpr int kModerateScore = 4;     // "worse" counts only when pain is now at least moderate
};

// Checks the red-flag rules for the day (docs/routines.md), most serious first:
// - each ticked symptom, at its level (Symptoms.h);
// - numbness, tingling or shooting pain rated since the person last said it had gone (those regions);
// - a region whose daily mean was 7 or more on at least 4 days, and on most of its rated days, of the last
// 14;
// - worse over the last 4 weeks while routines were done, with pain now at least moderate;
// - no clear improvement after routines were done in each of the last 4 weeks.
QList<ProfessionalNotice> findRedFlags(const KnotStore& store, QDate today, const QList<Symptom>& symptoms);

// The most serious level that stops the plan (urgent, then pause); none when the plan may go ahead.
std::optional<FlagLevel> planStoppedBy(const QList<ProfessionalNotice>& notices);
bool pressureAllowed(const QList<ProfessionalNotice>& notices, const QString& region);
// What the window shows: an urgent sign stands alone, one clear notice with nothing beside it to weigh.
QList<ProfessionalNotice> noticesToShow(const QList<ProfessionalNotice>& notices);
// The notices as the routine log keeps them.
QList<ShownFlag> shownFlags(const QList<ProfessionalNotice>& notices, QDate day);

// What a notice was about, in a few words for lists ("Fever, or feeling unwell with the pain", "Numbness,
// tingling or shooting pain in the ratings"); the reason itself when KnotMap no longer knows it.
QString redFlagReasonText(const QString& reason);

// "the area over the left upper trapezius", "the areas over the left piriformis and the right splenius":
// knots are felt in a place; the muscle under it is a possible source.
QString areasOver(const BodyAtlas& atlas, const QStringList& regions);
// The same for regions and felt-pain areas together: "the left temple and the area over the left upper
// trapezius".
QString areasOver(const KnotStore& store, const QStringList& places);

} // namespace knotmap
