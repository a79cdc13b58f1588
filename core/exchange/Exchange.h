// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportData.h"

#include <QByteArray>
#include <QJsonObject>

namespace knotmap {

class BodyAtlas;
class KnotStore;
class Settings;
enum class SettingKey;

// Everything, as KnotMap JSON (docs/data-formats.md): spots, ratings, the routine log and the settings that
// matter. Settings may be null. WithoutRatings leaves the ratings array empty, for writeExportJson
// (StreamedExport.h), which streams them into it.
enum class ExportParts { Everything, WithoutRatings };
QJsonObject exportJson(const KnotStore& store, const Settings* settings,
                       ExportParts parts = ExportParts::Everything);
// The same from the settings' values (by key name, as exchangedSettingValues gives them): work on another
// thread exports a copy taken on the GUI thread and never touches the Settings object itself.
QJsonObject exportJson(const KnotStore& store, const QVariantMap& settingValues,
                       ExportParts parts = ExportParts::Everything);
// The settings a KnotMap JSON file carries: the person's, not the window's.
const QList<SettingKey>& exchangedSettings();
// Their values by key name; empty for no settings.
QVariantMap exchangedSettingValues(const Settings* settings);
// Stores what an import carried (ImportResult::settings), each value already checked against its rule.
void applyExchangedSettings(Settings& settings, const QVariantMap& values);
std::optional<ImportData> parseKnotMapJson(const QByteArray& bytes, const BodyAtlas& atlas,
                                           ProblemList& problems);

// Every rating as a FHIR R4 Observation (LOINC 72514-3, pain severity 0–10, category survey) in a collection
// Bundle, about one Patient (named, or anonymous without a name). The body site is plain text with the side:
// SNOMED CT codes need a licence, and KnotMap ships only codes it can vouch for. Felt pain says so (its code
// text and a "Spot kind" component) and names the knots linked to it (urn:knotmap:fhir:possible-source).
// docs/data-formats.md.
QJsonObject exportFhir(const KnotStore& store, const QString& personName = {});

// Writes a file all at once — a temporary file in the same folder, renamed over the target — readable by its
// owner only; nothing half-written is left on failure. Refuses the protected files (the open database and its
// companions, KnotStore::ownFiles()), folders, devices and anything else that is not a regular file.
bool writePrivateFile(const QString& path, const QByteArray& bytes, const QStringList& protectedFiles,
                      QString* error);

struct ImportResult
{
    std::optional<ImportCounts> counts; // set when the import went in
    QStringList problems;               // "file:line: what is wrong", or one sentence
    QVariantMap settings; // what a KnotMap JSON file carried (by key name), once the import went in
};

// Reads a file, tells CSV from KnotMap JSON by its content, checks all of it, then adds it in one
// transaction. Settings in a JSON file are applied when settings is not null; either way they are in the
// result, so an import on another thread can apply them on the GUI thread once it is done.
ImportResult importFile(KnotStore& store, const QString& path, Settings* settings,
                        const ImportProgress& progress = {});

} // namespace knotmap
