// SPDX-License-Identifier: GPL-3.0-or-later
// Every red-flag rule, triggering and not triggering.
#include "RoutineTestSupport.h"

using namespace knotmap;
using namespace knotmap::test;

using RedFlags = RoutineFixture;

namespace {
QStringList reasons(const QList<ProfessionalNotice>& notices)
{
    QStringList keys;
    for (const ProfessionalNotice& n : notices)
        keys.append(n.reason);
    return keys;
}
} // namespace

TEST_F(RedFlags, NerveSignsStayUntilThePersonSaysTheyHaveGone)
{
    rate("splenius-left", 13, 4, Quality::Numb);
    rate("piriformis-right", 2, 4, Quality::Tingling);
    rate("rhomboids-left", 40, 4, Quality::Shooting); // long ago, and never said to be gone: still counts
    rate("rhomboids-right", 1, 4, Quality::Burning);
    QList<ProfessionalNotice> notices = findRedFlags(*store, today, {});
    ASSERT_EQ(reasons(notices), QStringList{QStringLiteral("numbness-or-tingling")});
    EXPECT_EQ(notices[0].regions,
              (QStringList{QStringLiteral("piriformis-right"), QStringLiteral("rhomboids-left"),
                           QStringLiteral("splenius-left")}));
    EXPECT_EQ(notices[0].level, FlagLevel::SeeSoon);
    EXPECT_TRUE(notices[0].message.contains(
        QStringLiteral("in the areas over the right piriformis, the left rhomboids and the left splenius.")))
        << notices[0].message.toStdString();
    EXPECT_FALSE(pressureAllowed(notices, QStringLiteral("splenius-left")));
    EXPECT_TRUE(pressureAllowed(notices, QStringLiteral("rhomboids-right")));

    // The person says it has gone: the notice goes, until a nerve-type score is rated again.
    ASSERT_TRUE(store->clearFlag(QStringLiteral("numbness-or-tingling"), at(0, 8)));
    EXPECT_TRUE(findRedFlags(*store, today, {}).isEmpty());
    rate("splenius-right", 0, 3, Quality::Shooting, 10);
    notices = findRedFlags(*store, today, {});
    ASSERT_EQ(reasons(notices), QStringList{QStringLiteral("numbness-or-tingling")});
    EXPECT_EQ(notices[0].regions, QStringList{QStringLiteral("splenius-right")});
}

TEST_F(RedFlags, NothingTriggersOnOrdinaryKnots)
{
    rateDaily("upper-trapezius-left", 14, 6, Quality::Aching);
    EXPECT_TRUE(findRedFlags(*store, today, {}).isEmpty());
}

