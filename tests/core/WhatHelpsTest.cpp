// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutineTestSupport.h"

#include "routines/RoutineSession.h"
#include "routines/WhatHelps.h"

#include <QSignalSpy>

using namespace knotmap;
using namespace knotmap::test;

using WhatHelpsTest = RoutineFixture;

TEST_F(WhatHelpsTest, CountsSessionsAndComparesTheFortnightsAroundTheStart)
{
    // Before starting: 6 a day for two weeks. From the start: 4 a day.
    for (int d = 27; d >= 14; --d)
        rate("infraspinatus-left", d, 6);
    for (int d = 13; d >= 0; --d)
        rate("infraspinatus-left", d, 4);
    const qint64 spot = store->spotByKey(QStringLiteral("infraspinatus-left-1"))->id;
    logStep(spot, QStringLiteral("ball-pressure"), 13, 6, 3);
    logStep(spot, QStringLiteral("ball-pressure"), 10, 5, 4);
    logStep(spot, QStringLiteral("ball-pressure"), 7, 5, 2);
    logStep(spot, QStringLiteral("stretch"), 5, 4, std::nullopt); // no after score: not a session
    logStep(spot, QStringLiteral("stretch"), 4, 4, 4);

    const QList<HelpStats> stats = whatHelps(*store);
    ASSERT_EQ(stats.size(), 2);
    const HelpStats& ball = stats[0]; // the bigger fall comes first
    EXPECT_EQ(ball.technique, QStringLiteral("ball-pressure"));
    EXPECT_EQ(ball.sessions, 3);
    EXPECT_TRUE(ball.enoughData());
    EXPECT_DOUBLE_EQ(*ball.meanChange, -7.0 / 3.0); // (−3 −1 −3) / 3
    EXPECT_EQ(ball.firstDone, today.addDays(-13));
    EXPECT_DOUBLE_EQ(*ball.meanBeforeStart, 6.0);
    EXPECT_DOUBLE_EQ(*ball.meanAfterStart, 4.0);
    EXPECT_DOUBLE_EQ(*ball.trendChange(), -2.0);
    const HelpStats& stretch = stats[1];
    EXPECT_EQ(stretch.sessions, 1);
    EXPECT_FALSE(stretch.enoughData());
    EXPECT_DOUBLE_EQ(*stretch.meanChange, 0.0);
}

namespace {
PlanStep step(int hold, int repeats, int rest)
{
    PlanStep s;
    s.region = QStringLiteral("rhomboids-left");
    s.technique = QStringLiteral("manual-pressure");
    s.holdSeconds = hold;
    s.repeats = repeats;
    s.restSeconds = rest;
    return s;
}
} // namespace

TEST(RoutineSession, HoldsRestsAndLogsWithTheScoresGiven)
{
    RoutineSession session({step(60, 2, 30), step(30, 1, 0)});
    QSignalSpy completed(&session, &RoutineSession::stepCompleted);
    QSignalSpy cues(&session, &RoutineSession::holdFinished);
    EXPECT_EQ(session.phase(), RoutineSession::Phase::BeforeStep);
    session.setBefore(6);
    session.start();
    EXPECT_EQ(session.phase(), RoutineSession::Phase::Holding);
    session.advance(59'000);
    EXPECT_EQ(session.remainingMs(), 1000);
    session.pause();
    session.advance(10'000); // paused: nothing moves
    EXPECT_EQ(session.remainingMs(), 1000);
    session.resume();
    session.advance(1000);
    EXPECT_EQ(session.phase(), RoutineSession::Phase::Resting);
    EXPECT_EQ(cues.count(), 1);
    session.advance(30'000 + 60'000); // the rest and the second hold in one tick
    EXPECT_EQ(session.phase(), RoutineSession::Phase::AfterStep);
    EXPECT_EQ(cues.count(), 2);
    session.setAfter(3);
    session.finishStep();
    ASSERT_EQ(completed.count(), 1);
    EXPECT_EQ(completed[0][1].toInt(), 120); // held for 2 × 60 s; rests do not count
    EXPECT_EQ(completed[0][2].value<std::optional<int>>(), std::optional<int>(6));
    EXPECT_EQ(completed[0][3].value<std::optional<int>>(), std::optional<int>(3));
    EXPECT_EQ(session.phase(), RoutineSession::Phase::BeforeStep);
    EXPECT_EQ(session.stepIndex(), 1);
    EXPECT_FALSE(session.before().has_value()); // scores do not carry over to the next step
}

TEST(RoutineSession, SkipAndEndEarly)
{
    RoutineSession session({step(60, 1, 0), step(60, 1, 0), step(60, 1, 0)});
    QSignalSpy completed(&session, &RoutineSession::stepCompleted);
    session.skip(); // the first is left out and not logged
    EXPECT_EQ(session.stepIndex(), 1);
    session.start();
    session.advance(20'000);
    session.endStepEarly();
    EXPECT_EQ(session.phase(), RoutineSession::Phase::AfterStep);
    session.finishStep();
    ASSERT_EQ(completed.count(), 1);
    EXPECT_EQ(completed[0][1].toInt(), 20);
    session.skip();
    EXPECT_EQ(session.phase(), RoutineSession::Phase::Finished);
    EXPECT_EQ(session.completedSteps(), 1);
}

TEST_F(WhatHelpsTest, TheRoutineLogKeepsItsRowsAndRefusesBadOnes)
{
    const qint64 spot = rate("piriformis-left", 0, 5);
    logStep(spot, QStringLiteral("stretch"), 0, 5, 3);
    LoggedStep bad;
    bad.doneAt = at(0);
    bad.region = QStringLiteral("piriformis-left");
    bad.technique = QStringLiteral("stretch");
    bad.after = 11;
    const auto refused = store->logRoutineStep(bad);
    EXPECT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("11")));
    const QList<LoggedStep> log = store->routineLog(today, today);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].spotId, spot);
    EXPECT_EQ(log[0].after, 3);
    RawConnection raw(temp.path());
    EXPECT_FALSE(
        raw.exec(QStringLiteral("INSERT INTO routine_log (done_utc, utc_offset_min, region, technique, "
                                "planned_s, done_s, before_intensity) VALUES (0, 0, 'x', 'y', 1, 1, 12)")));
}
