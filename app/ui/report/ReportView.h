// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPrinting.h"
#include "report/ReportData.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace knotmap {
class KnotStore;
class RoutineCatalogue;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

class BackgroundTask;
class PeriodPicker;
class ReportPreview;

// The Report view: choose the period and the sections, see the pages as they will print, export the PDF.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    ReportView(KnotStore& store, Settings& settings, const RoutineCatalogue& catalogue,
               QWidget* parent = nullptr);

    ReportOptions options() const;
    void setSectionChosen(ReportSection section, bool chosen);
    int previewPageCount() const { return m_pageCount; }
    bool previewPending() const; // a preview is being prepared, or waits for a burst of changes to end
    ReportPreview* preview() const { return m_preview; }
    // Starts writing the PDF on a worker, with a progress bar and Cancel in the view (the window stays
    // usable); exportFinished says how it ended. A refusal or failure is also said in a message; a cancel is
    // not. The file is written whole or not at all.
    void exportTo(const QString& path);
    bool exporting() const;
    // Prints the report as previewed, asking first (QPrintDialog); waits for the preview when it is still
    // being prepared. The pages are drawn on a worker; printFinished says how it ended.
    void print();
    void setPrinterQuestion(PrinterQuestion ask) { m_askPrinter = std::move(ask); } // tests: no dialog

public slots:
    void exportPdf(); // asks where, then exportTo, and opens the PDF when asked to
    void cancelExport();

signals:
    void previewReady(int pages);
    void exportFinished(bool written, const QString& path);
    void printFinished(int pages, const QString& problem);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void schedulePreview();
    void renderPreview();

    KnotStore& m_store;
    Settings& m_settings;
    PeriodPicker* m_period;
    QComboBox* m_page;
    QLineEdit* m_name;
    QList<std::pair<ReportSection, QCheckBox*>> m_sections;
    QCheckBox* m_openAfter;
    QPushButton* m_exportButton;
    QProgressBar* m_exportProgress;
    QPushButton* m_cancelExport;
    ReportPreview* m_preview;
    QLabel* m_pageInfo;
    QTimer m_previewTimer;
    int m_pageCount = 0;
    PrinterQuestion m_askPrinter;
    bool m_printWhenReady = false; // File › Print… came before the preview was ready
    // What the worker draws from, copied once: a worker never reads the window's store or the app's objects.
    std::shared_ptr<const BodyAtlas> m_atlas;
    std::shared_ptr<const RoutineCatalogue> m_ownCatalogue;
    BackgroundTask* m_previewTask;
    BackgroundTask* m_exportTask;
    bool m_openWhenWritten = false;
    QString m_exportPath;
};

} // namespace knotmap::ui
