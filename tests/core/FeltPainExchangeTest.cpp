// SPDX-License-Identifier: GPL-3.0-or-later
// Felt pain and its links in the files (issue 12): JSON and CSV round trips, the streamed exports, FHIR, and
// files that get a kind or a link wrong, refused with a sentence and nothing written.
#include "TempDatabase.h"

#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"
#include "exchange/StreamedExport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

// A knot in the left upper trapezius, felt pain at the left temple linked to it, and felt pain at the left
// jaw linked to nothing.
struct Filled
{
    Spot knot;
    Spot temple;
    Spot jaw;
};

Filled fillFelt(KnotStore& store)
{
    Filled f;
    auto knot = store.createSpot(labelOf("upper-trapezius-left"),
                                 ratingAt(QStringLiteral("2026-03-01T08:30:00+01:00"), 6, Quality::Aching));
    EXPECT_TRUE(knot);
    auto temple = store.createFeltSpot(QStringLiteral("temple-left"), QPointF(0.625, 0.0875),
                                       ratingAt(QStringLiteral("2026-03-01T08:31:00+01:00"), 4, Quality::None,
                                                QStringLiteral("headache since noon")));
    EXPECT_TRUE(temple) << temple.error().toStdString();
    auto jaw = store.createFeltSpot(QStringLiteral("jaw-left"), QPointF(0.5625, 0.1875),
                                    ratingAt(QStringLiteral("2026-03-02T09:00:00Z"), 2));
    EXPECT_TRUE(jaw);
    EXPECT_TRUE(store.linkSpots(temple->spot.id, knot->spot.id));
    f.knot = knot->spot;
    f.temple = temple->spot;
    f.jaw = jaw->spot;
    return f;
}

QJsonObject jsonOf(const KnotStore& store)
{
    QJsonObject json = exportJson(store, nullptr);
    json.remove(QStringLiteral("exported_at"));
    return json;
}

QByteArray csvOf(const KnotStore& store)
{
    return ratingRowsToCsv(ratingRows(store));
}

QString problemsOf(const ImportResult& r)
{
    return r.problems.join(QLatin1Char('\n'));
}

// A KnotMap JSON file of these spots and links, with one rating per spot.
QByteArray fileWith(const QString& spots, const QString& links)
{
    return QStringLiteral(R"({"format": "knotmap", "version": 1, "exported_at": "2026-03-05T08:00:00+01:00",
        "spots": [%1], "links": [%2], "ratings": []})")
        .arg(spots, links)
        .toUtf8();
}

const QString kKnotUuid = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kFeltUuid = QStringLiteral("22222222-2222-4222-8222-222222222222");

QString knotSpot(const QString& region = QStringLiteral("upper-trapezius-left"))
{
    const QPointF at = labelOf("upper-trapezius-left");
    return QStringLiteral(R"({"key": "k", "uuid": "%1", "x": %2, "y": %3, "region": "%4",
        "created_at": "2026-03-01T07:00:00+00:00", "kind": "knot"})")
        .arg(kKnotUuid)
        .arg(at.x(), 0, 'g', 17)
        .arg(at.y(), 0, 'g', 17)
        .arg(region);
}

QString feltSpot(const QString& region = QStringLiteral("temple-left"),
                 const QString& kind = QStringLiteral("felt"), const QString& uuid = kFeltUuid)
{
    return QStringLiteral(R"({"key": "f", "uuid": "%1", "x": 0.625, "y": 0.0875, "region": "%2",
        "created_at": "2026-03-01T07:00:00+00:00", "kind": "%3"})")
        .arg(uuid, region, kind);
}

QString link(const QString& felt = kFeltUuid, const QString& knot = kKnotUuid)
{
    return QStringLiteral(R"({"felt": "%1", "knot": "%2", "linked_utc": 1772350260})").arg(felt, knot);
}

} // namespace

