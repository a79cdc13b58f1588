// SPDX-License-Identifier: GPL-3.0-or-later
// Files that leave and come back: exact round trips, duplicates, cancel, FHIR, and a corpus of broken files.
#include "TempDatabase.h"

#include "exchange/Csv.h"
#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"
#include "settings/Settings.h"
#include "storage/Backups.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

const QString kAwkwardNote =
    QStringLiteral("first, second; \"quoted\" and 'single'\nnew line, emoji 😣 and <b>bold</b>\r\nend");

// A store with notes that need every kind of quoting, two time zones, a routine step and a moved spot.
void fill(KnotStore& store)
{
    const Rating first =
        ratingAt(QStringLiteral("2026-03-01T08:30:00+01:00"), 6, Quality::Aching, kAwkwardNote);
    auto trap =
        store.createSpot(standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint, first);
    ASSERT_TRUE(trap);
    Rating second = ratingAt(QStringLiteral("2026-03-01T23:30:00-05:00"), 0, Quality::None,
                             QStringLiteral("<script>x</script>"));
    second.spotId = trap->spot.id;
    ASSERT_TRUE(store.addRating(second));
    auto ql = store.createSpot(QPointF(0.6144, 0.6266),
                               ratingAt(QStringLiteral("2026-03-02T07:00:00Z"), 10, Quality::Numb),
                               QStringLiteral("desk-knot"));
    ASSERT_TRUE(ql);
    LoggedStep step;
    step.doneAt = *RecordedTime::parseIso(QStringLiteral("2026-03-02T19:00:00+01:00"));
    step.spotId = trap->spot.id;
    step.region = trap->spot.region;
    step.technique = QStringLiteral("stretch");
    step.plannedSeconds = 90;
    step.doneSeconds = 60;
    step.before = 6;
    step.after = 4;
    ASSERT_TRUE(store.logRoutineStep(step));
    // The warning signs the routine showed, and the person's word that the numbness had gone.
    ASSERT_TRUE(store.recordFlagsShown(QDate(2026, 3, 2),
                                       {{{}, QStringLiteral("symptom-fever"), FlagLevel::Pause, {}},
                                        {{},
                                         QStringLiteral("numbness-or-tingling"),
                                         FlagLevel::SeeSoon,
                                         {QStringLiteral("quadratus-lumborum-right")}}}));
    ASSERT_TRUE(store.clearFlag(QStringLiteral("numbness-or-tingling"),
                                *RecordedTime::parseIso(QStringLiteral("2026-03-03T08:00:00+01:00"))));
}

QByteArray csvOf(const KnotStore& store)
{
    return ratingRowsToCsv(ratingRows(store));
}

QJsonObject jsonOf(const KnotStore& store)
{
    QJsonObject json = exportJson(store, nullptr);
    json.remove(QStringLiteral("exported_at"));
    return json;
}

} // namespace

TEST(Exchange, CsvRoundTripIsExactToTheByte)
{
    TempDatabase source, target;
    auto from = source.open();
    fill(*from);
    const QByteArray csv = csvOf(*from);
    auto to = target.open();
    const ImportResult result =
        importFile(*to, target.writeFile(QStringLiteral("ratings.csv"), csv), nullptr);
    ASSERT_TRUE(result.counts) << result.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(result.counts->ratingsAdded, 3);
    EXPECT_EQ(result.counts->spotsAdded, 2);
    EXPECT_EQ(csvOf(*to), csv);
    // The awkward note came back whole.
    EXPECT_EQ(ratingRows(*to).constFirst().note, kAwkwardNote);
}

TEST(Exchange, JsonRoundTripIsExact)
{
    TempDatabase source, target;
    auto from = source.open();
    fill(*from);
    auto to = target.open();
    const QByteArray json = QJsonDocument(exportJson(*from, nullptr)).toJson();
    const ImportResult result = importFile(*to, target.writeFile(QStringLiteral("all.json"), json), nullptr);
    ASSERT_TRUE(result.counts) << result.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(result.counts->stepsAdded, 1);
    EXPECT_EQ(jsonOf(*to), jsonOf(*from));
    EXPECT_EQ(csvOf(*to), csvOf(*from));
    EXPECT_EQ(to->flagsShownAll(), from->flagsShownAll());
    EXPECT_EQ(to->flagsShownAll().size(), 2);
    EXPECT_EQ(to->flagClearancesAll(), from->flagClearancesAll());
    EXPECT_EQ(to->flagClearancesAll().size(), 1);
}

