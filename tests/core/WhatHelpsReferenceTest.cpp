// SPDX-License-Identifier: GPL-3.0-or-later
// whatHelps reads only the two fortnights around each start; here it must agree, figure for figure, with the
// plain way of working them out from every rating and every logged step, on randomly filled stores.
#include "WhatHelpsReference.h"
#include "TempDatabase.h"

#include "domain/LocalDay.h"
#include "routines/WhatHelps.h"
#include "storage/KnotStore.h"

#include <QHash>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <algorithm>

using namespace knotmap;
using namespace knotmap::test;

namespace {

// A store with several spots rated over years (offsets from −10 h to +14 h, so a rating's local day is
// often not its UTC day), a log of four techniques started at different times, steps without scores, steps
// at the same second, and a step for a region alone.
void fill(KnotStore& store, quint32 seed)
{
    QRandomGenerator random(seed);
    const QDate first(2019, 1, 1);
    const QDate last(2026, 6, 30);
    const int days = int(first.daysTo(last)) + 1;
    const auto moment = [&](QDate day) {
        const int offset = (int(random.bounded(25)) - 10) * 60;
        const qint64 local = QDate(1970, 1, 1).daysTo(day) * kSecondsPerDay + random.bounded(86400);
        return RecordedTime{local - offset * 60, offset};
    };
    QList<qint64> spots;
    for (int s = 0; s < 6; ++s) {
        const AtlasRegion& region = standardAtlas().regions().at(s * 3);
        Rating firstRating;
        firstRating.recordedAt = moment(first);
        firstRating.intensity = 5;
        const auto created = store.createSpot(region.labelPoint, firstRating);
        ASSERT_TRUE(created) << created.error().toStdString();
        spots.append(created->spot.id);
    }
    QList<Rating> ratings;
    for (qint64 spot : spots) {
        for (int d = 0; d < days; ++d) {
            if (random.bounded(10) < 3) // most days unrated, so some windows are empty or sparse
                continue;
            for (int n = int(random.bounded(4)); n >= 0; --n) {
                Rating rating;
                rating.spotId = spot;
                rating.recordedAt = moment(first.addDays(d));
                rating.intensity = int(random.bounded(11));
                ratings.append(rating);
            }
        }
    }
    const auto added = store.addRatings(ratings);
    ASSERT_TRUE(added) << added.error().toStdString();

    const QStringList techniques{QStringLiteral("ball-pressure"), QStringLiteral("stretch"),
                                 QStringLiteral("heat"), QStringLiteral("manual-pressure")};
    const auto score = [&]() -> std::optional<int> {
        return random.bounded(5) == 0 ? std::nullopt : std::optional(int(random.bounded(11)));
    };
    for (qint64 spot : spots) {
        for (int t = 0; t < techniques.size(); ++t) {
            if (random.bounded(4) == 0)
                continue;                                      // not every technique for every spot
            const int start = int(random.bounded(days - 200)); // years apart, never the log's whole span
            for (int n = 0; n < 12; ++n) {
                LoggedStep step;
                step.doneAt = moment(first.addDays(start + (n == 0 ? 0 : 1 + int(random.bounded(180)))));
                step.spotId = random.bounded(30) == 0 ? 0 : spot; // now and then a region alone
                step.region = store.spot(spot)->region;
                step.technique = techniques[t];
                step.plannedSeconds = step.doneSeconds = 60;
                step.before = score();
                step.after = score();
                ASSERT_TRUE(store.logRoutineStep(step));
                if (random.bounded(n == 0 ? 2 : 8) ==
                    0) { // the same second in another offset: which came first?
                    step.doneAt.offsetMinutes = step.doneAt.offsetMinutes > 0 ? -600 : 840;
                    if (random.bounded(2) == 0)
                        step.technique = techniques[(t + 1) % techniques.size()];
                    ASSERT_TRUE(store.logRoutineStep(step));
                }
            }
        }
    }
}

void expectSame(const std::optional<double>& actual, const std::optional<double>& expected, const char* what)
{
    ASSERT_EQ(actual.has_value(), expected.has_value()) << what;
    if (expected) {
        EXPECT_DOUBLE_EQ(*actual, *expected) << what;
    }
}

} // namespace

TEST(WhatHelpsReference, AgreesWithEveryRatingReadOnRandomStores)
{
    for (const quint32 seed : {1u, 20261121u, 77u}) {
        SCOPED_TRACE(seed);
        TempDatabase temp;
        auto store = temp.open();
        ASSERT_TRUE(store);
        ASSERT_NO_FATAL_FAILURE(fill(*store, seed));
        const QList<HelpStats> expected = referenceWhatHelps(*store);
        const QList<HelpStats> actual = whatHelps(*store);
        ASSERT_GT(expected.size(), 6); // enough techniques on enough spots to mean something
        ASSERT_EQ(actual.size(), expected.size());
        int windowsWithRatings = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            SCOPED_TRACE(i);
            EXPECT_EQ(actual[i].technique, expected[i].technique);
            EXPECT_EQ(actual[i].spotId, expected[i].spotId);
            EXPECT_EQ(actual[i].spotKey, expected[i].spotKey);
            EXPECT_EQ(actual[i].region, expected[i].region);
            EXPECT_EQ(actual[i].sessions, expected[i].sessions);
            EXPECT_EQ(actual[i].firstDone, expected[i].firstDone);
            expectSame(actual[i].meanChange, expected[i].meanChange, "mean change");
            expectSame(actual[i].meanBeforeStart, expected[i].meanBeforeStart, "before the start");
            expectSame(actual[i].meanAfterStart, expected[i].meanAfterStart, "after the start");
            windowsWithRatings +=
                expected[i].meanBeforeStart.has_value() + expected[i].meanAfterStart.has_value();
        }
        EXPECT_GT(windowsWithRatings, expected.size()); // the windows really hold ratings
    }
}

TEST(WhatHelpsReference, WindowsOfOneSpotThatOverlapCountEachDayOnce)
{
    TempDatabase temp;
    auto store = temp.open();
    Rating rating;
    rating.recordedAt = RecordedTime{QDate(1970, 1, 1).daysTo(QDate(2026, 3, 10)) * kSecondsPerDay + 3600, 0};
    rating.intensity = 4;
    const auto created = store->createSpot(standardAtlas().regions().constFirst().labelPoint, rating);
    ASSERT_TRUE(created);
    rating.spotId = created->spot.id;
    rating.intensity = 8;
    rating.recordedAt.utcSeconds += 86400; // 2026-03-11
    ASSERT_TRUE(store->addRating(rating));
    const qint64 spot = created->spot.id;
    const QList<SpotDailyAggregate> days =
        store->spotDailyAggregatesIn({{spot, QDate(2026, 3, 1), QDate(2026, 3, 10)},
                                      {spot, QDate(2026, 3, 5), QDate(2026, 3, 20)},
                                      {spot + 1, QDate(2026, 3, 1), QDate(2026, 3, 20)},
                                      {spot, QDate(2026, 3, 12), QDate(2026, 3, 1)}});
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days[0].day, QDate(2026, 3, 10));
    EXPECT_EQ(days[0].sum, 4);
    EXPECT_EQ(days[0].count, 1);
    EXPECT_EQ(days[1].day, QDate(2026, 3, 11));
    EXPECT_EQ(days[1].sum, 8);
}
