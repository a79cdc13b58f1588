// SPDX-License-Identifier: GPL-3.0-or-later
// The pain areas of issue 12 on both views: the front view's shapes and the back view's second layer.
#include "TempDatabase.h"

#include "atlas/BodyAtlas.h"
#include "atlas/Referral.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

const BodyAtlas& view(const char* name)
{
    static const BodyAtlas back = *BodyAtlas::loadView(QStringLiteral("back"));
    static const BodyAtlas front = *BodyAtlas::loadView(QStringLiteral("front"));
    return QLatin1String(name) == QLatin1String("front") ? front : back;
}

const AtlasRegion& area(const char* viewName, const char* id)
{
    const AtlasRegion* found = view(viewName).area(QString::fromLatin1(id));
    EXPECT_NE(found, nullptr) << id;
    static const AtlasRegion none;
    return found ? *found : none;
}

QString areaIdAt(const BodyAtlas& atlas, QPointF point)
{
    const AtlasRegion* hit = atlas.areaAt(point);
    return hit ? hit->id : QString();
}

// A back-view point given in the design units of make_back_view.py (person's left half, x < 0).
QPointF backDesign(double x, double y)
{
    return {0.5 + x / (0.62 * 101.5), y / 101.5};
}

// The back view as it was before the area layer (main before issue 12).
BodyAtlas atlasTwo()
{
    QFile file(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/back-view-atlas2.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QString error;
    const auto atlas = BodyAtlas::fromJson(file.readAll(), &error);
    EXPECT_TRUE(atlas) << error.toStdString();
    return *atlas;
}

} // namespace

TEST(PainAreas, BothViewsLoadAndKnowWhichWayTheyFace)
{
    EXPECT_EQ(view("back").view(), QStringLiteral("back"));
    EXPECT_FALSE(view("back").isFrontView());
    EXPECT_EQ(view("front").view(), QStringLiteral("front"));
    EXPECT_TRUE(view("front").isFrontView());
    EXPECT_TRUE(view("front").regions().isEmpty()); // no muscles on the front: knots go on the back view
    EXPECT_EQ(view("front").areas().size(), 28);    // 14 areas, both sides
    EXPECT_EQ(view("back").areas().size(), 31);     // 15 sided areas and the sacrum
    EXPECT_EQ(standardAtlas().areas().size(), 31);  // loadStandard() is still the back view

    QString error;
    EXPECT_FALSE(BodyAtlas::loadView(QStringLiteral("side"), &error));
    EXPECT_EQ(error,
              QStringLiteral("there is no 'side' view of the body: the views are \"back\" and \"front\""));
}

TEST(PainAreas, EveryAreasLabelPointHitsThatArea)
{
    for (const char* name : {"back", "front"}) {
        for (const AtlasRegion& a : view(name).areas())
            EXPECT_EQ(areaIdAt(view(name), a.labelPoint), a.id) << name << " " << a.id.toStdString();
    }
}

TEST(PainAreas, SidesAreMirrorImages)
{
    for (const char* name : {"back", "front"}) {
        const BodyAtlas& atlas = view(name);
        for (const AtlasRegion& left : atlas.areas()) {
            if (left.midline) {
                // The sacrum is its own mirror image.
                for (const QPointF& p : left.polygon)
                    EXPECT_TRUE(left.polygon.contains(QPointF(std::round((1 - p.x()) * 1e4) / 1e4, p.y())));
                continue;
            }
            if (left.side != BodySide::Left)
                continue;
            const AtlasRegion* right = atlas.area(left.muscle + QStringLiteral("-right"));
            ASSERT_NE(right, nullptr) << left.id.toStdString();
            ASSERT_EQ(right->polygon.size(), left.polygon.size()) << left.id.toStdString();
            for (const QPointF& p : left.polygon) {
                const QPointF mirrored(1 - p.x(), p.y());
                const bool found =
                    std::any_of(right->polygon.cbegin(), right->polygon.cend(), [&](QPointF q) {
                        return std::abs(q.x() - mirrored.x()) < 1.5e-4 && q.y() == mirrored.y();
                    });
                EXPECT_TRUE(found) << left.id.toStdString();
            }
            EXPECT_NEAR(right->labelPoint.x(), 1 - left.labelPoint.x(), 1.5e-4);
            EXPECT_EQ(right->labelPoint.y(), left.labelPoint.y());
        }
    }
}

