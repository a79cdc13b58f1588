// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchedInsert.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QList>

#include <sqlite3.h>

#include <algorithm>

namespace knotmap {

namespace {
// The keys by position, made once, so a million rows do not each build a string.
const QByteArray& qualityBytes(Quality quality)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> all{QByteArray("")};
        for (Quality each : allQualities())
            all.append(qualityKey(each).toLatin1());
        return all;
    }();
    return keys[int(quality)];
}
} // namespace

BatchedInsert::BatchedInsert(sqlite3* db)
    : m_db(db), m_rowsPerStatement(std::clamp(sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1) / 6, 1,
                                              kMostRowsPerStatement))
{
    m_one = prepare(1);
    m_many = prepare(m_rowsPerStatement);
    m_rows.reserve(size_t(m_rowsPerStatement));
}

BatchedInsert::~BatchedInsert()
{
    sqlite3_finalize(m_one);
    sqlite3_finalize(m_many);
}

sqlite3_stmt* BatchedInsert::prepare(int rows)
{
    QByteArray statement =
        "INSERT INTO ratings (spot_id, recorded_utc, utc_offset_min, intensity, quality, note) VALUES ";
    for (int i = 0; i < rows; ++i)
        statement += i ? ",(?,?,?,?,?,?)" : "(?,?,?,?,?,?)";
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(m_db, statement.constData(), int(statement.size()), &prepared, nullptr) !=
        SQLITE_OK)
        fail();
    return prepared;
}

void BatchedInsert::add(qint64 spotId, const RecordedTime& at, int intensity, Quality quality,
                        QByteArrayView note)
{
    m_rows.push_back(
        {spotId, at.utcSeconds, at.offsetMinutes, intensity, quality, m_notes.size(), note.size()});
    m_notes.append(note.data(), note.size());
    if (m_rows.size() == size_t(m_rowsPerStatement))
        flush();
}

void BatchedInsert::bind(sqlite3_stmt* statement, int first, const Row& row)
{
    const QByteArray& quality = qualityBytes(row.quality);
    sqlite3_bind_int64(statement, first, row.spotId);
    sqlite3_bind_int64(statement, first + 1, row.utc);
    sqlite3_bind_int(statement, first + 2, row.offset);
    sqlite3_bind_int(statement, first + 3, row.intensity);
    sqlite3_bind_text(statement, first + 4, quality.constData(), int(quality.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, first + 5, m_notes.constData() + row.noteAt, int(row.noteSize),
                      SQLITE_STATIC);
}

void BatchedInsert::step(sqlite3_stmt* statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        fail();
}

void BatchedInsert::flush()
{
    if (m_rows.size() == size_t(m_rowsPerStatement)) {
        for (int i = 0; i < m_rowsPerStatement; ++i)
            bind(m_many, i * 6 + 1, m_rows[size_t(i)]);
        step(m_many);
    } else {
        for (const Row& row : m_rows) {
            bind(m_one, 1, row);
            step(m_one);
        }
    }
    m_rows.clear();
    m_notes.resize(0); // keeps its capacity
}

void BatchedInsert::fail() const
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
    throw sql::SqlFailure{QCoreApplication::translate("Storage", "database error: %1").arg(text)};
}

} // namespace knotmap
