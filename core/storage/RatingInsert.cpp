// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingInsert.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QList>

#include <sqlite3.h>

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

RatingInsert::RatingInsert(sqlite3* db) : m_db(db)
{
    static const char* const statement =
        "INSERT INTO ratings (spot_id, recorded_utc, utc_offset_min, intensity, quality, note) "
        "VALUES (?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(m_db, statement, -1, &m_statement, nullptr) != SQLITE_OK)
        fail();
}

RatingInsert::~RatingInsert()
{
    sqlite3_finalize(m_statement);
}

void RatingInsert::add(qint64 spotId, const RecordedTime& at, int intensity, Quality quality,
                       QByteArrayView note)
{
    const QByteArray& key = qualityBytes(quality);
    sqlite3_bind_int64(m_statement, 1, spotId);
    sqlite3_bind_int64(m_statement, 2, at.utcSeconds);
    sqlite3_bind_int(m_statement, 3, at.offsetMinutes);
    sqlite3_bind_int(m_statement, 4, intensity);
    sqlite3_bind_text(m_statement, 5, key.constData(), int(key.size()), SQLITE_STATIC);
    // Bound for this step only, so the caller's bytes need live no longer.
    sqlite3_bind_text(m_statement, 6, note.data() ? note.data() : "", int(note.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE)
        fail();
}

void RatingInsert::fail() const
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
    throw sql::SqlFailure{QCoreApplication::translate("Storage", "database error: %1").arg(text)};
}

} // namespace knotmap
