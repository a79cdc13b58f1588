// SPDX-License-Identifier: GPL-3.0-or-later
// The routine catalogue against the published doses it must stay inside (docs/sources.md).
#include "TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {
// The ranges docs/sources.md cites for each technique ("Doses, technique by technique"). A dose is the
// catalogue's whole range, not just its default: the planner may pick any value inside it.
struct Published
{
    const char* technique;
    int holdMin, holdMax;         // one hold, seconds
    int perAreaMin, perAreaMax;   // hold × repeats: the time spent on one area
    int repeatsMin, repeatsMax;   // sets
    int timesPerDayMax;
    int daysPerWeekMax;
};
constexpr Published kPublished[] = {
    // Lu 2022: sustained pressure 30–60 s, by hand up to 90 s; at most twice a day (popular guidance).
    {"manual-pressure", 30, 90, 30, 270, 1, 3, 2, 7},
    {"light-pressure", 30, 90, 30, 180, 1, 3, 2, 7},
    // Popular guidance: a ball on a tender spot 30–45 s, once or twice a day; 1–3 sets (PMC6358529).
    {"ball-pressure", 30, 45, 30, 135, 1, 3, 2, 7},
    // Popular guidance: roll an area for 1–2 minutes in all, once or twice a day.
    {"roller-rolling", 60, 120, 60, 120, 1, 1, 2, 7},
    // ACSM 2021 and Bandy 1997: 30 s holds, 2–4 repetitions, daily best.
    {"stretch", 30, 30, 60, 120, 2, 4, 1, 7},
    // ACSM 2021: 8–12 repetitions, 2–3 days a week with a rest day between.
    {"strengthen", 3, 10, 24, 120, 8, 12, 1, 3},
};

