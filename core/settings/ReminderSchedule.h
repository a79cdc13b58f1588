// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>
#include <optional>

namespace knotmap {

class Settings;

// What the person chose: Settings' RemindersOn and ReminderMinute.
struct ReminderSetting
{
    bool on = false;
    int minuteOfDay = 20 * 60; // minutes after local midnight

    static ReminderSetting from(const Settings& settings);
};

// The rule for the daily reminder to rate: once a local day at most, at or after the chosen time, and only
// when nothing was rated that day; Snooze asks again an hour later the same day. A time already passed when
// KnotMap starts still counts, so a start at 21:00 reminds at once. Days are LocalDay.h's days: the local day
// of the clock's time.
//
// The clock is injected so tests can give any moment; nothing here reads the store or the settings itself:
// the caller says what the person chose and answers "anything rated on this day?" only when it matters.
class ReminderSchedule
{
public:
    using Clock = std::function<QDateTime()>;
    using RatedOn = std::function<bool(QDate localDay)>;

    explicit ReminderSchedule(Clock clock = &QDateTime::currentDateTime);

    QDateTime now() const { return m_clock(); }
    QDate today() const; // the local day of the clock's time

    // Asked at the clock's time: true when the reminder is to be shown now. `ratedOn` is asked at most once,
    // and only once the time has come. When the time has come the day's reminder is spent either way: shown,
    // or not needed because something was rated (a rating deleted later does not bring it back).
    bool checkNow(const ReminderSetting& setting, const RatedOn& ratedOn);

    // Snooze, the answer to a reminder shown: ask again `minutes` from now, the same day only; the snooze is
    // dropped when that would be after midnight, as the next day has its own reminder.
    void snooze(int minutes = 60);
    std::optional<QDateTime> snoozedUntil() const;

    // When checkNow() has something to answer next: the snooze's end, today's time while today's reminder
    // is not spent (already past: now), otherwise tomorrow's time. Invalid when reminders are off.
    QDateTime nextCheckAt(const ReminderSetting& setting) const;

private:
    qint64 dayNumber(const QDateTime& moment) const;
    static QDateTime timeOn(QDate day, int minuteOfDay);

    Clock m_clock;
    std::optional<qint64> m_spentDay;        // the local day whose reminder was shown or not needed
    std::optional<QDateTime> m_snoozedUntil; // always on the day it was asked for
};

} // namespace knotmap
