// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli refer, run as a script would: where a knot's pain may be felt (--region) and which knots may
// cause pain felt in an area (--area). Expectations from /work/shared/reference/referral.md, by hand.
#include "TempDatabase.h"

#include "atlas/Referral.h"
#include "storage/KnotStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace knotmap::test;

namespace {

struct Ran
{
    int exitCode = -1;
    QString out, err;
};

class CliRefer : public ::testing::Test
{
protected:
    Ran run(std::initializer_list<const char*> items) const
    {
        QStringList arguments{QStringLiteral("--db"), temp.path()};
        for (const char* item : items)
            arguments.append(QString::fromUtf8(item));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), temp.dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KNOTMAP_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QJsonObject json(std::initializer_list<const char*> items) const
    {
        const Ran r = run(items);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    void expectRefused(std::initializer_list<const char*> items, int exitCode, const QString& mentions) const
    {
        const Ran r = run(items);
        EXPECT_EQ(r.exitCode, exitCode) << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("knotmap-cli: "))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(mentions)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }

    TempDatabase temp;
};

QJsonArray strings(std::initializer_list<const char*> items)
{
    QJsonArray array;
    for (const char* item : items)
        array.append(QString::fromUtf8(item));
    return array;
}

// The words never diagnose.
void expectCarefulWords(const QString& text)
{
    EXPECT_FALSE(text.contains(QStringLiteral("comes from"), Qt::CaseInsensitive)) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("caused by"), Qt::CaseInsensitive)) << text.toStdString();
}

} // namespace

TEST_F(CliRefer, RegionGivesTheAreasNearestFirstOnItsSide)
{
    // Upper trapezius: up the back and side of the neck, behind the ear, the temple; sometimes behind the
    // eye and the jaw.
    const QJsonObject left = json({"refer", "--region", "upper-trapezius-left", "--format", "json"});
    EXPECT_EQ(left.value(QStringLiteral("region")).toString(), QStringLiteral("upper-trapezius-left"));
    EXPECT_EQ(left.value(QStringLiteral("felt_in")).toArray(),
              strings({"back-of-neck-left", "side-of-neck-left", "back-of-head-left", "temple-left",
                       "behind-eye-left", "jaw-left"}));
    EXPECT_EQ(left.value(QStringLiteral("felt_in_names")).toArray().at(3).toString(),
              QStringLiteral("Left temple"));
    EXPECT_EQ(left.value(QStringLiteral("sources")).toArray(), strings({"J1", "J3", "O-trap", "M-UT"}));
    const QJsonObject right = json({"refer", "--region", "piriformis-right", "--format", "json"});
    EXPECT_EQ(right.value(QStringLiteral("felt_in")).toArray(),
              strings({"sacroiliac-right", "buttock-right", "back-of-thigh-right"}));
}

TEST_F(CliRefer, RegionIncludesMusclesWhoseKnotLiesThereOnTheMap)
{
    // Latissimus dorsi's usual knot, in the back fold of the armpit, lies in teres major on this map.
    const QJsonObject teres = json({"refer", "--region", "teres-major-right", "--format", "json"});
    EXPECT_EQ(teres.value(QStringLiteral("felt_in")).toArray(),
              strings({"back-of-shoulder-right", "back-of-upper-arm-right",
                       "shoulder-blade-lower-angle-right", "mid-back-right", "little-finger-side-right"}));
    EXPECT_EQ(teres.value(QStringLiteral("muscles")).toArray(), strings({"teres-major", "latissimus-dorsi"}));
    const Ran text = run({"refer", "--region", "teres-major-right"});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("right latissimus dorsi, whose usual knot lies here")))
        << text.out.toStdString();
}

