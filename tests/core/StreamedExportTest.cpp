// SPDX-License-Identifier: GPL-3.0-or-later
// The streamed exports (StreamedExport.h) against the exporters they replace: the same bytes, on the golden
// fixture, on a store with every part of a JSON backup, and on a randomized one. Plus the hand-written times
// and escaping on their own, with expectations worked out by hand.
#include "TempDatabase.h"

#include "domain/IsoTimeText.h"
#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"
#include "exchange/StreamedExport.h"
#include "settings/Settings.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

QByteArray isoOf(qint64 utcSeconds, int offsetMinutes)
{
    QByteArray out;
    appendIsoTime(out, {utcSeconds, offsetMinutes});
    return out;
}

QByteArray csvFieldOf(const QString& text)
{
    QByteArray out;
    appendCsvField(out, text.toUtf8());
    return out;
}

QByteArray jsonStringOf(const QString& text)
{
    QByteArray out;
    appendJsonString(out, text.toUtf8());
    return out;
}

// What QJsonDocument itself writes for one string.
QByteArray qtJsonStringOf(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

template <typename Write> QByteArray streamed(Write write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportSink sink(&buffer, 256); // a small block, so the rows cross many flushes
    EXPECT_TRUE(write(sink));
    return buffer.data();
}

QByteArray streamedCsv(const KnotStore& store)
{
    return streamed([&](ExportSink& sink) { return writeRatingsCsv(store, sink); });
}

// The export time moves between two calls; both sides get the same one.
QByteArray withFixedExportTime(QByteArray json)
{
    static const QRegularExpression line(QStringLiteral("\"exported_at\": \"[^\"]*\""));
    QString text = QString::fromUtf8(json);
    EXPECT_EQ(text.count(line), 1);
    text.replace(line, QStringLiteral("\"exported_at\": \"2026-03-05T08:00:00+01:00\""));
    return text.toUtf8();
}

QByteArray streamedJson(const KnotStore& store, const Settings* settings)
{
    return withFixedExportTime(
        streamed([&](ExportSink& sink) { return writeExportJson(store, settings, sink); }));
}

QByteArray oldJson(const KnotStore& store, const Settings* settings)
{
    return withFixedExportTime(QJsonDocument(exportJson(store, settings)).toJson(QJsonDocument::Indented));
}

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/") + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

} // namespace

TEST(IsoTimeText, CivilDaysAcrossEpochLeapYearsAndCenturies)
{
    const auto civil = [](qint64 days) {
        const CivilDate d = civilFromDays(days);
        return std::tuple(d.year, d.month, d.day);
    };
    EXPECT_EQ(civil(0), std::tuple(qint64(1970), 1, 1));
    EXPECT_EQ(civil(-1), std::tuple(qint64(1969), 12, 31));
    EXPECT_EQ(civil(11016), std::tuple(qint64(2000), 2, 29)); // a 400-year leap day
    EXPECT_EQ(civil(-25508), std::tuple(qint64(1900), 3, 1)); // 1900 had no 29 February
    EXPECT_EQ(civil(-25509), std::tuple(qint64(1900), 2, 28));
    EXPECT_EQ(civil(-135140), std::tuple(qint64(1600), 1, 1));
}

TEST(IsoTimeText, WorkedExamples)
{
    EXPECT_EQ(isoOf(0, 0), "1970-01-01T00:00:00+00:00");
    EXPECT_EQ(isoOf(-1, 0), "1969-12-31T23:59:59+00:00");
    EXPECT_EQ(isoOf(0, -840), "1969-12-31T10:00:00-14:00");
    // Berlin's clocks went forward at 01:00 UTC on 29 March 2026: the second before, and the moment itself.
    EXPECT_EQ(isoOf(1774746000 - 1, 60), "2026-03-29T01:59:59+01:00");
    EXPECT_EQ(isoOf(1774746000, 120), "2026-03-29T03:00:00+02:00");
    EXPECT_EQ(isoOf(-2208988800, 0), "1900-01-01T00:00:00+00:00");
    EXPECT_EQ(isoOf(-2208988800, -300), "1899-12-31T19:00:00-05:00"); // before 1970, west of UTC
    EXPECT_EQ(isoOf(951825600, 345), "2000-02-29T17:45:00+05:45");
    EXPECT_EQ(isoOf(1709249400, 840), "2024-03-01T13:30:00+14:00"); // over the leap day's end
    EXPECT_EQ(isoOf(1709249400, -570), "2024-02-29T14:00:00-09:30");
}

