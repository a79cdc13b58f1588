// SPDX-License-Identifier: GPL-3.0-or-later
// Felt pain in the plan (issue 12): never pressed on itself, treated through the knots that may refer it;
// numbness, tingling or shooting pain stays a red flag and is not read as referred pain.
#include "RoutineTestSupport.h"

#include <QJsonArray>

using namespace knotmap;
using namespace knotmap::test;

namespace {

class PlannerReferral : public RoutineFixture
{
protected:
    // Rates felt pain at a pain area (made on first use; the point on its view is not what is tested).
    qint64 feel(const char* area, int daysAgo, int intensity, Quality quality = Quality::None)
    {
        Rating rating;
        rating.recordedAt = at(daysAgo);
        rating.intensity = intensity;
        rating.quality = quality;
        const QString key = QString::fromLatin1(area) + QStringLiteral("-1");
        if (const auto spot = store->spotByKey(key)) {
            rating.spotId = spot->id;
            const auto added = store->addRating(rating);
            EXPECT_TRUE(added) << added.error().toStdString();
            return spot->id;
        }
        const auto created = store->createFeltSpot(QString::fromLatin1(area), QPointF(0.6, 0.1), rating);
        EXPECT_TRUE(created) << created.error().toStdString();
        return created ? created->spot.id : 0;
    }
    void feelDaily(const char* area, int days, int intensity, Quality quality = Quality::None)
    {
        for (int d = days - 1; d >= 0; --d)
            feel(area, d, intensity, quality);
    }
    static PlannerSettings roomy()
    {
        PlannerSettings settings;
        settings.minutes = 60;
        return settings;
    }
    static QString whyOf(const RoutinePlan& plan, const QString& region)
    {
        for (const PlanStep& step : plan.steps) {
            if (step.region == region)
                return step.why;
        }
        return {};
    }
};

const QString kTemple = QStringLiteral("temple-left");
const QString kUpperTrapezius = QStringLiteral("upper-trapezius-left");

} // namespace

TEST_F(PlannerReferral, TemplePainPutsATenderUpperTrapeziusKnotFirstAndSaysWhy)
{
    rateDaily("suboccipitals-right", 7, 5); // a heavier week, higher up: first without the temple pain
    rate("upper-trapezius-left", 3, 6);     // 4 days, mean 6: tender
    rate("upper-trapezius-left", 2, 6);
    rate("upper-trapezius-left", 1, 6);
    rate("upper-trapezius-left", 0, 6);
    EXPECT_EQ(plan(roomy()).steps.value(0).region, QStringLiteral("suboccipitals-right"));

    feelDaily("temple-left", 3, 5);
    const RoutinePlan plan = this->plan(roomy());
    ASSERT_FALSE(plan.steps.isEmpty());
    EXPECT_EQ(plan.steps[0].region, kUpperTrapezius);
    EXPECT_EQ(plan.steps[0].why,
              QStringLiteral("Pain at the left temple is often felt from the left upper trapezius; your knot "
                             "there was rated 6 on 4 of the last 7 days"));
    EXPECT_TRUE(plan.hints.isEmpty()) << plan.hints.join(QLatin1Char('\n')).toStdString();
    // The other knot keeps its usual reason.
    EXPECT_TRUE(
        whyOf(plan, QStringLiteral("suboccipitals-right")).startsWith(QStringLiteral("The area over")));
}

TEST_F(PlannerReferral, ALinkedKnotComesFirstEvenWhenItsMuscleRanksLower)
{
    // For the left temple the upper trapezius ranks before the cervical paraspinals (ReferralTest).
    const QList<ReferralCandidate> candidates = store->referral().candidates(kTemple);
    ASSERT_GE(candidates.size(), 2);
    EXPECT_EQ(candidates[0].region, kUpperTrapezius);
    rateDaily("upper-trapezius-left", 4, 6);
    const qint64 paraspinal = rate("cervical-paraspinals-left", 0, 4);
    const qint64 temple = feel("temple-left", 0, 5);
    ASSERT_TRUE(store->linkSpots(temple, paraspinal));

    const RoutinePlan plan = this->plan(roomy());
    ASSERT_GE(plan.steps.size(), 2);
    EXPECT_EQ(plan.steps[0].region, QStringLiteral("cervical-paraspinals-left"));
    EXPECT_EQ(
        plan.steps[0].why,
        QStringLiteral("You linked the pain at the left temple to your knot in the left cervical "
                       "paraspinals, which may explain it; the knot was rated 4 on 1 of the last 7 days"));
    // The tender candidate still comes before the rest of the plan, after the linked knot.
    const auto firstOther = std::find_if(plan.steps.cbegin(), plan.steps.cend(), [](const PlanStep& s) {
        return s.region != QStringLiteral("cervical-paraspinals-left");
    });
    ASSERT_NE(firstOther, plan.steps.cend());
    EXPECT_EQ(firstOther->region, kUpperTrapezius);
    EXPECT_TRUE(firstOther->why.startsWith(QStringLiteral("Pain at the left temple is often felt from")));
}