TEST(FeltPainExchange, JsonCarriesKindAndLinksAndRoundTripsIntoAnEmptyStore)
{
    TempDatabase source, target;
    auto from = source.open();
    const Filled f = fillFelt(*from);
    const QJsonObject json = jsonOf(*from);
    const QJsonArray spots = json.value(QStringLiteral("spots")).toArray();
    ASSERT_EQ(spots.size(), 3);
    EXPECT_EQ(spots[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("knot"));
    EXPECT_EQ(spots[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("felt"));
    EXPECT_EQ(spots[1].toObject().value(QStringLiteral("region")).toString(), QStringLiteral("temple-left"));
    const QJsonArray links = json.value(QStringLiteral("links")).toArray();
    ASSERT_EQ(links.size(), 1);
    const QJsonObject l = links[0].toObject();
    EXPECT_EQ(l.value(QStringLiteral("felt")).toString(), f.temple.uuid);
    EXPECT_EQ(l.value(QStringLiteral("knot")).toString(), f.knot.uuid);
    EXPECT_EQ(l.value(QStringLiteral("linked_utc")).toInteger(), from->spotLinks().value(0).linkedUtc);

    auto to = target.open();
    const QByteArray bytes = QJsonDocument(exportJson(*from, nullptr)).toJson();
    const ImportResult result = importFile(*to, target.writeFile(QStringLiteral("all.json"), bytes), nullptr);
    ASSERT_TRUE(result.counts) << problemsOf(result).toStdString();
    EXPECT_EQ(result.counts->spotsAdded, 3);
    EXPECT_EQ(result.counts->linksAdded, 1);
    EXPECT_EQ(jsonOf(*to), json);
    EXPECT_EQ(to->spotByUuid(f.jaw.uuid)->kind, SpotKind::Felt);
    EXPECT_EQ(to->spotByUuid(f.jaw.uuid)->position, f.jaw.position);
    ASSERT_EQ(to->spotLinks().size(), 1);
    EXPECT_EQ(to->spotLinks()[0].feltSpotId, to->spotByUuid(f.temple.uuid)->id);
    EXPECT_EQ(to->spotLinks()[0].knotSpotId, to->spotByUuid(f.knot.uuid)->id);

    // Again: nothing new, the link is counted as there already.
    const ImportResult again = importFile(*to, target.writeFile(QStringLiteral("all.json"), bytes), nullptr);
    ASSERT_TRUE(again.counts) << problemsOf(again).toStdString();
    EXPECT_EQ(again.counts->linksAdded, 0);
    EXPECT_EQ(again.counts->linksSkipped, 1);
    EXPECT_EQ(jsonOf(*to), json);
}

TEST(FeltPainExchange, CsvKeepsTheKindInItsLastColumn)
{
    TempDatabase source, target;
    auto from = source.open();
    const Filled f = fillFelt(*from);
    const QByteArray csv = csvOf(*from);
    const QList<QByteArray> lines = csv.split('\n');
    EXPECT_EQ(lines[0], "recorded_at,spot,region,x,y,intensity,quality,note,spot_uuid,kind\r");
    EXPECT_EQ(lines[1], "2026-03-01T08:30:00+01:00,upper-trapezius-left-1,upper-trapezius-left," +
                            coordinateText(f.knot.position.x()).toUtf8() + ',' +
                            coordinateText(f.knot.position.y()).toUtf8() + ",6,aching,," +
                            f.knot.uuid.toUtf8() + ",knot\r");
    EXPECT_EQ(lines[2],
              "2026-03-01T08:31:00+01:00,temple-left-1,temple-left,0.625,0.0875,4,,headache since noon," +
                  f.temple.uuid.toUtf8() + ",felt\r");

    auto to = target.open();
    const ImportResult result = importFile(*to, target.writeFile(QStringLiteral("r.csv"), csv), nullptr);
    ASSERT_TRUE(result.counts) << problemsOf(result).toStdString();
    EXPECT_EQ(csvOf(*to), csv);
    EXPECT_EQ(to->spotByUuid(f.temple.uuid)->kind, SpotKind::Felt);
    EXPECT_EQ(to->spotByUuid(f.knot.uuid)->kind, SpotKind::Knot);
    // A CSV has no links: they travel in KnotMap JSON only.
    EXPECT_TRUE(to->spotLinks().isEmpty());

    // The streamed export writes the same bytes.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportSink sink(&buffer, 64);
    ASSERT_TRUE(writeRatingsCsv(*from, sink));
    EXPECT_EQ(buffer.data(), csv);
}

TEST(FeltPainExchange, TheStreamedJsonExportCarriesKindAndLinksToo)
{
    TempDatabase temp;
    auto store = temp.open();
    fillFelt(*store);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportSink sink(&buffer, 64);
    ASSERT_TRUE(writeExportJson(*store, QVariantMap(), sink));
    QJsonObject streamed = QJsonDocument::fromJson(buffer.data()).object();
    QJsonObject whole = exportJson(*store, QVariantMap());
    streamed.remove(QStringLiteral("exported_at"));
    whole.remove(QStringLiteral("exported_at"));
    EXPECT_EQ(streamed, whole);
    EXPECT_EQ(streamed.value(QStringLiteral("links")).toArray().size(), 1);
}

TEST(FeltPainExchange, OldFilesImportAsKnots)
{
    TempDatabase temp;
    auto store = temp.open();
    const QPointF at = labelOf("rhomboids-left");
    const QByteArray csv = "recorded_at,spot,region,x,y,intensity,quality,note,spot_uuid\r\n"
                           "2026-03-01T08:00:00+01:00,r,rhomboids-left," +
                           coordinateText(at.x()).toUtf8() + ',' + coordinateText(at.y()).toUtf8() +
                           ",6,,,33333333-3333-4333-8333-333333333333\r\n";
    const ImportResult r = importFile(*store, temp.writeFile(QStringLiteral("v5.csv"), csv), nullptr);
    ASSERT_TRUE(r.counts) << problemsOf(r).toStdString();
    EXPECT_EQ(store->spotByKey(QStringLiteral("r"))->kind, SpotKind::Knot);

    const QByteArray json = R"({"format": "knotmap", "version": 1, "exported_at": "2026-03-05T08:00:00+01:00",
        "spots": [{"key": "hip", "x": 0.2489, "y": 0.7635, "region": "gluteus-minimus-left",
                   "created_at": "2026-03-01T07:00:00+00:00"}],
        "ratings": [{"spot": "hip", "recorded_at": "2026-03-02T08:00:00+01:00", "intensity": 3}]})";
    const ImportResult j = importFile(*store, temp.writeFile(QStringLiteral("old.json"), json), nullptr);
    ASSERT_TRUE(j.counts) << problemsOf(j).toStdString();
    EXPECT_EQ(store->spotByKey(QStringLiteral("hip"))->kind, SpotKind::Knot);
}