TEST(Exchange, SettingsTravelInJson)
{
    TempDatabase source, target;
    auto from = source.open();
    fill(*from);
    auto settings = Settings::atPath(source.dir.filePath(QStringLiteral("a.ini")));
    settings->setValue(SettingKey::PersonName, QStringLiteral("Alex Example"));
    settings->setValue(SettingKey::RoutineMinutes, 25);
    settings->setValue(SettingKey::RoutineTools, QStringList{QStringLiteral("ball")});
    auto to = target.open();
    auto restored = Settings::atPath(target.dir.filePath(QStringLiteral("b.ini")));
    const QByteArray json = QJsonDocument(exportJson(*from, settings.get())).toJson();
    ASSERT_TRUE(importFile(*to, target.writeFile(QStringLiteral("all.json"), json), restored.get()).counts);
    EXPECT_EQ(restored->value(SettingKey::PersonName).toString(), QStringLiteral("Alex Example"));
    EXPECT_EQ(restored->value(SettingKey::RoutineMinutes).toInt(), 25);
    EXPECT_EQ(restored->value(SettingKey::RoutineTools).toStringList(), QStringList{QStringLiteral("ball")});
}

TEST(Exchange, ImportingTheSameFileTwiceChangesNothing)
{
    TempDatabase source, target;
    auto from = source.open();
    fill(*from);
    auto to = target.open();
    const QString path =
        target.writeFile(QStringLiteral("all.json"), QJsonDocument(exportJson(*from, nullptr)).toJson());
    ASSERT_TRUE(importFile(*to, path, nullptr).counts);
    const QJsonObject once = jsonOf(*to);
    const ImportResult again = importFile(*to, path, nullptr);
    ASSERT_TRUE(again.counts);
    EXPECT_EQ(again.counts->ratingsAdded, 0);
    EXPECT_EQ(again.counts->ratingsSkipped, 3);
    EXPECT_EQ(again.counts->stepsSkipped, 1);
    EXPECT_EQ(jsonOf(*to), once);
    EXPECT_EQ(to->flagsShownAll().size(), 2);
    EXPECT_EQ(to->flagClearancesAll().size(), 1);
}

TEST(Exchange, ACancelledImportLeavesNothingBehind)
{
    TempDatabase target;
    auto to = target.open();
    QByteArray csv = "recorded_at,spot,region,x,y,intensity,quality,note\r\n";
    for (int i = 0; i < 5000; ++i)
        csv += QStringLiteral("2026-01-01T08:00:%1+01:00,k%2,rhomboids-left,,,%3,,\r\n")
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i / 60)
                   .arg(i % 11)
                   .toUtf8();
    int calls = 0;
    const ImportResult result = importFile(*to, target.writeFile(QStringLiteral("big.csv"), csv), nullptr,
                                           [&](qint64 done, qint64 total) {
                                               EXPECT_LE(done, total);
                                               return ++calls < 2; // cancel on the second report
                                           });
    EXPECT_FALSE(result.counts);
    EXPECT_TRUE(result.problems.join(QString()).contains(QStringLiteral("cancelled")));
    RawConnection raw(target.path());
    EXPECT_EQ(raw.count(QStringLiteral("spots")), 0);
    EXPECT_EQ(raw.count(QStringLiteral("ratings")), 0);
}

