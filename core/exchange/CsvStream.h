// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Csv.h"

#include <QByteArray>
#include <QIODevice>

#include <optional>
#include <vector>

namespace knotmap {

// Reads RFC 4180 CSV (the rules of readCsv in Csv.h) record by record from a device, a chunk at a time,
// so a file of a million rows never sits in memory whole. Fields stay UTF-8 bytes, checked to be valid
// UTF-8; blank lines are skipped. Stops at the first malformed record or bad byte, naming its line.
class CsvStream
{
public:
    explicit CsvStream(QIODevice& device);

    // Moves to the next record; false at the end of the file or on a problem (see problem()).
    bool next();
    int line() const { return m_recordLine; } // where the current record starts
    qsizetype fieldCount() const { return m_count; }
    const QByteArray& field(qsizetype i) const { return m_fields[size_t(i)]; }
    QStringList fieldsAsText() const;
    const std::optional<CsvProblem>& problem() const { return m_problem; }
    qint64 bytesRead() const { return m_consumed + m_pos; }

private:
    enum class Step { Record, NeedMore, Problem };
    Step parse();
    bool refill();
    QByteArray& nextField();

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes dropped from the front of the buffer
    bool m_atEnd = false;
    bool m_started = false;
    int m_line = 1;
    int m_recordLine = 0;
    std::vector<QByteArray> m_fields; // reused from record to record: no allocation per field
    qsizetype m_count = 0;
    std::optional<CsvProblem> m_problem;
};

} // namespace knotmap
