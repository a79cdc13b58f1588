// SPDX-License-Identifier: GPL-3.0-or-later
// The plan as the command line and other programs read it: JSON and plain text; and the planner's settings
// as the person set them.
#include "Planner.h"

#include "i18n/TranslateIn.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace knotmap {

namespace {} // namespace

QJsonObject planToJson(const RoutinePlan& plan)
{
    QJsonArray steps;
    for (const PlanStep& s : plan.steps) {
        steps.append(QJsonObject{{QStringLiteral("region"), s.region},
                                 {QStringLiteral("spot"), s.spotKey},
                                 {QStringLiteral("technique"), s.technique},
                                 {QStringLiteral("hold_s"), s.holdSeconds},
                                 {QStringLiteral("repeats"), s.repeats},
                                 {QStringLiteral("times_per_day"), s.timesPerDay},
                                 {QStringLiteral("why"), s.why},
                                 {QStringLiteral("aftercare"), s.aftercare}});
    }
    QJsonArray notices;
    for (const ProfessionalNotice& n : plan.notices) {
        notices.append(QJsonObject{{QStringLiteral("reason"), n.reason},
                                   {QStringLiteral("regions"), QJsonArray::fromStringList(n.regions)},
                                   {QStringLiteral("message"), n.message},
                                   {QStringLiteral("urgent"), n.urgent()},
                                   {QStringLiteral("level"), flagLevelKey(n.level)},
                                   {QStringLiteral("blocks_pressure"), n.blocksPressure}});
    }
    return {{QStringLiteral("date"), plan.date.toString(Qt::ISODate)},
            {QStringLiteral("minutes"), plan.minutes},
            {QStringLiteral("stopped_by"),
             plan.stoppedBy ? QJsonValue(flagLevelKey(*plan.stoppedBy)) : QJsonValue()},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("see_professional"), notices},
            {QStringLiteral("hints"), QJsonArray::fromStringList(plan.hints)}};
}

QString planToText(const RoutinePlan& plan, const BodyAtlas& atlas, const RoutineCatalogue& catalogue)
{
    QString text = translateIn("Planner", "Self-release plan for %1 (%2 of %3 minutes)\n")
                       .arg(plan.date.toString(Qt::ISODate))
                       .arg(QLocale().toString(plan.totalSeconds() / 60.0, 'f', 1))
                       .arg(plan.minutes);
    text += translateIn("Planner", "KnotMap is a self-care aid, not a diagnosis.\n");
    for (const ProfessionalNotice& notice : plan.notices)
        text += QStringLiteral("\n! %1: %2\n").arg(flagLevelTitle(notice.level), notice.message);
    if (plan.stoppedBy)
        text += translateIn("Planner", "\nNo exercises today.\n");
    else if (plan.steps.isEmpty() && plan.hints.isEmpty())
        text += translateIn("Planner", "\nNothing to do today: no spot was rated in the last 7 days.\n");
    for (const QString& hint : plan.hints)
        text += QStringLiteral("\n* %1\n").arg(hint);
    int number = 1;
    for (const PlanStep& s : plan.steps) {
        text += QStringLiteral("\n%1. %2 — %3: %4\n   %5\n   Why: %6\n")
                    .arg(number++)
                    .arg(atlas.regionName(s.region), catalogue.techniqueName(s.technique),
                         doseText(s, catalogue), s.how, s.why);
        if (!s.aftercare.isEmpty())
            text += QStringLiteral("   %1\n").arg(s.aftercare);
    }
    return text;
}

QString doseText(const PlanStep& step, const RoutineCatalogue& catalogue, DoseWords words)
{
    const Technique* t = catalogue.technique(step.technique);
    // Strengthening is not a daily thing: the dose says how many days a week, not "1× a day".
    if (t && t->needsRestDays())
        return (words == DoseWords::Brief
                    ? translateIn("Planner", "%1 s × %2, %3–%4 days a week")
                    : translateIn("Planner", "%1 s × %2, on %3–%4 days a week, never two days running"))
            .arg(step.holdSeconds)
            .arg(step.repeats)
            .arg(t->daysPerWeek.min)
            .arg(t->daysPerWeek.max);
    return translateIn("Planner", "%1 s × %2, %3× a day")
        .arg(step.holdSeconds)
        .arg(step.repeats)
        .arg(step.timesPerDay);
}

std::optional<int> ageFrom(int birthYear, QDate today)
{
    // A year before 1900 or after today is no age at all; the age is the one reached this year, which errs
    // toward the older dose for a few months, the safer side for a stretch.
    if (birthYear < 1900 || birthYear > today.year())
        return std::nullopt;
    return today.year() - birthYear;
}

PlannerSettings plannerSettingsFrom(const Settings& settings)
{
    PlannerSettings result;
    result.minutes = settings.value(SettingKey::RoutineMinutes).toInt(); // Settings keeps it in its range
    for (const QString& key : settings.value(SettingKey::RoutineTools).toStringList()) {
        if (const auto tool = toolFromKey(key); tool && *tool != Tool::None)
            result.tools.insert(*tool);
    }
    for (const QString& key : settings.value(SettingKey::RoutineSymptoms).toStringList()) {
        if (const auto symptom = symptomFromKey(key))
            result.symptoms.append(*symptom);
    }
    result.age = ageFrom(settings.value(SettingKey::BirthYear).toInt(), QDate::currentDate());
    return result;
}

} // namespace knotmap
