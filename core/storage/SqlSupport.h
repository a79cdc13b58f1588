// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to storage: checked SQL execution. A failure throws SqlFailure, which the store
// catches at the transaction boundary, rolls back, and turns into a message.

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace knotmap::sql {

struct SqlFailure
{
    QString message;
};

// A sentence a person can act on, for an error SQLite reported.
QString describe(const QSqlError& error);

// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, an empty one as ''.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);
void exec(QSqlQuery& query);
QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& statement,
                std::initializer_list<QVariant> values = {});

// The connection's own sqlite3 handle, when Qt's driver runs on the very SQLite library this program links
// (Debian's does): a million rows then go in without a QVariant each, and a backup can be restored through
// SQLite's backup API. Otherwise nullptr.
sqlite3* nativeHandle(const QSqlDatabase& db);

// One statement on that handle, stepped row by row with no QVariant per value: for reads of a million rows.
// A failure throws SqlFailure, like every other statement here.
class NativeStatement
{
public:
    NativeStatement(sqlite3* db, const QByteArray& statement);
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    void bind(const QVariantList& values); // texts as UTF-8, everything else as integers
    bool next();                           // false once the rows are done
    qint64 integer(int column) const;
    QByteArrayView text(int column) const; // valid until the next step

private:
    [[noreturn]] void fail() const;
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

// Transactions. Every write begins IMMEDIATE: it takes the write lock before its first read, so a read
// followed by a write (the next free spot key, a duplicate check) can never be overtaken by another program's
// commit, and a busy database waits out the busy timeout instead of failing half-way with SQLITE_BUSY.
void begin(const QSqlDatabase& db);
void commit(const QSqlDatabase& db);
void rollback(const QSqlDatabase& db) noexcept; // after a failure: nothing more to report

} // namespace knotmap::sql
