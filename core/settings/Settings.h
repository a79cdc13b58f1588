#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace knotmap {

// Every setting KnotMap keeps, with its default, in one table (Settings.cpp).
enum class SettingKey {
    WindowGeometry,
    WindowState,
    MapSplitterState,
    PersonName,
    WeekStartsOnSunday,
    RoutineMinutes,  // minutes a day for self-release work
    RoutineTools,    // QStringList of tool keys owned: "ball", "roller"
    RoutineSymptoms, // QStringList of symptom keys ticked in the checklist
};

class Settings
{
public:
    // The person's settings: ~/.config/knotmap/knotmap.conf on Linux.
    static std::unique_ptr<Settings> forUser();
    // A settings file of its own, for tests and for --demo, so nothing touches the real one.
    static std::unique_ptr<Settings> atPath(const QString& iniPath);

    QVariant value(SettingKey key) const; // the stored value, or the key's default
    void setValue(SettingKey key, const QVariant& value);
    static QString name(SettingKey key); // "window/geometry"

private:
    explicit Settings(std::unique_ptr<QSettings> backend);
    std::unique_ptr<QSettings> m_backend;
};

} // namespace knotmap
