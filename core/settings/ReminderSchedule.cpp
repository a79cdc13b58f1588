// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderSchedule.h"

#include "Settings.h"
#include "domain/LocalDay.h"
#include "domain/RecordedTime.h"

namespace knotmap {

ReminderSetting ReminderSetting::from(const Settings& settings)
{
    return {settings.value(SettingKey::RemindersOn).toBool(),
            settings.value(SettingKey::ReminderMinute).toInt()};
}

ReminderSchedule::ReminderSchedule(Clock clock) : m_clock(std::move(clock)) {}

qint64 ReminderSchedule::dayNumber(const QDateTime& moment) const
{
    return localDayNumber(RecordedTime::fromDateTime(moment));
}

QDate ReminderSchedule::today() const
{
    return dateOfLocalDay(dayNumber(now()));
}

QDateTime ReminderSchedule::timeOn(QDate day, int minuteOfDay)
{
    // The clock time the person chose on that day (on a day the clocks change, still "at 20:00").
    return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60));
}

std::optional<QDateTime> ReminderSchedule::snoozedUntil() const
{
    // A snooze belongs to its own day: one left over from yesterday is not asked about today.
    if (m_snoozedUntil && dayNumber(*m_snoozedUntil) == dayNumber(now()))
        return m_snoozedUntil;
    return std::nullopt;
}

bool ReminderSchedule::checkNow(const ReminderSetting& setting, const RatedOn& ratedOn)
{
    if (!setting.on)
        return false;
    const QDateTime moment = now();
    const qint64 day = dayNumber(moment);
    const std::optional<QDateTime> snoozed = snoozedUntil();
    const bool snoozeDue = snoozed && moment >= *snoozed;
    const bool dailyDue = m_spentDay != day && moment >= timeOn(dateOfLocalDay(day), setting.minuteOfDay);
    if (!snoozeDue && !dailyDue) {
        if (!snoozed)
            m_snoozedUntil.reset(); // yesterday's
        return false;
    }
    m_spentDay = day;
    m_snoozedUntil.reset();
    return !ratedOn(dateOfLocalDay(day));
}

void ReminderSchedule::snooze(int minutes)
{
    const QDateTime moment = now();
    const QDateTime until = moment.addSecs(qint64(minutes) * 60);
    m_spentDay = dayNumber(moment); // a reply to the day's reminder: its own time is not asked about again
    if (dayNumber(until) == dayNumber(moment))
        m_snoozedUntil = until;
    else
        m_snoozedUntil.reset();
}

QDateTime ReminderSchedule::nextCheckAt(const ReminderSetting& setting) const
{
    if (!setting.on)
        return {};
    if (const std::optional<QDateTime> snoozed = snoozedUntil())
        return *snoozed;
    const qint64 day = dayNumber(now());
    if (m_spentDay != day)
        return timeOn(dateOfLocalDay(day), setting.minuteOfDay);
    return timeOn(dateOfLocalDay(day + 1), setting.minuteOfDay);
}

} // namespace knotmap