TEST_F(CliRefer, RegionTextReadsAsPlainEnglish)
{
    const Ran r = run({"refer", "--region", "quadratus-lumborum-left"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.startsWith(QStringLiteral("Left quadratus lumborum: a knot here may send pain to these "
                                        "areas, nearest first:\n  Low back, left side\n  Left outer hip\n")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("not a diagnosis")));
    expectCarefulWords(r.out);
}

TEST_F(CliRefer, RegionWithoutAPatternAnswersAnEmptyList)
{
    const QJsonObject triceps = json({"refer", "--region", "triceps-left", "--format", "json"});
    EXPECT_EQ(triceps.value(QStringLiteral("felt_in")).toArray(), QJsonArray());
    const Ran text = run({"refer", "--region", "hamstrings-right"});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_EQ(text.out,
              QStringLiteral("Right hamstrings: KnotMap's sources describe no pattern of referred pain "
                             "for a knot here.\n"));
}

TEST_F(CliRefer, AreaGivesRankedCandidatesWithWhereToSearch)
{
    const QJsonObject temple = json({"refer", "--area", "temple-left", "--format", "json"});
    EXPECT_EQ(temple.value(QStringLiteral("area")).toString(), QStringLiteral("temple-left"));
    const QJsonArray candidates = temple.value(QStringLiteral("candidates")).toArray();
    ASSERT_EQ(candidates.size(), 6);
    const QJsonObject first = candidates[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("region")).toString(), QStringLiteral("upper-trapezius-left"));
    EXPECT_EQ(first.value(QStringLiteral("rank")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("search_at")).toArray(), (QJsonArray{0.309, 0.292}));
    EXPECT_EQ(first.value(QStringLiteral("muscle")).toString(), QStringLiteral("upper-trapezius"));
    EXPECT_TRUE(first.value(QStringLiteral("often")).toBool());
    EXPECT_FALSE(first.value(QStringLiteral("imitates_nerve_pain")).toBool());
    EXPECT_EQ(candidates[1].toObject().value(QStringLiteral("region")).toString(),
              QStringLiteral("suboccipitals-left"));
    // The other side's upper trapezius after this side's three, searched at the mirror image.
    const QJsonObject fourth = candidates[3].toObject();
    EXPECT_EQ(fourth.value(QStringLiteral("region")).toString(), QStringLiteral("upper-trapezius-right"));
    EXPECT_EQ(fourth.value(QStringLiteral("rank")).toInt(), 4);
    EXPECT_EQ(fourth.value(QStringLiteral("search_at")).toArray(), (QJsonArray{0.691, 0.292}));

    const QJsonObject sacrum = json({"refer", "--area", "sacrum", "--format", "json"});
    EXPECT_EQ(
        sacrum.value(QStringLiteral("candidates")).toArray().at(0).toObject().value(QStringLiteral("region")),
        QStringLiteral("gluteus-medius-left"));
}

TEST_F(CliRefer, AreaTextSaysPossibleSourcesAndKeepsTheNerveWarning)
{
    const Ran temple = run({"refer", "--area", "temple-right"});
    ASSERT_EQ(temple.exitCode, 0) << temple.err.toStdString();
    EXPECT_TRUE(
        temple.out.startsWith(QStringLiteral("Right temple: pain here is often felt from a knot in one of "
                                             "these muscles, the likeliest first (possible sources")))
        << temple.out.toStdString();
    EXPECT_TRUE(
        temple.out.contains(QStringLiteral("  1. Right upper trapezius; search near (0.691, 0.292)\n")))
        << temple.out.toStdString();
    expectCarefulWords(temple.out);
    const Ran hand = run({"refer", "--area", "little-finger-side-left"});
    ASSERT_EQ(hand.exitCode, 0);
    EXPECT_TRUE(hand.out.contains(
        QStringLiteral("2. Left latissimus dorsi (only sometimes felt here): its usual knot lies in the "
                       "left teres major on the map")))
        << hand.out.toStdString();
    EXPECT_TRUE(hand.out.contains(QStringLiteral("see a professional"))) << hand.out.toStdString();
    expectCarefulWords(hand.out);
}

TEST_F(CliRefer, UnknownIdsAreBadDataAndMissingOrBothOptionsAUsageError)
{
    expectRefused({"refer", "--region", "biceps-left"}, 1, QStringLiteral("unknown region 'biceps-left'"));
    // A pain area is not a region of the back view's muscles, nor the other way round.
    expectRefused({"refer", "--region", "temple-left", "--format", "json"}, 1,
                  QStringLiteral("unknown region"));
    expectRefused({"refer", "--area", "upper-trapezius-left"}, 1, QStringLiteral("unknown pain area"));
    expectRefused({"refer", "--area", "temple", "--format", "json"}, 1,
                  QStringLiteral("unknown pain area 'temple'"));
    expectRefused({"refer"}, 2, QStringLiteral("usage: knotmap-cli refer (--region ID | --area ID)"));
    expectRefused({"refer", "--region", "rhomboids-left", "--area", "temple-left"}, 2,
                  QStringLiteral("--region ID or --area ID"));
    expectRefused({"refer", "--area", "temple-left", "--format", "csv"}, 2,
                  QStringLiteral("--format must be"));
    expectRefused({"refer", "--area", "temple-left", "--area", "jaw-left"}, 2,
                  QStringLiteral("given 2 times"));
    expectRefused({"refer", "--region", "rhomboids-left", "--intensity", "3"}, 2,
                  QStringLiteral("does not take --intensity"));
}

