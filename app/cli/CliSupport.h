// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the knotmap-cli commands: the parsed command line, the output streams and the atlas.

#include "Cli.h"
#include "atlas/BodyAtlas.h"
#include "domain/ShownText.h"
#include "storage/KnotStore.h"

#include <QCommandLineParser>
#include <QDate>

#include <memory>
#include <optional>

namespace knotmap::cli {

// What a command needs; `fail` prints one line naming the problem and gives the exit code, `succeed` one
// line saying what was done. Both show control characters escaped: messages quote arguments and file
// names, which must neither forge a line nor drive the terminal. The usage, when given, is our own text
// and follows on lines of its own.
struct Context
{
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    const BodyAtlas& atlas;
    // The first read the store could not do (a file damaged or locked since it was opened): a command that
    // printed from such reads would print too little and still say it succeeded.
    mutable QString readProblem;

    int fail(int code, const QString& message, const QString& usage = {}) const
    {
        err << "knotmap-cli: " << escapeControlCharacters(message) << '\n';
        if (!usage.isEmpty())
            err << usage << '\n';
        err.flush();
        return code;
    }
    int succeed(const QString& message) const
    {
        out << escapeControlCharacters(message) << '\n';
        return Success;
    }
    // --format's value, its default when not given, or nullopt (with a usage error) when not allowed.
    std::optional<QString> format(const QString& fallback, const QStringList& allowed, int* code) const
    {
        const QString value =
            parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : fallback;
        if (allowed.contains(value))
            return value;
        *code = fail(
            UsageError,
            QStringLiteral("--format must be %1, not '%2'").arg(allowed.join(QStringLiteral(" or ")), value));
        return std::nullopt;
    }
    // --from and --to, both given, both dates, in order; or nullopt with the usage or data error made.
    std::optional<std::pair<QDate, QDate>> dateRange(int* code) const;
    std::unique_ptr<KnotStore> openStore(int* code) const
    {
        QString error;
        const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : KnotStore::defaultPath();
        // SQLite's check of every page runs before the command's first write (a damaged file still takes
        // nothing); a command that only reads does not wait for ten years of pages.
        StoreOptions options;
        options.integrityCheck = IntegrityCheck::BeforeFirstWrite;
        auto store = KnotStore::open(path, atlas, &error, options);
        if (!store) {
            *code = fail(BadData, error);
            return store;
        }
        QObject::connect(store.get(), &KnotStore::readFailed, store.get(), [this](const QString& reason) {
            if (readProblem.isEmpty())
                readProblem = reason;
        });
        return store;
    }
};

std::optional<double> parseNumber(const QString& text);
std::optional<QDate> parseDate(const QString& text); // YYYY-MM-DD only

int regionsCommand(const Context& c);
int addCommand(const Context& c);
int areasCommand(const Context& c);
int linkCommand(const Context& c);
int listCommand(const Context& c);
int demoCommand(const Context& c);
int trendsCommand(const Context& c);
int routineCommand(const Context& c);
int symptomsCommand(const Context& c);
int logRoutineCommand(const Context& c);
int exportCommand(const Context& c);
int importCommand(const Context& c);
int reportCommand(const Context& c);
int backupCommand(const Context& c);
int backupsCommand(const Context& c);
int restoreCommand(const Context& c);
int checkCommand(const Context& c);
int deleteCommand(const Context& c);
int referCommand(const Context& c);

} // namespace knotmap::cli