TEST_F(PlannerReferral, FeltPainWithNoTenderCandidateGivesAHintWhereToSearch)
{
    rateDaily("gluteus-medius-right", 3, 5);
    rate("upper-trapezius-left", 0, 2);  // rated, but not tender: 2 is in the low band
    rate("upper-trapezius-right", 0, 6); // tender, but the pain is on the other side
    feelDaily("temple-left", 2, 6);
    const RoutinePlan hinted = this->plan(roomy());
    ASSERT_EQ(hinted.hints.size(), 1);
    EXPECT_TRUE(hinted.hints[0].startsWith(QStringLiteral(
        "Pain at the left temple may be felt from a knot in the left upper trapezius, the left "
        "suboccipitals or the left cervical paraspinals. Press there gently;")))
        << hinted.hints[0].toStdString();
    EXPECT_FALSE(hinted.hints[0].contains(QStringLiteral("comes from")));
    // The knots keep their own order: nothing was brought forward.
    for (const PlanStep& step : hinted.steps)
        EXPECT_TRUE(step.why.startsWith(QStringLiteral("The area over"))) << step.why.toStdString();
    // The plan's JSON carries the hint under a key of its own; the text form shows it.
    EXPECT_EQ(planToJson(hinted).value(QStringLiteral("hints")).toArray().size(), 1);
    EXPECT_TRUE(planToText(hinted, standardAtlas(), standardCatalogue()).contains(hinted.hints[0]));
}

TEST_F(PlannerReferral, TinglingDownTheArmStaysARedFlagAndPromotesNothing)
{
    // Serratus posterior superior and latissimus (its knot in teres major) often refer to the little-finger
    // side; tingling there may be a nerve, so it is not treated through them.
    rateDaily("gluteus-medius-right", 5, 5);
    rateDaily("teres-major-left", 2, 6);
    rateDaily("serratus-posterior-superior-left", 2, 6);
    feelDaily("little-finger-side-left", 3, 5, Quality::Tingling);
    const RoutinePlan plan = this->plan(roomy());
    const auto nerve =
        std::find_if(plan.notices.cbegin(), plan.notices.cend(), [](const ProfessionalNotice& n) {
            return n.reason == QLatin1String(kNerveSignsReason);
        });
    ASSERT_NE(nerve, plan.notices.cend());
    EXPECT_EQ(nerve->regions, QStringList{QStringLiteral("little-finger-side-left")});
    EXPECT_TRUE(
        nerve->message.contains(QStringLiteral("in the left little-finger side of the forearm and hand.")))
        << nerve->message.toStdString();
    EXPECT_TRUE(plan.hints.isEmpty());
    ASSERT_FALSE(plan.steps.isEmpty());
    for (const PlanStep& step : plan.steps)
        EXPECT_TRUE(step.why.startsWith(QStringLiteral("The area over"))) << step.why.toStdString();
}

TEST_F(PlannerReferral, FeltSpotsNeverGetSteps)
{
    feelDaily("temple-left", 7, 6);
    feelDaily("buttock-right", 7, 8);
    feelDaily("sacrum", 3, 4);
    rateDaily("upper-trapezius-left", 3, 5);
    const RoutinePlan plan = this->plan(roomy());
    ASSERT_FALSE(plan.steps.isEmpty());
    for (const PlanStep& step : plan.steps) {
        const auto spot = store->spot(step.spotId);
        ASSERT_TRUE(spot);
        EXPECT_EQ(spot->kind, SpotKind::Knot) << step.region.toStdString();
        EXPECT_NE(standardAtlas().region(step.region), nullptr) << step.region.toStdString();
    }
}