TEST(FeltPainExchange, AFileMayLinkItsFeltPainToAKnotAlreadyInTheDatabase)
{
    TempDatabase temp;
    auto store = temp.open();
    const QByteArray knotOnly = fileWith(knotSpot(), {});
    ASSERT_TRUE(importFile(*store, temp.writeFile(QStringLiteral("k.json"), knotOnly), nullptr).counts);
    const ImportResult r =
        importFile(*store, temp.writeFile(QStringLiteral("f.json"), fileWith(feltSpot(), link())), nullptr);
    ASSERT_TRUE(r.counts) << problemsOf(r).toStdString();
    EXPECT_EQ(r.counts->linksAdded, 1);
    ASSERT_EQ(store->spotLinks().size(), 1);
    EXPECT_EQ(store->spotLinks()[0].knotSpotId, store->spotByUuid(kKnotUuid)->id);
    EXPECT_EQ(store->spotLinks()[0].feltSpotId, store->spotByUuid(kFeltUuid)->id);
    EXPECT_EQ(store->spotLinks()[0].linkedUtc, 1772350260);
}

struct BadFile
{
    const char* name;
    QByteArray (*bytes)();
    const char* sentence;
    friend void PrintTo(const BadFile& file, std::ostream* os) { *os << file.name; }
};

class FeltPainRefused : public ::testing::TestWithParam<BadFile>
{
};

TEST_P(FeltPainRefused, WithASentenceAndNothingWritten)
{
    TempDatabase temp;
    auto store = temp.open();
    fillFelt(*store);
    const QJsonObject before = jsonOf(*store);
    const ImportResult r =
        importFile(*store, temp.writeFile(QStringLiteral("bad.json"), GetParam().bytes()), nullptr);
    EXPECT_FALSE(r.counts);
    EXPECT_TRUE(problemsOf(r).contains(QString::fromUtf8(GetParam().sentence)))
        << problemsOf(r).toStdString();
    EXPECT_EQ(jsonOf(*store), before);
}

