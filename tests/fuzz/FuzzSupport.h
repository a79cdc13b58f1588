// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: the input as a file's bytes, the shipped atlas, and the promises every
// importer makes, checked on each input so a broken promise is a crash libFuzzer keeps.
#pragma once

#include "atlas/BodyAtlas.h"
#include "exchange/ImportData.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace knotmap::fuzz {

// A copy, not QByteArray::fromRawData: the app's bytes come from QFile::readAll, which ends them with a
// NUL, and the importers may rely on that as Qt's own code does.
inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

inline void require(bool holds, const char* promise)
{
    if (holds)
        return;
    std::fprintf(stderr, "knotmap fuzz: broken promise: %s\n", promise);
    std::abort();
}

// Loaded once; the importers check regions and points against it exactly as the app does.
inline const BodyAtlas& standardAtlas()
{
    static const BodyAtlas atlas = [] {
        auto loaded = BodyAtlas::loadStandard();
        require(loaded.has_value(), "the shipped atlas loads");
        return *loaded;
    }();
    return atlas;
}

// One input through an importer (parseRatingsCsv, parseKnotMapJson), with the promises every importer makes:
// data or the reasons why not — never both, never neither — and reasons safe to print: capped, and free of
// control characters that could forge lines or move a terminal's cursor.
template <typename Parse>
int runImporter(const std::uint8_t* data, std::size_t size, const char* fileName, Parse parse)
{
    ProblemList problems(QString::fromLatin1(fileName));
    const auto parsed = parse(bytesOf(data, size), standardAtlas(), problems);
    require(parsed.has_value() == problems.isEmpty(), "data or problems, exactly one");
    const QStringList lines = problems.lines();
    require(lines.size() <= kMaxReportedProblems + 1, "at most the cap of problems, plus one 'and N more'");
    for (const QString& line : lines) {
        for (QChar c : line) {
            const char16_t u = c.unicode();
            require(u >= 0x20 && !(u >= 0x7f && u < 0xa0) && u != 0x2028 && u != 0x2029,
                    "problems show control characters escaped");
        }
    }
    return 0;
}

} // namespace knotmap::fuzz
