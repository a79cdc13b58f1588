// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: the file is private to the person, and only values KnotMap can use are kept.
#include "TempDatabase.h"

#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace knotmap;

namespace {

const QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                         QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QFile::Permissions openToOthers(const QString& path)
{
    return QFile::permissions(path) & kGroupOrOther;
}

} // namespace

TEST(Settings, ANewFileAndTheFolderMadeForItArePrivate)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/settings.ini"));
    auto settings = Settings::atPath(path);
    settings->setValue(SettingKey::PersonName, QStringLiteral("Alex Example"));
    settings.reset(); // QSettings writes the file when it goes
    ASSERT_TRUE(QFile::exists(path));
    EXPECT_EQ(openToOthers(path), QFile::Permissions());
    EXPECT_TRUE(QFile::permissions(path) & QFile::ReadOwner);
    EXPECT_EQ(openToOthers(dir.filePath(QStringLiteral("new"))), QFile::Permissions());
    EXPECT_EQ(Settings::atPath(path)->value(SettingKey::PersonName).toString(),
              QStringLiteral("Alex Example"));
}

TEST(Settings, AnExistingFileThatOthersCanReadIsTightened)
{
    QTemporaryDir dir;
    // A folder KnotMap did not make is the person's business: it stays as it is.
    const QFile::Permissions folder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), folder));
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[report]\npersonName=Alex Example\n");
    file.close();
    ASSERT_TRUE(
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    auto settings = Settings::atPath(path);
    EXPECT_EQ(openToOthers(path), QFile::Permissions()); // at once, before anything is written
    settings->setValue(SettingKey::RoutineMinutes, 20);
    settings.reset();
    EXPECT_EQ(openToOthers(path), QFile::Permissions());
    EXPECT_EQ(Settings::atPath(path)->value(SettingKey::PersonName).toString(),
              QStringLiteral("Alex Example"));
    EXPECT_EQ(openToOthers(dir.path()), folder & kGroupOrOther);
}

TEST(Settings, AValueItCannotUseIsNotStored)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    auto settings = Settings::atPath(path);
    settings->setValue(SettingKey::RoutineMinutes, 20);
    settings->setValue(SettingKey::RoutineMinutes, -100);
    settings->setValue(SettingKey::RoutineMinutes, 10000);
    settings->setValue(SettingKey::RoutineMinutes, QStringLiteral("lots"));
    settings->setValue(SettingKey::RoutineTools, QStringList{QStringLiteral("Ball; rm -rf")});
    settings->setValue(SettingKey::WeekStartsOnSunday, QStringLiteral("maybe"));
    settings->setValue(SettingKey::PersonName, QStringLiteral("Alex\nExample"));
    EXPECT_EQ(settings->value(SettingKey::RoutineMinutes), QVariant(20));
    EXPECT_EQ(settings->value(SettingKey::RoutineTools), QVariant(QStringList()));
    EXPECT_EQ(settings->value(SettingKey::WeekStartsOnSunday), QVariant(false));
    EXPECT_EQ(settings->value(SettingKey::PersonName), QVariant(QString()));
    settings.reset();
    EXPECT_EQ(Settings::atPath(path)->value(SettingKey::RoutineMinutes), QVariant(20));
}

TEST(Settings, AHandEditedValueItCannotUseGivesTheDefault)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[routine]\nminutesPerDay=-100\ntools=Ball, foam roller\nsymptoms=fever, night-pain\n"
               "[analysis]\nweekStartsOnSunday=maybe\n");
    file.close();
    const auto settings = Settings::atPath(path);
    EXPECT_EQ(settings->value(SettingKey::RoutineMinutes), QVariant(15));
    EXPECT_EQ(settings->value(SettingKey::RoutineTools), QVariant(QStringList()));
    EXPECT_EQ(settings->value(SettingKey::WeekStartsOnSunday), QVariant(false));
    // What is fine is read as written, in its own type: INI files keep text only.
    EXPECT_EQ(settings->value(SettingKey::RoutineSymptoms),
              QVariant(QStringList{QStringLiteral("fever"), QStringLiteral("night-pain")}));
}