TEST(IsoTimeText, SameAsToIsoOverTwoCenturies)
{
    QRandomGenerator random(11);
    for (int i = 0; i < 20000; ++i) {
        const RecordedTime time{random.bounded(qint64(-2208988800), qint64(4102444800)),
                                int(random.bounded(-840, 841))};
        QByteArray out;
        appendIsoTime(out, time);
        ASSERT_EQ(out, time.toIso().toUtf8()) << time.utcSeconds << ' ' << time.offsetMinutes;
    }
}

TEST(StreamedExport, CsvFieldsQuotedOnlyWhereNeeded)
{
    EXPECT_EQ(csvFieldOf(QStringLiteral("plain")), "plain");
    EXPECT_EQ(csvFieldOf(QString()), "");
    EXPECT_EQ(csvFieldOf(QStringLiteral("a,b")), "\"a,b\"");
    EXPECT_EQ(csvFieldOf(QStringLiteral("say \"hi\"")), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvFieldOf(QStringLiteral("two\nlines")), "\"two\nlines\"");
    EXPECT_EQ(csvFieldOf(QStringLiteral("cr\r")), "\"cr\r\"");
    EXPECT_EQ(csvFieldOf(QStringLiteral("tab\tbell\a")), "tab\tbell\a"); // RFC 4180 quotes only , \" CR LF
    EXPECT_EQ(csvFieldOf(QStringLiteral("emoji 😣 é")), "emoji \xF0\x9F\x98\xA3 \xC3\xA9");
    for (const QString& text : {QStringLiteral("\"\""), QStringLiteral(",\"\r\n😣"), QStringLiteral("x")})
        EXPECT_EQ(csvFieldOf(text), csvField(text).toUtf8());
}

TEST(StreamedExport, JsonStringsEscapedAsQtDoes)
{
    EXPECT_EQ(jsonStringOf(QStringLiteral("plain")), "\"plain\"");
    EXPECT_EQ(jsonStringOf(QStringLiteral("a\"b\\c/d")), "\"a\\\"b\\\\c/d\"");
    EXPECT_EQ(jsonStringOf(QStringLiteral("\b\f\n\r\t")), "\"\\b\\f\\n\\r\\t\"");
    EXPECT_EQ(jsonStringOf(QStringLiteral("\x01\x1f")), "\"\\u0001\\u001f\"");
    EXPECT_EQ(jsonStringOf(QStringLiteral("é😣\x7f, <b>")), "\"\xC3\xA9\xF0\x9F\x98\xA3\x7f, <b>\"");
    QString everyAscii;
    for (char16_t c = 0; c < 0x80; ++c)
        everyAscii += QChar(c);
    for (const QString& text : {everyAscii, QStringLiteral("ü ½ € 😣 \u2028 \uFEFF"), QString()})
        EXPECT_EQ(jsonStringOf(text), qtJsonStringOf(text)) << text.toStdString();
}

TEST(StreamedExport, CsvMatchesTheGoldenFile)
{
    TempDatabase temp;
    auto store = temp.open();
    // The values tests/core/RatingRowsTest.cpp writes the golden file from.
    auto trap = store->createSpot(QPointF(0.31, 0.2925),
                                  ratingAt(QStringLiteral("2026-03-01T08:30:00+01:00"), 6, Quality::Aching,
                                           QStringLiteral("desk, then \"tight\"\nall day <b>")));
    auto ql = store->createSpot(QPointF(0.6144, 0.6266),
                                ratingAt(QStringLiteral("2026-03-01T23:30:00-05:00"), 7, Quality::Sharp));
    ASSERT_TRUE(trap && ql);
    Rating later = ratingAt(QStringLiteral("2026-03-02T19:00:00+01:00"), 4);
    later.spotId = trap->spot.id;
    ASSERT_TRUE(store->addRating(later));
    RawConnection raw(store->path());
    ASSERT_TRUE(
        raw.exec(QStringLiteral("UPDATE spots SET uuid = '11111111-1111-4111-8111-11111111111' || id")));
    EXPECT_EQ(streamedCsv(*store), fixture("ratings-golden.csv"));
}

