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

// Every field has its documented type: a wrong one is named with its line and path, never read as a default.
TEST_F(ImportStrictness, JsonFieldsOfTheWrongTypeAreRefused)
{
    EXPECT_EQ(
        refused(corpus("wrong-types.json")),
        (QStringList{
            QStringLiteral("wrong-types.json:5: spots[0].x: must be a number, not text"),
            QStringLiteral("wrong-types.json:6: spots[0].label: must be text, not null"),
            QStringLiteral("wrong-types.json:6: spots[0].archived_at: must be text or null, not a number"),
            QStringLiteral("wrong-types.json:11: ratings[1].intensity: must be a whole number, not text"),
            QStringLiteral("wrong-types.json:12: ratings[2].intensity: must be a whole number, not 4.5"),
            QStringLiteral("wrong-types.json:13: ratings[2].quality: must be text or null, not an array"),
            QStringLiteral("wrong-types.json:14: ratings[2].note: must be text, not a number"),
            QStringLiteral("wrong-types.json:15: ratings[3]: must be an object, not text"),
            QStringLiteral("wrong-types.json:19: routine_log[0].planned_s: must be a whole number, not text"),
            QStringLiteral("wrong-types.json:19: routine_log[0].before: must be a whole number or null, not "
                           "true"),
        }));
}

// A missing field is named at the line where its object starts.
TEST_F(ImportStrictness, JsonFieldsThatAreMissingAreRefused)
{
    EXPECT_EQ(refused(corpus("missing-fields.json")),
              (QStringList{
                  QStringLiteral("missing-fields.json:5: spots[0].y: is missing"),
                  QStringLiteral("missing-fields.json:9: ratings[0].intensity: is missing"),
                  QStringLiteral("missing-fields.json:10: ratings[1].spot: is missing"),
                  QStringLiteral("missing-fields.json:13: routine_log[0].done_at: is missing"),
                  QStringLiteral("missing-fields.json:13: routine_log[0].done_s: is missing"),
              }));
}

TEST_F(ImportStrictness, JsonListsAndObjectsOfTheWrongShapeAreRefused)
{
    EXPECT_EQ(refused(corpus("wrong-shapes.json")),
              (QStringList{
                  QStringLiteral("wrong-shapes.json:1: spots: is missing"),
                  QStringLiteral("wrong-shapes.json:4: ratings: must be an array, not text"),
                  QStringLiteral("wrong-shapes.json:5: routine_log: must be an array, not an object"),
                  QStringLiteral("wrong-shapes.json:6: settings: must be an object, not an array"),
              }));
    // `list --format json` writes an array: not a backup, and not CSV either.
    EXPECT_EQ(
        refused(corpus("root-array.json")),
        QStringList{QStringLiteral("root-array.json:1: not a KnotMap export: the root must be an object, "
                                   "not an array")});
}

// A later KnotMap may add fields (a spot's uuid); optional ones may be left out.
TEST_F(ImportStrictness, JsonWithUnknownFieldsAndNoOptionalOnesImports)
{
    const ImportCounts counts = imported(corpus("extra-fields.json"));
    EXPECT_EQ(counts.spotsAdded, 1);
    EXPECT_EQ(counts.ratingsAdded, 1);
    EXPECT_EQ(counts.stepsAdded, 1);
}

namespace {

// A valid file with one of everything; each case below breaks one value in it.
const QByteArray kValidJson = R"({"format": "knotmap", "version": 1,
 "spots": [{"key": "a", "x": 0.3093, "y": 0.2916, "region": "upper-trapezius-left", "label": "",
            "created_at": "2026-03-01T08:00:00+00:00", "archived_at": null}],
 "ratings": [{"spot": "a", "recorded_at": "2026-03-01T08:00:00+01:00", "intensity": 3, "quality": "aching",
              "note": "n"}],
 "routine_log": [{"done_at": "2026-03-01T20:00:00+01:00", "spot": "a", "region": "upper-trapezius-left",
                  "technique": "stretch", "planned_s": 60, "done_s": 60, "before": 3, "after": 2}],
 "settings": {}})";

struct FieldCase
{
    const char* member; // a member of the root
    int index;          // an element of it, or -1 for the member itself
    const char* field;  // a field of that element, or null for the element itself
    QJsonValue value;   // undefined: remove it
    const char* says;
    int problems = 1; // more when others follow: without its spot's key, a rating names no spot in the file
};

void PrintTo(const FieldCase& c, std::ostream* os)
{
    *os << c.says;
}

void put(QJsonObject& object, const QString& name, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(name);
    else
        object.insert(name, value);
}

QByteArray broken(const FieldCase& c)
{
    QJsonObject root = QJsonDocument::fromJson(kValidJson).object();
    const QString member = QLatin1String(c.member);
    if (c.index < 0) {
        put(root, member, c.value);
    } else {
        QJsonArray list = root.value(member).toArray();
        if (c.field) {
            QJsonObject element = list[c.index].toObject();
            put(element, QLatin1String(c.field), c.value);
            list[c.index] = element;
        } else {
            list[c.index] = c.value;
        }
        root.insert(member, list);
    }
    return QJsonDocument(root).toJson();
}

class JsonField : public ImportStrictness, public ::testing::WithParamInterface<FieldCase>
{
};

const QJsonValue kRemoved(QJsonValue::Undefined);

} // namespace

TEST_F(ImportStrictness, TheFileTheFieldCasesBreakIsValid)
{
    EXPECT_EQ(imported(write(QStringLiteral("valid.json"), kValidJson)).stepsAdded, 1);
}

