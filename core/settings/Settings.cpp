// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "domain/ShownText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace knotmap {

namespace {
struct Entry
{
    SettingKey key;
    const char* name;
    QVariant defaultValue;
    SettingRule rule;
};

const Entry& entry(SettingKey key)
{
    static const Entry table[] = {
        {SettingKey::WindowGeometry, "window/geometry", QByteArray(), {SettingType::Bytes}},
        {SettingKey::WindowState, "window/state", QByteArray(), {SettingType::Bytes}},
        {SettingKey::MapSplitterState, "window/mapSplitter", QByteArray(), {SettingType::Bytes}},
        {SettingKey::PersonName, "report/personName", QString(), {SettingType::Text, 0, 100}},
        // Until the person chooses, the week starts where their locale starts it (Sunday in the US).
        {SettingKey::WeekStartsOnSunday, "analysis/weekStartsOnSunday",
         QLocale().firstDayOfWeek() == Qt::Sunday, {SettingType::Flag}},
        {SettingKey::RoutineMinutes, "routine/minutesPerDay", 15, {SettingType::WholeNumber, 1, 240}},
        {SettingKey::RoutineTools, "routine/tools", QStringList(), {SettingType::Keys, 0, 16}},
        {SettingKey::RoutineSymptoms, "routine/symptoms", QStringList(), {SettingType::Keys, 0, 32}},
        {SettingKey::RecentDatabases, "files/recent", QStringList(), {SettingType::Paths, 0, 5}},
        {SettingKey::BirthYear, "profile/birthYear", 0, {SettingType::WholeNumber, 0, 9999}},
        {SettingKey::ReportPageSize,
         "report/pageSize",
         QStringLiteral("a4"),
         {SettingType::Choice, 0, 0, {QStringLiteral("a4"), QStringLiteral("letter")}}},
        {SettingKey::Appearance,
         "window/appearance",
         QStringLiteral("system"),
         {SettingType::Choice,
          0,
          0,
          {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}}},
        {SettingKey::Language,
         "window/language",
         QStringLiteral("system"),
         {SettingType::Choice, 0, 0, {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de")}}},
        {SettingKey::RemindersOn, "reminder/on", false, {SettingType::Flag}},
        {SettingKey::ReminderMinute,
         "reminder/minuteOfDay",
         20 * 60,
         {SettingType::WholeNumber, 0, 24 * 60 - 1}},
        {SettingKey::KeepInTray, "reminder/keepInTray", false, {SettingType::Flag}},
        {SettingKey::StartWithDesktop, "desktop/startWithDesktop", false, {SettingType::Flag}},
        {SettingKey::WelcomeShown, "window/welcomeShown", false, {SettingType::Flag}},
    };
    return table[static_cast<int>(key)];
}

// The value in its rule's own type when it keeps the rule, otherwise nullopt.
std::optional<QVariant> accepted(const SettingRule& rule, const QVariant& value)
{
    const int type = value.metaType().id();
    switch (rule.type) {
    case SettingType::Bytes:
        return type == QMetaType::QByteArray ? std::optional(value) : std::nullopt;
    case SettingType::Text: {
        // One line: a name with a line break or an escape sequence has no place on a report's header.
        const QString text = value.toString();
        const bool plain = escapeControlCharacters(text) == text;
        return type == QMetaType::QString && plain && text.size() <= rule.max ? std::optional(value)
                                                                              : std::nullopt;
    }
    case SettingType::Flag:
        return type == QMetaType::Bool ? std::optional(value) : std::nullopt;
    case SettingType::WholeNumber: {
        // Any number type, since JSON gives doubles: 25.0 is a whole number, 2.5 is not.
        const bool number = type == QMetaType::Int || type == QMetaType::UInt ||
                            type == QMetaType::LongLong || type == QMetaType::ULongLong ||
                            type == QMetaType::Double || type == QMetaType::Float;
        const double n = value.toDouble();
        if (!number || n != std::floor(n) || n < rule.min || n > rule.max)
            return std::nullopt;
        return QVariant(int(n));
    }
    case SettingType::Keys: {
        static const QRegularExpression key(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
        if (type != QMetaType::QStringList && type != QMetaType::QVariantList) // a JSON array: a QVariantList
            return std::nullopt;
        QStringList keys;
        for (const QVariant& item : value.toList()) {
            const QString text = item.toString();
            if (item.metaType().id() != QMetaType::QString || text.size() > 32 || !key.match(text).hasMatch())
                return std::nullopt;
            keys.append(text);
        }
        return keys.size() <= rule.max ? std::optional(QVariant(keys)) : std::nullopt;
    }
    case SettingType::Paths: {
        if (type != QMetaType::QStringList && type != QMetaType::QVariantList)
            return std::nullopt;
        const QStringList paths = value.toStringList();
        for (const QString& path : paths)
            if (!path.startsWith(QLatin1Char('/')) || escapeControlCharacters(path) != path)
                return std::nullopt;
        return paths.size() <= rule.max ? std::optional(QVariant(paths)) : std::nullopt;
    }
    case SettingType::Choice:
        return type == QMetaType::QString && rule.choices.contains(value.toString()) ? std::optional(value)
                                                                                     : std::nullopt;
    }
    return std::nullopt;
}

// What a rule asks for, to finish "… must be".
QString expectation(const SettingRule& rule)
{
    switch (rule.type) {
    case SettingType::Bytes:
        return QStringLiteral("bytes");
    case SettingType::Text:
        return QStringLiteral("one line of at most %1 characters").arg(rule.max);
    case SettingType::Flag:
        return QStringLiteral("true or false");
    case SettingType::WholeNumber:
        return QStringLiteral("a whole number from %1 to %2").arg(rule.min).arg(rule.max);
    case SettingType::Keys:
        return QStringLiteral("a list of at most %1 short lower-case identifiers like night-pain")
            .arg(rule.max);
    case SettingType::Paths:
        return QStringLiteral("a list of at most %1 absolute file paths").arg(rule.max);
    case SettingType::Choice:
        return QStringLiteral("one of %1").arg(rule.choices.join(QStringLiteral(", ")));
    }
    return {};
}

// A refused value as a message shows it: short, on one line, and text in quotes.
QString shown(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        return QStringLiteral("nothing");
    case QMetaType::QString: {
        const QString text = value.toString();
        return QStringLiteral("'%1'").arg(
            escapeControlCharacters(text.size() > 40 ? text.left(40) + QStringLiteral("…") : text));
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant& item : value.toList())
            items.append(shown(item));
        return QStringLiteral("[%1]").arg(items.join(QStringLiteral(", ")));
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toString();
    default:
        return QStringLiteral("a %1").arg(QString::fromLatin1(value.metaType().name()));
    }
}

// INI files keep text only: a number or a flag comes back as its text ("15", "true"), a list of one item as
// that item, an empty list as nothing, and text with a comma that was not quoted as a list.
QVariant fromFile(SettingType type, const QVariant& stored)
{
    const int storedType = stored.metaType().id();
    if (type == SettingType::Keys && !stored.isValid())
        return QStringList();
    if (type == SettingType::Text && storedType == QMetaType::QStringList)
        return stored.toStringList().join(QStringLiteral(", "));
    if (storedType != QMetaType::QString)
        return stored;
    const QString text = stored.toString();
    switch (type) {
    case SettingType::Keys:
        return QStringList{text};
    case SettingType::Flag:
        return text == QLatin1String("true")    ? QVariant(true)
               : text == QLatin1String("false") ? QVariant(false)
                                                : stored;
    case SettingType::WholeNumber: {
        bool ok = false;
        const int number = text.toInt(&ok);
        return ok ? QVariant(number) : stored;
    }
    default:
        return stored;
    }
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
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Here the native settings are an INI file too. A macOS plist belongs to CFPreferences, which would not
    // take an empty file, and Windows keeps its registry and its files' rights its own way.
    makePrivate(m_backend->fileName());
#endif
}

QVariant Settings::value(SettingKey key) const
{
    const Entry& e = entry(key);
    if (!m_backend->contains(name(key)))
        return e.defaultValue;
    return accepted(e.rule, fromFile(e.rule.type, m_backend->value(name(key)))).value_or(e.defaultValue);
}

bool Settings::setValue(SettingKey key, const QVariant& wanted)
{
    const std::optional<QVariant> kept = accepted(entry(key).rule, wanted);
    if (!kept)
        return false;
    const QVariant before = value(key);
    m_backend->setValue(name(key), *kept); // even when equal: a stored value that broke the rule is replaced
    if (*kept != before)
        emit changed(key);
    return true;
}

QString Settings::name(SettingKey key)
{
    return QString::fromLatin1(entry(key).name);
}

SettingRule Settings::rule(SettingKey key)
{
    return entry(key).rule;
}

QString Settings::check(SettingKey key, const QVariant& value)
{
    const SettingRule& rule = entry(key).rule;
    if (accepted(rule, value))
        return {};
    return QStringLiteral("%1 must be %2, not %3").arg(name(key), expectation(rule), shown(value));
}

} // namespace knotmap
