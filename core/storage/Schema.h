#pragma once

#include <QSqlDatabase>
#include <QString>

namespace knotmap::schema {

// "KNMP": marks a SQLite file as a KnotMap database (PRAGMA application_id).
constexpr int kApplicationId = 0x4B4E4D50;
int currentVersion();

// Brings the database to the current schema one step at a time, each step in its own transaction.
// Refuses files written by a newer KnotMap and SQLite files that belong to another program.
// Returns an empty string on success, else what went wrong.
QString migrate(const QSqlDatabase& db);

} // namespace knotmap::schema
