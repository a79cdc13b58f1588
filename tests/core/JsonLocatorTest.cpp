// SPDX-License-Identifier: GPL-3.0-or-later
// JsonLocator: the line where a value starts, in JSON text QJsonDocument accepted, for import problems.
#include "exchange/JsonLocator.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace knotmap;

namespace {

// Strings that hold brackets, quotes and backslashes, nesting, every kind of scalar, an escaped name and
// names given twice (the last counts, as in QJsonDocument). Lines are numbered in the comments.
const QByteArray kDocument = R"({
  "format": "knotmap", "text": "a \"quoted\" } ] { [ \\ text",
  "ratings": [
    {"spot": "a", "extra": {"deep": [1, 2, {"x": "}"}]},
     "n": -1.5e3, "t": true, "f": false, "z": null, "spot": "again",
     "note": "x"},
    {"spot": "b", "other": 2,
     "no\u0074e": 1},
    []
  ],
  "settings": {"a": {"b":
    [0,
     7]}},
  "empty": [], "last": 0, "format": "again"
})";

JsonPath path(std::initializer_list<JsonPathStep> steps)
{
    return JsonPath(steps);
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

class JsonLocatorLineEnds : public ::testing::TestWithParam<const char*>
{
};

} // namespace

TEST_P(JsonLocatorLineEnds, FindsTheLineWhereEachValueStarts)
{
    QByteArray text = kDocument;
    text.replace("\n", GetParam());
    ASSERT_FALSE(QJsonDocument::fromJson(text).isNull());
    const JsonLocator locator(text);

    EXPECT_EQ(locator.lineOf({}), 1);
    EXPECT_EQ(locator.lineOf(path({s("text")})), 2);
    EXPECT_EQ(locator.lineOf(path({s("format")})), 14);
    EXPECT_EQ(locator.lineOf(path({s("ratings")})), 3);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 0})), 4);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 0, s("spot")})), 5);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 0, s("z")})), 5);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 0, s("note")})), 6);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 0, s("extra"), s("deep"), 2, s("x")})), 4);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 1, s("note")})), 8);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 1, s("other")})), 7);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 2})), 9);
    EXPECT_EQ(locator.lineOf(path({s("settings"), s("a"), s("b"), 1})), 13);
    EXPECT_EQ(locator.lineOf(path({s("empty")})), 14);
    EXPECT_EQ(locator.lineOf(path({s("last")})), 14);
}

INSTANTIATE_TEST_SUITE_P(Json, JsonLocatorLineEnds, ::testing::Values("\n", "\r\n", "\r"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                             return std::string(info.index == 0 ? "LF" : info.index == 1 ? "CRLF" : "CR");
                         });

// A path that goes further than the document: the deepest value it reaches.
TEST(JsonLocator, PlacesWhatIsMissingAtWhatWouldHoldIt)
{
    const JsonLocator locator(kDocument);
    EXPECT_EQ(locator.lineOf(path({s("nothing")})), 1);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 0, s("missing")})), 4);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 3})), 3);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 2, s("x")})), 9);
    EXPECT_EQ(locator.lineOf(path({s("ratings"), 0, s("n"), s("x")})), 5);
    EXPECT_EQ(locator.lineOf(path({s("settings"), s("a"), s("c")})), 11);
    EXPECT_EQ(locator.lineOf(path({s("settings"), 0})), 11);
    EXPECT_EQ(locator.lineOf(path({0})), 1);
}

TEST(JsonLocator, CountsLineBreaksInsideStringsAndSkipsAByteOrderMark)
{
    const QByteArray text = "\xEF\xBB\xBF\n{\"a\": \"x\ny\", \"b\": [\r\n1]}";
    ASSERT_FALSE(QJsonDocument::fromJson(text).isNull()); // Qt takes a raw line break in a string
    const JsonLocator locator(text);
    EXPECT_EQ(locator.lineOf({}), 2);
    EXPECT_EQ(locator.lineOf(path({s("b")})), 3);
    EXPECT_EQ(locator.lineOf(path({s("b"), 0})), 4);
}

TEST(JsonLocator, GivesTheLineOfAnOffsetAndShowsAPath)
{
    const QByteArray text = "a\r\nb\rc\nd";
    EXPECT_EQ(lineAtOffset(text, 0), 1);
    EXPECT_EQ(lineAtOffset(text, text.indexOf('b')), 2);
    EXPECT_EQ(lineAtOffset(text, text.indexOf('d')), 4);
    EXPECT_EQ(jsonPathText(path({s("ratings"), 2, s("note")})), s("ratings[2].note"));
    EXPECT_EQ(jsonPathText(path({s("settings"), s("routine/tools"), 0})), s("settings.routine/tools[0]"));
}
