// SPDX-License-Identifier: GPL-3.0-or-later
// Finding 5 of the trust issue: a person's own backup must restore after they moved a knot, another
// database's file must never merge knots that merely share a key, a point beside a region's edge must come
// back in its own region; and imported settings are checked like typed ones.
#include "TempDatabase.h"

#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"
#include "settings/Settings.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

QString writeFile(const TempDatabase& temp, const char* name, const QByteArray& bytes)
{
    const QString path = temp.dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray jsonOf(const KnotStore& store)
{
    return QJsonDocument(exportJson(store, nullptr)).toJson();
}

// A point inside `inside` whose x, rounded to six decimals, lies in the neighbouring region: found by walking
// a line across the back until the region changes, then closing in on the edge.
std::optional<std::pair<QPointF, QString>> pointBesideAnEdge()
{
    const BodyAtlas& atlas = standardAtlas();
    for (qreal y = 0.25; y < 0.7; y += 0.01) {
        for (qreal x = 0.3; x < 0.7; x += 0.002) {
            const AtlasRegion* a = atlas.hitTest({x, y});
            const AtlasRegion* b = atlas.hitTest({x + 0.002, y});
            if (!a || !b || a == b)
                continue;
            qreal lo = x, hi = x + 0.002; // a at lo, not a at hi
            for (int i = 0; i < 60; ++i) {
                const qreal mid = (lo + hi) / 2;
                (atlas.hitTest({mid, y}) == a ? lo = mid : hi = mid);
            }
            for (int k = 1; k < 100; ++k) {
                const QPointF p(lo - k * 1e-8, y);
                const QPointF rounded(QString::number(p.x(), 'f', 6).toDouble(), y);
                if (atlas.hitTest(p) == a && atlas.hitTest(rounded) != a)
                    return std::pair{p, a->id};
            }
        }
    }
    return std::nullopt;
}

} // namespace

TEST(SpotIdentity, AJsonBackupRestoresAfterItsSpotMovedToAnotherMuscle)
{
    TempDatabase temp;
    auto store = temp.open();
    auto spot = store->createSpot(labelOf("upper-trapezius-left"),
                                  ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 6));
    ASSERT_TRUE(spot);
    const QString json = writeFile(temp, "backup.json", jsonOf(*store));
    const QString csv = writeFile(temp, "backup.csv", ratingRowsToCsv(ratingRows(*store)));
    ASSERT_TRUE(store->moveSpot(spot->spot.id, labelOf("latissimus-dorsi-right")));

    for (const QString& backup : {json, csv}) {
        const ImportResult result = importFile(*store, backup, nullptr);
        ASSERT_TRUE(result.counts) << result.problems.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(result.counts->spotsAdded, 0);
        EXPECT_EQ(result.counts->ratingsSkipped, 1); // the same rating: already there
    }
    ASSERT_EQ(store->spots().size(), 1);
    EXPECT_EQ(store->spots()[0].region, QStringLiteral("latissimus-dorsi-right")); // where it is now
}

TEST(SpotIdentity, AnotherDatabasesKnotsAreNeverMergedByKey)
{
    TempDatabase mine, theirs;
    auto store = mine.open();
    auto other = theirs.open();
    ASSERT_TRUE(store->createSpot(labelOf("upper-trapezius-left"),
                                  ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5)));
    ASSERT_TRUE(other->createSpot(labelOf("upper-trapezius-left"),
                                  ratingAt(QStringLiteral("2026-03-02T08:00:00Z"), 8)));
    ASSERT_EQ(store->spots()[0].key, other->spots()[0].key); // keys repeat from database to database

    const ImportResult result = importFile(*store, writeFile(mine, "theirs.json", jsonOf(*other)), nullptr);
    ASSERT_TRUE(result.counts) << result.problems.join(QLatin1Char('\n')).toStdString();
    const QList<Spot> spots = store->spots();
    ASSERT_EQ(spots.size(), 2);
    EXPECT_EQ(store->ratingsForSpot(spots[0].id).size(), 1); // mine keeps only its own rating
    EXPECT_EQ(spots[1].key, QStringLiteral("upper-trapezius-left-2"));
    EXPECT_EQ(spots[1].uuid, other->spots()[0].uuid);
    EXPECT_EQ(store->ratingsForSpot(spots[1].id).value(0).intensity, 8);
}

TEST(SpotIdentity, APointBesideARegionEdgeComesBackInItsRegion)
{
    const auto beside = pointBesideAnEdge();
    ASSERT_TRUE(beside) << "no region edge found to test";
    const auto [point, region] = *beside;
    TempDatabase temp;
    auto store = temp.open();
    auto spot = store->createSpot(point, ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 4));
    ASSERT_TRUE(spot);
    ASSERT_EQ(spot->spot.region, region);
    const QByteArray json = jsonOf(*store), csv = ratingRowsToCsv(ratingRows(*store));

    for (const auto& [name, bytes] : {std::pair{"edge.json", json}, std::pair{"edge.csv", csv}}) {
        TempDatabase fresh;
        auto restored = fresh.open();
        const ImportResult result = importFile(*restored, writeFile(fresh, name, bytes), nullptr);
        ASSERT_TRUE(result.counts) << name << ": " << result.problems.join(QLatin1Char('\n')).toStdString();
        ASSERT_EQ(restored->spots().size(), 1);
        EXPECT_EQ(restored->spots()[0].region, region) << name;
        EXPECT_EQ(restored->spots()[0].position, point) << name << ": the very same point";
    }
    // A file from before exact coordinates (six decimals, no UUID) trusts its region a rounding error away.
    const QByteArray old =
        QStringLiteral("recorded_at,spot,region,x,y,intensity,quality,note\r\n"
                       "2026-03-01T08:00:00Z,k-1,%1,%2,%3,4,,\r\n")
            .arg(region, QString::number(point.x(), 'f', 6), QString::number(point.y(), 'f', 6))
            .toUtf8();
    TempDatabase fresh;
    auto restored = fresh.open();
    const ImportResult result = importFile(*restored, writeFile(fresh, "old.csv", old), nullptr);
    ASSERT_TRUE(result.counts) << result.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(restored->spots().value(0).region, region);
}

// Finding 6: an imported minutesPerDay of -100 was stored.
TEST(SpotIdentity, ImportedSettingsAreCheckedAndABadOneRefusesTheWholeFile)
{
    TempDatabase temp;
    auto store = temp.open();
    auto settings = Settings::atPath(temp.dir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5)));
    QJsonObject file = exportJson(*store, settings.get());
    QJsonObject values = file.value(QStringLiteral("settings")).toObject();
    values.insert(QStringLiteral("routine/minutesPerDay"), -100);
    file.insert(QStringLiteral("settings"), values);

    TempDatabase other;
    auto target = other.open();
    const ImportResult result = importFile(
        *target, writeFile(other, "bad-settings.json", QJsonDocument(file).toJson()), settings.get());
    EXPECT_FALSE(result.counts);
    EXPECT_TRUE(result.problems.join(QLatin1Char('\n')).contains(QStringLiteral("minutesPerDay")))
        << result.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(settings->value(SettingKey::RoutineMinutes).toInt(), 15);
    EXPECT_TRUE(target->spots(true).isEmpty());
}
