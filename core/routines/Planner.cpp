// SPDX-License-Identifier: GPL-3.0-or-later
#include "Planner.h"

#include "WhatHelps.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <cmath>
#include <numeric>

namespace knotmap {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Planner", text);
}

enum class Band { Low, Moderate, High };

Band bandOf(int intensity)
{
    return intensity >= 7 ? Band::High : intensity >= 4 ? Band::Moderate : Band::Low;
}

// What the last 7 days say about one spot.
struct SpotWeek
{
    Spot spot;
    int latest = 0;
    int daysRated = 0;
    double mean = 0;
    double burden = 0; // sum of daily means: how often and how badly
};

QList<SpotWeek> lastWeek(const KnotStore& store, QDate date)
{
    QHash<qint64, Spot> spots;
    for (const Spot& spot : store.spots())
        spots.insert(spot.id, spot);
    QHash<qint64, QHash<QDate, std::pair<int, int>>> days; // spot -> day -> (sum, count)
    QHash<qint64, Rating> latest;
    for (const Rating& rating : store.ratingsOnLocalDays(date.addDays(-6), date)) {
        if (!spots.contains(rating.spotId))
            continue; // archived
        auto& day = days[rating.spotId][rating.recordedAt.localDate()];
        day.first += rating.intensity;
        day.second += 1;
        latest.insert(rating.spotId, rating); // ratings arrive oldest first
    }
    QList<SpotWeek> weeks;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        SpotWeek week{spots.value(it.key()), latest.value(it.key()).intensity, int(it.value().size()), 0, 0};
        int sum = 0, count = 0;
        for (const auto& [daySum, dayCount] : it.value()) {
            week.burden += double(daySum) / dayCount;
            sum += daySum;
            count += dayCount;
        }
        week.mean = double(sum) / count;
        weeks.append(week);
    }
    std::sort(weeks.begin(), weeks.end(), [](const SpotWeek& a, const SpotWeek& b) {
        if (std::abs(a.burden - b.burden) > 1e-9)
            return a.burden > b.burden;
        if (a.latest != b.latest)
            return a.latest > b.latest;
        return a.spot.key < b.spot.key;
    });
    return weeks;
}

bool fitsBand(const Technique& t, Band band)
{
    switch (band) {
    case Band::High:
        return t.gentle;
    case Band::Moderate:
        return t.kind == TechniqueKind::Pressure || t.kind == TechniqueKind::Rolling ||
               t.kind == TechniqueKind::Stretch;
    case Band::Low:
        return t.kind == TechniqueKind::Strengthen || t.kind == TechniqueKind::Stretch;
    }
    return false;
}

// The order of preference within a band before this person's own results are counted.
int basePreference(const Technique& t, Band band)
{
    switch (band) {
    case Band::High:
        return t.kind == TechniqueKind::Stretch ? 0 : t.kind == TechniqueKind::Heat ? 1 : 2;
    case Band::Moderate:
        return t.kind == TechniqueKind::Pressure  ? (t.tool == Tool::Ball ? 0 : 1)
               : t.kind == TechniqueKind::Rolling ? 2
                                                  : 3;
    case Band::Low:
        return t.kind == TechniqueKind::Strengthen ? 0 : 1;
    }
    return 9;
}

QString whyFor(const SpotWeek& week, QString name, Band band)
{
    if (!name.isEmpty())
        name[0] = name[0].toLower();
    QString why = tr("%1: rated %2 on %3 of the last 7 days")
                      .arg(name)
                      .arg(int(std::lround(week.mean)))
                      .arg(week.daysRated);
    if (band == Band::High)
        why += tr("; it is high now, so gentle work");
    else if (band == Band::Low)
        why += tr("; it is easing, so build strength");
    return why;
}

} // namespace

int RoutinePlan::totalSeconds() const
{
    int total = 0;
    for (const PlanStep& step : steps)
        total += step.seconds();
    return total;
}