INSTANTIATE_TEST_SUITE_P(
    Files, FeltPainRefused,
    ::testing::Values(
        BadFile{"UnknownKind",
                [] { return fileWith(feltSpot(QStringLiteral("temple-left"), QStringLiteral("sore")), {}); },
                "spots[0].kind: unknown kind 'sore'"},
        BadFile{"FeltAtAMuscle",
                [] { return fileWith(feltSpot(QStringLiteral("upper-trapezius-left")), {}); },
                "felt pain needs a known pain area, not 'upper-trapezius-left'"},
        BadFile{"KnotAtAPainArea", [] { return fileWith(knotSpot(QStringLiteral("temple-left")), {}); },
                "spots[0].region: region 'temple-left' contradicts the point, which lies in "
                "'upper-trapezius-left'"},
        BadFile{
            "LinkTheWrongWayRound",
            [] { return fileWith(knotSpot() + QLatin1Char(',') + feltSpot(), link(kKnotUuid, kFeltUuid)); },
            "links[0].felt: spot 11111111-1111-4111-8111-111111111111 is a knot, not felt pain"},
        BadFile{"LinkToNowhere",
                [] {
                    return fileWith(feltSpot(),
                                    link(kFeltUuid, QStringLiteral("44444444-4444-4444-8444-444444444444")));
                },
                "a link names spot 44444444-4444-4444-8444-444444444444, which is neither in the file nor in "
                "the database"},
        BadFile{"LinkTwice",
                [] {
                    return fileWith(knotSpot() + QLatin1Char(',') + feltSpot(),
                                    link() + QLatin1Char(',') + link());
                },
                "links[1]: the same link is listed twice"},
        BadFile{"LinkedUtcNotWhole",
                [] {
                    return fileWith(knotSpot() + QLatin1Char(',') + feltSpot(),
                                    QStringLiteral(R"({"felt": "%1", "knot": "%2", "linked_utc": 1.5})")
                                        .arg(kFeltUuid, kKnotUuid));
                },
                "linked_utc: must be whole seconds since 1970, not 1.5"}),
    [](const ::testing::TestParamInfo<BadFile>& info) { return std::string(info.param.name); });

TEST(FeltPainExchange, AFileCannotTurnAKnotHereIntoFeltPainOrLinkFeltPainHereAsAKnot)
{
    TempDatabase temp;
    auto store = temp.open();
    const Filled f = fillFelt(*store);
    const QJsonObject before = jsonOf(*store);
    // The same UUID as the knot here, said to be felt pain.
    const ImportResult turned = importFile(
        *store,
        temp.writeFile(
            QStringLiteral("t.json"),
            fileWith(feltSpot(QStringLiteral("temple-left"), QStringLiteral("felt"), f.knot.uuid), {})),
        nullptr);
    EXPECT_FALSE(turned.counts);
    EXPECT_TRUE(problemsOf(turned).contains(
        QStringLiteral("spot 'f' is felt pain in the file but a knot in the database")))
        << problemsOf(turned).toStdString();
    // A link whose knot is the jaw pain here.
    const ImportResult wrongKnot = importFile(
        *store, temp.writeFile(QStringLiteral("w.json"), fileWith(feltSpot(), link(kFeltUuid, f.jaw.uuid))),
        nullptr);
    EXPECT_FALSE(wrongKnot.counts);
    EXPECT_TRUE(
        problemsOf(wrongKnot).contains(QStringLiteral("a link's knot 'jaw-left-1' is felt pain, not a knot")))
        << problemsOf(wrongKnot).toStdString();
    EXPECT_EQ(jsonOf(*store), before);
}

