#include "Settings.h"

namespace knotmap {

namespace {
struct Entry
{
    SettingKey key;
    const char* name;
    QVariant defaultValue;
};

const Entry& entry(SettingKey key)
{
    static const Entry table[] = {
        {SettingKey::WindowGeometry, "window/geometry", QByteArray()},
        {SettingKey::WindowState, "window/state", QByteArray()},
        {SettingKey::MapSplitterState, "window/mapSplitter", QByteArray()},
        {SettingKey::PersonName, "report/personName", QString()},
        {SettingKey::WeekStartsOnSunday, "analysis/weekStartsOnSunday", false},
        {SettingKey::RoutineMinutes, "routine/minutesPerDay", 15},
        {SettingKey::RoutineTools, "routine/tools", QStringList()},
        {SettingKey::RoutineSymptoms, "routine/symptoms", QStringList()},
    };
    return table[static_cast<int>(key)];
}
} // namespace

std::unique_ptr<Settings> Settings::forUser()
{
    return std::unique_ptr<Settings>(
        new Settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                                 QStringLiteral("knotmap"), QStringLiteral("knotmap"))));
}

std::unique_ptr<Settings> Settings::atPath(const QString& iniPath)
{
    return std::unique_ptr<Settings>(
        new Settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)));
}

Settings::Settings(std::unique_ptr<QSettings> backend) : m_backend(std::move(backend)) {}

QVariant Settings::value(SettingKey key) const
{
    // INI files keep text only: give every value back in its default's type ("false" -> false, "15" -> 15).
    const QVariant fallback = entry(key).defaultValue;
    QVariant stored = m_backend->value(name(key), fallback);
    if (stored.metaType() == fallback.metaType())
        return stored;
    if (fallback.metaType().id() == QMetaType::QStringList)
        return stored.toStringList();
    return stored.convert(fallback.metaType()) ? stored : fallback;
}

void Settings::setValue(SettingKey key, const QVariant& value)
{
    m_backend->setValue(name(key), value);
}

QString Settings::name(SettingKey key)
{
    return QString::fromLatin1(entry(key).name);
}

} // namespace knotmap
