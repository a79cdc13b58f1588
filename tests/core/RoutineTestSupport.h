// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDatabase.h"

#include "routines/Planner.h"

#include <gtest/gtest.h>

namespace knotmap::test {

// A store and a fixed "today", with helpers to rate a region's spot N days ago and to log routine steps.
class RoutineFixture : public ::testing::Test
{
protected:
    static constexpr int kOffsetMinutes = 120;
    const QDate today{2026, 6, 30};

    void SetUp() override { store = temp.open(); }

    RecordedTime at(int daysAgo, int hour = 9) const
    {
        const QDateTime local(today.addDays(-daysAgo), QTime(hour, 0), Qt::OffsetFromUTC,
                              kOffsetMinutes * 60);
        return RecordedTime::fromDateTime(local);
    }
    // Rates the spot of a region (made on first use at the region's label point).
    qint64 rate(const char* region, int daysAgo, int intensity, Quality quality = Quality::None, int hour = 9)
    {
        Rating rating;
        rating.recordedAt = at(daysAgo, hour);
        rating.intensity = intensity;
        rating.quality = quality;
        const QString key = QString::fromLatin1(region) + QStringLiteral("-1");
        if (const auto spot = store->spotByKey(key)) {
            rating.spotId = spot->id;
            const auto added = store->addRating(rating);
            EXPECT_TRUE(added) << added.error().toStdString();
            return spot->id;
        }
        const auto created =
            store->createSpot(standardAtlas().region(QString::fromLatin1(region))->labelPoint, rating);
        EXPECT_TRUE(created) << created.error().toStdString();
        return created ? created->spot.id : 0;
    }
    // The same score on each of the last `days` days.
    void rateDaily(const char* region, int days, int intensity, Quality quality = Quality::None)
    {
        for (int d = days - 1; d >= 0; --d)
            rate(region, d, intensity, quality);
    }
    void logStep(qint64 spotId, const QString& technique, int daysAgo, std::optional<int> before,
                 std::optional<int> after)
    {
        LoggedStep step;
        step.doneAt = at(daysAgo, 19);
        step.spotId = spotId;
        step.region = store->spot(spotId)->region;
        step.technique = technique;
        step.plannedSeconds = step.doneSeconds = 60;
        step.before = before;
        step.after = after;
        const auto logged = store->logRoutineStep(step);
        ASSERT_TRUE(logged) << logged.error().toStdString();
    }
    RoutinePlan plan(PlannerSettings settings = {}) const
    {
        return planRoutine(*store, standardCatalogue(), today, settings);
    }
    static QStringList techniquesFor(const RoutinePlan& plan, const QString& region)
    {
        QStringList ids;
        for (const PlanStep& step : plan.steps) {
            if (step.region == region)
                ids.append(step.technique);
        }
        return ids;
    }

    TempDatabase temp;
    std::unique_ptr<KnotStore> store;
};

} // namespace knotmap::test
