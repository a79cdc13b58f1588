// SPDX-License-Identifier: GPL-3.0-or-later
// The daily reminder to rate: when it is due, with a clock the test moves by hand.
#include "settings/ReminderSchedule.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace knotmap;

namespace {

const QDate kMonday(2026, 3, 2);
const ReminderSetting kAtEight{true, 20 * 60};

QDateTime at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

// A clock standing still until the test moves it, and a store that says which days have ratings.
struct Rig
{
    QDateTime time = at(kMonday, 8);
    QList<QDate> ratedDays;
    int storeAsked = 0;
    ReminderSchedule schedule{[this] { return time; }};

    bool check(const ReminderSetting& setting = kAtEight)
    {
        return schedule.checkNow(setting, [this](QDate day) {
            ++storeAsked;
            return ratedDays.contains(day);
        });
    }
};

} // namespace

TEST(ReminderSchedule, FiresAtTheTimeOnADayWithoutRatings)
{
    Rig rig;
    EXPECT_EQ(rig.schedule.nextCheckAt(kAtEight), at(kMonday, 20));
    rig.time = at(kMonday, 19, 59);
    EXPECT_FALSE(rig.check());
    EXPECT_EQ(rig.storeAsked, 0); // before the time the store is not asked
    rig.time = at(kMonday, 20);
    EXPECT_TRUE(rig.check());
    EXPECT_EQ(rig.storeAsked, 1);
    EXPECT_EQ(rig.schedule.nextCheckAt(kAtEight), at(kMonday.addDays(1), 20));
}

TEST(ReminderSchedule, DoesNotFireOnADayWithARating)
{
    Rig rig;
    rig.ratedDays = {kMonday};
    rig.time = at(kMonday, 20, 1);
    EXPECT_FALSE(rig.check());
    EXPECT_EQ(rig.storeAsked, 1);
    // Not asked again that day: its reminder is not needed, so the next question is tomorrow's.
    EXPECT_EQ(rig.schedule.nextCheckAt(kAtEight), at(kMonday.addDays(1), 20));
    rig.time = at(kMonday, 23);
    EXPECT_FALSE(rig.check());
    EXPECT_EQ(rig.storeAsked, 1);
}

TEST(ReminderSchedule, FiresOnceADay)
{
    Rig rig;
    rig.time = at(kMonday, 20);
    EXPECT_TRUE(rig.check());
    for (int hour : {20, 21, 22, 23}) {
        rig.time = at(kMonday, hour, 30);
        EXPECT_FALSE(rig.check()) << hour;
    }
    // Tuesday: before its time nothing, at its time again.
    rig.time = at(kMonday.addDays(1), 0, 5);
    EXPECT_FALSE(rig.check());
    rig.time = at(kMonday.addDays(1), 20);
    EXPECT_TRUE(rig.check());
}

TEST(ReminderSchedule, ATimeAlreadyPassedAtStartUpFiresAtOnce)
{
    Rig rig;
    rig.time = at(kMonday, 22, 15);                                 // KnotMap started late in the evening
    EXPECT_EQ(rig.schedule.nextCheckAt(kAtEight), at(kMonday, 20)); // already due
    EXPECT_TRUE(rig.check());
}

TEST(ReminderSchedule, SnoozeFiresAgainAnHourLater)
{
    Rig rig;
    rig.time = at(kMonday, 20);
    ASSERT_TRUE(rig.check());
    rig.schedule.snooze();
    ASSERT_TRUE(rig.schedule.snoozedUntil());
    EXPECT_EQ(*rig.schedule.snoozedUntil(), at(kMonday, 21));
    EXPECT_EQ(rig.schedule.nextCheckAt(kAtEight), at(kMonday, 21));
    rig.time = at(kMonday, 20, 59);
    EXPECT_FALSE(rig.check());
    rig.time = at(kMonday, 21);
    EXPECT_TRUE(rig.check());
    EXPECT_FALSE(rig.schedule.snoozedUntil()); // used
    rig.time = at(kMonday, 22);
    EXPECT_FALSE(rig.check());
}

TEST(ReminderSchedule, SnoozeDoesNotFireWhenSomethingWasRatedMeanwhile)
{
    Rig rig;
    rig.time = at(kMonday, 20);
    ASSERT_TRUE(rig.check());
    rig.schedule.snooze();
    rig.ratedDays = {kMonday};
    rig.time = at(kMonday, 21);
    EXPECT_FALSE(rig.check());
    EXPECT_EQ(rig.schedule.nextCheckAt(kAtEight), at(kMonday.addDays(1), 20));
}

TEST(ReminderSchedule, ASnoozePastMidnightIsDropped)
{
    Rig rig;
    const ReminderSetting late{true, 23 * 60 + 30};
    rig.time = at(kMonday, 23, 30);
    ASSERT_TRUE(rig.check(late));
    rig.schedule.snooze(); // would be 00:30 on Tuesday, a day with a reminder of its own
    EXPECT_FALSE(rig.schedule.snoozedUntil());
    EXPECT_EQ(rig.schedule.nextCheckAt(late), at(kMonday.addDays(1), 23, 30));
    rig.time = at(kMonday.addDays(1), 0, 30);
    EXPECT_FALSE(rig.check(late));
}

TEST(ReminderSchedule, RemindersOffNeverFire)
{
    Rig rig;
    const ReminderSetting off{false, 20 * 60};
    EXPECT_FALSE(rig.schedule.nextCheckAt(off).isValid());
    for (int hour : {0, 8, 20, 23}) {
        rig.time = at(kMonday, hour);
        EXPECT_FALSE(rig.check(off)) << hour;
    }
    EXPECT_EQ(rig.storeAsked, 0);
    // Turned on later that evening: the day's time has passed and nothing was rated.
    EXPECT_TRUE(rig.check(kAtEight));
}

TEST(ReminderSchedule, ALaterTimeChosenBeforeTheReminderIsTheOneThatCounts)
{
    Rig rig;
    rig.time = at(kMonday, 19);
    const ReminderSetting nine{true, 21 * 60};
    EXPECT_EQ(rig.schedule.nextCheckAt(nine), at(kMonday, 21));
    rig.time = at(kMonday, 20, 30);
    EXPECT_FALSE(rig.check(nine));
    rig.time = at(kMonday, 21);
    EXPECT_TRUE(rig.check(nine));
}

TEST(ReminderSchedule, TodayIsTheLocalDayOfTheClock)
{
    Rig rig;
    rig.time = at(kMonday, 23, 59);
    EXPECT_EQ(rig.schedule.today(), kMonday);
    rig.time = at(kMonday.addDays(1), 0, 0);
    EXPECT_EQ(rig.schedule.today(), kMonday.addDays(1));
    // Asked about the day the clock says, in its local time.
    QDate asked;
    rig.time = at(kMonday, 20);
    rig.schedule.checkNow(kAtEight, [&](QDate day) {
        asked = day;
        return false;
    });
    EXPECT_EQ(asked, kMonday);
}