TEST(FeltPainExchange, CsvFeltRowsNeedAPainAreaAPointAndAKnownKind)
{
    TempDatabase temp;
    auto store = temp.open();
    const auto refused = [&](const QByteArray& row, const char* sentence) {
        const QByteArray csv = kRatingsCsvHeader.toUtf8() + "\r\n" + row + "\r\n";
        const ImportResult r = importFile(*store, temp.writeFile(QStringLiteral("f.csv"), csv), nullptr);
        EXPECT_FALSE(r.counts);
        EXPECT_TRUE(problemsOf(r).contains(QString::fromUtf8(sentence))) << problemsOf(r).toStdString();
    };
    refused("2026-03-01T08:00:00+01:00,f,upper-trapezius-left,0.6,0.1,4,,,,felt",
            "f.csv:2: felt pain needs a known pain area, not 'upper-trapezius-left'");
    refused("2026-03-01T08:00:00+01:00,f,temple-left,,,4,,,,felt", "felt pain needs its point");
    refused("2026-03-01T08:00:00+01:00,f,temple-left,0.6,0.1,4,,,,sore", "unknown kind 'sore'");
    refused("2026-03-01T08:00:00+01:00,f,temple-left,0.6,0.1,4,,,,felt\r\n"
            "2026-03-02T08:00:00+01:00,f,upper-trapezius-left,,,4,,,,knot",
            "f.csv:3: spot 'f' is felt on an earlier line, but knot here");
    EXPECT_TRUE(store->spots(true).isEmpty());

    // Felt pain off the back view's body is fine; an empty kind is a knot.
    const QPointF at = labelOf("rhomboids-left");
    const QByteArray good = kRatingsCsvHeader.toUtf8() + "\r\n" +
                            "2026-03-01T08:00:00+01:00,f,temple-left,0.02,0.02,4,,,,felt\r\n" +
                            "2026-03-01T08:00:00+01:00,r,rhomboids-left," + coordinateText(at.x()).toUtf8() +
                            ',' + coordinateText(at.y()).toUtf8() + ",5,,,,\r\n";
    const ImportResult r = importFile(*store, temp.writeFile(QStringLiteral("g.csv"), good), nullptr);
    ASSERT_TRUE(r.counts) << problemsOf(r).toStdString();
    EXPECT_EQ(store->spotByKey(QStringLiteral("f"))->kind, SpotKind::Felt);
    EXPECT_EQ(store->spotByKey(QStringLiteral("f"))->position, QPointF(0.02, 0.02));
    EXPECT_EQ(store->spotByKey(QStringLiteral("r"))->kind, SpotKind::Knot);
}

TEST(FeltPainExchange, FhirSaysFeltPainAndNamesTheKnotsLinkedToIt)
{
    TempDatabase temp;
    auto store = temp.open();
    const Filled f = fillFelt(*store);
    const QJsonArray entries = exportFhir(*store).value(QStringLiteral("entry")).toArray();
    ASSERT_EQ(entries.size(), 4); // the patient, then the three ratings oldest first
    const QJsonObject knot = entries[1].toObject().value(QStringLiteral("resource")).toObject();
    const QJsonObject temple = entries[2].toObject().value(QStringLiteral("resource")).toObject();
    const QJsonObject jaw = entries[3].toObject().value(QStringLiteral("resource")).toObject();

    // A knot's observation is as before: no kind component, one extension.
    EXPECT_EQ(knot.value(QStringLiteral("code")).toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Pain severity (0-10)"));
    EXPECT_EQ(knot.value(QStringLiteral("extension")).toArray().size(), 1);
    EXPECT_EQ(knot.value(QStringLiteral("component")).toArray().size(), 1); // its quality only

    EXPECT_EQ(temple.value(QStringLiteral("code")).toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Felt pain severity (0-10)"));
    EXPECT_EQ(temple.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")),
              knot.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")));
    const QJsonObject site = temple.value(QStringLiteral("bodySite")).toObject();
    EXPECT_EQ(site.value(QStringLiteral("text")).toString(),
              store->referral().area(QStringLiteral("temple-left"))->name);
    EXPECT_EQ(site.value(QStringLiteral("extension"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("valueCode"))
                  .toString(),
              QStringLiteral("left"));
    const QJsonObject kind = temple.value(QStringLiteral("component")).toArray()[0].toObject();
    EXPECT_EQ(kind.value(QStringLiteral("code")).toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Spot kind"));
    const QJsonObject kindConcept = kind.value(QStringLiteral("valueCodeableConcept")).toObject();
    EXPECT_EQ(kindConcept.value(QStringLiteral("coding"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("felt"));
    EXPECT_TRUE(
        kindConcept.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Felt pain at: ")));
    const QJsonArray extensions = temple.value(QStringLiteral("extension")).toArray();
    ASSERT_EQ(extensions.size(), 2);
    EXPECT_EQ(extensions[1].toObject().value(QStringLiteral("url")).toString(),
              QStringLiteral("urn:knotmap:fhir:possible-source"));
    EXPECT_EQ(extensions[1]
                  .toObject()
                  .value(QStringLiteral("valueIdentifier"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toString(),
              QStringLiteral("urn:uuid:") + f.knot.uuid);
    // Unlinked felt pain names no source.
    EXPECT_EQ(jaw.value(QStringLiteral("extension")).toArray().size(), 1);
}
