// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's choices, scenario by scenario.
#include "RoutineTestSupport.h"

#include <QJsonArray>

using namespace knotmap;
using namespace knotmap::test;

using Planner = RoutineFixture;

namespace {
const Technique& techniqueOf(const PlanStep& step)
{
    return *standardCatalogue().technique(step.technique);
}
} // namespace

TEST_F(Planner, HotspotsComeFirstWhenTimeIsShort)
{
    rateDaily("upper-trapezius-left", 7, 6); // every day, moderate: the hotspot
    rateDaily("gluteus-medius-right", 2, 5); // two days
    rate("rhomboids-right", 3, 4);           // once
    PlannerSettings tight;
    tight.minutes = 2; // room for two shortened steps: the hotspot's and the next one's
    const RoutinePlan plan = this->plan(tight);
    ASSERT_FALSE(plan.steps.isEmpty());
    EXPECT_EQ(plan.steps[0].region, QStringLiteral("upper-trapezius-left"));
    EXPECT_TRUE(techniquesFor(plan, QStringLiteral("rhomboids-right")).isEmpty());
    EXPECT_TRUE(plan.steps[0].why.startsWith(
        QStringLiteral("The area over the left upper trapezius: rated on 7 of the last 7 days, mean 6")))
        << plan.steps[0].why.toStdString();
}

TEST_F(Planner, TheTimeBudgetIsKeptAndDosesStayInTheCatalogueRanges)
{
    for (const char* region :
         {"upper-trapezius-left", "upper-trapezius-right", "levator-scapulae-right", "rhomboids-left",
          "infraspinatus-right", "quadratus-lumborum-right", "piriformis-left", "gluteus-maximus-left",
          "latissimus-dorsi-right", "suboccipitals-left"})
        rateDaily(region, 5, 5);
    rateDaily("teres-major-left", 4, 8);
    rateDaily("lower-trapezius-left", 4, 2);
    for (int minutes : {1, 2, 5, 10, 15, 30, 60}) {
        PlannerSettings settings;
        settings.minutes = minutes;
        settings.tools = {Tool::Ball, Tool::Roller};
        const RoutinePlan plan = this->plan(settings);
        EXPECT_LE(plan.totalSeconds(), minutes * 60) << minutes << " minutes";
        for (const PlanStep& step : plan.steps) {
            const Technique& t = techniqueOf(step);
            EXPECT_TRUE(t.holdSeconds.contains(step.holdSeconds)) << step.technique.toStdString();
            EXPECT_TRUE(t.repeats.contains(step.repeats)) << step.technique.toStdString();
            EXPECT_TRUE(t.timesPerDay.contains(step.timesPerDay)) << step.technique.toStdString();
            EXPECT_FALSE(step.how.isEmpty());
        }
        if (minutes >= 30) {
            EXPECT_GE(plan.steps.size(), 12);
        } // every spot gets its first step when there is time
    }
}

TEST_F(Planner, ThePlanRunsFromHeadToHips)
{
    rateDaily("gluteus-medius-left", 7, 6);
    rateDaily("suboccipitals-right", 3, 5);
    rateDaily("quadratus-lumborum-left", 5, 5);
    rateDaily("upper-trapezius-right", 2, 5);
    PlannerSettings roomy;
    roomy.minutes = 60;
    const RoutinePlan plan = this->plan(roomy);
    qreal lastY = -1;
    for (const PlanStep& step : plan.steps) {
        const qreal y = standardAtlas().region(step.region)->labelPoint.y();
        EXPECT_GE(y, lastY) << step.region.toStdString();
        lastY = y;
    }
    EXPECT_EQ(plan.steps.first().region, QStringLiteral("suboccipitals-right"));
    EXPECT_EQ(plan.steps.last().region, QStringLiteral("gluteus-medius-left"));
}

TEST_F(Planner, HowMuchItHurtsPicksTheKindOfWork)
{
    rateDaily("infraspinatus-left", 3, 8); // high: gentle only
    rateDaily("teres-major-right", 3, 5);  // moderate: sustained pressure
    rateDaily("rhomboids-left", 3, 2);     // low: strengthening
    PlannerSettings roomy;
    roomy.minutes = 60;
    const RoutinePlan plan = this->plan(roomy);
    for (const PlanStep& step : plan.steps) {
        const Technique& t = techniqueOf(step);
        if (step.region == QStringLiteral("infraspinatus-left")) {
            EXPECT_TRUE(t.gentle) << step.technique.toStdString();
        }
        if (step.region == QStringLiteral("rhomboids-left")) {
            EXPECT_TRUE(t.kind == TechniqueKind::Strengthen || t.kind == TechniqueKind::Stretch);
        }
    }
    EXPECT_EQ(techniquesFor(plan, QStringLiteral("teres-major-right")).value(0),
              QStringLiteral("manual-pressure"));
    EXPECT_EQ(techniquesFor(plan, QStringLiteral("rhomboids-left")).value(0), QStringLiteral("strengthen"));
    EXPECT_TRUE(plan.steps.constFirst().why.contains(QStringLiteral("gentle")) ||
                plan.steps.constLast().why.contains(QStringLiteral("strength")));
}

