// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace knotmap {

// Every setting KnotMap keeps, with its default and its rule, in one table (Settings.cpp).
enum class SettingKey {
    WindowGeometry,
    WindowState,
    MapSplitterState,
    PersonName,
    WeekStartsOnSunday,
    RoutineMinutes,   // minutes a day for self-release work
    RoutineTools,     // QStringList of tool keys owned: "ball", "roller"
    RoutineSymptoms,  // QStringList of symptom keys ticked in the checklist
    RecentDatabases,  // QStringList of absolute paths, most recently opened first (File › Open Recent)
    BirthYear,        // int, 0 when not given: older adults hold stretches longer
    ReportPageSize,   // "a4" or "letter": the PDF report's paper
    Appearance,       // "system", "light" or "dark"
    Language,         // "system" or a catalogue's language code ("en", "de")
    RemindersOn,      // bool: a daily reminder to rate, when nothing was rated that day
    ReminderMinute,   // int, minutes after midnight (1200 = 20:00) when the reminder is due
    KeepInTray,       // bool: closing the window leaves KnotMap in the system tray, to remind
    StartWithDesktop, // bool: an XDG autostart entry starts KnotMap (in the tray) at log-in
    WelcomeShown,     // bool: the first-run welcome was seen and closed
};

// What a setting's value must be. The controls that edit a setting take their limits from here.
enum class SettingType {
    Bytes,       // QByteArray: the window's geometry and state, as Qt saves them
    Text,        // QString: one line of at most `max` characters
    Flag,        // bool
    WholeNumber, // int from `min` to `max`
    Keys,        // QStringList of at most `max` short lower-case identifiers ("ball", "night-pain")
    Paths,       // QStringList of at most `max` absolute file paths, one line each
    Choice,      // QString, one of `choices`
};
struct SettingRule
{
    SettingRule(SettingType type, int min = 0, int max = 0, QStringList choices = {})
        : type(type), min(min), max(max), choices(std::move(choices))
    {
    }
    SettingType type;
    int min = 0;
    int max = 0;
    QStringList choices; // for Choice: the values allowed, the default first
};

// One Settings is shared by the window's views: each view that shows a setting follows `changed`, so a value
// set elsewhere (an import, another view) is what it shows and what it writes back.
class Settings : public QObject
{
    Q_OBJECT

public:
    // The person's settings: ~/.config/knotmap/knotmap.conf on Linux.
    static std::unique_ptr<Settings> forUser();
    // A settings file of its own, for tests and for --demo, so nothing touches the real one.
    static std::unique_ptr<Settings> atPath(const QString& iniPath);

    // The stored value in its key's type, or the key's default when none is stored or the stored one breaks
    // the key's rule (a hand-edited file).
    QVariant value(SettingKey key) const;
    // Stores the value in its key's type (25.0 from JSON becomes 25), and says `changed` when that is not
    // what value() gave before; refuses a value that breaks the rule and returns false, storing nothing.
    bool setValue(SettingKey key, const QVariant& wanted);

    static QString name(SettingKey key); // "window/geometry"
    static SettingRule rule(SettingKey key);
    // Empty when the value keeps the key's rule, otherwise a sentence naming the problem:
    // "routine/minutesPerDay must be a whole number from 1 to 240, not -100".
    static QString check(SettingKey key, const QVariant& value);

signals:
    void changed(knotmap::SettingKey key);

private:
    explicit Settings(std::unique_ptr<QSettings> backend);
    std::unique_ptr<QSettings> m_backend;
};

} // namespace knotmap
