// SPDX-License-Identifier: GPL-3.0-or-later
// Files KnotMap must refuse with a clear message, leaving them exactly as they were.
#include "TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <optional>

#include <grp.h>
#include <pwd.h>
#include <sys/wait.h>
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

// Runs `check` in a child process as `user` and returns what it said, or nothing if the child could not drop
// root's privileges or died. Root may write to any file, so a refusal that rests on permissions can only be
// seen as a user without that power.
std::optional<QString> runAs(const passwd& user, const std::function<QString()>& check)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return std::nullopt;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        // Supplementary groups, then the group, then the user: once the user is dropped, nothing else can be.
        if (::setgroups(0, nullptr) != 0 || ::setgid(user.pw_gid) != 0 || ::setuid(user.pw_uid) != 0 ||
            ::geteuid() == 0)
            ::_exit(2);
        const QByteArray said = check().toUtf8();
        const bool written = ::write(fds[1], said.constData(), size_t(said.size())) == said.size();
        ::_exit(written ? 0 : 3); // no destructors, no GoogleTest teardown: the parent owns those
    }
    ::close(fds[1]);
    QByteArray said;
    char buffer[512];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        said.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    if (child < 0 || ::waitpid(child, &status, 0) != child || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
        ADD_FAILURE() << "the check as " << user.pw_name << " did not finish (wait status " << status << ")";
        return std::nullopt;
    }
    return QString::fromUtf8(said);
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
    TempDatabase temp;
    temp.open().reset();
    ASSERT_TRUE(QFile::setPermissions(temp.path(), QFile::ReadOwner));
    QString error;
    if (::geteuid() != 0) {
        error = openError(temp.path());
    } else {
        // As root (CI), the folder and the read-only file are handed to nobody, who then tries to open it:
        // the same situation as a person's own read-only file.
        const passwd* nobody = ::getpwnam("nobody");
        ASSERT_NE(nobody, nullptr) << "Debian always has the user nobody";
        // Only where nobody can reach the folder at all: a chroot unpacked with a root folder of mode 0700
        // (as some build tools make) lets no other user through, and then there is nothing to learn here.
        for (QDir up(temp.dir.path()); !up.isRoot(); up.cdUp()) {
            QDir parent = up;
            parent.cdUp();
            if (!(QFileInfo(parent.path()).permissions() & QFile::ExeOther))
                GTEST_SKIP() << parent.path().toStdString()
                             << " is closed to other users, so nobody cannot reach "
                             << temp.dir.path().toStdString();
        }
        for (const QString& path : {temp.dir.path(), temp.path()})
            ASSERT_EQ(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid), 0);
        const auto said = runAs(*nobody, [&] {
            QString why;
            return KnotStore::open(temp.path(), standardAtlas(), &why, {100}) ? QStringLiteral("opened")
                                                                              : why;
        });
        ASSERT_TRUE(said);
        error = *said;
    }
    EXPECT_TRUE(error.contains(QStringLiteral("read-only"))) << error.toStdString();
    EXPECT_TRUE(error.contains(temp.path())) << error.toStdString();
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

namespace {
// Forty spots over several pages, then garbage over the file's last page: the header still reads, so only
// SQLite's check of every page finds the damage.
void makeDamagedFile(const TempDatabase& temp)
{
    {
        auto store = temp.open();
        ASSERT_NE(store, nullptr);
        for (int i = 0; i < 40; ++i)
            ASSERT_TRUE(store->createSpot(labelOf(i % 2 ? "rhomboids-left" : "splenius-right"),
                                          ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), i % 11)));
    }
    QFile file(temp.path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(file.size() - 4096);
    file.write(QByteArray(4096, '\x5a'));
}
} // namespace

TEST(StorageFailure, DamageFoundByTheBackgroundCheckRefusesEveryWriteAndIsAnnounced)
{
    TempDatabase temp;
    makeDamagedFile(temp);
    const QByteArray before = contents(temp.path());
    StoreOptions options;
    options.integrityCheck = IntegrityCheck::InBackground;
    QString error;
    auto store = KnotStore::open(temp.path(), standardAtlas(), &error, options);
    ASSERT_NE(store, nullptr) << error.toStdString(); // the window opens at once; the check runs beside it
    QString announced;
    QObject::connect(store.get(), &KnotStore::damageFound, [&](const QString& why) { announced = why; });

    const Result<SpotSnapshot> refused =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-02T08:00:00Z"), 5));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("the file is damaged")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(temp.path())) << refused.error().toStdString();
    EXPECT_EQ(store->integrityProblem(), refused.error());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !announced.isEmpty(); }, 5000));
    EXPECT_EQ(announced, refused.error());
    store.reset();
    EXPECT_EQ(contents(temp.path()), before); // not one byte written
}

TEST(StorageFailure, AnIntactFileCheckedInTheBackgroundTakesWritesAndSaysNothing)
{
    TempDatabase temp;
    temp.open(); // made and migrated, so the check can run in the background
    StoreOptions options;
    options.integrityCheck = IntegrityCheck::InBackground;
    QString error;
    auto store = KnotStore::open(temp.path(), standardAtlas(), &error, options);
    ASSERT_NE(store, nullptr) << error.toStdString();
    bool announced = false;
    QObject::connect(store.get(), &KnotStore::damageFound, [&] { announced = true; });
    EXPECT_TRUE(
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-02T08:00:00Z"), 5)));
    EXPECT_TRUE(store->integrityProblem().isEmpty());
    QTest::qWait(50);
    EXPECT_FALSE(announced);
}

TEST(StorageFailure, AReaderConnectionReadsButNeverWrites)
{
    TempDatabase temp;
    auto store = temp.open();
    ASSERT_TRUE(
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-02T08:00:00Z"), 5)));
    QString error;
    auto reader = KnotStore::openReader(temp.path(), standardAtlas(), &error);
    ASSERT_NE(reader, nullptr) << error.toStdString();
    EXPECT_EQ(reader->spots().size(), 1);
    Rating more = ratingAt(QStringLiteral("2026-03-03T08:00:00Z"), 4);
    more.spotId = reader->spots().value(0).id;
    const Result<qint64> refused = reader->addRating(more);
    EXPECT_FALSE(refused);
    EXPECT_EQ(RawConnection(temp.path()).count(QStringLiteral("ratings")), 1);

    EXPECT_EQ(
        KnotStore::openReader(temp.dir.filePath(QStringLiteral("missing.sqlite")), standardAtlas(), &error),
        nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("not there"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(temp.dir.filePath(QStringLiteral("missing.sqlite")))); // nothing created
}

TEST(StorageFailure, CheckedBeforeTheFirstWriteAReadingCommandNeverWaitsAndAWriteIsRefused)
{
    TempDatabase temp;
    makeDamagedFile(temp);
    const QByteArray before = contents(temp.path());
    StoreOptions options;
    options.integrityCheck = IntegrityCheck::BeforeFirstWrite; // as knotmap-cli opens
    QString error;
    auto store = KnotStore::open(temp.path(), standardAtlas(), &error, options);
    ASSERT_NE(store, nullptr) << error.toStdString();
    const Result<SpotSnapshot> refused =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-02T08:00:00Z"), 5));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("the file is damaged")))
        << refused.error().toStdString();
    EXPECT_FALSE(store->removeSpot(1)); // and every write after it
    store.reset();
    EXPECT_EQ(contents(temp.path()), before);
}