QJsonObject shipped()
{
    QFile file(QStringLiteral(":/knotmap/routines/catalogue.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString loadError(const QJsonObject& root)
{
    QString error;
    EXPECT_FALSE(RoutineCatalogue::fromJson(QJsonDocument(root).toJson(), standardAtlas(), &error));
    return error;
}
} // namespace

TEST(Catalogue, DosesStayInsideThePublishedRanges)
{
    const RoutineCatalogue& catalogue = standardCatalogue();
    for (const Published& p : kPublished) {
        const Technique* t = catalogue.technique(QString::fromLatin1(p.technique));
        ASSERT_NE(t, nullptr) << p.technique;
        EXPECT_GE(t->holdSeconds.min, p.holdMin) << p.technique;
        EXPECT_LE(t->holdSeconds.max, p.holdMax) << p.technique;
        EXPECT_GE(t->holdSeconds.min * t->repeats.min, p.perAreaMin) << p.technique;
        EXPECT_LE(t->holdSeconds.max * t->repeats.max, p.perAreaMax) << p.technique;
        EXPECT_GE(t->repeats.min, p.repeatsMin) << p.technique;
        EXPECT_LE(t->repeats.max, p.repeatsMax) << p.technique;
        EXPECT_LE(t->timesPerDay.max, p.timesPerDayMax) << p.technique;
        EXPECT_LE(t->daysPerWeek.max, p.daysPerWeekMax) << p.technique;
        EXPECT_FALSE(t->sources.isEmpty()) << p.technique << " cites nothing";
        // Pressure and rolling say what to expect afterwards.
        EXPECT_EQ(t->pressesOnTissue(), !t->aftercare.isEmpty()) << p.technique;
    }
    // Older adults (ACSM: 30–60 s holds from 65).
    const Technique* stretch = catalogue.technique(QStringLiteral("stretch"));
    ASSERT_TRUE(stretch->olderFromAge);
    EXPECT_EQ(*stretch->olderFromAge, 65);
    EXPECT_GE(stretch->olderHoldSeconds.min, 30);
    EXPECT_LE(stretch->olderHoldSeconds.max, 60);
    EXPECT_EQ(stretch->holdFor(70).preferred, stretch->olderHoldSeconds.preferred);
    EXPECT_EQ(stretch->holdFor(std::nullopt).preferred, 30);
    // Strengthening is never planned two days running (Planner.StrengtheningKeepsARestDay...).
    EXPECT_TRUE(catalogue.technique(QStringLiteral("strengthen"))->needsRestDays());
}

TEST(Catalogue, EveryMuscleHasAStretchAndPressureNeverTouchesTheSpine)
{
    const RoutineCatalogue& catalogue = standardCatalogue();
    for (const AtlasRegion& region : standardAtlas().regions()) {
        const QList<MuscleStep> steps = catalogue.stepsFor(region.muscle);
        ASSERT_FALSE(steps.isEmpty()) << region.muscle.toStdString();
        bool stretch = false, pressure = false;
        for (const MuscleStep& step : steps) {
            const Technique* t = catalogue.technique(step.technique);
            stretch = stretch || t->kind == TechniqueKind::Stretch;
            pressure = pressure || t->pressesOnTissue();
            EXPECT_FALSE(step.how.isEmpty());
        }
        EXPECT_TRUE(stretch) << region.muscle.toStdString();
        // The muscles right beside the spine get no pressure at all.
        if (region.muscle == QStringLiteral("multifidus") ||
            region.muscle == QStringLiteral("cervical-paraspinals")) {
            EXPECT_FALSE(pressure) << region.muscle.toStdString();
        }
    }
    for (const Technique& t : catalogue.techniques()) {
        if (t.pressesOnTissue()) {
            EXPECT_TRUE(t.cautions.join(QLatin1Char(' ')).contains(QStringLiteral("spine")))
                << t.id.toStdString();
        }
    }
}

// Wherever a knot beside the lumbar spine is marked, L1 to L5, a finger's width from the spinous processes,
// its muscle gets no pressure and no rolling (issue 10: lumbar multifidus used to fall in the erector spinae,
// which get a ball and thumbs).
TEST(Catalogue, NoPressureRightBesideTheLumbarSpine)
{
    const BodyAtlas& atlas = standardAtlas();
    const RoutineCatalogue& catalogue = standardCatalogue();
    const qreal width = atlas.aspect() * 101.5; // the drawing's scale: see AtlasTest's cm()
    for (const double level : {58.8, 61.8, 64.8, 67.8, 70.8}) {
        for (const double x : {-1.2, 1.2}) {
            const AtlasRegion* region = atlas.hitTest(QPointF(0.5 + x / width, level / 101.5));
            ASSERT_NE(region, nullptr);
            SCOPED_TRACE(region->id.toStdString());
            EXPECT_EQ(region->muscle, QStringLiteral("multifidus"));
            const QList<MuscleStep> steps = catalogue.stepsFor(region->muscle);
            ASSERT_FALSE(steps.isEmpty());
            for (const MuscleStep& step : steps)
                EXPECT_FALSE(catalogue.technique(step.technique)->pressesOnTissue())
                    << step.technique.toStdString();
        }
    }
}

// On the head there is bone under a thin scalp: only gentle pressure, for the muscle band and the place above
// it.
TEST(Catalogue, TheHeadGetsOnlyLightPressure)
{
    const RoutineCatalogue& catalogue = standardCatalogue();
    int headRegions = 0;
    for (const AtlasRegion& region : standardAtlas().regions()) {
        if (region.area != QStringLiteral("head"))
            continue;
        ++headRegions;
        for (const MuscleStep& step : catalogue.stepsFor(region.muscle)) {
            const Technique* t = catalogue.technique(step.technique);
            EXPECT_TRUE(!t->pressesOnTissue() || (t->gentle && t->tool == Tool::None))
                << region.id.toStdString() << ": " << t->id.toStdString();
        }
    }
    EXPECT_EQ(headRegions, 4); // occipitalis and the upper back of the head, both sides
}

TEST(Catalogue, RefusesBrokenCatalogues)
{
    const QJsonObject good = shipped();
    ASSERT_TRUE(RoutineCatalogue::fromJson(QJsonDocument(good).toJson(), standardAtlas()));

    QString error;
    EXPECT_FALSE(RoutineCatalogue::fromJson("[1, 2", standardAtlas(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not valid JSON")));

    QJsonArray techniques = good.value(QStringLiteral("techniques")).toArray();
    QJsonObject badRange = techniques.at(0).toObject();
    badRange.insert(QStringLiteral("hold_s"), QJsonObject{{QStringLiteral("min"), 60},
                                                          {QStringLiteral("default"), 30},
                                                          {QStringLiteral("max"), 90}});
    QJsonArray withBadRange = techniques;
    withBadRange.replace(0, badRange);
    QJsonObject root = good;
    root.insert(QStringLiteral("techniques"), withBadRange);
    EXPECT_TRUE(loadError(root).contains(QStringLiteral("impossible hold_s range")));

    QJsonObject badSource = techniques.at(0).toObject();
    badSource.insert(QStringLiteral("sources"), QJsonArray{QStringLiteral("hearsay")});
    QJsonArray withBadSource = techniques;
    withBadSource.replace(0, badSource);
    root = good;
    root.insert(QStringLiteral("techniques"), withBadSource);
    EXPECT_TRUE(loadError(root).contains(QStringLiteral("hearsay")));

    QJsonArray muscles = good.value(QStringLiteral("muscles")).toArray();
    QJsonObject unknownTechnique = muscles.at(0).toObject();
    unknownTechnique.insert(QStringLiteral("steps"),
                            QJsonArray{QJsonObject{{QStringLiteral("technique"), QStringLiteral("cupping")},
                                                   {QStringLiteral("how"), QStringLiteral("x")}}});
    QJsonArray withUnknown = muscles;
    withUnknown.replace(0, unknownTechnique);
    root = good;
    root.insert(QStringLiteral("muscles"), withUnknown);
    EXPECT_TRUE(loadError(root).contains(QStringLiteral("cupping")));

    QJsonArray missingOne = muscles;
    missingOne.removeAt(0);
    root = good;
    root.insert(QStringLiteral("muscles"), missingOne);
    EXPECT_TRUE(loadError(root).contains(QStringLiteral("has nothing for")));
}
