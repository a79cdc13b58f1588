// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exchange.h"

#include "i18n/TranslateIn.h"

#include "CsvImport.h"
#include "domain/ShownText.h"
#include "settings/Settings.h"
#include "storage/Backups.h"
#include "storage/FileSafety.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cctype>

namespace knotmap {

namespace {} // namespace

bool writePrivateFile(const QString& path, const QByteArray& bytes, const QStringList& protectedFiles,
                      QString* error)
{
    if (QString problem = checkDestination(path, protectedFiles); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = translateIn("Importer", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // health data
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = translateIn("Importer", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

namespace {
struct Cancelled
{
};

// A verified copy first, so an import can be taken back whole (Revert Last Import, knotmap-cli restore).
// False, with the reason in `result`, when there is none: then nothing is imported. `made` gets its path.
bool backUpBeforeImport(const KnotStore& store, ImportResult& result, QString* made)
{
    const Result<BackupInfo> backup = makeBackup(store.path(), BackupReason::BeforeImport);
    if (!backup) {
        result.problems.append(
            translateIn("Importer",
                        "nothing was imported, because the database could not be backed up first: %1")
                .arg(backup.error()));
        return false;
    }
    *made = backup->path;
    return true;
}

// Whether the file is JSON: "{" (or "[", which `list --format json` writes) after any byte order mark
// (editors on Windows write one) and space. Anything else is read as CSV.
bool looksLikeJson(QIODevice& file)
{
    char c = 0;
    if (file.peek(3) == "\xEF\xBB\xBF")
        file.skip(3);
    while (file.getChar(&c)) {
        if (!std::isspace(static_cast<unsigned char>(c)))
            break;
    }
    file.seek(0);
    return c == '{' || c == '[';
}

// A CSV is read twice, a chunk at a time, and never held whole: once to check every row (so a bad file
// changes nothing and needs no backup, and every problem is named at once), then again inside the import's
// one transaction, checking each row again in case the file changed in between.
ImportResult importCsv(KnotStore& store, QFile& file, const ImportProgress& progress, QString* backup)
{
    ImportResult result;
    const QString name = QFileInfo(file.fileName()).fileName();
    const qint64 total = std::max<qint64>(1, file.size()) * 2;
    const auto report = [&](qint64 done) {
        if (progress && !progress(done, total))
            throw Cancelled{};
    };
    const QString cancelled = translateIn("Importer", "the import was cancelled; nothing was added");
    ProblemList problems(name);
    std::optional<ImportData> spots;
    try {
        spots = streamRatingsCsv(file, store.atlas(), problems, {}, report);
    } catch (const Cancelled&) {
        result.problems.append(cancelled);
        return result;
    }
    if (!spots) {
        result.problems = problems.lines();
        return result;
    }
    if (!backUpBeforeImport(store, result, backup))
        return result;
    const auto again = [&](const RatingSink& sink) -> QString {
        const QString changed = translateIn("Importer", "the file changed while it was being imported");
        if (!file.seek(0))
            return changed;
        ProblemList second(name);
        std::optional<ImportData> same;
        try {
            same = streamRatingsCsv(file, store.atlas(), second, sink,
                                    [&](qint64 read) { report(total / 2 + read); });
        } catch (const Cancelled&) {
            return cancelled;
        }
        bool equal = same && same->spots.size() == spots->spots.size();
        for (qsizetype i = 0; equal && i < spots->spots.size(); ++i)
            equal = same->spots[i].key == spots->spots[i].key &&
                    same->spots[i].uuid == spots->spots[i].uuid &&
                    same->spots[i].region == spots->spots[i].region &&
                    same->spots[i].kind == spots->spots[i].kind;
        return equal ? QString() : changed;
    };
    const Result<ImportCounts> imported = store.importData(*spots, {}, again);
    if (!imported) {
        result.problems.append(imported.error());
        return result;
    }
    if (progress)
        progress(total, total);
    result.counts = *imported;
    return result;
}

ImportResult importKnotMapJson(KnotStore& store, QFile& file, Settings* settings,
                               const ImportProgress& progress, QString* backup);
} // namespace

ImportResult importFile(KnotStore& store, const QString& path, Settings* settings,
                        const ImportProgress& progress)
{
    ImportResult result;
    // Never the database itself: reading it through a second descriptor would drop SQLite's locks.
    if (QString problem = checkSource(path, store.ownFiles()); !problem.isEmpty()) {
        result.problems.append(problem);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append(translateIn("Importer", "cannot read %1: %2")
                                   .arg(escapeControlCharacters(path), file.errorString()));
        return result;
    }
    // A cancelled import changes nothing, so its before-import backup would only offer a Revert Last Import
    // of an import that never happened: it goes too.
    bool stopped = false;
    ImportProgress watched;
    if (progress)
        watched = [&](qint64 done, qint64 total) {
            const bool goOn = progress(done, total);
            stopped = stopped || !goOn;
            return goOn;
        };
    QString backup;
    result = looksLikeJson(file) ? importKnotMapJson(store, file, settings, watched, &backup)
                                 : importCsv(store, file, watched, &backup);
    if (stopped && !result.counts && !backup.isEmpty())
        QFile::remove(backup);
    return result;
}

namespace {
ImportResult importKnotMapJson(KnotStore& store, QFile& file, Settings* settings,
                               const ImportProgress& progress, QString* backup)
{
    ImportResult result;
    const QString path = file.fileName();
    const QByteArray bytes = file.readAll();
    ProblemList problems(QFileInfo(path).fileName());
    // "[" is JSON too, refused as no backup rather than as CSV with a bad header.
    if (bytes.contains("\"resourceType\"") && !bytes.contains("\"format\": \"knotmap\"") &&
        !bytes.contains("\"format\":\"knotmap\"")) {
        result.problems.append(
            translateIn("Importer",
                        "%1 looks like a FHIR bundle: KnotMap exports those but imports only its own "
                        "CSV and JSON")
                .arg(escapeControlCharacters(QFileInfo(path).fileName())));
        return result;
    }
    std::optional<ImportData> data = parseKnotMapJson(bytes, store.atlas(), problems);
    if (!data) {
        result.problems = problems.lines();
        return result;
    }
    if (!backUpBeforeImport(store, result, backup))
        return result;
    const Result<ImportCounts> imported = store.importData(*data, progress);
    if (!imported) {
        result.problems.append(imported.error());
        return result;
    }
    result.counts = *imported;
    result.settings = data->settings; // each checked against its rule by the parser
    if (settings)
        applyExchangedSettings(*settings, result.settings);
    return result;
}
} // namespace

} // namespace knotmap