TEST_P(JsonField, OfTheWrongTypeOrMissingIsRefused)
{
    const QStringList problems = refused(write(QStringLiteral("case.json"), broken(GetParam())));
    ASSERT_EQ(problems.size(), GetParam().problems) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems[0].startsWith(QStringLiteral("case.json:")));
    EXPECT_TRUE(problems[0].contains(QString::fromUtf8(GetParam().says))) << problems[0].toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Strict, JsonField,
    ::testing::Values(
        FieldCase{"spots", 0, "key", 7, ": spots[0].key: must be text, not a number", 3},
        FieldCase{"spots", 0, "key", kRemoved, ": spots[0].key: is missing", 3},
        FieldCase{"spots", 0, "x", QStringLiteral("0.3"), ": spots[0].x: must be a number, not text"},
        FieldCase{"spots", 0, "x", kRemoved, ": spots[0].x: is missing"},
        FieldCase{"spots", 0, "y", QJsonValue(), ": spots[0].y: must be a number, not null"},
        FieldCase{"spots", 0, "region", true, ": spots[0].region: must be text, not true"},
        FieldCase{"spots", 0, "region", kRemoved, ": spots[0].region: is missing"},
        FieldCase{"spots", 0, "label", 5, ": spots[0].label: must be text, not a number"},
        FieldCase{"spots", 0, "created_at", 0, ": spots[0].created_at: must be text, not a number"},
        FieldCase{"spots", 0, "created_at", kRemoved, ": spots[0].created_at: is missing"},
        FieldCase{"spots", 0, "archived_at", QJsonObject(),
                  ": spots[0].archived_at: must be text or null, not an object"},
        FieldCase{"spots", 0, nullptr, QJsonArray(), ": spots[0]: must be an object, not an array", 3},
        FieldCase{"ratings", 0, "spot", QJsonArray(), ": ratings[0].spot: must be text, not an array"},
        FieldCase{"ratings", 0, "spot", kRemoved, ": ratings[0].spot: is missing"},
        FieldCase{"ratings", 0, "recorded_at", 1, ": ratings[0].recorded_at: must be text, not a number"},
        FieldCase{"ratings", 0, "recorded_at", kRemoved, ": ratings[0].recorded_at: is missing"},
        FieldCase{"ratings", 0, "intensity", QStringLiteral("5"),
                  ": ratings[0].intensity: must be a whole number, not text"},
        FieldCase{"ratings", 0, "intensity", 5.5, ": ratings[0].intensity: must be a whole number, not 5.5"},
        FieldCase{"ratings", 0, "intensity", 1e10, ": ratings[0].intensity: 1e+10 is too large"},
        FieldCase{"ratings", 0, "intensity", QJsonValue(),
                  ": ratings[0].intensity: must be a whole number, not null"},
        FieldCase{"ratings", 0, "intensity", kRemoved, ": ratings[0].intensity: is missing"},
        FieldCase{"ratings", 0, "quality", 1, ": ratings[0].quality: must be text or null, not a number"},
        FieldCase{"ratings", 0, "quality", QStringLiteral("\u001b[31m"),
                  ": ratings[0].quality: unknown quality '\\x1b[31m'"},
        FieldCase{"ratings", 0, "note", 12345, ": ratings[0].note: must be text, not a number"},
        FieldCase{"ratings", 0, "note", QJsonValue(), ": ratings[0].note: must be text, not null"},
        FieldCase{"ratings", 0, nullptr, 5, ": ratings[0]: must be an object, not a number"},
        FieldCase{"routine_log", 0, "done_at", 1, ": routine_log[0].done_at: must be text, not a number"},
        FieldCase{"routine_log", 0, "spot", 1, ": routine_log[0].spot: must be text or null, not a number"},
        FieldCase{"routine_log", 0, "region", 1, ": routine_log[0].region: must be text, not a number"},
        FieldCase{"routine_log", 0, "technique", false,
                  ": routine_log[0].technique: must be text, not false"},
        FieldCase{"routine_log", 0, "technique", kRemoved, ": routine_log[0].technique: is missing"},
        FieldCase{"routine_log", 0, "planned_s", QStringLiteral("60"),
                  ": routine_log[0].planned_s: must be a whole number, not text"},
        FieldCase{"routine_log", 0, "done_s", 1.5,
                  ": routine_log[0].done_s: must be a whole number, not 1.5"},
        FieldCase{"routine_log", 0, "before", QStringLiteral("6"),
                  ": routine_log[0].before: must be a whole number or null, not text"},
        FieldCase{"routine_log", 0, "after", true,
                  ": routine_log[0].after: must be a whole number or null, not true"},
        FieldCase{"routine_log", 0, nullptr, QJsonValue(), ": routine_log[0]: must be an object, not null"},
        FieldCase{"spots", -1, nullptr, QStringLiteral("x"), ": spots: must be an array, not text", 3},
        FieldCase{"ratings", -1, nullptr, QStringLiteral("lots"), ": ratings: must be an array, not text"},
        FieldCase{"ratings", -1, nullptr, kRemoved, ": ratings: is missing"},
        FieldCase{"routine_log", -1, nullptr, QJsonObject(),
                  ": routine_log: must be an array, not an object"},
        FieldCase{"settings", -1, nullptr, QJsonArray(), ": settings: must be an object, not an array"}),
    [](const ::testing::TestParamInfo<FieldCase>& info) {
        return std::to_string(info.index) + "_" + info.param.member + (info.param.field ? "_" : "") +
               (info.param.field ? info.param.field : "");
    });