TEST_F(Planner, ToolsAreUsedOnlyWhenOwned)
{
    rateDaily("gluteus-maximus-left", 4, 5);
    PlannerSettings handsOnly;
    handsOnly.minutes = 30;
    for (const PlanStep& step : plan(handsOnly).steps) {
        EXPECT_EQ(techniqueOf(step).tool, Tool::None) << step.technique.toStdString();
    }
    PlannerSettings withBall = handsOnly;
    withBall.tools = {Tool::Ball};
    EXPECT_EQ(techniquesFor(plan(withBall), QStringLiteral("gluteus-maximus-left")).value(0),
              QStringLiteral("ball-pressure"));
}

TEST_F(Planner, WhatHelpedThisPersonRanksHigher)
{
    const qint64 spot = rate("infraspinatus-right", 20, 5);
    rateDaily("infraspinatus-right", 5, 5);
    // Stretching has eased this spot by 4 points three times; sustained pressure by nothing.
    for (int daysAgo : {12, 10, 8})
        logStep(spot, QStringLiteral("stretch"), daysAgo, 6, 2);
    for (int daysAgo : {11, 9})
        logStep(spot, QStringLiteral("manual-pressure"), daysAgo, 5, 5);
    PlannerSettings settings;
    settings.minutes = 30;
    EXPECT_EQ(techniquesFor(plan(settings), QStringLiteral("infraspinatus-right")).value(0),
              QStringLiteral("stretch"));
}

TEST_F(Planner, NoPressureOnARedFlagArea)
{
    rateDaily("quadratus-lumborum-right", 4, 5, Quality::Tingling);
    rateDaily("quadratus-lumborum-left", 4, 5);
    PlannerSettings settings;
    settings.minutes = 60;
    settings.tools = {Tool::Ball, Tool::Roller};
    const RoutinePlan plan = this->plan(settings);
    ASSERT_EQ(plan.notices.size(), 1);
    EXPECT_EQ(plan.notices[0].regions, QStringList{QStringLiteral("quadratus-lumborum-right")});
    for (const PlanStep& step : plan.steps) {
        if (step.region == QStringLiteral("quadratus-lumborum-right")) {
            EXPECT_FALSE(techniqueOf(step).pressesOnTissue()) << step.technique.toStdString();
        }
    }
    EXPECT_FALSE(
        techniquesFor(plan, QStringLiteral("quadratus-lumborum-right")).isEmpty()); // still a stretch
    bool leftPressure = false;
    for (const PlanStep& step : plan.steps)
        leftPressure = leftPressure || (step.region == QStringLiteral("quadratus-lumborum-left") &&
                                        techniqueOf(step).pressesOnTissue());
    EXPECT_TRUE(leftPressure) << "the other side still gets pressure work";
}

TEST_F(Planner, ASeeSoonSymptomTakesPressureOffEverywhereAndKeepsTheRest)
{
    rateDaily("upper-trapezius-left", 4, 5);
    rateDaily("rhomboids-right", 4, 2);
    PlannerSettings settings;
    settings.minutes = 30;
    settings.tools = {Tool::Ball, Tool::Roller};
    for (Symptom symptom : allSymptoms()) {
        if (symptomLevel(symptom) != FlagLevel::SeeSoon)
            continue;
        settings.symptoms = {symptom};
        const RoutinePlan plan = this->plan(settings);
        EXPECT_FALSE(plan.stoppedBy);
        ASSERT_FALSE(plan.steps.isEmpty()) << symptomKey(symptom).toStdString();
        for (const PlanStep& step : plan.steps)
            EXPECT_FALSE(techniqueOf(step).pressesOnTissue()) << symptomKey(symptom).toStdString();
    }
}

