#pragma once

// Internal to storage: checked SQL execution. A failure throws SqlFailure, which the store
// catches at the transaction boundary, rolls back, and turns into a message.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

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

} // namespace knotmap::sql