TEST(StreamedExport, EmptyStoreGivesTheSameFiles)
{
    TempDatabase temp;
    auto store = temp.open();
    EXPECT_EQ(streamedCsv(*store), ratingRowsToCsv(ratingRows(*store)));
    EXPECT_EQ(streamedJson(*store, nullptr), oldJson(*store, nullptr));
}

TEST(StreamedExport, JsonWithEveryPartMatchesTheOldExporter)
{
    TempDatabase temp;
    auto store = temp.open();
    auto trap = store->createSpot(labelOf("upper-trapezius-left"),
                                  ratingAt(QStringLiteral("2026-03-01T08:30:00+01:00"), 6, Quality::Aching,
                                           QStringLiteral("first, \"quoted\"\r\nend 😣\t\x01")));
    ASSERT_TRUE(trap);
    LoggedStep step;
    step.doneAt = *RecordedTime::parseIso(QStringLiteral("2026-03-02T19:00:00+01:00"));
    step.spotId = trap->spot.id;
    step.region = trap->spot.region;
    step.technique = QStringLiteral("stretch");
    step.plannedSeconds = 90;
    step.doneSeconds = 60;
    step.before = 6;
    ASSERT_TRUE(store->logRoutineStep(step));
    ASSERT_TRUE(store->recordFlagsShown(QDate(2026, 3, 2),
                                        {{{}, QStringLiteral("symptom-fever"), FlagLevel::Pause, {}}}));
    ASSERT_TRUE(store->clearFlag(QStringLiteral("symptom-fever"),
                                 *RecordedTime::parseIso(QStringLiteral("2026-03-03T08:00:00+01:00"))));
    QTemporaryDir settingsDir;
    auto settings = Settings::atPath(settingsDir.filePath(QStringLiteral("s.ini")));
    settings->setValue(SettingKey::PersonName, QStringLiteral("Zoë \"Z\""));
    const QByteArray json = streamedJson(*store, settings.get());
    EXPECT_EQ(json, oldJson(*store, settings.get()));
    EXPECT_TRUE(json.contains("\"routine_log\": [\n        {")) << json.toStdString();
    // The copy of the values an export on a worker takes gives the very same bytes.
    const QVariantMap values = exchangedSettingValues(settings.get());
    EXPECT_EQ(values.value(QStringLiteral("report/personName")), QStringLiteral("Zoë \"Z\""));
    EXPECT_EQ(withFixedExportTime(
                  streamed([&](ExportSink& sink) { return writeExportJson(*store, values, sink); })),
              json);
}

TEST(StreamedExport, RandomStoreGivesTheOldExportersBytes)
{
    TempDatabase temp;
    auto store = temp.open();
    QRandomGenerator random(2026);
    const QStringList pieces = {QStringLiteral("a"),  QStringLiteral(","),    QStringLiteral("\""),
                                QStringLiteral("\n"), QStringLiteral("\r"),   QStringLiteral("\t"),
                                QStringLiteral("\\"), QStringLiteral("é"),    QStringLiteral("😣"),
                                QStringLiteral(" "),  QStringLiteral("\x02"), QStringLiteral("<b>")};
    const auto randomNote = [&] {
        QString note;
        const int length = random.bounded(0, 12);
        for (int i = 0; i < length; ++i)
            note += pieces[random.bounded(int(pieces.size()))];
        return note;
    };
    const auto randomTime = [&] { // 1900 to yesterday, any offset
        return RecordedTime{random.bounded(qint64(-2208900000), QDateTime::currentSecsSinceEpoch() - 86400),
                            int(random.bounded(-840, 841))};
    };
    const QList<AtlasRegion>& regions = standardAtlas().regions();
    QList<qint64> spotIds;
    for (int s = 0; s < 6; ++s) {
        Rating first{0, 0, randomTime(), int(random.bounded(0, 11)), Quality::None, randomNote()};
        auto created = store->createSpot(regions[random.bounded(int(regions.size()))].labelPoint, first);
        ASSERT_TRUE(created);
        spotIds.append(created->spot.id);
    }
    const QList<Quality> qualities = allQualities();
    for (int i = 0; i < 300; ++i) {
        Rating r{0,
                 spotIds[random.bounded(int(spotIds.size()))],
                 randomTime(),
                 int(random.bounded(0, 11)),
                 random.bounded(3) == 0 ? Quality::None : qualities[random.bounded(int(qualities.size()))],
                 randomNote()};
        ASSERT_TRUE(store->addRating(r));
    }
    EXPECT_EQ(streamedCsv(*store), ratingRowsToCsv(ratingRows(*store)));
    EXPECT_EQ(streamedJson(*store, nullptr), oldJson(*store, nullptr));
}