TEST_F(Planner, AnUrgentSignLeavesNoStepsAtAll)
{
    rateDaily("upper-trapezius-left", 4, 5);
    rateDaily("quadratus-lumborum-left", 4, 2); // low: strengthening, the side plank among them
    PlannerSettings settings;
    settings.minutes = 60;
    ASSERT_FALSE(plan(settings).steps.isEmpty());
    for (Symptom symptom : allSymptoms()) {
        if (symptomLevel(symptom) != FlagLevel::Urgent)
            continue;
        settings.symptoms = {Symptom::NightPain, symptom};
        const RoutinePlan plan = this->plan(settings);
        EXPECT_TRUE(plan.steps.isEmpty()) << symptomKey(symptom).toStdString();
        EXPECT_EQ(plan.stoppedBy, FlagLevel::Urgent);
        EXPECT_EQ(plan.notices.value(0).level, FlagLevel::Urgent);
        const QJsonObject json = planToJson(plan);
        EXPECT_EQ(json.value(QStringLiteral("steps")).toArray().size(), 0);
        EXPECT_EQ(json.value(QStringLiteral("stopped_by")).toString(), QStringLiteral("urgent"));
    }
}

TEST_F(Planner, AFeverPausesTheDayHeatAndStrengtheningIncluded)
{
    rateDaily("upper-trapezius-left", 4, 8);    // high: gentle work, warmth among it
    rateDaily("quadratus-lumborum-left", 4, 2); // low: strengthening
    PlannerSettings settings;
    settings.minutes = 60;
    settings.symptoms = {Symptom::Fever};
    const RoutinePlan plan = this->plan(settings);
    EXPECT_TRUE(plan.steps.isEmpty());
    EXPECT_EQ(plan.stoppedBy, FlagLevel::Pause);
    EXPECT_EQ(planToJson(plan).value(QStringLiteral("stopped_by")).toString(), QStringLiteral("pause"));
}

TEST_F(Planner, StrengtheningKeepsARestDayAndAtMostThreeDaysAWeek)
{
    rateDaily("lower-trapezius-left", 7, 2);
    rateDaily("lower-trapezius-right", 7, 2);
    PlannerSettings settings;
    settings.minutes = 60;
    const auto strengthens = [&](const char* region) {
        return techniquesFor(plan(settings), QString::fromLatin1(region))
            .contains(QStringLiteral("strengthen"));
    };
    ASSERT_TRUE(strengthens("lower-trapezius-left"));
    ASSERT_TRUE(strengthens("lower-trapezius-right"));

    const qint64 left = store->spotByKey(QStringLiteral("lower-trapezius-left-1"))->id;
    logStep(left, QStringLiteral("strengthen"), 1, 2, 2); // yesterday
    EXPECT_FALSE(strengthens("lower-trapezius-left")) << "never two days running";
    EXPECT_FALSE(techniquesFor(plan(settings), QStringLiteral("lower-trapezius-left")).isEmpty())
        << "the stretch stays";
    EXPECT_TRUE(strengthens("lower-trapezius-right")) << "the rest day is the muscle's own";

    const qint64 right = store->spotByKey(QStringLiteral("lower-trapezius-right-1"))->id;
    logStep(right, QStringLiteral("strengthen"), 6, 2, 2);
    logStep(right, QStringLiteral("strengthen"), 4, 2, 2);
    EXPECT_TRUE(strengthens("lower-trapezius-right")) << "two days this week, the last one two days ago";
    logStep(right, QStringLiteral("strengthen"), 2, 2, 2);
    EXPECT_FALSE(strengthens("lower-trapezius-right")) << "three days in the last week already";
}

TEST_F(Planner, AStrengtheningDoseSaysDaysAWeekNotTimesADay)
{
    rateDaily("lower-trapezius-left", 7, 2);
    PlannerSettings settings;
    settings.minutes = 60;
    const RoutinePlan plan = this->plan(settings);
    bool sawStrengthening = false;
    for (const PlanStep& step : plan.steps) {
        const QString dose = doseText(step, standardCatalogue());
        if (step.technique == QStringLiteral("strengthen")) {
            sawStrengthening = true;
            EXPECT_EQ(dose, QStringLiteral("5 s × 10, on 2–3 days a week, never two days running"));
            EXPECT_EQ(doseText(step, standardCatalogue(), DoseWords::Brief),
                      QStringLiteral("5 s × 10, 2–3 days a week"));
        } else {
            EXPECT_TRUE(dose.endsWith(QStringLiteral("× a day"))) << dose.toStdString();
        }
    }
    EXPECT_TRUE(sawStrengthening);
    EXPECT_TRUE(
        planToText(plan, standardAtlas(), standardCatalogue()).contains(QStringLiteral("days a week")));
}

