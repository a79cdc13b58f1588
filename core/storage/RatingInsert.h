// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Quality.h"
#include "domain/RecordedTime.h"

#include <QByteArrayView>

struct sqlite3;
struct sqlite3_stmt;

namespace knotmap {

// One rating at a time into the ratings table on the connection's native handle: no QVariant per row, and
// the note bound as the file's own UTF-8 bytes. One row to a statement on purpose: a many-row INSERT needs a
// statement journal (it could fail half-way), and writing that made a million-row import slower (7.8 s
// against 6.1 s). Every step is checked; a failure throws sql::SqlFailure.
class RatingInsert
{
public:
    explicit RatingInsert(sqlite3* db);
    ~RatingInsert();
    RatingInsert(const RatingInsert&) = delete;
    RatingInsert& operator=(const RatingInsert&) = delete;

    void add(qint64 spotId, const RecordedTime& at, int intensity, Quality quality, QByteArrayView note);

private:
    [[noreturn]] void fail() const;

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace knotmap
