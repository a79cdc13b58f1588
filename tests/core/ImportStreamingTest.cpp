// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import reads its file a chunk at a time (issue 11): records and characters that straddle a chunk,
// times read by hand, and duplicates within one file are all handled as when the file was read whole.
#include "TempDatabase.h"

#include "exchange/Csv.h"
#include "exchange/CsvStream.h"
#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

constexpr qsizetype kChunk = 1 << 20; // CsvStream's chunk

} // namespace

// A record full of awkward bytes (a doubled quote, CRLF and a lone CR inside quotes, a four-byte character, a
// lone CR ending the record) placed so that every one of its bytes in turn is the last of the first chunk.
TEST(ImportStreaming, RecordsStraddlingAChunkReadAsIfWhole)
{
    const QByteArray tricky = "\"a\"\"b\r\nc\rd\",\xF0\x9F\x98\xA3,\"\"\r";
    for (qsizetype cut = 0; cut <= tricky.size(); ++cut) {
        QByteArray bytes = QByteArray(kChunk - cut - 2, 'x') + "\r\n" + tricky + "last,\"\"\n";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvStream stream(buffer);
        ASSERT_TRUE(stream.next());
        EXPECT_EQ(stream.line(), 1);
        ASSERT_TRUE(stream.next()) << cut;
        EXPECT_EQ(stream.line(), 2);
        ASSERT_EQ(stream.fieldsAsText(), (QStringList{QStringLiteral("a\"b\r\nc\rd"),
                                                      QString::fromUtf8("\xF0\x9F\x98\xA3"), QString()}))
            << cut;
        ASSERT_TRUE(stream.next()) << cut;
        EXPECT_EQ(stream.line(), 5) << cut; // the CRLF and the lone CR inside the quotes count
        EXPECT_EQ(stream.fieldsAsText(), (QStringList{QStringLiteral("last"), QString()}));
        EXPECT_FALSE(stream.next());
        EXPECT_FALSE(stream.problem());
    }
}

// A bad byte far into a file names its own line, however the chunks fall.
TEST(ImportStreaming, BadUtf8PastTheFirstChunkNamesItsLine)
{
    QByteArray bytes;
    for (int i = 0; bytes.size() < kChunk + 1000; ++i)
        bytes += "a,b\n";
    const int line = int(bytes.count('\n')) + 2;
    bytes += "\"ok\ncaf\xE9\",x\n";
    const CsvDocument doc = readCsv(bytes);
    ASSERT_TRUE(doc.problem);
    EXPECT_EQ(doc.problem->line, line);
    EXPECT_TRUE(doc.problem->message.contains(QLatin1String("UTF-8")));
    // Overlong forms and surrogates are not UTF-8 either.
    EXPECT_TRUE(readCsv("a,\xC0\xAF\n").problem);
    EXPECT_TRUE(readCsv("a,\xED\xA0\x80\n").problem);
    EXPECT_TRUE(readCsv("a,\xF4\x90\x80\x80\n").problem);
    EXPECT_FALSE(readCsv("a,\xF4\x8F\xBF\xBF\n").problem);
}

// The hand-written reader gives what the regular expression gives, answers and messages alike.
TEST(ImportStreaming, TimesReadByHandAgreeWithParseIso)
{
    const char* const samples[] = {"2026-03-01T08:30:00+01:00",
                                   "2026-03-01T08:30+01:00",
                                   "2026-03-01 08:30:00Z",
                                   "2026-03-01T08:30Z",
                                   "2026-03-01T08:30:00.123456789-05:00",
                                   "2026-03-01T08:30:00.1234567890Z",
                                   "2024-02-29T23:59:59+0530",
                                   "2023-02-29T10:00:00Z",
                                   "2026-13-01T10:00:00Z",
                                   "2026-04-31T10:00:00Z",
                                   "2026-03-01T24:00:00Z",
                                   "2026-03-01T23:60:00Z",
                                   "2026-03-01T23:59:60Z",
                                   "2026-03-01T08:30:00+14:00",
                                   "2026-03-01T08:30:00+14:01",
                                   "2026-03-01T08:30:00+01:60",
                                   "2026-03-01T08:30:00",
                                   " 2026-03-01T08:30:00Z ",
                                   "0000-01-01T00:00:00Z",
                                   "1900-01-01T00:00:00-00:00",
                                   "1899-12-31T23:00:00-01:00",
                                   "9999-12-31T23:59:59Z",
                                   "2026-3-01T08:30Z",
                                   "2026-03-01T08:30:00+1:00",
                                   "2026-03-01T08:30:00.Z",
                                   "2026-03-01T08:30:00Zjunk",
                                   "",
                                   "1970-01-01T00:00:00+00:00",
                                   "1969-12-31T23:59:59Z",
                                   "2000-02-29T12:00:00-12:00"};
    for (const char* sample : samples) {
        QString slowError, fastError;
        const auto slow = RecordedTime::parseIso(QString::fromLatin1(sample), &slowError);
        const auto fast = RecordedTime::parseIsoUtf8(QByteArrayView(sample), &fastError);
        EXPECT_EQ(slow, fast) << sample;
        EXPECT_EQ(slowError, fastError) << sample;
    }
    EXPECT_EQ(RecordedTime::parseIsoUtf8("2026-03-01T08:30:00+01:00")->utcSeconds, 1772350200); // by hand
}

