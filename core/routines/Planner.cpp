// SPDX-License-Identifier: GPL-3.0-or-later
#include "Planner.h"

#include "domain/ShownText.h"
#include "i18n/TranslateIn.h"

#include "FeltSources.h"
#include "PlanWeek.h"
#include "WhatHelps.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>
#include <limits>
#include <numeric>

namespace knotmap {

namespace {

enum class Band { Low, Moderate, High };

Band bandOf(int intensity)
{
    return intensity >= 7 ? Band::High : intensity >= 4 ? Band::Moderate : Band::Low;
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

// `feltWhy`: why felt pain puts this knot first, when it does; it says how the knot was rated too.
QString whyFor(const SpotWeek& week, const QString& placeName, Band band, const QString& feltWhy)
{
    const QString name = lowerFirst(placeName);
    // A place on the body: the knot is felt there; the muscle under it is a possible source.
    QString why = !feltWhy.isEmpty()
                      ? feltWhy
                      : QCoreApplication::translate(
                            "Planner", "The area over the %1: rated on %n of the last 7 days, mean %2", "",
                            week.daysRated)
                            .arg(name)
                            .arg(int(std::lround(week.mean)));
    // The latest score picks the kind of work; one score says nothing about a trend, so the words do not
    // either.
    if (band == Band::High)
        why += translateIn("Planner", "; the latest score is 7 or more, so gentle work only");
    else if (band == Band::Low)
        why += translateIn("Planner", "; the latest score is 3 or less, so strengthening and stretching");
    return why;
}

// The days in the 6 before `date` on which each region was strengthened: strengthening keeps a rest day
// between sessions and to its days a week.
QHash<QString, QSet<QDate>> strengthenedDays(const KnotStore& store, const RoutineCatalogue& catalogue,
                                             QDate date)
{
    QHash<QString, QSet<QDate>> days;
    for (const LoggedStep& step : store.routineLog(date.addDays(-6), date.addDays(-1))) {
        const Technique* t = catalogue.technique(step.technique);
        if (t && t->needsRestDays())
            days[step.region].insert(step.doneAt.localDate());
    }
    return days;
}

bool restDayNeeded(const Technique& t, const QSet<QDate>& done, QDate date)
{
    return t.needsRestDays() && (done.contains(date.addDays(-1)) || done.size() >= t.daysPerWeek.max);
}

} // namespace

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
    return planRoutine(store, catalogue, date, settings, whatHelps(store));
}

RoutinePlan planRoutine(const KnotStore& store, const RoutineCatalogue& catalogue, QDate date,
                        const PlannerSettings& settings, const QList<HelpStats>& helps)
{
    RoutinePlan plan;
    plan.date = date;
    plan.minutes = settings.minutes;
    plan.notices = findRedFlags(store, date, settings.symptoms);
    plan.stoppedBy = planStoppedBy(plan.notices);
    if (plan.stoppedBy)
        return plan; // an urgent or pausing sign: no exercise at all today, only the notice
    const QHash<QString, QSet<QDate>> strengthened = strengthenedDays(store, catalogue, date);

    // This person's own results: the mean fall in pain right after each technique on each spot.
    QHash<QString, double> eased; // "spotId/technique" -> mean (before − after)
    for (const HelpStats& stats : helps) {
        if (stats.meanChange)
            eased.insert(QString::number(stats.spotId) + QLatin1Char('/') + stats.technique,
                         -*stats.meanChange);
    }

    // Felt pain is never pressed on: it brings the knots that may refer it to the front of the plan, or a
    // hint where to search when no tender knot is marked there yet.
    QList<SpotWeek> weeks = lastWeek(store, date);
    const FeltPainInPlan felt = feltPainInPlan(store, weeks, plan.notices);
    plan.hints = felt.hints;
    const auto priorityOf = [&](qint64 spotId) {
        return felt.sources.contains(spotId) ? felt.sources.value(spotId).priority
                                             : std::numeric_limits<int>::max();
    };
    std::stable_sort(weeks.begin(), weeks.end(), [&](const SpotWeek& a, const SpotWeek& b) {
        return priorityOf(a.spot.id) < priorityOf(b.spot.id);
    });

    // Candidate steps per spot, best first.
    QList<QList<PlanStep>> perSpot;
    for (const SpotWeek& week : std::as_const(weeks)) {
        if (week.spot.kind != SpotKind::Knot)
            continue;
        const AtlasRegion* region = store.atlas().region(week.spot.region);
        const Band band = bandOf(week.latest);
        const bool pressureOk = pressureAllowed(plan.notices, week.spot.region);
        QList<std::pair<double, int>> scores;
        QList<PlanStep> candidates;
        for (const MuscleStep& muscleStep : catalogue.stepsFor(region ? region->muscle : QString())) {
            const Technique* t = catalogue.technique(muscleStep.technique);
            if (!t || !fitsBand(*t, band) || (t->pressesOnTissue() && !pressureOk) ||
                (t->tool != Tool::None && !settings.tools.contains(t->tool)) ||
                restDayNeeded(*t, strengthened.value(week.spot.region), date))
                continue;
            PlanStep step{
                week.spot.region,
                week.spot.id,
                week.spot.key,
                t->id,
                t->holdFor(settings.age).preferred,
                t->repeats.preferred,
                t->restSeconds,
                t->timesPerDay.preferred,
                whyFor(week, store.placeName(week.spot.region), band, felt.sources.value(week.spot.id).why),
                muscleStep.how,
                t->aftercare};
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

    // The knots felt pain brought forward first, then head to hips, then left before right.
    std::stable_sort(plan.steps.begin(), plan.steps.end(), [&](const PlanStep& a, const PlanStep& b) {
        if (priorityOf(a.spotId) != priorityOf(b.spotId))
            return priorityOf(a.spotId) < priorityOf(b.spotId);
        const AtlasRegion* ra = store.atlas().region(a.region);
        const AtlasRegion* rb = store.atlas().region(b.region);
        const qreal ya = ra ? ra->labelPoint.y() : 1, yb = rb ? rb->labelPoint.y() : 1;
        if (std::abs(ya - yb) > 1e-9)
            return ya < yb;
        return (ra ? ra->labelPoint.x() : 0) < (rb ? rb->labelPoint.x() : 0);
    });
    return plan;
}

} // namespace knotmap