TEST(Exchange, AnImportCancelledAfterItsBackupLeavesNoBackupEither)
{
    TempDatabase target;
    auto to = target.open();
    ASSERT_TRUE(
        to->createSpot(labelOf("splenius-left"), ratingAt(QStringLiteral("2026-01-01T07:00:00Z"), 3)));
    QByteArray csv = "recorded_at,spot,region,x,y,intensity,quality,note\r\n";
    for (int i = 0; i < 5000; ++i)
        csv += QStringLiteral("2026-01-02T08:%1:%2+01:00,k,rhomboids-left,,,%3,,\r\n")
                   .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 11)
                   .toUtf8();
    // Past half way the CSV is read the second time, inside the transaction, after the backup was made.
    const QString csvPath = target.writeFile(QStringLiteral("big.csv"), csv);
    const ImportResult fromCsv =
        importFile(*to, csvPath, nullptr, [](qint64 done, qint64 total) { return done <= total / 2; });
    EXPECT_FALSE(fromCsv.counts);
    EXPECT_TRUE(fromCsv.problems.join(QString()).contains(QStringLiteral("cancelled")));
    EXPECT_EQ(RawConnection(target.path()).count(QStringLiteral("ratings")), 1);
    EXPECT_TRUE(listBackups(target.path(), false).isEmpty()); // no Revert Last Import of nothing

    // KnotMap JSON: the store's import asks every 2,000 rows, inside its transaction.
    TempDatabase source;
    auto from = source.open();
    ASSERT_TRUE(importFile(*from, csvPath, nullptr).counts);
    const QString jsonPath =
        target.writeFile(QStringLiteral("all.json"), QJsonDocument(exportJson(*from, nullptr)).toJson());
    const ImportResult fromJson = importFile(*to, jsonPath, nullptr, [](qint64, qint64) { return false; });
    EXPECT_FALSE(fromJson.counts);
    EXPECT_EQ(RawConnection(target.path()).count(QStringLiteral("ratings")), 1);
    EXPECT_TRUE(listBackups(target.path(), false).isEmpty());

    // Not cancelled: the backup from just before it stays, to take it back.
    ASSERT_TRUE(importFile(*to, csvPath, nullptr, [](qint64, qint64) { return true; }).counts);
    const QList<BackupInfo> kept = listBackups(target.path(), false);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept[0].reason, BackupReason::BeforeImport);
}

