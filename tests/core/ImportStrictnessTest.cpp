// SPDX-License-Identifier: GPL-3.0-or-later
// Import takes a file whole or not at all: wrong JSON types, odd line ends, byte order marks and control
// characters are each refused or read as they should be, and every problem names its file and line.
#include "TempDatabase.h"

#include "exchange/Csv.h"
#include "exchange/Exchange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

QString corpus(const char* name)
{
    return QStringLiteral(KNOTMAP_TEST_DATA_DIR "/import-corpus/") + QLatin1String(name);
}

struct Rows
{
    qint64 spots = 0, ratings = 0, steps = 0;
    bool operator==(const Rows&) const = default;
};

// What another program sees in the file, so a write the store forgot to report still shows.
Rows rowsIn(const TempDatabase& temp)
{
    RawConnection raw(temp.path());
    return {raw.count(QStringLiteral("spots")), raw.count(QStringLiteral("ratings")),
            raw.count(QStringLiteral("routine_log"))};
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20; });
}

// A database holding one rating, so "unchanged" means more than "still empty".
class ImportStrictness : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = temp.open();
        ASSERT_TRUE(store->createSpot(standardAtlas().region(QStringLiteral("rhomboids-left"))->labelPoint,
                                      ratingAt(QStringLiteral("2026-02-01T08:00:00+01:00"), 5)));
        before = rowsIn(temp);
    }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = temp.dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // Imports a file that must be refused and returns its problems, after checking that nothing changed
    // and that no problem carries a raw control character to the terminal.
    QStringList refused(const QString& path) const
    {
        const ImportResult result = importFile(*store, path, nullptr);
        EXPECT_FALSE(result.counts) << path.toStdString();
        EXPECT_FALSE(result.problems.isEmpty());
        for (const QString& problem : result.problems)
            EXPECT_FALSE(hasControlCharacter(problem)) << problem.toStdString();
        EXPECT_EQ(rowsIn(temp), before);
        return result.problems;
    }

    ImportCounts imported(const QString& path) const
    {
        const ImportResult result = importFile(*store, path, nullptr);
        EXPECT_TRUE(result.counts) << result.problems.join(QLatin1Char('\n')).toStdString();
        return result.counts.value_or(ImportCounts{});
    }

    TempDatabase temp;
    std::unique_ptr<KnotStore> store;
    Rows before;
};

} // namespace

// Classic Mac files end lines with a lone CR: each one is a line, so a problem names the right one.
TEST_F(ImportStrictness, CrOnlyCsvNamesTheLineOfAProblem)
{
    const QStringList problems = refused(corpus("cr-only-bad-score.csv"));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].startsWith(QStringLiteral("cr-only-bad-score.csv:3: ")))
        << problems[0].toStdString();
    EXPECT_TRUE(problems[0].contains(QStringLiteral("'lots'")));
}

TEST_F(ImportStrictness, CrOnlyCsvImports)
{
    const ImportCounts counts = imported(corpus("cr-only.csv"));
    EXPECT_EQ(counts.spotsAdded, 1);
    EXPECT_EQ(counts.ratingsAdded, 2);
}

TEST(ImportStrictnessCsv, LoneCarriageReturnsEndLinesInsideQuotesToo)
{
    const CsvDocument doc = readCsv("a\r\"b\rc\"\r\nd\re");
    ASSERT_FALSE(doc.problem);
    ASSERT_EQ(doc.records.size(), 4);
    EXPECT_EQ(doc.records[1].fields, QStringList{QStringLiteral("b\rc")});
    EXPECT_EQ(doc.records[1].line, 2);
    EXPECT_EQ(doc.records[2].line, 4); // the quoted CR was line 3; CRLF is one line end
    EXPECT_EQ(doc.records[3].line, 5);
}

// A problem quoting the file, or naming it, must not move a terminal's cursor or forge another line.
TEST_F(ImportStrictness, ControlCharactersInProblemsAreShownEscaped)
{
    const QStringList problems = refused(corpus("control-characters.csv"));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0], QStringLiteral("control-characters.csv:2: unknown quality '\\x1b[31m'"));

    QFile::copy(corpus("control-characters.csv"), temp.dir.filePath(QStringLiteral("a\u001b]0;b\nc.csv")));
    const QStringList named = refused(temp.dir.filePath(QStringLiteral("a\u001b]0;b\nc.csv")));
    ASSERT_EQ(named.size(), 1);
    EXPECT_TRUE(named[0].startsWith(QStringLiteral("a\\x1b]0;b\\nc.csv:2: "))) << named[0].toStdString();
}

// Editors on Windows start UTF-8 files with a byte order mark; JSON is still JSON after one.
TEST_F(ImportStrictness, JsonWithAByteOrderMarkImports)
{
    const ImportCounts counts = imported(corpus("bom.json"));
    EXPECT_EQ(counts.spotsAdded, 1);
    EXPECT_EQ(counts.ratingsAdded, 1);
}

TEST_F(ImportStrictness, CsvWithAByteOrderMarkStillImports)
{
    const ImportCounts counts = imported(
        write(QStringLiteral("bom.csv"), "\xEF\xBB\xBFrecorded_at,spot,region,x,y,intensity,quality,note\r\n"
                                         "2026-03-01T08:30:00+01:00,neck-1,upper-trapezius-left,,,6,,\r\n"));
    EXPECT_EQ(counts.ratingsAdded, 1);
}

// JSON problems name the line where the value starts, then its path, whatever the line ends.
TEST_F(ImportStrictness, JsonProblemsNameTheirLine)
{
    EXPECT_EQ(
        refused(corpus("crlf-bad-intensity.json")),
        QStringList{QStringLiteral("crlf-bad-intensity.json:9: ratings[1].intensity: pain score 12 is out "
                                   "of range: it must be from 0 to 10")});
}
