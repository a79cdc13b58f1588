// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exchange.h"

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

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Importer", text);
}
} // namespace

bool writePrivateFile(const QString& path, const QByteArray& bytes, const QStringList& protectedFiles,
                      QString* error)
{
    if (QString problem = checkDestination(path, protectedFiles); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // health data
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

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
        result.problems.append(
            tr("cannot read %1: %2").arg(escapeControlCharacters(path), file.errorString()));
        return result;
    }
    const QByteArray bytes = file.readAll();
    ProblemList problems(QFileInfo(path).fileName());

    // JSON starts with "{" after any byte order mark (editors on Windows write one) and space; anything
    // else is read as CSV. "[" is JSON too (`list --format json` writes an array), refused as no backup
    // rather than as CSV with a bad header.
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[start])))
        ++start;
    std::optional<ImportData> data;
    if (start < bytes.size() && (bytes[start] == '{' || bytes[start] == '[')) {
        if (bytes.contains("\"resourceType\"") && !bytes.contains("\"format\": \"knotmap\"") &&
            !bytes.contains("\"format\":\"knotmap\"")) {
            result.problems.append(
                tr("%1 looks like a FHIR bundle: KnotMap exports those but imports only its own "
                   "CSV and JSON")
                    .arg(escapeControlCharacters(QFileInfo(path).fileName())));
            return result;
        }
        data = parseKnotMapJson(bytes, store.atlas(), problems);
    } else {
        data = parseRatingsCsv(bytes, store.atlas(), problems);
    }
    if (!data) {
        result.problems = problems.lines();
        return result;
    }
    // A verified copy first, so the import can be taken back whole (Revert Last Import, knotmap-cli restore).
    if (const Result<BackupInfo> backup = makeBackup(store.path(), BackupReason::BeforeImport); !backup) {
        result.problems.append(
            tr("nothing was imported, because the database could not be backed up first: %1")
                .arg(backup.error()));
        return result;
    }
    const Result<ImportCounts> imported = store.importData(*data, progress);
    if (!imported) {
        result.problems.append(imported.error());
        return result;
    }
    result.counts = *imported;
    if (settings) {
        for (SettingKey key : exchangedSettings()) { // each checked against its rule by the parser
            if (data->settings.contains(Settings::name(key)))
                settings->setValue(key, data->settings.value(Settings::name(key)));
        }
    }
    return result;
}

} // namespace knotmap
