// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace knotmap {

// One CSV record and the line of the file it starts on (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvProblem
{
    int line = 0;
    QString message;
};

// Reads RFC 4180 CSV: comma-separated, fields quoted with " when they hold a comma, a quote or a line break,
// quotes doubled inside; CRLF, LF or lone CR line ends; an optional UTF-8 byte order mark. The bytes must be
// UTF-8. Stops at the first malformed record (an unclosed quote, text after a closing quote), reporting its
// line.
struct CsvDocument
{
    QList<CsvRecord> records;
    std::optional<CsvProblem> problem;
};
CsvDocument readCsv(const QByteArray& bytes);

} // namespace knotmap