RoutinePlan planRoutine(const KnotStore& store, const RoutineCatalogue& catalogue, QDate date,
                        const PlannerSettings& settings)
{
    RoutinePlan plan;
    plan.date = date;
    plan.minutes = settings.minutes;
    plan.notices = findRedFlags(store, date, settings.symptoms);

    // This person's own results: the mean fall in pain right after each technique on each spot.
    QHash<QString, double> eased; // "spotId/technique" -> mean (before − after)
    for (const HelpStats& stats : whatHelps(store)) {
        if (stats.meanChange)
            eased.insert(QString::number(stats.spotId) + QLatin1Char('/') + stats.technique,
                         -*stats.meanChange);
    }

    // Candidate steps per spot, best first.
    QList<QList<PlanStep>> perSpot;
    for (const SpotWeek& week : lastWeek(store, date)) {
        const AtlasRegion* region = store.atlas().region(week.spot.region);
        const Band band = bandOf(week.latest);
        const bool pressureOk = pressureAllowed(plan.notices, week.spot.region);
        QList<std::pair<double, int>> scores;
        QList<PlanStep> candidates;
        for (const MuscleStep& muscleStep : catalogue.stepsFor(region ? region->muscle : QString())) {
            const Technique* t = catalogue.technique(muscleStep.technique);
            if (!t || !fitsBand(*t, band) || (t->pressesOnTissue() && !pressureOk) ||
                (t->tool != Tool::None && !settings.tools.contains(t->tool)))
                continue;
            PlanStep step{week.spot.region,
                          week.spot.id,
                          week.spot.key,
                          t->id,
                          t->holdSeconds.preferred,
                          t->repeats.preferred,
                          t->restSeconds,
                          t->timesPerDay.preferred,
                          whyFor(week, store.atlas().regionName(week.spot.region), band),
                          muscleStep.how};
            const double helped = eased.value(QString::number(week.spot.id) + QLatin1Char('/') + t->id, 0.0);
            scores.append({-helped, basePreference(*t, band)});
            candidates.append(step);
        }
        QList<int> order(candidates.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores[a] < scores[b]; });
        QList<PlanStep> best;
        for (int i : order) {
            // Two different kinds of work per spot at most, e.g. pressure then a stretch.
            if (best.size() < 2 && (best.isEmpty() || catalogue.technique(best[0].technique)->kind !=
                                                          catalogue.technique(candidates[i].technique)->kind))
                best.append(candidates[i]);
        }
        if (!best.isEmpty())
            perSpot.append(best);
    }

    // Fill the time: every hotspot's first step in order, then second steps; shorten to the fewest
    // repeats before leaving a step out.
    const int budget = settings.minutes * 60;
    int used = 0;
    const auto tryAdd = [&](PlanStep step) {
        const Technique* t = catalogue.technique(step.technique);
        if (used + step.seconds() > budget)
            step.repeats = t->repeats.min;
        if (used + step.seconds() > budget)
            return;
        used += step.seconds();
        plan.steps.append(step);
    };
    for (int round = 0; round < 2; ++round) {
        for (const QList<PlanStep>& steps : std::as_const(perSpot)) {
            if (round < steps.size())
                tryAdd(steps[round]);
        }
    }

    // Head to hips, then left before right.
    std::stable_sort(plan.steps.begin(), plan.steps.end(), [&](const PlanStep& a, const PlanStep& b) {
        const AtlasRegion* ra = store.atlas().region(a.region);
        const AtlasRegion* rb = store.atlas().region(b.region);
        const qreal ya = ra ? ra->labelPoint.y() : 1, yb = rb ? rb->labelPoint.y() : 1;
        if (std::abs(ya - yb) > 1e-9)
            return ya < yb;
        return (ra ? ra->labelPoint.x() : 0) < (rb ? rb->labelPoint.x() : 0);
    });
    return plan;
}

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
                                 {QStringLiteral("why"), s.why}});
    }
    QJsonArray notices;
    for (const ProfessionalNotice& n : plan.notices) {
        notices.append(QJsonObject{{QStringLiteral("reason"), n.reason},
                                   {QStringLiteral("regions"), QJsonArray::fromStringList(n.regions)},
                                   {QStringLiteral("message"), n.message},
                                   {QStringLiteral("urgent"), n.urgent}});
    }
    return {{QStringLiteral("date"), plan.date.toString(Qt::ISODate)},
            {QStringLiteral("minutes"), plan.minutes},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("see_professional"), notices}};
}

QString planToText(const RoutinePlan& plan, const BodyAtlas& atlas, const RoutineCatalogue& catalogue)
{
    QString text = tr("Self-release plan for %1 (%2 of %3 minutes)\n")
                       .arg(plan.date.toString(Qt::ISODate))
                       .arg(QString::number(plan.totalSeconds() / 60.0, 'f', 1))
                       .arg(plan.minutes);
    text += tr("KnotMap is a self-care aid, not a diagnosis.\n");
    for (const ProfessionalNotice& notice : plan.notices)
        text += QStringLiteral("\n! ") + notice.message + QLatin1Char('\n');
    if (plan.steps.isEmpty())
        text += tr("\nNothing to do today: no spot was rated in the last 7 days.\n");
    int number = 1;
    for (const PlanStep& s : plan.steps) {
        text += QStringLiteral("\n%1. %2 — %3: %4 s × %5, %6× a day\n   %7\n   Why: %8\n")
                    .arg(number++)
                    .arg(atlas.regionName(s.region), catalogue.techniqueName(s.technique))
                    .arg(s.holdSeconds)
                    .arg(s.repeats)
                    .arg(s.timesPerDay)
                    .arg(s.how, s.why);
    }
    return text;
}

} // namespace knotmap

#include "settings/Settings.h"

namespace knotmap {

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
    return result;
}

} // namespace knotmap