TEST(Settings, CheckNamesTheProblemInOneSentence)
{
    EXPECT_EQ(Settings::check(SettingKey::RoutineMinutes, -100),
              QStringLiteral("routine/minutesPerDay must be a whole number from 1 to 240, not -100"));
    EXPECT_EQ(Settings::check(SettingKey::RoutineMinutes, 2.5),
              QStringLiteral("routine/minutesPerDay must be a whole number from 1 to 240, not 2.5"));
    EXPECT_EQ(Settings::check(SettingKey::RoutineTools, QVariantList{QStringLiteral("ball"), 3}),
              QStringLiteral("routine/tools must be a list of at most 16 short lower-case identifiers like "
                             "night-pain, not ['ball', 3]"));
    EXPECT_EQ(Settings::check(SettingKey::WeekStartsOnSunday, QStringLiteral("yes")),
              QStringLiteral("analysis/weekStartsOnSunday must be true or false, not 'yes'"));
    EXPECT_EQ(Settings::check(SettingKey::PersonName, QStringLiteral("Alex\n\x1b[2J")),
              QStringLiteral(
                  "report/personName must be one line of at most 100 characters, not 'Alex\\n\\x1b[2J'"));
    EXPECT_TRUE(Settings::check(SettingKey::PersonName, QString(101, QLatin1Char('a')))
                    .contains(QStringLiteral("…")));
    EXPECT_FALSE(
        Settings::check(SettingKey::RoutineSymptoms, QStringList{QStringLiteral("Fever")}).isEmpty());
    EXPECT_FALSE(Settings::check(SettingKey::RoutineSymptoms, QStringLiteral("fever")).isEmpty());
    EXPECT_FALSE(Settings::check(SettingKey::RoutineMinutes, QStringLiteral("15")).isEmpty());
    // What JSON gives for good values passes: numbers are doubles, arrays are variant lists.
    EXPECT_EQ(Settings::check(SettingKey::RoutineMinutes, 25.0), QString());
    EXPECT_EQ(Settings::check(SettingKey::RoutineTools,
                              QVariantList{QStringLiteral("ball"), QStringLiteral("roller")}),
              QString());
    EXPECT_EQ(Settings::check(SettingKey::RoutineSymptoms, QStringList{QStringLiteral("night-pain")}),
              QString());
    EXPECT_EQ(Settings::check(SettingKey::PersonName, QStringLiteral("Zoë Müller")), QString());
    EXPECT_EQ(Settings::check(SettingKey::WeekStartsOnSunday, true), QString());
}

TEST(Settings, AStoredValueComesBackInItsOwnType)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    auto settings = Settings::atPath(path);
    EXPECT_TRUE(settings->setValue(SettingKey::RoutineMinutes, 25.0));
    EXPECT_TRUE(settings->setValue(SettingKey::RoutineTools, QVariantList{QStringLiteral("ball")}));
    EXPECT_TRUE(settings->setValue(SettingKey::RoutineSymptoms, QStringList()));
    EXPECT_TRUE(settings->setValue(SettingKey::WeekStartsOnSunday, true));
    EXPECT_FALSE(settings->setValue(SettingKey::RoutineMinutes, 0));
    settings.reset();
    // A copy, so the values come through the file's text and not from QSettings' cache in this process.
    const QString copy = dir.filePath(QStringLiteral("copy.ini"));
    ASSERT_TRUE(QFile::copy(path, copy));
    const auto reread = Settings::atPath(copy);
    EXPECT_EQ(reread->value(SettingKey::RoutineMinutes), QVariant(25));
    EXPECT_EQ(reread->value(SettingKey::RoutineTools), QVariant(QStringList{QStringLiteral("ball")}));
    EXPECT_EQ(reread->value(SettingKey::RoutineSymptoms), QVariant(QStringList()));
    EXPECT_EQ(reread->value(SettingKey::WeekStartsOnSunday), QVariant(true));
}

TEST(Settings, SaysChangedOnlyWhenTheValueChanges)
{
    QTemporaryDir dir;
    auto settings = Settings::atPath(dir.filePath(QStringLiteral("settings.ini")));
    QSignalSpy spy(settings.get(), &Settings::changed);
    EXPECT_TRUE(settings->setValue(SettingKey::RoutineMinutes, 20));
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy[0][0].value<SettingKey>(), SettingKey::RoutineMinutes);
    EXPECT_TRUE(settings->setValue(SettingKey::RoutineMinutes, 20.0));           // the same value
    EXPECT_TRUE(settings->setValue(SettingKey::RoutineSymptoms, QStringList())); // the default, unchanged
    EXPECT_FALSE(settings->setValue(SettingKey::RoutineMinutes, -5));            // refused
    EXPECT_EQ(spy.size(), 1);
    EXPECT_TRUE(settings->setValue(SettingKey::WeekStartsOnSunday, true));
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(spy[1][0].value<SettingKey>(), SettingKey::WeekStartsOnSunday);
}

TEST(Settings, AChoiceKeepsOnlyItsListedValues)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const auto settings = Settings::atPath(path);
    EXPECT_EQ(settings->value(SettingKey::ReportPageSize), QVariant(QStringLiteral("a4")));
    EXPECT_EQ(settings->value(SettingKey::Appearance), QVariant(QStringLiteral("system")));
    EXPECT_EQ(settings->value(SettingKey::ReminderMinute), QVariant(20 * 60));
    EXPECT_EQ(settings->value(SettingKey::RemindersOn), QVariant(false));
    EXPECT_TRUE(settings->setValue(SettingKey::ReportPageSize, QStringLiteral("letter")));
    EXPECT_FALSE(settings->setValue(SettingKey::ReportPageSize, QStringLiteral("A5")));
    EXPECT_FALSE(settings->setValue(SettingKey::ReminderMinute, 24 * 60));
    EXPECT_EQ(Settings::check(SettingKey::Appearance, QStringLiteral("pink")),
              QStringLiteral("window/appearance must be one of system, light, dark, not 'pink'"));
    // A hand-edited file with a value off the list reads as the default.
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("window/language"), QStringLiteral("klingon"));
    }
    EXPECT_EQ(Settings::atPath(path)->value(SettingKey::Language), QVariant(QStringLiteral("system")));
    EXPECT_EQ(Settings::atPath(path)->value(SettingKey::ReportPageSize), QVariant(QStringLiteral("letter")));
}
