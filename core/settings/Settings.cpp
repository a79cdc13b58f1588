#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

// The file holds the person's name and the health symptoms they ticked, so only they may read it. QSettings
// writes through QSaveFile, which keeps an existing file's permissions but gives a new one the umask's (0644
// as a rule): so the file is made 0600 before QSettings ever writes, an existing file more open than that is
// tightened, and any folder made for it is 0700. Folders that already exist are the person's business.
void makePrivate(const QString& path)
{
    constexpr QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                                 QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFileInfo info(path);
    QStringList missing;
    for (QString folder = info.absolutePath(); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).absolutePath())
        missing.prepend(folder);
    for (const QString& folder : missing) {
        if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return; // QSettings will fail to write and say so through its status
    }
    QFile file(path);
    if (!file.exists()) // an empty file is an empty settings file
        file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner);
    else if (file.permissions() & kGroupOrOther)
        file.setPermissions(file.permissions() & ~kGroupOrOther);
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

Settings::Settings(std::unique_ptr<QSettings> backend) : m_backend(std::move(backend))
{
#ifdef Q_OS_UNIX // elsewhere the native settings are no file, and a file's rights are not these bits
    makePrivate(m_backend->fileName());
#endif
}

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