TEST(StreamedExport, FileIsPrivateAndProtectedFilesAreRefused)
{
    TempDatabase temp;
    auto store = temp.open();
    ASSERT_TRUE(store->createSpot(labelOf("upper-trapezius-left"),
                                  ratingAt(QStringLiteral("2026-03-01T08:30:00+01:00"), 6)));
    const auto writeCsv = [&](ExportSink& sink) { return writeRatingsCsv(*store, sink); };
    const QString path = temp.dir.filePath(QStringLiteral("out.csv"));
    QString error;
    ASSERT_TRUE(writePrivateFileStreamed(path, writeCsv, store->ownFiles(), &error)) << error.toStdString();
    QFile written(path);
    EXPECT_EQ(written.permissions() & 0x0077, QFile::Permissions()); // nothing for group or others
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), ratingRowsToCsv(ratingRows(*store)));

    const QByteArray databaseBefore = [&] {
        QFile db(store->path());
        return db.open(QIODevice::ReadOnly) ? db.readAll() : QByteArray();
    }();
    EXPECT_FALSE(writePrivateFileStreamed(store->path(), writeCsv, store->ownFiles(), &error));
    EXPECT_FALSE(error.isEmpty());
    QFile db(store->path());
    ASSERT_TRUE(db.open(QIODevice::ReadOnly));
    EXPECT_EQ(db.readAll(), databaseBefore);
}

TEST(StreamedExport, AFailedReadLeavesTheOldFileAndNoTemporaryOne)
{
    TempDatabase temp;
    const QString path = temp.dir.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("yesterday's export");
    }
    QString error;
    const bool written = writePrivateFileStreamed(
        path,
        [](ExportSink& sink) {
            sink.buffer() += "half a file";
            sink.flush();
            return false; // as when the database cannot be read half-way
        },
        {}, &error);
    EXPECT_FALSE(written);
    EXPECT_TRUE(error.contains(QStringLiteral("could not be read"))) << error.toStdString();
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), "yesterday's export");
    EXPECT_EQ(QDir(temp.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("out.csv")),
              QStringList{QStringLiteral("out.csv")});
}

TEST(StreamedExport, AStoppedExportLeavesTheOldFileAndNoTemporaryOneAndStopsReading)
{
    TempDatabase temp;
    auto store = temp.open();
    auto spot =
        store->createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 5));
    ASSERT_TRUE(spot);
    QList<Rating> more;
    for (int i = 1; i < 5000; ++i) {
        Rating r = ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), i % 11, Quality::None,
                            QStringLiteral("note number %1, %2").arg(i).arg(QString(300, u'x')));
        r.spotId = spot->spot.id;
        r.recordedAt = {r.recordedAt.utcSeconds + 60LL * i, 0};
        more.append(r);
    }
    ASSERT_TRUE(store->addRatings(more));
    const QString path = temp.dir.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("yesterday's export");
    }
    // About 1.6 MB of CSV, two blocks of the sink's megabyte. Stop once 1,000 rows are out: the sink asks
    // after every block, and the reading ends at once.
    qint64 lastAsked = 0;
    int askedAfterStop = 0;
    QString error;
    const bool written = writePrivateFileStreamed(
        path,
        [&](ExportSink& sink) {
            sink.setProgress([&](qint64 rows) {
                askedAfterStop += lastAsked >= 1000 ? 1 : 0;
                lastAsked = rows;
                return rows < 1000;
            });
            return writeRatingsCsv(*store, sink);
        },
        store->ownFiles(), &error);
    EXPECT_FALSE(written);
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled; no file was written"))) << error.toStdString();
    EXPECT_GE(lastAsked, 1000);
    EXPECT_LT(lastAsked, 5000); // it did not read on to the end
    EXPECT_EQ(askedAfterStop, 0);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), "yesterday's export");
    EXPECT_EQ(QDir(temp.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("out.csv")),
              QStringList{QStringLiteral("out.csv")});
}