TEST_F(RedFlags, EveryChecklistItemHasItsKeyWordsAndLevel)
{
    // The list, by level: urgent ones stop the plan, a pause stops today's exercise, the rest take
    // pressure away.
    const QStringList urgent = {QStringLiteral("bladder-bowel"),          QStringLiteral("both-legs"),
                                QStringLiteral("progressive-weakness"),   QStringLiteral("neck-neuro"),
                                QStringLiteral("sudden-severe-headache"), QStringLiteral("chest-pain")};
    const QStringList pause = {QStringLiteral("fever")};
    const QStringList soon = {QStringLiteral("weakness"),
                              QStringLiteral("weight-loss"),
                              QStringLiteral("cancer-history"),
                              QStringLiteral("after-injury"),
                              QStringLiteral("night-pain"),
                              QStringLiteral("new-pain-over-50"),
                              QStringLiteral("osteoporosis-steroids"),
                              QStringLiteral("immunity"),
                              QStringLiteral("daily-activities")};
    EXPECT_EQ(allSymptoms().size(), urgent.size() + pause.size() + soon.size());
    for (Symptom symptom : allSymptoms()) {
        const QString key = symptomKey(symptom);
        const FlagLevel expected = urgent.contains(key)  ? FlagLevel::Urgent
                                   : pause.contains(key) ? FlagLevel::Pause
                                                         : FlagLevel::SeeSoon;
        EXPECT_TRUE(urgent.contains(key) || pause.contains(key) || soon.contains(key)) << key.toStdString();
        const QList<ProfessionalNotice> notices = findRedFlags(*store, today, {symptom});
        ASSERT_EQ(notices.size(), 1) << key.toStdString();
        EXPECT_EQ(notices[0].reason, QStringLiteral("symptom-") + key);
        EXPECT_EQ(notices[0].level, expected) << key.toStdString();
        EXPECT_EQ(symptomLevel(symptom), expected);
        EXPECT_FALSE(pressureAllowed(notices, QStringLiteral("gluteus-maximus-left")));
        EXPECT_FALSE(notices[0].message.isEmpty());
        EXPECT_FALSE(symptomText(symptom).isEmpty());
        EXPECT_EQ(symptomFromKey(key), symptom);
        // Urgent words say what to do now and whom to call; none of them names a diagnosis.
        if (expected == FlagLevel::Urgent) {
            EXPECT_TRUE(notices[0].message.contains(QStringLiteral("emergency"))) << key.toStdString();
        }
        EXPECT_FALSE(notices[0].message.contains(QStringLiteral("not a knot"))) << key.toStdString();
    }
    // The most serious first, whatever the order they were ticked in.
    const QList<ProfessionalNotice> mixed =
        findRedFlags(*store, today, {Symptom::NightPain, Symptom::Fever, Symptom::ChestPain});
    ASSERT_EQ(mixed.size(), 3);
    EXPECT_EQ(mixed[0].level, FlagLevel::Urgent);
    EXPECT_EQ(mixed[1].level, FlagLevel::Pause);
    EXPECT_EQ(planStoppedBy(mixed), FlagLevel::Urgent);
}

TEST_F(RedFlags, SevereOnMostRatedDaysEvenWhenRatedEveryOtherDay)
{
    // 9/10 every other day: 7 rated days, all severe. Calendar days would count only 7 of 14.
    for (int d = 0; d < 14; d += 2)
        rate("levator-scapulae-right", d, 9);
    // 5 severe days of 9 rated (7 and 8 on one day make a daily mean of 7.5): most of them.
    for (int d = 0; d < 5; ++d)
        rate("upper-trapezius-right", d, 7);
    rate("upper-trapezius-right", 2, 8, Quality::None, 18);
    for (int d = 5; d < 9; ++d)
        rate("upper-trapezius-right", d, 5);
    // 4 severe days of 9: not most of them.
    for (int d = 0; d < 4; ++d)
        rate("rhomboids-left", d, 8);
    for (int d = 4; d < 9; ++d)
        rate("rhomboids-left", d, 4);
    // 3 severe days of 3: too few days to say it persists.
    for (int d = 0; d < 3; ++d)
        rate("piriformis-left", d, 9);
    // A day whose mean is below 7 is not severe, however high one score was: 9 and 4 make 6.5.
    for (int d = 0; d < 4; ++d) {
        rate("teres-major-left", d, 9);
        rate("teres-major-left", d, 4, Quality::None, 18);
    }
    const QList<ProfessionalNotice> notices = findRedFlags(*store, today, {});
    ASSERT_EQ(reasons(notices), QStringList{QStringLiteral("persistent-severe-pain")});
    EXPECT_EQ(notices[0].regions, (QStringList{QStringLiteral("levator-scapulae-right"),
                                               QStringLiteral("upper-trapezius-right")}));
    EXPECT_EQ(notices[0].level, FlagLevel::SeeSoon);
}

