// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/BodyAtlas.h"

#include <QSqlDatabase>
#include <QString>

namespace knotmap::schema {

// "KNMP": marks a SQLite file as a KnotMap database (PRAGMA application_id).
constexpr int kApplicationId = 0x4B4E4D50;
int currentVersion();

// The ratings whose quality often goes with a nerve (isNerveQuality). Queries must use this very text, so
// SQLite can use the partial index made from it.
inline constexpr char kNerveQualitySql[] =
    "(quality = 'numb' OR quality = 'tingling' OR quality = 'shooting')";

// Refuses SQLite files that belong to another program and files written by a newer KnotMap. Reads only,
// so a refused file is left exactly as it was. Returns an empty string when the file may be used.
QString checkOwnership(const QSqlDatabase& db);

// Brings the database to the current schema one step at a time, each step in its own transaction. Some steps
// place spots in the atlas, so it needs the one the store uses. Returns an empty string on success, else what
// went wrong. Tests may stop at an older version.
QString migrate(const QSqlDatabase& db, const BodyAtlas& atlas, int targetVersion = currentVersion());

} // namespace knotmap::schema