// knotmap-cli areas: every felt-pain area with its view, and a centroid that lies inside its own shape.
TEST_F(CliRefer, AreasListsEveryPainAreaWithACentroidInsideItsShapeOnItsView)
{
    const Ran r = run({"areas", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray areas = QJsonDocument::fromJson(r.out.toUtf8()).array();
    const auto referral = knotmap::ReferralAtlas::loadStandard();
    const auto front = knotmap::BodyAtlas::loadView(QStringLiteral("front"));
    ASSERT_TRUE(referral && front);
    ASSERT_EQ(areas.size(), referral->areas().size());
    for (const QJsonValue& value : areas) {
        const QJsonObject area = value.toObject();
        const QString id = area.value(QStringLiteral("id")).toString();
        const QString view = area.value(QStringLiteral("view")).toString();
        const QJsonArray centroid = area.value(QStringLiteral("centroid")).toArray();
        ASSERT_EQ(centroid.size(), 2) << id.toStdString();
        const knotmap::BodyAtlas& atlas =
            view == QLatin1String("front") ? *front : knotmap::test::standardAtlas();
        const knotmap::AtlasRegion* hit = atlas.areaAt({centroid[0].toDouble(), centroid[1].toDouble()});
        ASSERT_NE(hit, nullptr) << id.toStdString();
        EXPECT_EQ(hit->id, id);
        EXPECT_FALSE(area.value(QStringLiteral("name")).toString().isEmpty());
        const QString side = area.value(QStringLiteral("side")).toString();
        EXPECT_EQ(side, id.endsWith(QLatin1String("-left"))    ? QStringLiteral("left")
                        : id.endsWith(QLatin1String("-right")) ? QStringLiteral("right")
                                                               : QStringLiteral("mid"));
    }
    EXPECT_EQ(areas.first().toObject().value(QStringLiteral("view")).toString(), QStringLiteral("back"));
}

// knotmap-cli add --area: felt pain is a spot of its own kind at the area, and a later run sees it as such.
TEST_F(CliRefer, AddAreaRecordsFeltPainThatListAndExportCallFelt)
{
    const Ran added = run({"add", "--area", "temple-left", "--intensity", "6", "--note", "after the screen"});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("Left temple"))) << added.out.toStdString();
    const Ran again = run({"add", "--area", "temple-left", "--spot", "temple-left-1", "--intensity", "4"});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();

    const Ran listed = run({"list", "--format", "json"});
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 2);
    for (const QJsonValue& row : rows) {
        EXPECT_EQ(row.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("felt"));
        EXPECT_EQ(row.toObject().value(QStringLiteral("region")).toString(), QStringLiteral("temple-left"));
    }
    // The point it was given lies in the area on the front view.
    auto store = temp.open();
    const QList<knotmap::Spot> spots = store->spots();
    ASSERT_EQ(spots.size(), 1);
    EXPECT_EQ(spots[0].kind, knotmap::SpotKind::Felt);
    const auto front = knotmap::BodyAtlas::loadView(QStringLiteral("front"));
    ASSERT_TRUE(front);
    const knotmap::AtlasRegion* hit = front->areaAt(spots[0].position);
    ASSERT_NE(hit, nullptr);
    EXPECT_EQ(hit->id, QStringLiteral("temple-left"));
}

