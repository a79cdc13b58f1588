// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataTransfer.h"

#include "i18n/TranslateIn.h"

#include "ExportNotice.h"
#include "FileDialogs.h"
#include "LongWork.h"

#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"
#include "exchange/StreamedExport.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace knotmap::ui {

namespace {

void tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
          const QString& details = {})
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// Every rating has an id above 0: this is the count of all of them, one indexed count(*).
qint64 ratingCount(const KnotStore& store)
{
    return store.ratingsAddedAfter(0);
}

// What an export needs from the GUI thread, copied before the worker starts: never the Settings object.
struct ExportRequest
{
    QString path;
    ExportFormat format = ExportFormat::RatingsCsv;
    QVariantMap settingValues;
    QString personName;
};

// On the worker, on its own read-only connection: the file, and how many ratings went into it.
Result<qint64> writeExport(const KnotStore& store, const ExportRequest& request, const WorkerContext& context)
{
    const qint64 total = ratingCount(store);
    QString error;
    qint64 rows = 0;
    if (request.format == ExportFormat::FhirBundle) {
        // FHIR is built whole (it has no streamed writer yet): Cancel is heard before it is written.
        const QByteArray bytes =
            QJsonDocument(exportFhir(store, request.personName)).toJson(QJsonDocument::Indented);
        if (context.stopRequested())
            return Failure{translateIn("DataTransfer", "the export was cancelled; no file was written")};
        if (!writePrivateFile(request.path, bytes, store.ownFiles(), &error))
            return Failure{error};
        return total;
    }
    const bool written = writePrivateFileStreamed(
        request.path,
        [&](ExportSink& sink) {
            sink.setProgress([&](qint64 done) {
                context.progress(done, total);
                return !context.stopRequested();
            });
            const bool read = request.format == ExportFormat::RatingsCsv
                                  ? writeRatingsCsv(store, sink)
                                  : writeExportJson(store, request.settingValues, sink);
            rows = sink.rows();
            return read;
        },
        store.ownFiles(), &error);
    if (!written)
        return Failure{error};
    return rows;
}
} // namespace

void exportData(QWidget* parent, LongWork& work, const Settings& settings, ExportFormat format)
{
    if (work.busy())
        return;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto [name, filter] = format == ExportFormat::RatingsCsv
                                    ? std::pair{translateIn("DataTransfer", "KnotMap ratings %1.csv"),
                                                translateIn("DataTransfer", "CSV files (*.csv)")}
                                : format == ExportFormat::EverythingJson
                                    ? std::pair{translateIn("DataTransfer", "KnotMap %1.json"),
                                                translateIn("DataTransfer", "JSON files (*.json)")}
                                    : std::pair{translateIn("DataTransfer", "KnotMap FHIR %1.json"),
                                                translateIn("DataTransfer", "FHIR JSON (*.json)")};
    ExportRequest request;
    request.path = askForFileToSave(parent, translateIn("DataTransfer", "Export"),
                                    QDir(folder).filePath(name.arg(today)), filter);
    if (request.path.isEmpty())
        return;
    request.format = format;
    request.settingValues = exchangedSettingValues(&settings);
    request.personName = settings.value(SettingKey::PersonName).toString();
    const QString shown = QDir::toNativeSeparators(request.path);
    QPointer<QWidget> owner = parent;
    work.run<qint64>(
        translateIn("DataTransfer", "Exporting to %1…").arg(QFileInfo(request.path).fileName()),
        BackgroundTask::Connection::Reader, LongWork::Stop::Cancellable,
        [request](KnotStore& own, const WorkerContext& context) {
            return writeExport(own, request, context);
        },
        [&work, owner, shown, path = request.path](const Result<qint64>& rows) {
            if (rows) {
                const QString message = QCoreApplication::translate(
                                            "DataTransfer", "Exported %Ln rating(s) to %1.", "", int(*rows))
                                            .arg(shown);
                auto* window = owner ? qobject_cast<QMainWindow*>(owner->window()) : nullptr;
                if (window)
                    confirmExport(window->statusBar(), message, path);
                else
                    work.say(message);
            } else if (work.cancelRequested()) {
                work.say(translateIn("DataTransfer", "Export cancelled; no file was written."));
            } else {
                tell(owner, QMessageBox::Warning, translateIn("DataTransfer", "Not Exported"), rows.error());
            }
        });
}

void importData(QWidget* parent, LongWork& work, KnotStore& store, Settings& settings)
{
    if (work.busy())
        return;
    const QString path =
        askForFileToOpen(parent, translateIn("DataTransfer", "Import"), QString(),
                         translateIn("DataTransfer", "KnotMap files (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    // Damage the window's check has found already is said at once; otherwise the worker's connection checks
    // the file before it writes (waiting here for a check still running would freeze the window).
    if (const QString damage = store.integrityVerdictSoFar().value_or(QString()); !damage.isEmpty()) {
        tell(parent, QMessageBox::Warning, translateIn("DataTransfer", "Nothing Imported"),
             translateIn("DataTransfer", "%1 was not imported, because the database is damaged: %2")
                 .arg(shown, damage));
        return;
    }
    QPointer<QWidget> owner = parent;
    // Settings a JSON file carries are applied here, on the GUI thread, once the import is in.
    work.run<ImportResult>(
        translateIn("DataTransfer", "Importing %1…").arg(QFileInfo(path).fileName()),
        BackgroundTask::Connection::Writer, LongWork::Stop::Cancellable,
        [path](KnotStore& own, const WorkerContext& context) -> Result<ImportResult> {
            return importFile(own, path, nullptr, [&context](qint64 done, qint64 total) {
                context.progress(done, total);
                return !context.stopRequested();
            });
        },
        [&work, &store, &settings, owner, shown](const Result<ImportResult>& outcome) {
            if (!outcome) { // the worker's connection could not be opened
                tell(owner, QMessageBox::Warning, translateIn("DataTransfer", "Nothing Imported"),
                     translateIn("DataTransfer", "%1 was not imported, and nothing was changed: %2")
                         .arg(shown, outcome.error()));
                return;
            }
            const ImportResult& result = *outcome;
            if (!result.counts) {
                if (work.cancelRequested()) {
                    work.say(translateIn("DataTransfer", "Import of %1 cancelled; nothing was changed.")
                                 .arg(shown));
                    return;
                }
                tell(owner, QMessageBox::Warning, translateIn("DataTransfer", "Nothing Imported"),
                     translateIn("DataTransfer", "%1 was not imported, and nothing was changed.").arg(shown),
                     result.problems.join(QLatin1Char('\n')));
                return;
            }
            applyExchangedSettings(settings, result.settings);
            store.checkForOutsideChanges(); // every view reloads now, not at the next look
            const ImportCounts& n = *result.counts;
            // One count per message, so each takes its own plural form.
            work.say(
                translateIn("DataTransfer", "Imported %1: %2, %3 and %4 added; %5 and %6 already there.")
                    .arg(
                        shown,
                        QCoreApplication::translate("DataTransfer", "%Ln spot(s)", "", int(n.spotsAdded)),
                        QCoreApplication::translate("DataTransfer", "%Ln rating(s)", "", int(n.ratingsAdded)),
                        QCoreApplication::translate("DataTransfer", "%Ln routine step(s)", "",
                                                    int(n.stepsAdded)),
                        QCoreApplication::translate("DataTransfer", "%Ln rating(s)", "",
                                                    int(n.ratingsSkipped)),
                        QCoreApplication::translate("DataTransfer", "%Ln step(s)", "", int(n.stepsSkipped))));
        });
}

} // namespace knotmap::ui