TEST(Exchange, FhirBundleHoldsOneObservationPerRating)
{
    TempDatabase temp;
    auto store = temp.open();
    fill(*store);
    const QJsonObject bundle = exportFhir(*store);
    EXPECT_EQ(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    EXPECT_EQ(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    ASSERT_EQ(entries.size(), 4); // the patient, then one observation per rating
    const QJsonObject person = entries[0].toObject().value(QStringLiteral("resource")).toObject();
    EXPECT_EQ(person.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Patient"));
    EXPECT_FALSE(person.contains(QStringLiteral("name"))) << "anonymous without a name";
    const QJsonObject first = entries[1].toObject().value(QStringLiteral("resource")).toObject();
    EXPECT_EQ(first.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Observation"));
    const QJsonObject coding = first.value(QStringLiteral("code"))
                                   .toObject()
                                   .value(QStringLiteral("coding"))
                                   .toArray()[0]
                                   .toObject();
    EXPECT_EQ(coding.value(QStringLiteral("system")).toString(), QStringLiteral("http://loinc.org"));
    EXPECT_EQ(coding.value(QStringLiteral("code")).toString(), QStringLiteral("72514-3"));
    EXPECT_EQ(first.value(QStringLiteral("valueInteger")).toInt(), 6);
    EXPECT_EQ(first.value(QStringLiteral("effectiveDateTime")).toString(),
              QStringLiteral("2026-03-01T08:30:00+01:00"));
    const QJsonObject site = first.value(QStringLiteral("bodySite")).toObject();
    EXPECT_EQ(site.value(QStringLiteral("text")).toString(), QStringLiteral("Left upper trapezius"));
    EXPECT_FALSE(site.contains(QStringLiteral("coding"))) << "no unverified body-site codes";
    const QJsonObject knot = first.value(QStringLiteral("extension")).toArray()[0].toObject();
    EXPECT_EQ(knot.value(QStringLiteral("url")).toString(), QStringLiteral("urn:knotmap:fhir:spot"));
    EXPECT_EQ(
        knot.value(QStringLiteral("valueIdentifier")).toObject().value(QStringLiteral("value")).toString(),
        QStringLiteral("urn:uuid:") + store->spots().value(0).uuid);
    EXPECT_TRUE(entries[1]
                    .toObject()
                    .value(QStringLiteral("fullUrl"))
                    .toString()
                    .startsWith(QStringLiteral("urn:uuid:")));
    // The same data exports the same ids.
    EXPECT_EQ(exportFhir(*store).value(QStringLiteral("entry")), bundle.value(QStringLiteral("entry")));
}

// tests/data/fhir-golden.json was written by hand (ids from tests/data/fhir-golden.md's few lines of Python,
// not from KnotMap): the fields a record system needs to file each observation — category survey, a subject
// that resolves inside the bundle, the body site with its side, the quality as a component.
TEST(Exchange, FhirBundleMatchesTheHandWrittenGoldenFile)
{
    TempDatabase temp;
    auto store = temp.open();
    fill(*store);
    QJsonObject bundle = exportFhir(*store, QStringLiteral("  Alex Example "));
    EXPECT_TRUE(RecordedTime::parseIso(bundle.take(QStringLiteral("timestamp")).toString()));
    // The spots' UUIDs are random: name them as the golden file does.
    QByteArray text = QJsonDocument(bundle).toJson(QJsonDocument::Indented);
    const QList<Spot> spots = store->spots();
    ASSERT_EQ(spots.size(), 2);
    text.replace(spots[0].uuid.toUtf8(), "SPOT-1-UUID").replace(spots[1].uuid.toUtf8(), "SPOT-2-UUID");
    QFile golden(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/fhir-golden.json"));
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(text), QJsonDocument::fromJson(golden.readAll())) << text.toStdString();
}

TEST(Exchange, CsvReaderFollowsRfc4180)
{
    const CsvDocument doc = readCsv("a,\"b,c\",\"d\"\"e\"\r\n\"multi\nline\",,x\n\nlast");
    ASSERT_FALSE(doc.problem);
    ASSERT_EQ(doc.records.size(), 3);
    EXPECT_EQ(doc.records[0].fields,
              (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")}));
    EXPECT_EQ(doc.records[1].fields,
              (QStringList{QStringLiteral("multi\nline"), QString(), QStringLiteral("x")}));
    EXPECT_EQ(doc.records[1].line, 2);
    EXPECT_EQ(doc.records[2].line, 5); // the blank line 4 is skipped, and lines are still counted
}

// Each broken file: refused, with a file:line: message that names the problem, and the database unchanged.
struct BrokenFile
{
    const char* name;
    const char* line;     // "name:<line>:" must appear
    const char* mentions; // and this
};

class BrokenFiles : public ::testing::TestWithParam<BrokenFile>
{
};

TEST_P(BrokenFiles, AreRefusedAndChangeNothing)
{
    const BrokenFile& broken = GetParam();
    TempDatabase temp;
    auto store = temp.open();
    fill(*store);
    const QByteArray before = csvOf(*store);
    const QJsonObject beforeJson = jsonOf(*store);

    const ImportResult result = importFile(
        *store, QStringLiteral(KNOTMAP_TEST_DATA_DIR "/import-corpus/") + QLatin1String(broken.name),
        nullptr);
    EXPECT_FALSE(result.counts);
    const QString all = result.problems.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QLatin1String(broken.line))) << all.toStdString();
    EXPECT_TRUE(all.contains(QString::fromUtf8(broken.mentions))) << all.toStdString();
    EXPECT_EQ(csvOf(*store), before);
    EXPECT_EQ(jsonOf(*store), beforeJson);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, BrokenFiles,
    ::testing::Values(BrokenFile{"bad-header.csv", "bad-header.csv:1:", "header"},
                      BrokenFile{"bad-flag.json", "bad-flag.json:7:", "unknown level 'soonish'"},
                      BrokenFile{"bad-date.csv", "bad-date.csv:3:", "not a real date"},
                      BrokenFile{"no-offset.csv", "no-offset.csv:2:", "UTC offset"},
                      BrokenFile{"score-11.csv", "score-11.csv:3:", "11"},
                      BrokenFile{"score-fraction.csv", "score-fraction.csv:2:", "5.5"},
                      BrokenFile{"unknown-region.csv", "unknown-region.csv:2:", "bicep-left"},
                      BrokenFile{"contradicting-region.csv", "contradicting-region.csv:2:", "contradicts"},
                      BrokenFile{"outside-body.csv", "outside-body.csv:2:", "outside the body"},
                      BrokenFile{"truncated-quote.csv", "truncated-quote.csv:3:", "never closed"},
                      BrokenFile{"stray-quote.csv", "stray-quote.csv:2:", "quote"},
                      BrokenFile{"wrong-field-count.csv", "wrong-field-count.csv:3:", "expected 8 fields"},
                      BrokenFile{"bad-quality.csv", "bad-quality.csv:2:", "throbbing"},
                      BrokenFile{"one-bad-among-good.csv", "one-bad-among-good.csv:5:", "-1"},
                      BrokenFile{"many-bad.csv", "many-bad.csv:51:", "and 10 more"},
                      BrokenFile{"empty.csv", "empty.csv:1:", "header"},
                      BrokenFile{"latin1.csv", "latin1.csv:2:", "not UTF-8"},
                      BrokenFile{"utf16.csv", "utf16.csv:1:", "not UTF-8"},
                      BrokenFile{"truncated.json", "truncated.json:6:", "not valid JSON"},
                      BrokenFile{"not-knotmap.json", "not-knotmap.json:1:", "not a KnotMap export"},
                      BrokenFile{"bad-intensity.json", "ratings[0].intensity", "12"},
                      BrokenFile{"unknown-spot.json", "ratings[0].spot", "ghost"},
                      BrokenFile{"fhir-bundle.json", "fhir-bundle.json", "FHIR"}),
    [](const ::testing::TestParamInfo<BrokenFile>& info) {
        std::string name = info.param.name;
        std::replace_if(
            name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
            '_');
        return name;
    });

// A file written before the atlas was redrawn (issue 10) names the region its point lay in then: a knot at
// the rib angles as lower trapezius, one beside L3 as lumbar erector spinae. It imports, and the point
// decides the region; a region that never held the point is still a contradiction (the corpus's
// contradicting-region.csv).
TEST(Exchange, FilesWrittenBeforeTheAtlasWasRedrawnStillImport)
{
    TempDatabase temp;
    auto store = temp.open();
    const QByteArray csv = "recorded_at,spot,region,x,y,intensity,quality,note\r\n"
                           "2026-03-01T08:00:00+01:00,rib,lower-trapezius-left,0.4205,0.4552,6,,\r\n"
                           "2026-03-01T08:05:00+01:00,low,lumbar-erector-spinae-right,0.5207,0.6384,5,,\r\n";
    const ImportResult fromCsv = importFile(*store, temp.writeFile(QStringLiteral("old.csv"), csv), nullptr);
    ASSERT_TRUE(fromCsv.counts) << fromCsv.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(store->spotByKey(QStringLiteral("rib"))->region,
              QStringLiteral("thoracic-erector-spinae-left"));
    EXPECT_EQ(store->spotByKey(QStringLiteral("low"))->region, QStringLiteral("multifidus-right"));

    // JSON from before spots had UUIDs matches by key, and the region must agree: it does, once the point
    // has decided it.
    const QByteArray json = R"({"format": "knotmap", "version": 1, "exported_at": "2026-03-05T08:00:00+01:00",
        "spots": [{"key": "rib", "x": 0.4205, "y": 0.4552, "region": "lower-trapezius-left",
                   "created_at": "2026-03-01T07:00:00+00:00"},
                  {"key": "hip", "x": 0.2489, "y": 0.7635, "region": "gluteus-medius-left",
                   "created_at": "2026-03-01T07:00:00+00:00"}],
        "ratings": [{"spot": "rib", "recorded_at": "2026-03-02T08:00:00+01:00", "intensity": 4},
                    {"spot": "hip", "recorded_at": "2026-03-02T08:00:00+01:00", "intensity": 3}]})";
    const ImportResult fromJson =
        importFile(*store, temp.writeFile(QStringLiteral("old.json"), json), nullptr);
    ASSERT_TRUE(fromJson.counts) << fromJson.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(fromJson.counts->spotsAdded, 1);
    EXPECT_EQ(store->ratingsForSpot(store->spotByKey(QStringLiteral("rib"))->id).size(), 2);
    EXPECT_EQ(store->spotByKey(QStringLiteral("hip"))->region, QStringLiteral("gluteus-minimus-left"));

    // Handed over from gluteus medius to minimus, but never from medius to the spine.
    const QByteArray wrong = "recorded_at,spot,region,x,y,intensity,quality,note\r\n"
                             "2026-03-01T08:00:00+01:00,w,gluteus-medius-left,0.4205,0.4552,6,,\r\n";
    const ImportResult refused = importFile(*store, temp.writeFile(QStringLiteral("w.csv"), wrong), nullptr);
    EXPECT_FALSE(refused.counts);
    EXPECT_TRUE(refused.problems.join(QLatin1Char('\n')).contains(QStringLiteral("contradicts")));
}
