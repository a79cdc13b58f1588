// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"

#include "demo/DemoHistory.h"
#include "exchange/RatingRows.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

TEST(DemoHistory, IsRealisticAndEndsOnTheGivenDay)
{
    TempDatabase temp;
    auto store = temp.open();
    const QDate end(2026, 6, 30);
    ASSERT_EQ(generateDemoHistory(*store, 8, 3, end), QString());
    const QList<Spot> spots = store->spots();
    EXPECT_GE(spots.size(), 5);
    EXPECT_LE(spots.size(), 8);
    const QList<RatingRow> rows = ratingRows(*store);
    QSet<QDate> days;
    QHash<QDate, int> perDay;
    for (const RatingRow& row : rows) {
        days.insert(row.recordedAt.localDate());
        ++perDay[row.recordedAt.localDate()];
        EXPECT_GE(row.intensity, 0);
        EXPECT_LE(row.intensity, 10);
        EXPECT_EQ(store->atlas().hitTest(row.position)->id, row.region);
    }
    EXPECT_EQ(*std::max_element(days.cbegin(), days.cend()), end);
    EXPECT_GE(*std::min_element(days.cbegin(), days.cend()), end.addDays(-8 * 7 + 1));
    // Several ratings on a day are normal.
    EXPECT_GT(*std::max_element(perDay.cbegin(), perDay.cend()), 3);
}

TEST(DemoHistory, TheSameSeedGivesTheSameHistory)
{
    TempDatabase a, b, c;
    auto first = a.open(), second = b.open(), third = c.open();
    const QDate end(2026, 6, 30);
    ASSERT_EQ(generateDemoHistory(*first, 4, 11, end), QString());
    ASSERT_EQ(generateDemoHistory(*second, 4, 11, end), QString());
    ASSERT_EQ(generateDemoHistory(*third, 4, 12, end), QString());
    // The same history; each database's knots still have UUIDs of their own.
    const auto history = [](const KnotStore& store) {
        QList<RatingRow> rows = ratingRows(store);
        for (RatingRow& row : rows)
            row.spotUuid.clear();
        return ratingRowsToCsv(rows);
    };
    EXPECT_EQ(history(*first), history(*second));
    EXPECT_NE(history(*first), history(*third));
    EXPECT_NE(first->spots().value(0).uuid, second->spots().value(0).uuid);
}

TEST(DemoHistory, RefusesAnImpossiblePeriod)
{
    TempDatabase temp;
    auto store = temp.open();
    EXPECT_FALSE(generateDemoHistory(*store, 0, 1).isEmpty());
    EXPECT_TRUE(store->spots().isEmpty());
}
