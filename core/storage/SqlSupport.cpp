// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSupport.h"

#include "i18n/TranslateIn.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace knotmap::sql {

QString describe(const QSqlError& error)
{
    // SQLite's primary result code is the low byte of the (possibly extended) code Qt reports.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return translateIn("Storage", "the database is locked by another program; close it and try again");
    case 8: // SQLITE_READONLY
        return translateIn("Storage", "the database file or its folder is read-only");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return translateIn("Storage", "the file is damaged or is not a KnotMap database");
    case 13: // SQLITE_FULL
        return translateIn("Storage", "the disk is full");
    case 14: // SQLITE_CANTOPEN
        return translateIn("Storage", "the database file cannot be opened");
    case 19: // SQLITE_CONSTRAINT
        return translateIn("Storage", "the database refused a value that breaks its rules (%1)")
            .arg(error.databaseText());
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return translateIn("Storage", "database error: %1").arg(text);
}

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        throw SqlFailure{describe(query.lastError())};
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        throw SqlFailure{describe(query.lastError())};
}

QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* native = *static_cast<sqlite3* const*>(handle.data());
    QSqlQuery version(db);
    if (!native || !version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next() ||
        version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return native;
}

NativeStatement::NativeStatement(sqlite3* db, const QByteArray& statement) : m_db(db)
{
    if (sqlite3_prepare_v2(db, statement.constData(), int(statement.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        fail();
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::bind(const QVariantList& values)
{
    int index = 0;
    for (const QVariant& value : values) {
        ++index;
        if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
        }
    }
}

bool NativeStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

qint64 NativeStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView NativeStatement::text(int column) const
{
    // The pointer first, then the size: that is the order SQLite documents as safe.
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
}

void NativeStatement::fail() const
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
    throw SqlFailure{QCoreApplication::translate("Storage", "database error: %1").arg(text)};
}

void begin(const QSqlDatabase& db)
{
    run(db, QStringLiteral("BEGIN IMMEDIATE"));
}

void commit(const QSqlDatabase& db)
{
    run(db, QStringLiteral("COMMIT"));
}

void rollback(const QSqlDatabase& db) noexcept
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace knotmap::sql