TEST_F(Planner, OlderAdultsHoldStretchesLonger)
{
    rateDaily("levator-scapulae-left", 3, 8); // high: a gentle stretch comes first
    PlannerSettings settings;
    settings.minutes = 30;
    const auto stretchHold = [&](std::optional<int> age) {
        settings.age = age;
        for (const PlanStep& step : plan(settings).steps) {
            if (step.technique == QStringLiteral("stretch"))
                return step.holdSeconds;
        }
        return -1;
    };
    EXPECT_EQ(stretchHold(std::nullopt), 30);
    EXPECT_EQ(stretchHold(64), 30);
    EXPECT_EQ(stretchHold(65), 60);
    EXPECT_EQ(ageFrom(1961, QDate(2026, 6, 30)), 65);
    EXPECT_EQ(ageFrom(0, QDate(2026, 6, 30)), std::nullopt);
    EXPECT_EQ(ageFrom(2027, QDate(2026, 6, 30)), std::nullopt);
}

TEST_F(Planner, PressureStepsSaySomeSorenessIsCommon)
{
    rateDaily("upper-trapezius-left", 4, 5);
    PlannerSettings settings;
    settings.minutes = 30;
    settings.tools = {Tool::Ball};
    bool sawPressure = false;
    for (const PlanStep& step : plan(settings).steps) {
        if (techniqueOf(step).pressesOnTissue()) {
            sawPressure = true;
            EXPECT_TRUE(step.aftercare.contains(QStringLiteral("soreness")) ||
                        step.aftercare.contains(QStringLiteral("tenderness")))
                << step.aftercare.toStdString();
        } else {
            EXPECT_TRUE(step.aftercare.isEmpty()) << step.technique.toStdString();
        }
    }
    EXPECT_TRUE(sawPressure);
}

TEST_F(Planner, JsonCarriesTheStepsAndNotices)
{
    rateDaily("levator-scapulae-left", 3, 5, Quality::Numb);
    const QJsonObject json = planToJson(plan());
    EXPECT_EQ(json.value(QStringLiteral("date")).toString(), QStringLiteral("2026-06-30"));
    EXPECT_EQ(json.value(QStringLiteral("minutes")).toInt(), 15);
    const QJsonObject step = json.value(QStringLiteral("steps")).toArray().at(0).toObject();
    for (const char* key :
         {"region", "spot", "technique", "hold_s", "repeats", "times_per_day", "why", "aftercare"}) {
        EXPECT_TRUE(step.contains(QLatin1String(key))) << key;
    }
    const QJsonObject notice = json.value(QStringLiteral("see_professional")).toArray().at(0).toObject();
    EXPECT_EQ(notice.value(QStringLiteral("reason")).toString(), QStringLiteral("numbness-or-tingling"));
    EXPECT_EQ(notice.value(QStringLiteral("regions")).toArray(),
              QJsonArray{QStringLiteral("levator-scapulae-left")});
    EXPECT_EQ(notice.value(QStringLiteral("level")).toString(), QStringLiteral("see-soon"));
    EXPECT_EQ(notice.value(QStringLiteral("blocks_pressure")).toBool(false), true);
    EXPECT_FALSE(notice.value(QStringLiteral("urgent")).toBool(true));
    EXPECT_TRUE(json.value(QStringLiteral("stopped_by")).isNull());
}

TEST_F(Planner, NothingRatedThisWeekMeansNothingToDo)
{
    rate("rhomboids-left", 9, 6);
    EXPECT_TRUE(plan().steps.isEmpty());
}

// A knot marked right beside the lumbar spine (here L3, a finger's width out) lies on multifidus, where no
// pressure goes: whatever the score, the plan offers it no pressure and no rolling, but still something to
// do.
TEST_F(Planner, AKnotBesideTheLumbarSpineNeverGetsPressure)
{
    const QPointF besideL3(0.5 - 1.3 / (standardAtlas().aspect() * 101.5),
                           64.8 / 101.5); // see AtlasTest's cm()
    Rating first;
    first.recordedAt = at(3);
    first.intensity = 5;
    const auto created = store->createSpot(besideL3, first);
    ASSERT_TRUE(created) << created.error().toStdString();
    EXPECT_EQ(created->spot.region, QStringLiteral("multifidus-left"));
    PlannerSettings everything;
    everything.minutes = 60;
    everything.tools = {Tool::Ball, Tool::Roller};
    int hour = 8;
    for (int intensity : {5, 8, 2, 4}) { // moderate, high, low, moderate: each band's choice
        Rating rating;
        rating.spotId = created->spot.id;
        rating.recordedAt = at(0, hour++);
        rating.intensity = intensity;
        ASSERT_TRUE(store->addRating(rating));
        const QStringList steps = techniquesFor(plan(everything), QStringLiteral("multifidus-left"));
        EXPECT_FALSE(steps.isEmpty()) << intensity;
        for (const QString& technique : steps)
            EXPECT_FALSE(standardCatalogue().technique(technique)->pressesOnTissue())
                << technique.toStdString() << " at " << intensity;
    }
}
