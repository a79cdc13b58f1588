// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace knotmap {

// Rules for the files KnotMap writes (exports, reports, backups) and reads (imports), given the files it must
// never touch: the open database and SQLite's companions (KnotStore::ownFiles()). Files are compared by what
// they are (device and inode), so a link or another spelling of the database's path is caught too. Each
// returns an empty string when the path may be used, otherwise a sentence naming the problem. None of them
// opens a file: a descriptor opened and closed on the database would drop SQLite's locks.

// A destination must be a regular file or not exist yet, and must not be one of the protected files.
QString checkDestination(const QString& path, const QStringList& protectedFiles);
// A source must be an existing regular file that is not one of the protected files.
QString checkSource(const QString& path, const QStringList& protectedFiles);

} // namespace knotmap
