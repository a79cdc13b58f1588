// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: the file is private to the person, and only values KnotMap can use are kept.
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
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