// The person's own sides: on the back view their left is on the viewer's left, on the front view on the
// viewer's right.
TEST(PainAreas, TheFrontViewShowsThePersonsLeftOnTheViewersRight)
{
    EXPECT_GT(area("front", "temple-left").labelPoint.x(), 0.5);
    EXPECT_LT(area("front", "temple-right").labelPoint.x(), 0.5);
    EXPECT_GT(area("front", "outer-hip-left").labelPoint.x(), 0.5);
    EXPECT_LT(area("back", "buttock-left").labelPoint.x(), 0.5);
    EXPECT_GT(area("back", "buttock-right").labelPoint.x(), 0.5);
    EXPECT_TRUE(area("back", "sacrum").midline);
    EXPECT_NEAR(area("back", "sacrum").labelPoint.x(), 0.5, 1e-9);
}

// Sampled on a fine grid offset from the design lattice: no point lies in two areas.
TEST(PainAreas, AreasNeverOverlap)
{
    for (const char* name : {"back", "front"}) {
        const BodyAtlas& atlas = view(name);
        int inSome = 0;
        for (int i = 0; i < 300; ++i) {
            for (int k = 0; k < 450; ++k) {
                const QPointF p((i + 0.37) / 300.0, (k + 0.61) / 450.0);
                int count = 0;
                for (const AtlasRegion& a : atlas.areas())
                    count += a.bounds.contains(p) && a.polygon.containsPoint(p, Qt::OddEvenFill);
                ASSERT_LE(count, 1) << name << " at " << p.x() << ", " << p.y();
                inSome += count;
            }
        }
        EXPECT_GT(inSome, 1000) << name;
    }
}

// Every area of the vocabulary is drawn on its own view for each side it has, and the views draw nothing
// the vocabulary lacks.
TEST(PainAreas, EveryAreaOfTheVocabularyHasAShapeOnItsOwnView)
{
    QString error;
    const auto referral = ReferralAtlas::loadStandard(&error);
    ASSERT_TRUE(referral) << error.toStdString();
    QSet<QString> named;
    for (const PainArea& pain : referral->areas()) {
        const BodyAtlas& atlas = view(pain.view == QLatin1String("front") ? "front" : "back");
        const AtlasRegion* shape = atlas.area(pain.id);
        ASSERT_NE(shape, nullptr) << pain.view.toStdString() << " " << pain.id.toStdString();
        EXPECT_EQ(shape->muscle, pain.key);
        EXPECT_EQ(shape->midline, !pain.side.has_value());
        if (pain.side) {
            EXPECT_EQ(shape->side, *pain.side);
        }
        named.insert(pain.view + QLatin1Char(':') + pain.id);
    }
    for (const char* name : {"back", "front"}) {
        for (const AtlasRegion& a : view(name).areas())
            EXPECT_TRUE(named.contains(QLatin1String(name) + QLatin1Char(':') + a.id)) << a.id.toStdString();
    }
}

// Areas sit where a person would point (positions in make_back_view.py's design units).
TEST(PainAreas, BackAreasSitWhereAPersonWouldPoint)
{
    const BodyAtlas& back = view("back");
    const auto at = [&](double x, double y) { return areaIdAt(back, backDesign(x, y)); };
    EXPECT_EQ(at(-2.0, 4.0), QStringLiteral("top-of-head-left"));
    EXPECT_EQ(at(-4.0, 13.0), QStringLiteral("back-of-head-left"));
    EXPECT_EQ(at(-2.5, 22.0), QStringLiteral("back-of-neck-left"));
    EXPECT_EQ(at(-5.5, 27.5), QStringLiteral("neck-shoulder-angle-left"));
    EXPECT_EQ(at(-15.0, 30.0), QStringLiteral("top-of-shoulder-left"));          // above the scapular spine
    EXPECT_EQ(at(-22.0, 38.0), QStringLiteral("back-of-shoulder-left"));         // over the posterior deltoid
    EXPECT_EQ(at(-22.5, 53.0), QStringLiteral("back-of-upper-arm-left"));        // over triceps
    EXPECT_EQ(at(-4.8, 36.0), QStringLiteral("shoulder-blade-inner-edge-left")); // on the medial border
    EXPECT_EQ(at(-8.0, 44.5), QStringLiteral("shoulder-blade-lower-angle-left")); // the inferior angle
    EXPECT_EQ(at(-1.5, 36.0), QStringLiteral("between-shoulder-blades-left"));
    EXPECT_EQ(at(-6.0, 52.0), QStringLiteral("mid-back-left"));
    EXPECT_EQ(at(-6.0, 64.0), QStringLiteral("low-back-left"));
    EXPECT_EQ(at(-4.5, 76.2), QStringLiteral("sacroiliac-left")); // the PSIS dimple
    EXPECT_EQ(at(0.0, 77.0), QStringLiteral("sacrum"));
    EXPECT_EQ(at(-10.0, 86.0), QStringLiteral("buttock-left"));
    EXPECT_EQ(at(-8.0, 97.5), QStringLiteral("back-of-thigh-left"));
    EXPECT_EQ(at(10.0, 86.0), QStringLiteral("buttock-right"));
    // Places with no named area stay plain: the flat of the shoulder blade, the ear, outside the body.
    EXPECT_EQ(at(-11.0, 36.0), QString());
    EXPECT_EQ(at(-9.0, 14.0), QString());
    EXPECT_EQ(at(-29.0, 70.0), QString());
}

