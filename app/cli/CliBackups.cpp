// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli backup, backups, restore, check and delete: keeping the history safe, and fixing a mistake
// without the window.
#include "CliSupport.h"
#include "i18n/TranslateIn.h"

#include "storage/Backups.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace knotmap::cli {

namespace {
QString databasePath(const Context& c)
{
    return c.parser.isSet(QStringLiteral("db")) ? c.parser.value(QStringLiteral("db"))
                                                : KnotStore::defaultPath();
}
} // namespace

int backupCommand(const Context& c)
{
    int code = Success;
    auto store = c.openStore(&code); // the file must open as a sound KnotMap database before it is copied
    if (!store)
        return code;
    const auto backup = makeBackup(store->path(), BackupReason::Manual, QDateTime::currentDateTime(),
                                   c.parser.value(QStringLiteral("out")));
    if (!backup)
        return c.fail(BadData, backup.error());
    return c.succeed(QDir::toNativeSeparators(backup->path));
}

int backupsCommand(const Context& c)
{
    int code = Success;
    const auto format =
        c.format(QStringLiteral("text"), {QStringLiteral("text"), QStringLiteral("json")}, &code);
    if (!format)
        return code;
    const QList<BackupInfo> backups = listBackups(QFileInfo(databasePath(c)).absoluteFilePath());
    if (*format == QLatin1String("json")) {
        QJsonArray array;
        for (const BackupInfo& b : backups) {
            array.append(QJsonObject{{QStringLiteral("path"), b.path},
                                     {QStringLiteral("created_at"), b.createdAt.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), backupReasonKey(b.reason)},
                                     {QStringLiteral("spots"), b.spots},
                                     {QStringLiteral("ratings"), b.ratings},
                                     {QStringLiteral("ok"), b.ok}});
        }
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const BackupInfo& b : backups) {
        c.out << QStringLiteral("%1  %2  %3, %4  %5  %6\n")
                     .arg(b.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          backupReasonKey(b.reason).leftJustified(16),
                          QCoreApplication::translate("Cli", "%n spot(s)", "", int(b.spots)),
                          QCoreApplication::translate("Cli", "%n rating(s)", "", int(b.ratings)))
                     .arg(b.ok ? QStringLiteral("ok") : escapeControlCharacters(b.problem),
                          QDir::toNativeSeparators(b.path));
    }
    return Success;
}

int restoreCommand(const Context& c)
{
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 2)
        return c.fail(UsageError, translateIn("Cli", "restore needs one FILE (see knotmap-cli backups)"));
    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    const auto kept = store->restoreBackup(positional[1]);
    if (!kept)
        return c.fail(BadData, kept.error());
    c.succeed(translateIn("Cli", "Restored %1")
                  .arg(QDir::toNativeSeparators(QFileInfo(positional[1]).absoluteFilePath())));
    return c.succeed(
        translateIn("Cli", "The database as it was is kept in %1").arg(QDir::toNativeSeparators(kept->path)));
}

int checkCommand(const Context& c)
{
    // Not through KnotStore::open, which refuses a damaged file before saying much: here the findings matter.
    const QStringList findings = checkIntegrity(databasePath(c));
    if (!findings.isEmpty())
        return c.fail(BadData, translateIn("Cli", "%1 is not sound: %2")
                                   .arg(QDir::toNativeSeparators(databasePath(c)),
                                        findings.join(QStringLiteral("; "))));
    return c.succeed(QStringLiteral("ok"));
}

int deleteCommand(const Context& c)
{
    const bool bySpot = c.parser.isSet(QStringLiteral("spot")),
               byRating = c.parser.isSet(QStringLiteral("rating"));
    if (bySpot == byRating)
        return c.fail(UsageError, translateIn("Cli", "delete needs either --spot KEY|UUID or --rating ID"));
    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    if (byRating) {
        bool ok = false;
        const qint64 id = c.parser.value(QStringLiteral("rating")).toLongLong(&ok);
        if (!ok)
            return c.fail(BadData,
                          translateIn("Cli", "--rating takes a rating's id, a whole number, not '%1'")
                              .arg(c.parser.value(QStringLiteral("rating"))));
        const auto removed = store->removeRating(id);
        if (!removed)
            return c.fail(BadData, removed.error());
        return c.succeed(translateIn("Cli", "Deleted rating %1 (%2/10 at %3)")
                             .arg(id)
                             .arg(removed->intensity)
                             .arg(removed->recordedAt.toIso()));
    }
    const QString name = c.parser.value(QStringLiteral("spot"));
    const std::optional<Spot> spot =
        store->spotByKey(name) ? store->spotByKey(name) : store->spotByUuid(name);
    if (!spot)
        return c.fail(BadData, translateIn("Cli", "there is no spot '%1' (see knotmap-cli list)").arg(name));
    const auto removed = store->removeSpot(spot->id);
    if (!removed)
        return c.fail(BadData, removed.error());
    const qsizetype ratings = removed->ratings.size();
    return c.succeed(translateIn("Cli", "Deleted spot %1 in %2 with %3")
                         .arg(removed->spot.key, c.atlas.regionName(removed->spot.region),
                              QCoreApplication::translate("Cli", "%n rating(s)", "", int(ratings))));
}

} // namespace knotmap::cli