TEST_F(RedFlags, WorseOverFourWeeksWhileDoingTheRoutines)
{
    // 3 in the first two weeks, 6 in the last two: worse (+100%, 3 points).
    for (int d = 27; d >= 14; --d)
        rate("quadratus-lumborum-left", d, 3);
    for (int d = 13; d >= 0; --d)
        rate("quadratus-lumborum-left", d, 6);
    EXPECT_TRUE(findRedFlags(*store, today, {}).isEmpty()) << "worse, but no routines were done";

    const qint64 spot = store->spotByKey(QStringLiteral("quadratus-lumborum-left-1"))->id;
    logStep(spot, QStringLiteral("manual-pressure"), 10, 6, 5);
    const QList<ProfessionalNotice> notices = findRedFlags(*store, today, {});
    ASSERT_EQ(reasons(notices), QStringList{QStringLiteral("worse-despite-routines")});
    EXPECT_EQ(notices[0].regions, QStringList{QStringLiteral("quadratus-lumborum-left")});
    EXPECT_FALSE(pressureAllowed(notices, QStringLiteral("quadratus-lumborum-left")));
}

TEST_F(RedFlags, RoutinesWithImprovingPainAreFine)
{
    for (int d = 27; d >= 14; --d)
        rate("quadratus-lumborum-left", d, 6);
    for (int d = 13; d >= 0; --d)
        rate("quadratus-lumborum-left", d, 3);
    logStep(store->spotByKey(QStringLiteral("quadratus-lumborum-left-1"))->id, QStringLiteral("stretch"), 10,
            5, 3);
    EXPECT_TRUE(findRedFlags(*store, today, {}).isEmpty());
}

TEST_F(RedFlags, AMildScoreGoingFrom1To2IsNotWorthAWarning)
{
    // Worse by the verdict's rule (a 1-point rise from a baseline of 1), but pain is still mild.
    for (int d = 27; d >= 14; --d)
        rate("rhomboids-left", d, 1);
    for (int d = 13; d >= 0; --d)
        rate("rhomboids-left", d, 2);
    logStep(store->spotByKey(QStringLiteral("rhomboids-left-1"))->id, QStringLiteral("stretch"), 10, 2, 2);
    EXPECT_FALSE(reasons(findRedFlags(*store, today, {})).contains(QStringLiteral("worse-despite-routines")));
}

TEST_F(RedFlags, NoImprovementAfterFourWeeksOfRoutines)
{
    for (int d = 27; d >= 0; --d)
        rate("quadratus-lumborum-left", d, 5);
    const qint64 spot = store->spotByKey(QStringLiteral("quadratus-lumborum-left-1"))->id;
    // Routines in the last two weeks only: too soon to say they did not help.
    logStep(spot, QStringLiteral("stretch"), 12, 5, 5);
    logStep(spot, QStringLiteral("stretch"), 3, 5, 5);
    EXPECT_TRUE(findRedFlags(*store, today, {}).isEmpty());
    // In each of the four weeks: a month of self-care and no clear change.
    logStep(spot, QStringLiteral("stretch"), 26, 5, 5);
    logStep(spot, QStringLiteral("stretch"), 19, 5, 5);
    const QList<ProfessionalNotice> notices = findRedFlags(*store, today, {});
    ASSERT_EQ(reasons(notices), QStringList{QStringLiteral("no-improvement-with-routines")});
    EXPECT_FALSE(notices[0].blocksPressure);
    EXPECT_EQ(notices[0].level, FlagLevel::SeeSoon);
}

TEST_F(RedFlags, ImprovingPainAfterFourWeeksOfRoutinesRaisesNothing)
{
    for (int d = 27; d >= 14; --d)
        rate("quadratus-lumborum-left", d, 6);
    for (int d = 13; d >= 0; --d)
        rate("quadratus-lumborum-left", d, 3);
    const qint64 spot = store->spotByKey(QStringLiteral("quadratus-lumborum-left-1"))->id;
    for (int d : {26, 19, 12, 5})
        logStep(spot, QStringLiteral("stretch"), d, 5, 4);
    EXPECT_TRUE(findRedFlags(*store, today, {}).isEmpty());
}
