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

TEST_F(RedFlags, NumbnessOrTinglingInTheLastTwoWeeks)
{
    rate("splenius-left", 13, 4, Quality::Numb);
    rate("piriformis-right", 2, 4, Quality::Tingling);
    rate("rhomboids-left", 14, 4, Quality::Numb); // 15 days ago counting today: too old
    rate("rhomboids-right", 1, 4, Quality::Burning);
    const QList<ProfessionalNotice> notices = findRedFlags(*store, today, {});
    ASSERT_EQ(reasons(notices), QStringList{QStringLiteral("numbness-or-tingling")});
    EXPECT_EQ(notices[0].regions,
              (QStringList{QStringLiteral("piriformis-right"), QStringLiteral("splenius-left")}));
    EXPECT_FALSE(pressureAllowed(notices, QStringLiteral("splenius-left")));
    EXPECT_TRUE(pressureAllowed(notices, QStringLiteral("rhomboids-left")));
}

TEST_F(RedFlags, NothingTriggersOnOrdinaryKnots)
{
    rateDaily("upper-trapezius-left", 14, 6, Quality::Aching);
    EXPECT_TRUE(findRedFlags(*store, today, {}).isEmpty());
}

TEST_F(RedFlags, EachTickedSymptomTriggersAndBladderTroubleIsUrgent)
{
    for (Symptom symptom : allSymptoms()) {
        const QList<ProfessionalNotice> notices = findRedFlags(*store, today, {symptom});
        ASSERT_EQ(notices.size(), 1) << symptomKey(symptom).toStdString();
        EXPECT_EQ(notices[0].reason, QStringLiteral("symptom-") + symptomKey(symptom));
        EXPECT_EQ(notices[0].urgent, symptom == Symptom::BladderBowel);
        EXPECT_FALSE(pressureAllowed(notices, QStringLiteral("gluteus-maximus-left")));
        EXPECT_FALSE(notices[0].message.isEmpty());
        EXPECT_FALSE(symptomText(symptom).isEmpty());
        EXPECT_EQ(symptomFromKey(symptomKey(symptom)), symptom);
    }
}

TEST_F(RedFlags, SevereOnTenOfFourteenDays)
{
    // Ten severe days (7 and 8 on one day average 7.5); the region next door only nine.
    for (int d = 0; d < 10; ++d)
        rate("levator-scapulae-right", d, 7);
    rate("levator-scapulae-right", 4, 8, Quality::None, 18);
    for (int d = 10; d < 14; ++d)
        rate("levator-scapulae-right", d, 3);
    for (int d = 0; d < 9; ++d)
        rate("upper-trapezius-right", d, 9);
    rate("upper-trapezius-right", 9, 6); // a mean of 6 that day: not severe
    const QList<ProfessionalNotice> notices = findRedFlags(*store, today, {});
    ASSERT_EQ(reasons(notices), QStringList{QStringLiteral("persistent-severe-pain")});
    EXPECT_EQ(notices[0].regions, QStringList{QStringLiteral("levator-scapulae-right")});
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
