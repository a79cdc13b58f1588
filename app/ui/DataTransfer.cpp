// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataTransfer.h"

#include "FileDialogs.h"

#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"
#include "exchange/StreamedExport.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace knotmap::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DataTransfer", text);
}

void tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
          const QString& details = {})
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

void exportData(QWidget* parent, const KnotStore& store, const Settings& settings, ExportFormat format)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto [name, filter] = format == ExportFormat::RatingsCsv
                                    ? std::pair{tr("KnotMap ratings %1.csv"), tr("CSV files (*.csv)")}
                                : format == ExportFormat::EverythingJson
                                    ? std::pair{tr("KnotMap %1.json"), tr("JSON files (*.json)")}
                                    : std::pair{tr("KnotMap FHIR %1.json"), tr("FHIR JSON (*.json)")};
    const QString path =
        askForFileToSave(parent, tr("Export"), QDir(folder).filePath(name.arg(today)), filter);
    if (path.isEmpty())
        return;
    // CSV and JSON stream straight from the database into the file; FHIR is small enough to build whole.
    QString error;
    bool written = false;
    if (format == ExportFormat::RatingsCsv) {
        written = writePrivateFileStreamed(
            path, [&](ExportSink& sink) { return writeRatingsCsv(store, sink); }, store.ownFiles(), &error);
    } else if (format == ExportFormat::EverythingJson) {
        written = writePrivateFileStreamed(
            path, [&](ExportSink& sink) { return writeExportJson(store, &settings, sink); }, store.ownFiles(),
            &error);
    } else {
        const QByteArray bytes =
            QJsonDocument(exportFhir(store, settings.value(SettingKey::PersonName).toString()))
                .toJson(QJsonDocument::Indented);
        written = writePrivateFile(path, bytes, store.ownFiles(), &error);
    }
    if (!written)
        tell(parent, QMessageBox::Warning, tr("Not Exported"), error);
}

void importData(QWidget* parent, KnotStore& store, Settings& settings)
{
    const QString path =
        askForFileToOpen(parent, tr("Import"), QString(), tr("KnotMap files (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Importing %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 100,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ImportResult result = importFile(store, path, &settings, [&](qint64 done, qint64 total) {
        progress.setValue(int(done * 100 / std::max<qint64>(1, total)));
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!result.counts) {
        tell(parent, QMessageBox::Warning, tr("Nothing Imported"),
             tr("%1 was not imported, and nothing was changed.").arg(QDir::toNativeSeparators(path)),
             result.problems.join(QLatin1Char('\n')));
        return;
    }
    const ImportCounts& n = *result.counts;
    tell(parent, QMessageBox::Information, tr("Imported"),
         tr("Added %1 spots, %2 ratings and %3 routine steps. Skipped %4 ratings and %5 steps that were "
            "already here.")
             .arg(n.spotsAdded)
             .arg(n.ratingsAdded)
             .arg(n.stepsAdded)
             .arg(n.ratingsSkipped)
             .arg(n.stepsSkipped));
}

} // namespace knotmap::ui
