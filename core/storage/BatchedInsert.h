// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Quality.h"
#include "domain/RecordedTime.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace knotmap {

// Ratings into the ratings table on the connection's native handle, up to 4096 rows to one INSERT: each
// statement opens the table, its five indexes and sqlite_sequence (AUTOINCREMENT) again, and one row to a
// statement cost a million-row import 2 s. Rows go in in the order given, with the same ids; flush() before
// reading the table. Every step is checked; a failure throws sql::SqlFailure.
// A many-row INSERT keeps a statement journal (it could fail half-way): keep it in memory (PRAGMA temp_store,
// see MemoryTempStore), or writing it page by page to a temporary file costs more than the batching saves.
class BatchedInsert
{
public:
    static constexpr int kMostRowsPerStatement = 4096;

    explicit BatchedInsert(sqlite3* db);
    ~BatchedInsert();
    BatchedInsert(const BatchedInsert&) = delete;
    BatchedInsert& operator=(const BatchedInsert&) = delete;

    void add(qint64 spotId, const RecordedTime& at, int intensity, Quality quality, QByteArrayView note);
    void flush();

private:
    struct Row
    {
        qint64 spotId;
        qint64 utc;
        int offset;
        int intensity;
        Quality quality;
        qsizetype noteAt, noteSize; // in m_notes
    };
    sqlite3_stmt* prepare(int rows);
    void bind(sqlite3_stmt* statement, int first, const Row& row);
    void step(sqlite3_stmt* statement);
    [[noreturn]] void fail() const;

    sqlite3* m_db;
    int m_rowsPerStatement; // fewer when SQLite allows fewer than 6 × 4096 parameters
    sqlite3_stmt* m_one = nullptr;
    sqlite3_stmt* m_many = nullptr;
    std::vector<Row> m_rows;
    QByteArray m_notes; // the pending rows' notes, end to end
};

} // namespace knotmap