// A file bigger than a chunk, with notes that need quoting across the chunk edges, imports exactly.
TEST(ImportStreaming, AFileOfManyChunksImportsExactly)
{
    TempDatabase temp;
    auto store = temp.open();
    QByteArray csv = kRatingsCsvHeaderBefore8.toUtf8() + "\r\n";
    int rows = 0;
    for (; csv.size() < 3 * kChunk; ++rows) {
        const int day = 1 + rows % 28, minute = rows % 60;
        csv += QStringLiteral("2025-02-%1T08:%2:%3+01:00,k%4,upper-trapezius-left,,,%5,aching,"
                              "\"note %6, \"\"quoted\"\"\r\nsecond line 😣\",\r\n")
                   .arg(day, 2, 10, QLatin1Char('0'))
                   .arg(minute, 2, 10, QLatin1Char('0'))
                   .arg(rows / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(rows % 3)
                   .arg(rows % 11)
                   .arg(rows)
                   .toUtf8();
    }
    const ImportResult result = importFile(*store, temp.writeFile(QStringLiteral("big.csv"), csv), nullptr);
    ASSERT_TRUE(result.counts) << result.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(result.counts->ratingsAdded, rows);
    EXPECT_EQ(result.counts->spotsAdded, 3);
    // Exported again, every rating and note is as it was in the file (the export sorts by time).
    const QList<RatingRow> back = ratingRows(*store);
    ASSERT_EQ(back.size(), rows);
    qsizetype notes = 0;
    for (const RatingRow& row : back)
        notes += row.note.endsWith(QStringLiteral(", \"quoted\"\r\nsecond line 😣")) ? 1 : 0;
    EXPECT_EQ(notes, rows);
}

// A spot already in the database, and a file that holds one of its new ratings twice: the second copy is a
// duplicate of the first, even though the ratings go in many to a statement.
TEST(ImportStreaming, ARatingTwiceInOneFileIsAddedOnce)
{
    TempDatabase temp;
    auto store = temp.open();
    const QByteArray header = kRatingsCsvHeaderBefore8.toUtf8() + "\n";
    const QByteArray first = header + "2026-03-01T08:00:00+01:00,tl,upper-trapezius-left,,,5,aching,,\n";
    ASSERT_TRUE(importFile(*store, temp.writeFile(QStringLiteral("one.csv"), first), nullptr).counts);
    const QByteArray twice = header + "2026-03-02T08:00:00+01:00,tl,upper-trapezius-left,,,4,,again,\n"
                                      "2026-03-01T08:00:00+01:00,tl,upper-trapezius-left,,,5,aching,,\n"
                                      "2026-03-02T08:00:00+01:00,tl,upper-trapezius-left,,,4,,again,\n"
                                      "2026-03-03T08:00:00+01:00,tl,upper-trapezius-left,,,3,,,\n";
    const ImportResult result = importFile(*store, temp.writeFile(QStringLiteral("two.csv"), twice), nullptr);
    ASSERT_TRUE(result.counts) << result.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(result.counts->ratingsAdded, 2);
    EXPECT_EQ(result.counts->ratingsSkipped, 2);
    EXPECT_EQ(ratingRows(*store).size(), 3);
}

// Every bad row of a long file is named at once, and nothing of the good rows before them is kept.
TEST(ImportStreaming, BadRowsLateInALongFileChangeNothing)
{
    TempDatabase temp;
    auto store = temp.open();
    QByteArray csv = kRatingsCsvHeaderBefore8.toUtf8() + "\n";
    for (int i = 0; i < 5000; ++i)
        csv +=
            "2026-03-01T08:00:00+01:00,tl,upper-trapezius-left,,,5,aching,a note long enough to fill chunks "
            "a note long enough to fill chunks a note long enough to fill chunks,\n";
    csv += "2026-03-01T08:00:00+01:00,tl,upper-trapezius-left,,,12,aching,,\n";   // line 5002
    csv += "2026-03-01T08:00:00+01:00,tl,upper-trapezius-left,,,5,throbbing,,\n"; // line 5003
    const ImportResult result = importFile(*store, temp.writeFile(QStringLiteral("late.csv"), csv), nullptr);
    EXPECT_FALSE(result.counts);
    const QString all = result.problems.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QLatin1String("late.csv:5002:"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("late.csv:5003: unknown quality 'throbbing'")))
        << all.toStdString();
    EXPECT_TRUE(ratingRows(*store).isEmpty());
}
