// SPDX-License-Identifier: GPL-3.0-or-later
// Files KnotMap must refuse with a clear message, leaving them exactly as they were.
#include "TempDatabase.h"

#include <QFile>
#include <QSqlQuery>

#include <unistd.h>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {
QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString openError(const QString& path)
{
    QString error;
    auto store = KnotStore::open(path, standardAtlas(), &error, {100});
    EXPECT_EQ(store, nullptr);
    return error;
}
} // namespace

TEST(StorageFailure, ACorruptFileIsRefusedAndLeftAlone)
{
    TempDatabase temp;
    QFile file(temp.path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database, it is a shopping list\n").repeated(200);
    file.write(garbage);
    file.close();
    const QString error = openError(temp.path());
    EXPECT_TRUE(error.contains(QStringLiteral("damaged or is not a KnotMap database")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(temp.path())) << error.toStdString();
    EXPECT_EQ(contents(temp.path()), garbage);
}

TEST(StorageFailure, AnotherProgramsSqliteFileIsRefused)
{
    TempDatabase temp;
    {
        RawConnection raw(temp.path());
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
    }
    const QByteArray before = contents(temp.path());
    const QString error = openError(temp.path());
    EXPECT_TRUE(error.contains(QStringLiteral("another program"))) << error.toStdString();
    EXPECT_EQ(contents(temp.path()), before);
}

TEST(StorageFailure, AFileFromANewerKnotMapIsRefused)
{
    TempDatabase temp;
    temp.open().reset();
    {
        RawConnection raw(temp.path());
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QString error = openError(temp.path());
    EXPECT_TRUE(error.contains(QStringLiteral("newer KnotMap"))) << error.toStdString();
}

TEST(StorageFailure, AnUnwritableLocationIsNamed)
{
    // A folder that cannot exist because a file stands in its place: refused even for root.
    TempDatabase temp;
    QFile blocker(temp.dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString error = openError(blocker.fileName() + QStringLiteral("/knotmap.sqlite"));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot create the folder"))) << error.toStdString();
}

TEST(StorageFailure, AReadOnlyFileIsNamed)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root may write to read-only files, so there is nothing to refuse";
    TempDatabase temp;
    temp.open().reset();
    ASSERT_TRUE(QFile::setPermissions(temp.path(), QFile::ReadOwner));
    const QString error = openError(temp.path());
    EXPECT_TRUE(error.contains(QStringLiteral("read-only"))) << error.toStdString();
}

TEST(StorageFailure, ALockedDatabaseRefusesTheWriteAndKeepsNothingHalfDone)
{
    TempDatabase temp;
    auto store = temp.open({100});
    RawConnection other(temp.path());
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE"))); // another program holds the write lock

    const QPointF point = standardAtlas().region(QStringLiteral("rhomboids-left"))->labelPoint;
    const auto created = store->createSpot(point, ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5));
    EXPECT_FALSE(created);
    EXPECT_TRUE(created.error().contains(QStringLiteral("locked"))) << created.error().toStdString();

    ASSERT_TRUE(other.exec(QStringLiteral("ROLLBACK")));
    EXPECT_EQ(other.count(QStringLiteral("spots")), 0);
    EXPECT_EQ(other.count(QStringLiteral("ratings")), 0);
    // Once the lock is gone, the same write goes through.
    EXPECT_TRUE(store->createSpot(point, ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5)));
}