TEST(PainAreas, FrontAreasSitWhereAPersonWouldPointAndPlainPlacesStayPlain)
{
    const BodyAtlas& front = view("front");
    // Design units of make_front_view.py: the person's right half at x < 0, 151 units tall with the figure
    // 3 units down, aspect 0.38.
    const auto at = [&](double x, double y) {
        return areaIdAt(front, {0.5 + x / (0.38 * 151), (y + 3) / 151});
    };
    EXPECT_EQ(at(-3.4, 14.5), QStringLiteral("behind-eye-right")); // the right eye
    EXPECT_EQ(at(3.4, 14.5), QStringLiteral("behind-eye-left"));
    EXPECT_EQ(at(-2.5, 9.5), QStringLiteral("forehead-right"));
    EXPECT_EQ(at(-7.2, 11.0), QStringLiteral("temple-right"));
    EXPECT_EQ(at(-6.4, 22.5), QStringLiteral("jaw-right"));
    EXPECT_EQ(at(-5.0, 29.0), QStringLiteral("side-of-neck-right"));
    EXPECT_EQ(at(-17.0, 39.0), QStringLiteral("front-of-shoulder-right"));
    EXPECT_EQ(at(-21.5, 50.0), QStringLiteral("outer-upper-arm-right"));
    EXPECT_EQ(at(-22.0, 63.0), QStringLiteral("outer-elbow-right"));
    EXPECT_EQ(at(-26.2, 92.0), QStringLiteral("thumb-side-right"));          // the thumb
    EXPECT_EQ(at(-20.2, 100.0), QStringLiteral("little-finger-side-right")); // the little finger
    EXPECT_EQ(at(-12.8, 54.0), QStringLiteral("chest-wall-right"));
    EXPECT_EQ(at(-15.5, 86.0), QStringLiteral("outer-hip-right"));
    EXPECT_EQ(at(-6.0, 86.0), QStringLiteral("groin-right"));
    EXPECT_EQ(at(-13.0, 110.0), QStringLiteral("outer-thigh-and-calf-right"));
    EXPECT_EQ(at(-11.5, 140.0), QStringLiteral("outer-thigh-and-calf-right")); // the calf
    EXPECT_EQ(at(0.0, 45.0), QString());                                       // mid chest
    EXPECT_EQ(at(-5.0, 65.0), QString());                                      // belly
    EXPECT_EQ(at(-7.0, 105.0), QString());                                     // front of the thigh
    EXPECT_EQ(at(0.0, 3.5), QString());    // top of the head: a back-view area
    EXPECT_EQ(at(-18.0, 60.0), QString()); // between arm and trunk
}

// Temple, forehead, behind the eye and jaw stay easy to hit: at least 14 px tall on a 560 px tall view.
TEST(PainAreas, FaceAreasAreLargeEnoughToClick)
{
    for (const char* key : {"temple", "forehead", "behind-eye", "jaw"}) {
        for (const char* side : {"-left", "-right"}) {
            const AtlasRegion& a = area("front", (std::string(key) + side).c_str());
            EXPECT_GE(a.bounds.height() * 560, 14.0) << key << side;
        }
    }
}

TEST(PainAreas, APointOnASeamGoesToANeighbourNotToNothing)
{
    const BodyAtlas& front = view("front");
    const AtlasRegion& temple = area("front", "temple-right");
    const AtlasRegion& eye = area("front", "behind-eye-right");
    // A vertex the two share lies on the seam between them.
    for (const QPointF& p : temple.polygon) {
        if (!eye.polygon.contains(p))
            continue;
        const QString hit = areaIdAt(front, p);
        EXPECT_TRUE(hit == temple.id || hit == eye.id) << hit.toStdString();
    }
}

