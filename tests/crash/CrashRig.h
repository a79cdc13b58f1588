// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bench for killing the real knotmap-cli at chosen moments: processes started side by side on one
// database and SIGKILLed together, and what a separate SQLite connection finds afterwards.

#include "TempDatabase.h"

#include <QProcess>

namespace knotmap::test {

// How one knotmap-cli process ended.
struct Ran
{
    bool killed = false; // died of the SIGKILL, so it had not finished its work
    int exitCode = -1;   // when it finished on its own
    QString out, err;
    bool succeeded() const { return !killed && exitCode == 0; }
};

class CrashRig
{
public:
    QString path() const { return temp.path(); }
    QString folder() const { return temp.dir.path(); }
    QString file(const QString& name) const { return temp.dir.filePath(name); }

    // Runs each argument list as one knotmap-cli on the database, the i-th started i * staggerMs after the
    // first. With killAfterMs >= 0, those still running that many milliseconds after the first start are
    // SIGKILLed together, and those after the first whose turn would come later are never started (nor listed
    // in the result). `elapsedMs` gets how long the run took.
    QList<Ran> run(const QList<QStringList>& commands, qint64 killAfterMs = -1, qint64 staggerMs = 0,
                   qint64* elapsedMs = nullptr) const;
    Ran runOne(const QStringList& arguments) const { return run({arguments}).constFirst(); }

    // Replaces the database (and anything SQLite kept beside it) with a copy of `source`.
    bool resetFrom(const QString& source) const;

    TempDatabase temp;
};

// The rows PRAGMA integrity_check or quick_check gives on `file`, through a connection of the test's own;
// SQLite's error instead when the file cannot be read as a database.
QStringList checkRows(const QString& file, const char* pragma);
// The one number a query gives on `file` (-1 when it fails), e.g. "SELECT count(*) FROM ratings".
qint64 scalar(const QString& file, const QString& query);

} // namespace knotmap::test
