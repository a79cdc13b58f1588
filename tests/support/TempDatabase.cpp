// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

namespace knotmap::test {

const BodyAtlas& standardAtlas()
{
    static const BodyAtlas atlas = [] {
        QString error;
        auto loaded = BodyAtlas::loadStandard(&error);
        if (!loaded)
            qFatal("cannot load the standard atlas: %s", qPrintable(error));
        return *loaded;
    }();
    return atlas;
}

const RoutineCatalogue& standardCatalogue()
{
    static const RoutineCatalogue catalogue = [] {
        QString error;
        auto loaded = RoutineCatalogue::loadStandard(standardAtlas(), &error);
        if (!loaded)
            qFatal("cannot load the routine catalogue: %s", qPrintable(error));
        return *loaded;
    }();
    return catalogue;
}

QString TempDatabase::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString filePath = dir.filePath(name);
    QFile file(filePath);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    EXPECT_EQ(file.write(bytes), bytes.size());
    return filePath;
}

QPointF labelOf(const char* regionId)
{
    return standardAtlas().region(QString::fromLatin1(regionId))->labelPoint;
}

TempDatabase::TempDatabase()
{
    if (!dir.isValid())
        ADD_FAILURE() << "cannot create a temporary folder";
}

std::unique_ptr<KnotStore> TempDatabase::open(StoreOptions options) const
{
    QString error;
    auto store = KnotStore::open(path(), standardAtlas(), &error, options);
    EXPECT_NE(store, nullptr) << error.toStdString();
    return store;
}

RawConnection::RawConnection(const QString& path)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
    if (!db.open())
        ADD_FAILURE() << "cannot open " << path.toStdString();
}

RawConnection::~RawConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

qint64 RawConnection::count(const QString& table) const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool RawConnection::exec(const QString& statement) const
{
    QSqlQuery q(db());
    return q.exec(statement);
}

void loadRatingsFixture(KnotStore& store, const QString& fileName)
{
    QFile file(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/") + fileName);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << fileName.toStdString();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines.mid(1)) {
        const QStringList f = line.trimmed().split(QLatin1Char(','));
        ASSERT_EQ(f.size(), 4) << line.toStdString();
        Rating rating = ratingAt(f[0], f[3].toInt());
        if (const auto spot = store.spotByKey(f[1])) {
            rating.spotId = spot->id;
            const auto added = store.addRating(rating);
            ASSERT_TRUE(added) << added.error().toStdString();
        } else {
            const auto created = store.createSpot(store.atlas().region(f[2])->labelPoint, rating, f[1]);
            ASSERT_TRUE(created) << created.error().toStdString();
        }
    }
}

void rateEveryDay(KnotStore& store, const QString& region, const QString& key, int days, int intensity)
{
    for (int daysAgo = days - 1; daysAgo >= 0; --daysAgo) {
        Rating rating;
        rating.recordedAt = RecordedTime::localDayAt(QDate::currentDate().addDays(-daysAgo), QTime(9, 0));
        rating.intensity = intensity;
        if (const auto spot = store.spotByKey(key)) {
            rating.spotId = spot->id;
            const auto added = store.addRating(rating);
            ASSERT_TRUE(added) << added.error().toStdString();
        } else {
            const auto created = store.createSpot(store.atlas().region(region)->labelPoint, rating, key);
            ASSERT_TRUE(created) << created.error().toStdString();
        }
    }
}

Rating ratingAt(const QString& iso, int intensity, Quality quality, const QString& note)
{
    Rating rating;
    const auto at = RecordedTime::parseIso(iso);
    if (!at)
        ADD_FAILURE() << "bad time in test: " << iso.toStdString();
    rating.recordedAt = at.value_or(RecordedTime{});
    rating.intensity = intensity;
    rating.quality = quality;
    rating.note = note;
    return rating;
}

} // namespace knotmap::test