TEST_F(CliRefer, AddAreaRefusesAnUnknownAreaAPointOutsideItAndARegionBeside)
{
    expectRefused({"add", "--area", "temple", "--intensity", "5"}, 1,
                  QStringLiteral("unknown area 'temple'"));
    expectRefused({"add", "--area", "temple-left", "--x", "0.5", "--y", "0.9", "--intensity", "5"}, 1,
                  QStringLiteral("not in temple-left"));
    expectRefused({"add", "--area", "temple-left", "--region", "upper-trapezius-left", "--intensity", "5"}, 2,
                  QStringLiteral("--area and --region"));
    expectRefused({"add", "--area", "temple-left", "--intensity", "11"}, 1, QStringLiteral("11"));
    auto store = temp.open();
    EXPECT_TRUE(store->spots().isEmpty());
}

// knotmap-cli link: a knot said to explain felt pain is a row of spot_links; --remove takes it back; a link
// the wrong way round (a knot as the felt pain) is refused and writes nothing.
TEST_F(CliRefer, LinkJoinsAKnotToFeltPainAndRemoveTakesItBack)
{
    ASSERT_EQ(run({"add", "--area", "temple-left", "--intensity", "5"}).exitCode, 0);
    ASSERT_EQ(run({"add", "--region", "upper-trapezius-left", "--intensity", "6"}).exitCode, 0);
    const Ran linked = run({"link", "--felt", "temple-left-1", "--knot", "upper-trapezius-left-1"});
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();
    {
        auto store = temp.open();
        const QList<knotmap::SpotLink> links = store->spotLinks();
        ASSERT_EQ(links.size(), 1);
        EXPECT_EQ(store->spot(links[0].feltSpotId)->key, QStringLiteral("temple-left-1"));
        EXPECT_EQ(store->spot(links[0].knotSpotId)->key, QStringLiteral("upper-trapezius-left-1"));
    }
    expectRefused({"link", "--felt", "temple-left-1", "--knot", "upper-trapezius-left-1"}, 1,
                  QStringLiteral("already linked"));
    expectRefused({"link", "--felt", "upper-trapezius-left-1", "--knot", "temple-left-1"}, 1,
                  QStringLiteral("not felt pain"));
    expectRefused({"link", "--felt", "nowhere-1", "--knot", "upper-trapezius-left-1"}, 1,
                  QStringLiteral("no spot 'nowhere-1'"));
    expectRefused({"link", "--felt", "temple-left-1"}, 2, QStringLiteral("--knot"));

    const Ran removed =
        run({"link", "--felt", "temple-left-1", "--knot", "upper-trapezius-left-1", "--remove"});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(temp.open()->spotLinks().isEmpty());
}

// list and export name each spot's kind (a key added, none renamed), and the JSON export carries the links.
TEST_F(CliRefer, ListAndExportSayWhetherASpotIsAKnotOrFeltPain)
{
    ASSERT_EQ(run({"add", "--region", "upper-trapezius-left", "--intensity", "6", "--at",
                   "2026-03-01T08:30:00+01:00"})
                  .exitCode,
              0);
    ASSERT_EQ(run({"add", "--area", "temple-left", "--intensity", "4", "--at", "2026-03-01T08:31:00+01:00"})
                  .exitCode,
              0);
    ASSERT_EQ(run({"link", "--felt", "temple-left-1", "--knot", "upper-trapezius-left-1"}).exitCode, 0);

    const Ran listed = run({"list", "--format", "json"});
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("knot"));
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("felt"));
    EXPECT_TRUE(rows[1].toObject().contains(QStringLiteral("spot_uuid"))); // nothing renamed
    const Ran csv = run({"list", "--format", "csv"});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.split(QStringLiteral("\r\n"))[2].endsWith(QStringLiteral(",felt")))
        << csv.out.toStdString();

    const QByteArray out = temp.dir.filePath(QStringLiteral("all.json")).toUtf8();
    ASSERT_EQ(run({"export", "--format", "json", "--out", out.constData()}).exitCode, 0);
    QFile file(QString::fromUtf8(out));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray spots = json.value(QStringLiteral("spots")).toArray();
    ASSERT_EQ(spots.size(), 2);
    EXPECT_EQ(spots[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("felt"));
    const QJsonArray links = json.value(QStringLiteral("links")).toArray();
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links[0].toObject().value(QStringLiteral("felt")).toString(),
              spots[1].toObject().value(QStringLiteral("uuid")).toString());
    EXPECT_EQ(links[0].toObject().value(QStringLiteral("knot")).toString(),
              spots[0].toObject().value(QStringLiteral("uuid")).toString());
}