// The back view's regions, silhouette and guides are exactly as before the area layer was added.
TEST(PainAreas, TheBackViewsRegionsAreUnchanged)
{
    const BodyAtlas before = atlasTwo();
    const BodyAtlas& now = standardAtlas();
    EXPECT_EQ(now.silhouette(), before.silhouette());
    ASSERT_EQ(now.regions().size(), before.regions().size());
    for (qsizetype i = 0; i < before.regions().size(); ++i) {
        const AtlasRegion& old = before.regions()[i];
        const AtlasRegion& region = now.regions()[i];
        EXPECT_EQ(region.id, old.id);
        EXPECT_EQ(region.name, old.name);
        EXPECT_EQ(region.polygon, old.polygon) << old.id.toStdString();
        EXPECT_EQ(region.labelPoint, old.labelPoint) << old.id.toStdString();
        EXPECT_EQ(now.hitTest(old.labelPoint)->id, old.id);
    }
    ASSERT_EQ(now.guides().size(), before.guides().size());
    for (qsizetype i = 0; i < before.guides().size(); ++i)
        EXPECT_EQ(now.guides()[i].points, before.guides()[i].points);
    EXPECT_TRUE(before.areas().isEmpty());
    // And every point of a grid still hits the region it hit before.
    for (int i = 0; i < 120; ++i) {
        for (int k = 0; k < 200; ++k) {
            const QPointF p((i + 0.5) / 120.0, (k + 0.5) / 200.0);
            const AtlasRegion* was = before.hitTest(p);
            const AtlasRegion* is = now.hitTest(p);
            ASSERT_EQ(was ? was->id : QString(), is ? is->id : QString());
        }
    }
}

TEST(PainAreas, RefusesBrokenAreas)
{
    const auto load = [](const char* areas) {
        const QByteArray json = QByteArrayLiteral(
                                    R"({"id":"v","name":"v","view":"front","aspect":0.5,
                "silhouette":[[0.1,0.1],[0.9,0.1],[0.5,0.9]],"regions":[],"areas":[)") +
                                QByteArray(areas) + "]}";
        QString error;
        const auto atlas = BodyAtlas::fromJson(json, &error);
        return atlas ? QStringLiteral("ok") : error;
    };
    const char* good = R"({"id":"temple-left","key":"temple","side":"left","label":[0.5,0.3],
        "polygon":[[0.4,0.2],[0.6,0.2],[0.5,0.5]]})";
    EXPECT_EQ(load(good), QStringLiteral("ok"));
    EXPECT_EQ(load(""), QStringLiteral("the body atlas has no regions"));
    EXPECT_EQ(
        load(R"({"id":"temple-right","key":"temple","side":"left","label":[0.5,0.3],
        "polygon":[[0.4,0.2],[0.6,0.2],[0.5,0.5]]})"),
        QStringLiteral("the body atlas has a pain area 'temple-right' whose id does not match its key and "
                       "side"));
    EXPECT_EQ(
        load(R"({"id":"sacrum","key":"sacrum","side":"middle","label":[0.5,0.3],
        "polygon":[[0.4,0.2],[0.6,0.2],[0.5,0.5]]})"),
        QStringLiteral("the body atlas has a pain area 'sacrum' whose id does not match its key and side"));
    EXPECT_EQ(load((std::string(good) + "," + good).c_str()),
              QStringLiteral("the body atlas lists pain area 'temple-left' twice"));
    EXPECT_EQ(load(R"({"id":"jaw-left","key":"jaw","side":"left","label":[0.5,1.3],
        "polygon":[[0.4,0.2],[0.6,0.2],[0.5,0.5]]})"),
              QStringLiteral("pain area 'jaw-left' has a malformed shape or label point"));
    const QByteArray sideways = R"({"id":"v","name":"v","view":"sideways","aspect":0.5,
        "silhouette":[[0.1,0.1],[0.9,0.1],[0.5,0.9]],"regions":[]})";
    QString error;
    EXPECT_FALSE(BodyAtlas::fromJson(sideways, &error));
    EXPECT_EQ(error, QStringLiteral("the body atlas's view must be \"back\" or \"front\", not 'sideways'"));
}
