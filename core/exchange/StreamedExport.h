// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportSink.h"

#include <QByteArrayView>
#include <QVariantMap>

namespace knotmap {

class KnotStore;
class Settings;

// The exports as streams: the same bytes as ratingRowsToCsv(ratingRows(store)) and as
// QJsonDocument(exportJson(store, settings)).toJson(QJsonDocument::Indented), written row by row straight off
// the database into the sink. False when the database could not be read.
bool writeRatingsCsv(const KnotStore& store, ExportSink& sink);
bool writeExportJson(const KnotStore& store, const Settings* settings, ExportSink& sink);
// The same with the settings' values (exchangedSettingValues), for an export on another thread.
bool writeExportJson(const KnotStore& store, const QVariantMap& settingValues, ExportSink& sink);

// One CSV field as csvField() quotes it, from and to UTF-8.
void appendCsvField(QByteArray& out, QByteArrayView utf8);
// One JSON string, quotes included, escaped exactly as QJsonDocument does: ", \ and the control characters
// escaped (\b \f \n \r \t, else \u00XX), everything else as UTF-8.
void appendJsonString(QByteArray& out, QByteArrayView utf8);

} // namespace knotmap
