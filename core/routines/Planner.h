// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalogue.h"
#include "RedFlags.h"
#include "WhatHelps.h"

#include <QDate>
#include <QJsonObject>
#include <QSet>

namespace knotmap {

class KnotStore;

struct PlannerSettings
{
    int minutes = 15;        // the time the person has each day
    QSet<Tool> tools;        // owned besides their hands: ball, roller
    QList<Symptom> symptoms; // ticked in the checklist
    std::optional<int> age;  // in years, when the person gave a year of birth
};

struct PlanStep
{
    QString region;
    qint64 spotId = 0;
    QString spotKey;
    QString technique; // catalogue id
    int holdSeconds = 0;
    int repeats = 0;
    int restSeconds = 0;
    int timesPerDay = 0;
    QString why;       // "left upper trapezius: rated 6 on 4 of the last 7 days"
    QString how;       // the catalogue's instructions for this muscle
    QString aftercare; // pressure work: some soreness for a day is common

    int seconds() const { return holdSeconds * repeats + restSeconds * std::max(0, repeats - 1); }
};

struct RoutinePlan
{
    QDate date;
    int minutes = 0;
    QList<PlanStep> steps; // head to hips
    QList<ProfessionalNotice> notices;
    std::optional<FlagLevel> stoppedBy; // urgent or pause: no steps at all today
    // Felt pain with no tender knot marked where it is often felt from: where to search gently.
    QStringList hints;

    int totalSeconds() const;
};

// Today's plan from the last 7 days of ratings, the routine log and the settings:
// - felt pain is never pressed on: the knots linked to it, then tender knots where its pain is often felt
//   from, come first, saying why; with no such knot the plan gives a hint where to search (FeltSources.h);
// - hotspots (how often and how badly each spot hurt this week) get their steps first;
// - the latest score picks the kind of work: 7–10 gentle (stretch, heat, light pressure), 4–6 sustained
//   pressure with a ball or the hands, 0–3 strengthening and stretching;
// - among fitting techniques, those that were followed by less pain for this person come first;
// - red-flag areas get no pressure or rolling; an urgent or pausing sign leaves no steps at all;
// - strengthening keeps to its days a week with a rest day between; older adults hold stretches longer;
// - the plan fits the minutes, then is put in order head to hips.
RoutinePlan planRoutine(const KnotStore& store, const RoutineCatalogue& catalogue, QDate date,
                        const PlannerSettings& settings);
// The same with whatHelps(store) already worked out, for a caller that shows it too (the routine view).
RoutinePlan planRoutine(const KnotStore& store, const RoutineCatalogue& catalogue, QDate date,
                        const PlannerSettings& settings, const QList<HelpStats>& helps);

// {"date", "minutes", "stopped_by": null | "urgent" | "pause",
//  "steps": [{"region", "spot", "technique", "hold_s", "repeats", "times_per_day", "why", "aftercare"}],
//  "see_professional": [{"reason", "regions", "message", "urgent", "level", "blocks_pressure"}],
//  "hints": ["Pain at the left temple may be felt from a knot in ..."]}
QJsonObject planToJson(const RoutinePlan& plan);
QString planToText(const RoutinePlan& plan, const BodyAtlas& atlas, const RoutineCatalogue& catalogue);
// "60 s × 2, 1× a day"; strengthening: "5 s × 10, on 2–3 days a week, never two days running".
enum class DoseWords { Full, Brief }; // brief: for a narrow column ("5 s × 10, 2–3 days a week")
QString doseText(const PlanStep& step, const RoutineCatalogue& catalogue, DoseWords words = DoseWords::Full);

} // namespace knotmap

namespace knotmap {
class Settings;
// The planner's settings as the person set them (minutes, tools, ticked symptoms).
PlannerSettings plannerSettingsFrom(const Settings& settings);
// The age a year of birth gives today; none when the year is not given (0) or impossible.
std::optional<int> ageFrom(int birthYear, QDate today);
} // namespace knotmap
