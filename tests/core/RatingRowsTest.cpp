// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"

#include "exchange/RatingRows.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {
QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/") + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

// Two spots at fixed points (inside left upper trapezius and right quadratus lumborum), notes that need
// quoting, two time zones. The golden files were written out by hand from these values.
void fill(KnotStore& store)
{
    auto trap = store.createSpot(QPointF(0.31, 0.2925),
                                 ratingAt(QStringLiteral("2026-03-01T08:30:00+01:00"), 6, Quality::Aching,
                                          QStringLiteral("desk, then \"tight\"\nall day <b>")));
    auto ql = store.createSpot(QPointF(0.6144, 0.6266),
                               ratingAt(QStringLiteral("2026-03-01T23:30:00-05:00"), 7, Quality::Sharp));
    Rating later = ratingAt(QStringLiteral("2026-03-02T19:00:00+01:00"), 4);
    later.spotId = trap->spot.id;
    ASSERT_TRUE(store.addRating(later));
    ASSERT_TRUE(ql);
    // Fixed UUIDs in place of the random ones, so the golden files can name them.
    RawConnection raw(store.path());
    ASSERT_TRUE(
        raw.exec(QStringLiteral("UPDATE spots SET uuid = '11111111-1111-4111-8111-11111111111' || id")));
}
} // namespace

TEST(RatingRows, CsvMatchesTheGoldenFile)
{
    TempDatabase temp;
    auto store = temp.open();
    fill(*store);
    EXPECT_EQ(ratingRowsToCsv(ratingRows(*store)), fixture("ratings-golden.csv"));
}

TEST(RatingRows, JsonMatchesTheGoldenFile)
{
    TempDatabase temp;
    auto store = temp.open();
    fill(*store);
    const QJsonDocument expected = QJsonDocument::fromJson(fixture("ratings-golden.json"));
    ASSERT_TRUE(expected.isArray());
    EXPECT_EQ(QJsonDocument(ratingRowsToJson(ratingRows(*store))), expected);
}

TEST(RatingRows, DateFiltersUseEachRatingsLocalDay)
{
    TempDatabase temp;
    auto store = temp.open();
    fill(*store);
    // The 23:30 New York rating is 2 March in UTC but belongs to 1 March.
    EXPECT_EQ(ratingRows(*store, QDate(2026, 3, 1), QDate(2026, 3, 1)).size(), 2);
    EXPECT_EQ(ratingRows(*store, QDate(2026, 3, 2), QDate(2026, 3, 2)).size(), 1);
}

TEST(RatingRows, CsvQuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(csvField(QStringLiteral("emoji 😣")), QStringLiteral("emoji 😣"));
}
